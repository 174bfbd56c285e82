// Budget used: logged hours priced at the rate card's hourly sale price, per service and in total.
import { divRound } from '../decimal';
import type { Cents } from '../money';
import type { RateCardEntry } from '../quote/rateCard';
import type { CentiHours, TimeEntry } from './types';

export interface ServiceUse {
  service: string;
  hours: CentiHours;
  billableHours: CentiHours;
  cents: Cents;
}

export interface BudgetUse {
  hours: CentiHours;
  cents: Cents;
  /** Hours on services the rate card prices by neither hour nor day: effort the budget cannot show. */
  unpricedHours: CentiHours;
  byService: ServiceUse[];
}

function serviceKey(service: string): string {
  return service.trim().toLowerCase();
}

export function rateCardEntry(service: string, rateCard: readonly RateCardEntry[]): RateCardEntry | null {
  const key = serviceKey(service);
  return rateCard.find((e) => serviceKey(e.service) === key) ?? null;
}

/** A day rate split over the working day; hoursPerDay may have a fraction (7.5). */
function perHour(perDay: number, hoursPerDay: number): number | null {
  const centiHoursPerDay = Math.round(hoursPerDay * 100);
  return centiHoursPerDay > 0 ? divRound(perDay * 100, centiHoursPerDay) : null;
}

/** Sale price per hour in 1/10,000 euro; null for services sold by the piece, lump sum or month. */
export function hourlyPrice(
  service: string,
  rateCard: readonly RateCardEntry[],
  hoursPerDay: number,
): number | null {
  const entry = rateCardEntry(service, rateCard);
  if (entry?.unit === 'hour') return entry.unitPrice;
  if (entry?.unit === 'day') return perHour(entry.unitPrice, hoursPerDay);
  return null;
}

/** Internal cost per hour in cents, on the same terms as hourlyPrice. */
export function hourlyCost(
  service: string,
  rateCard: readonly RateCardEntry[],
  hoursPerDay: number,
): Cents | null {
  const entry = rateCardEntry(service, rateCard);
  if (entry?.unit === 'hour') return entry.unitCost;
  if (entry?.unit === 'day') return perHour(entry.unitCost, hoursPerDay);
  return null;
}

/**
 * Every entry counts, billable or not: non-billable effort still eats into what the order pays for.
 * cents = centi-hours x price (1/10,000 euro) / 10,000, rounded once per service.
 */
export function budgetUse(
  entries: readonly TimeEntry[],
  rateCard: readonly RateCardEntry[],
  hoursPerDay: number,
): BudgetUse {
  const groups = new Map<string, { service: string; hours: CentiHours; billableHours: CentiHours }>();
  for (const e of entries) {
    const key = serviceKey(e.service);
    const group = groups.get(key) ?? {
      service: rateCardEntry(e.service, rateCard)?.service ?? e.service.trim(),
      hours: 0,
      billableHours: 0,
    };
    group.hours += e.hours;
    if (e.billable) group.billableHours += e.hours;
    groups.set(key, group);
  }
  // Rate card order first, as the quote lists services; unknown services after, by name.
  const rank = (service: string) => {
    const i = rateCard.findIndex((e) => serviceKey(e.service) === serviceKey(service));
    return i < 0 ? rateCard.length : i;
  };
  const byService = [...groups.values()]
    .sort((a, b) => rank(a.service) - rank(b.service) || a.service.localeCompare(b.service))
    .map((g) => {
      const price = hourlyPrice(g.service, rateCard, hoursPerDay);
      return { ...g, cents: price === null ? 0 : divRound(g.hours * price, 10_000), priced: price !== null };
    });
  return {
    hours: byService.reduce((sum, s) => sum + s.hours, 0),
    cents: byService.reduce((sum, s) => sum + s.cents, 0),
    unpricedHours: byService.filter((s) => !s.priced).reduce((sum, s) => sum + s.hours, 0),
    byService: byService.map(({ priced: _, ...s }) => s),
  };
}
