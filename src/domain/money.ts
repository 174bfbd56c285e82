// Money in integer cents: parsing what people type (German or English style) and formatting it.
import type { Lang } from '../shared/i18n';
import { parseScaled } from './decimal';

export type Cents = number;

/** Largest amount the register accepts: 1 billion euros, far inside exact float integers. */
export const MAX_CENTS = 100_000_000_000;

/**
 * Parses "1.250,50", "1,250.50", "1250", "€ 99,9" into cents, or null if it is not an amount.
 * With a single separator followed by exactly three digits ("1.250") the language decides,
 * because a German writes thousands with a dot and an English user with a comma.
 */
export function parseMoney(text: string, lang: Lang): Cents | null {
  const cents = parseScaled(text, lang, 2);
  return cents === null || Math.abs(cents) > MAX_CENTS ? null : cents;
}

/** 125050 -> "1.250,50 €" (de) or "€1,250.50" (en). */
export function formatMoney(cents: Cents, lang: Lang): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, '0');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'de' ? '.' : ',');
  const sign = negative ? '-' : '';
  return lang === 'de' ? `${sign}${grouped},${rest} €` : `${sign}€${grouped}.${rest}`;
}

/** Cents to the euro number a sheet cell holds; cents/100 prints exactly with two decimals. */
export function centsToEuros(cents: Cents): number {
  return cents / 100;
}

/** A euro number from a cell back to cents (a cell may hold 12.3 or 12.299999999). */
export function eurosToCents(euros: number): Cents {
  return Math.round(euros * 100);
}
