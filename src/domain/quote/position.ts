// Quote positions: kinds, units, VAT rates, and each position's net in cents computed exactly (section D 19).

import { divRound } from '../decimal';
import { type Cents, MAX_CENTS } from '../money';

export const UNITS = ['hour', 'day', 'lumpSum', 'piece', 'month'] as const;
export type Unit = (typeof UNITS)[number];

/** The German VAT rates in percent; 0 for exempt or reverse-charge supplies. */
export const VAT_RATES = [19, 7, 0] as const;
export type VatRate = (typeof VAT_RATES)[number];

export const POSITION_KINDS = ['item', 'title', 'subtotal'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/** Quantities carry up to 3 decimals (7.5 h = 7500), unit prices up to 4 (95.00 € = 950000). */
export const QUANTITY_DECIMALS = 3;
export const PRICE_DECIMALS = 4;
/** Percentages in basis points: 5 % = 500, 12.5 % = 1250. */
export const PERCENT_DECIMALS = 2;
export const MAX_QUANTITY = 1_000_000 * 10 ** QUANTITY_DECIMALS;
export const MAX_UNIT_PRICE = 10_000_000 * 10 ** PRICE_DECIMALS;

export interface Position {
  /** Stable across versions, so a revision can say what changed. */
  id: string;
  kind: PositionKind;
  /** Service from the rate card, or '' for free text. */
  service: string;
  description: string;
  quantity: number;
  unit: Unit;
  unitPrice: number;
  vatRate: VatRate;
  discountBp: number;
  /** Shown but not in the total until the client accepts it (Eventualposition). */
  optional: boolean;
  /** Internal cost per unit in cents, for the margin; never printed for the client. */
  unitCost: Cents;
}

export function isUnit(value: string): value is Unit {
  return (UNITS as readonly string[]).includes(value);
}

export function isVatRate(value: number): value is VatRate {
  return (VAT_RATES as readonly number[]).includes(value);
}

/**
 * round(quantity x unit price - discount) in cents, half away from zero, with integer arithmetic only.
 * quantity x price is in 10^-7 euro; it is split so that no intermediate passes 2^53.
 */
export function positionNet(p: Pick<Position, 'quantity' | 'unitPrice' | 'discountBp'>): Cents {
  // Negative amounts (a cancellation's negated prices) round half away from zero too (D 18): mirror them.
  if (p.unitPrice < 0) return 0 - positionNet({ ...p, unitPrice: -p.unitPrice });
  if (p.quantity < 0) return 0 - positionNet({ ...p, quantity: -p.quantity });
  const scale = 10 ** (QUANTITY_DECIMALS + PRICE_DECIMALS - 2); // 10^5: product units per cent
  const high = Math.floor(p.unitPrice / scale);
  const low = p.unitPrice - high * scale;
  const lowProduct = p.quantity * low;
  // Exact value in cents: wholeCents + fractionUnits / scale.
  const wholeCents = p.quantity * high + Math.floor(lowProduct / scale);
  const fractionUnits = lowProduct % scale;
  const keep = 10_000 - p.discountBp;
  // net = (wholeCents + fraction/scale) * keep / 10^4, computed as quotient and remainders.
  const kept = wholeCents * keep;
  const keptWhole = Math.floor(kept / 10_000);
  const keptRest = kept - keptWhole * 10_000;
  const rest = keptRest * scale + fractionUnits * keep; // in units of 1/(10^4 * scale) cent
  return keptWhole + divRound(rest, 10_000 * scale);
}

/** Internal cost of a position: quantity x cost per unit, in cents. */
export function positionCost(p: Pick<Position, 'quantity' | 'unitCost'>): Cents {
  return divRound(p.quantity * p.unitCost, 10 ** QUANTITY_DECIMALS);
}

export function exceedsMoneyLimit(cents: Cents): boolean {
  return Math.abs(cents) > MAX_CENTS;
}
