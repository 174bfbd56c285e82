// What a cell stores, and how written values are converted the way Sheets treats typed-in input.

// '=' starts a formula, a leading apostrophe forces text, number/boolean/ISO-date text is converted.

import { isDate } from '../core/emulated-date';
import { fromWallClock } from '../core/time-zone';
import { type FormulaTemplate, templateFromA1 } from '../formula/template';

export class FormulaCell {
  constructor(readonly template: FormulaTemplate) {}
}

export type StoredValue = number | string | boolean | Date | FormulaCell;

export interface WritePlace {
  row: number;
  col: number;
  timeZone: string;
  /** The cell's number format is plain text ('@'): Sheets then keeps typed-in text as it is. */
  plainText: boolean;
}

const NUMBER_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const PERCENT_TEXT = /^\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*%\s*$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export function toStoredValue(input: unknown, place: WritePlace): StoredValue | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number' || typeof input === 'boolean') return input;
  if (isDate(input)) return new Date(input.getTime());
  if (typeof input === 'string') return parseTypedText(input, place);
  return String(input);
}

export function parseTypedText(text: string, place: WritePlace): StoredValue | undefined {
  if (text === '') return undefined;
  if (place.plainText) return text;
  const first = text.charCodeAt(0);
  if (text[0] === '=') return new FormulaCell(templateFromA1(text, place.row, place.col));
  if (text[0] === "'") return text.slice(1);
  // Cheap first-character test keeps bulk writes of ordinary text away from the regular expressions.
  const mayBeNumeric =
    (first >= 48 && first <= 57) || text[0] === '-' || text[0] === '+' || text[0] === '.' || text[0] === ' ';
  if (mayBeNumeric) {
    if (NUMBER_TEXT.test(text)) return Number(text);
    const percent = PERCENT_TEXT.exec(text);
    if (percent) return Number(percent[1]) / 100;
    const date = parseIsoDate(text, place.timeZone);
    if (date) return date;
  }
  if (text.length === 4 || text.length === 5) {
    const upper = text.toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
  }
  return text;
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm(:ss)' as wall-clock time in timeZone; null for anything else. */
export function parseIsoDate(text: string, timeZone: string): Date | null {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => (part ? Number(part) : 0));
  const check = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-30 is not a date, so Sheets keeps it as text.
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  return new Date(fromWallClock(timeZone, year, month, day, hour, minute, second));
}
