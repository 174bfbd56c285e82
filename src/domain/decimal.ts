// Decimal numbers as people type them (German or English style) to scaled integers, and back to text.
import type { Lang } from '../shared/i18n';

/**
 * Parses "1.250,5", "1,250.5", "7,5", "0.1250" into an integer scaled by 10^decimals, or null when it
 * is not a number or has more decimals than allowed. With a single separator followed by exactly
 * three digits ("1.250") the language decides, because a German writes thousands with a dot and an
 * English user with a comma.
 */
export function parseScaled(text: string, lang: Lang, decimals: number): number | null {
  let s = text.replace(/[\s\u00a0€%]|EUR/gi, '');
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const decimalSep = decimalSeparator(s, lang);
  const [intPartRaw, fraction = ''] = decimalSep ? splitLast(s, decimalSep) : [s, ''];
  const thousandsSep = decimalSep === '.' ? ',' : '.';
  if (decimalSep && intPartRaw.includes(decimalSep)) return null;
  if (!validGrouping(intPartRaw, decimalSep ? thousandsSep : intPartRaw.includes(',') ? ',' : '.'))
    return null;
  const intPart = intPartRaw.replace(/[.,]/g, '');
  if (fraction.length > decimals || !/^\d*$/.test(fraction) || intPart === '') return null;
  const scaled = Number(intPart) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
  if (!Number.isSafeInteger(scaled)) return null;
  return negative ? -scaled : scaled;
}

function decimalSeparator(s: string, lang: Lang): '.' | ',' | null {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastDot < 0 && lastComma < 0) return null;
  const sep = lastDot >= 0 ? '.' : ',';
  const count = s.split(sep).length - 1;
  const tail = s.length - s.lastIndexOf(sep) - 1;
  if (count > 1) return null;
  if (tail === 3) return (sep === ',') === (lang === 'de') ? sep : null;
  return sep;
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

/**
 * (125050, 2, 'de') -> "1.250,50"; trailing zeros beyond `minDecimals` are dropped, so a quantity of
 * 7500 thousandths shows as "7,5" and a unit price of 950000 ten-thousandths as "95,00".
 */
export function formatScaled(value: number, decimals: number, lang: Lang, minDecimals = decimals): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const scale = 10 ** decimals;
  const whole = Math.floor(abs / scale).toString();
  let fraction = (abs % scale).toString().padStart(decimals, '0');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'de' ? '.' : ',');
  const sep = lang === 'de' ? ',' : '.';
  return `${negative ? '-' : ''}${grouped}${fraction ? sep + fraction : ''}`;
}

/** Rounds numerator/denominator half away from zero, for integers whose quotient is safe. */
export function divRound(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const q = Math.floor(n / d);
  const r = n - q * d;
  return sign * (2 * r >= d ? q + 1 : q);
}
