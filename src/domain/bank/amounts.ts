// Strict amounts and dates of statement cells: the format names its decimal separator, nothing is guessed per cell.
import { type IsoDate, isIsoDate } from '../dates';
import { type Cents, MAX_CENTS } from '../money';

const GROUPED = {
  ',': /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/,
  '.': /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/,
};

/**
 * '-1.234,56', '1234,5', '+12,00', '1.234,56 €' (decimal ',') or '-16.80', '1,234.56' (decimal '.') to signed cents;
 * null for anything else ('1.234,5x', '12,345' with three decimals that are not zeros, an empty cell).
 */
export function parseAmount(text: string, decimal: ',' | '.'): Cents | null {
  let s = text
    .trim()
    .replace(/^(?:EUR|€)\s*/i, '')
    .replace(/\s*(?:EUR|€)$/i, '');
  let sign = 1;
  if (/^[-+\u2212]/.test(s)) {
    sign = s[0] === '+' ? 1 : -1;
    s = s.slice(1).trim();
  } else if (s.endsWith('-')) {
    sign = -1;
    s = s.slice(0, -1).trim();
  }
  const m = GROUPED[decimal].exec(s);
  if (!m) return null;
  const whole = m[1].replace(/[.,]/g, '');
  const fraction = m[2] ?? '';
  if (whole.length > 12 || /[1-9]/.test(fraction.slice(2))) return null;
  const cents = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (cents > MAX_CENTS) return null;
  return cents === 0 ? 0 : sign * cents;
}

/** The decimal separator most of these amount cells use ('1234,56' against '1234.56'); '.' when undecided. */
export function detectDecimal(values: readonly string[]): ',' | '.' {
  let comma = 0;
  let dot = 0;
  for (const v of values) {
    if (/\d,\d{1,2}\s*(?:EUR|€)?$/i.test(v)) comma++;
    else if (/\d\.\d{1,2}\s*(?:EUR|€)?$/i.test(v)) dot++;
  }
  return comma > dot ? ',' : '.';
}

/**
 * '16.06.26', '16.6.2026', '2026-06-16', '2026-06-16T10:22:00Z', '16-06-2026 10:22:00' or '16/06/2026' to an ISO
 * date; null if it is no date or does not exist ('31.02.2026'). Day before month: German and European exports.
 */
export function parseBankDate(text: string): IsoDate | null {
  const s = text.trim();
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  const dmy = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  let y: string;
  let m: string;
  let d: string;
  if (iso) [y, m, d] = [iso[1], iso[2], iso[3]];
  else if (dmy) [y, m, d] = [dmy[4].length === 2 ? `20${dmy[4]}` : dmy[4], dmy[3], dmy[1]];
  else return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}
