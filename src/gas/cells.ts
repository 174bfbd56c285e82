// Cell codec: domain values to what setValues stores and back from what getValues returns.
import { type IsoDate, isIsoDate, parseDateInput } from '../domain/dates';
import { parseScaled } from '../domain/decimal';
import { type Cents, centsToEuros, eurosToCents, parseMoney } from '../domain/money';

/** What getValues hands back for one cell. */
export type CellValue = string | number | boolean | Date;

/** Written as is: our own formulas, and ISO dates that Sheets should parse into date cells. */
export interface Raw {
  raw: string;
}
/** A plain string is user text and always stays text; null clears the cell. */
export type CellOut = string | number | boolean | Date | Raw | null;

/**
 * Text that Sheets would turn into something else (a formula, a number, a date, a boolean) gets a
 * leading apostrophe: Sheets then stores the literal text and getValues returns it without the mark.
 */
export function escapeText(text: string): string {
  if (text === '') return '';
  const risky =
    /^[=+\-@'\s]/.test(text) ||
    /^[\d.,]/.test(text) ||
    /^(true|false)$/i.test(text) ||
    /^\d{1,4}[-/.]\d{1,2}/.test(text);
  return risky ? `'${text}` : text;
}

export function encode(value: CellOut): string | number | boolean | Date {
  if (value === null) return '';
  if (typeof value === 'object' && !(value instanceof Date)) return value.raw;
  if (typeof value === 'string') return escapeText(value);
  return value;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The calendar day a date cell shows, in the spreadsheet's time zone. */
export function dateToIso(date: Date, timeZone: string): IsoDate {
  if (!formatters.has(timeZone)) {
    try {
      formatters.set(
        timeZone,
        new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      );
    } catch {
      formatters.set(timeZone, null);
    }
  }
  const formatter = formatters.get(timeZone);
  if (formatter) {
    const parts = formatter.formatToParts(date);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  }
  // Without Intl time zones: midnight anywhere from UTC-11 to UTC+11 plus 12 hours is that day in UTC.
  return new Date(date.getTime() + 12 * 3_600_000).toISOString().slice(0, 10);
}

/** Readers return a value, or undefined when the cell holds something that is not that kind of value. */
export function readText(cell: CellValue, timeZone: string): string {
  if (cell instanceof Date) return dateToIso(cell, timeZone);
  return String(cell).trim();
}

export function readDate(cell: CellValue, timeZone: string): IsoDate | null | undefined {
  if (cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : dateToIso(cell, timeZone);
  if (typeof cell === 'string') return parseDateInput(cell) ?? undefined;
  return undefined;
}

export function readMoney(cell: CellValue): Cents | null | undefined {
  if (cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? eurosToCents(cell) : undefined;
  if (typeof cell === 'string') return parseMoney(cell, 'de') ?? undefined;
  return undefined;
}

/** A number cell as an integer scaled by 10^decimals; text typed by hand is read German or English style. */
export function readScaled(cell: CellValue, decimals: number): number | undefined {
  if (cell === '') return 0;
  if (typeof cell === 'number') return Number.isFinite(cell) ? Math.round(cell * 10 ** decimals) : undefined;
  if (typeof cell === 'string') return parseScaled(cell, 'de', decimals) ?? undefined;
  return undefined;
}

export function writeScaled(value: number, decimals: number): number {
  return value / 10 ** decimals;
}

/** Checkbox cells hold booleans; a hand-typed "ja"/"yes"/"x" counts too. */
export function readBoolean(cell: CellValue): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (cell === '') return false;
  const text = String(cell).trim().toLowerCase();
  if (['true', 'wahr', 'ja', 'yes', 'x', '1'].includes(text)) return true;
  if (['false', 'falsch', 'nein', 'no', '0'].includes(text)) return false;
  return undefined;
}

export function writeMoney(cents: Cents | null): number | null {
  return cents === null ? null : centsToEuros(cents);
}

export function writeDate(iso: IsoDate | null): Raw | null {
  return iso !== null && isIsoDate(iso) ? { raw: iso } : null;
}

export function formula(text: string): Raw {
  return { raw: text };
}
