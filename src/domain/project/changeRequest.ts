// Change request: billable hours beyond what was confirmed, per service, as positions for a supplementary quote.

import { divRound } from '../decimal';
import type { Position } from '../quote/position';
import type { RateCardEntry } from '../quote/rateCard';
import { type BudgetUse, hourlyCost, hourlyPrice, rateCardEntry } from './budget';
import type { CentiHours } from './types';

function sameService(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Hours a confirmed position stands for: quantity in thousandths of its unit, days at hoursPerDay. */
function confirmedHours(p: Position, hoursPerDay: number): CentiHours {
  if (p.unit === 'hour') return divRound(p.quantity, 10);
  if (p.unit === 'day') return Math.round((p.quantity * hoursPerDay) / 10);
  return 0;
}

/**
 * Counted per service, not against the order's total: the client confirmed so many design hours and
 * so many concept hours, and a lump sum or unused concept hours elsewhere do not pay for extra design
 * hours. Only billable hours count: what the agency decided not to bill is no change request.
 * `describe(service, hours)` gets the hours as '12.5' and writes the position's text in the quote's language.
 */
export function overrunPositions(
  use: BudgetUse,
  confirmed: readonly Position[],
  rateCard: readonly RateCardEntry[],
  hoursPerDay: number,
  describe: (service: string, hours: string) => string,
): Position[] {
  const positions: Position[] = [];
  for (const s of use.byService) {
    const price = hourlyPrice(s.service, rateCard, hoursPerDay);
    const entry = rateCardEntry(s.service, rateCard);
    if (price === null || entry === null) continue;
    const ordered = confirmed
      .filter((p) => p.kind === 'item' && sameService(p.service, s.service))
      .reduce((sum, p) => sum + confirmedHours(p, hoursPerDay), 0);
    const surplus = s.billableHours - ordered;
    if (surplus <= 0) continue;
    positions.push({
      id: `cr-${positions.length + 1}`,
      kind: 'item',
      service: entry.service,
      description: describe(entry.service, String(surplus / 100)),
      quantity: surplus * 10,
      unit: 'hour',
      unitPrice: price,
      vatRate: entry.vatRate,
      discountBp: 0,
      optional: false,
      unitCost: hourlyCost(entry.service, rateCard, hoursPerDay) ?? 0,
    });
  }
  return positions;
}
