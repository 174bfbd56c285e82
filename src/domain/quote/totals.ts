// Document totals per section D: net per VAT rate, document discount per rate, VAT per rate on the sum.
import { divRound } from '../decimal';
import type { Cents } from '../money';
import { type Position, positionCost, positionNet, type VatRate } from './position';

export type VatMode = 'regular' | 'smallBusiness';

export interface RateTotal {
  rate: VatRate;
  /** Sum of the counted positions' nets at this rate. */
  net: Cents;
  discount: Cents;
  netAfterDiscount: Cents;
  vat: Cents;
}

export interface Totals {
  rates: RateTotal[];
  net: Cents;
  discount: Cents;
  netAfterDiscount: Cents;
  vat: Cents;
  gross: Cents;
  /** Optional positions not taken: shown beside the totals, never in them. */
  optionalNet: Cents;
  /** Internal figures for the agency only. */
  cost: Cents;
  margin: Cents;
}

export interface TotalsOptions {
  discountBp: number;
  vatMode: VatMode;
  /** Ids of optional positions the client accepted; they count like any other position. */
  acceptedOptions?: readonly string[];
}

/** Whether a position counts toward the totals: an item that is not optional, or an accepted option. */
export function counts(p: Position, acceptedOptions: readonly string[] = []): boolean {
  return p.kind === 'item' && (!p.optional || acceptedOptions.includes(p.id));
}

export function computeTotals(positions: readonly Position[], options: TotalsOptions): Totals {
  const accepted = options.acceptedOptions ?? [];
  const byRate = new Map<VatRate, Cents>();
  let optionalNet = 0;
  let cost = 0;
  for (const p of positions) {
    if (p.kind !== 'item') continue;
    const net = positionNet(p);
    if (!counts(p, accepted)) {
      optionalNet += net;
      continue;
    }
    byRate.set(p.vatRate, (byRate.get(p.vatRate) ?? 0) + net);
    cost += positionCost(p);
  }
  const rates: RateTotal[] = [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, net]) => {
      const discount = divRound(net * options.discountBp, 10_000);
      const netAfterDiscount = net - discount;
      // Kleinunternehmer (§ 19 UStG) charge no VAT at all.
      const vat = options.vatMode === 'smallBusiness' ? 0 : divRound(netAfterDiscount * rate, 100);
      return { rate, net, discount, netAfterDiscount, vat };
    });
  const sum = (pick: (r: RateTotal) => Cents) => rates.reduce((total, r) => total + pick(r), 0);
  const netAfterDiscount = sum((r) => r.netAfterDiscount);
  const vat = sum((r) => r.vat);
  return {
    rates,
    net: sum((r) => r.net),
    discount: sum((r) => r.discount),
    netAfterDiscount,
    vat,
    gross: netAfterDiscount + vat,
    optionalNet,
    cost,
    margin: netAfterDiscount - cost,
  };
}

/** Subtotal rows show the sum of the counted item nets since the previous title or subtotal. */
export function subtotals(
  positions: readonly Position[],
  acceptedOptions: readonly string[] = [],
): Map<string, Cents> {
  const result = new Map<string, Cents>();
  let running = 0;
  for (const p of positions) {
    if (p.kind === 'title') running = 0;
    else if (p.kind === 'subtotal') {
      result.set(p.id, running);
      running = 0;
    } else if (counts(p, acceptedOptions)) running += positionNet(p);
  }
  return result;
}

/** A consumer sees gross prices (section I 33): the net with its VAT, rounded once. */
export function withVat(net: Cents, rate: VatRate, vatMode: VatMode): Cents {
  return vatMode === 'smallBusiness' ? net : net + divRound(net * rate, 100);
}
