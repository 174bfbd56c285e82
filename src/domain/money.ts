// Money in integer cents: parsing what people type (German or English style) and formatting it.
import type { Lang } from '../shared/i18n';

export type Cents = number;

/** Largest amount the register accepts: 1 billion euros, far inside exact float integers. */
export const MAX_CENTS = 100_000_000_000;

/**
 * Parses "1.250,50", "1,250.50", "1250", "€ 99,9" into cents, or null if it is not an amount.
 * With a single separator followed by exactly three digits ("1.250") the language decides,
 * because a German writes thousands with a dot and an English user with a comma.
 */
export function parseMoney(text: string, lang: Lang): Cents | null {
  let s = text.replace(/[\s\u00a0€]|EUR/gi, '');
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalSep: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalSep = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    const tail = s.length - s.lastIndexOf(sep) - 1;
    if (count > 1) decimalSep = null;
    else if (tail === 3) decimalSep = (sep === ',') === (lang === 'de') ? sep : null;
    else decimalSep = sep;
  }
  const [intPartRaw, fraction = ''] = decimalSep ? splitLast(s, decimalSep) : [s, ''];
  const thousandsSep = decimalSep === '.' ? ',' : '.';
  if (decimalSep && intPartRaw.includes(decimalSep)) return null;
  if (!validGrouping(intPartRaw, decimalSep ? thousandsSep : intPartRaw.includes(',') ? ',' : '.'))
    return null;
  const intPart = intPartRaw.replace(/[.,]/g, '');
  if (fraction.length > 2 || !/^\d*$/.test(fraction) || intPart === '') return null;
  const cents = Number(intPart) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return null;
  return negative ? -cents : cents;
}

function splitLast(s: string, sep: string): [string, string] {
  const i = s.lastIndexOf(sep);
  return [s.slice(0, i), s.slice(i + 1)];
}

/** "1.250.000" groups of three after the first; a bare number is fine too. */
function validGrouping(intPart: string, sep: string): boolean {
  if (!intPart.includes('.') && !intPart.includes(',')) return true;
  const groups = intPart.split(sep);
  if (groups.some((g) => !/^\d+$/.test(g))) return false;
  return groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
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
