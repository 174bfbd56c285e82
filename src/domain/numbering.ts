// Document numbers from patterns like '{YYYY}-{####}': validation, formatting, next free number per range.
import type { IsoDate } from './dates';
import { DomainError } from './errors';

/** Values a pattern may refer to besides the date and the counter (e.g. {order}, {version}). */
export type NumberContext = Record<string, string | number>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'counter'; width: number }
  | { kind: 'token'; name: string };

const TOKEN = /\{([^{}]+)\}/g;
const DATE_TOKENS = ['YYYY', 'YY', 'MM'];
const ALLOWED_CHARS = /^[A-Za-z0-9\-/_.]*$/;
export const MAX_NUMBER_LENGTH = 35;

/** Splits a pattern into parts, or null if it is not a usable pattern. */
export function parsePattern(pattern: string, contextNames: readonly string[] = []): Part[] | null {
  const parts: Part[] = [];
  let last = 0;
  let counters = 0;
  const token = new RegExp(TOKEN.source, 'g');
  for (let m = token.exec(pattern); m !== null; m = token.exec(pattern)) {
    const index = m.index;
    if (index > last) parts.push({ kind: 'text', text: pattern.slice(last, index) });
    const name = m[1];
    if (/^#+$/.test(name)) {
      counters++;
      parts.push({ kind: 'counter', width: name.length });
    } else if (DATE_TOKENS.includes(name) || contextNames.includes(name)) parts.push({ kind: 'token', name });
    else return null;
    last = index + m[0].length;
  }
  if (last < pattern.length) parts.push({ kind: 'text', text: pattern.slice(last) });
  const literalsOk = parts.every((p) => p.kind !== 'text' || ALLOWED_CHARS.test(p.text));
  return counters === 1 && literalsOk ? parts : null;
}

export function isValidPattern(pattern: string, contextNames: readonly string[] = []): boolean {
  return parsePattern(pattern, contextNames) !== null;
}

function tokenValue(name: string, date: IsoDate, context: NumberContext): string {
  if (name === 'YYYY') return date.slice(0, 4);
  if (name === 'YY') return date.slice(2, 4);
  if (name === 'MM') return date.slice(5, 7);
  return String(context[name]);
}

function compiled(pattern: string, context: NumberContext): Part[] {
  const parts = parsePattern(pattern, Object.keys(context));
  if (!parts) throw new DomainError('err.invalidPattern', { field: pattern });
  return parts;
}

/** The number with the counter filled in: ('{YYYY}-{####}', 2026-.., 42) -> '2026-0042'. */
export function formatNumber(
  pattern: string,
  date: IsoDate,
  seq: number,
  context: NumberContext = {},
): string {
  const text = compiled(pattern, context)
    .map((p) =>
      p.kind === 'text'
        ? p.text
        : p.kind === 'counter'
          ? String(seq).padStart(p.width, '0')
          : tokenValue(p.name, date, context),
    )
    .join('');
  if (text.length > MAX_NUMBER_LENGTH) throw new DomainError('err.numberTooLong', { number: text });
  if (!ALLOWED_CHARS.test(text)) throw new DomainError('err.invalidPattern', { field: pattern });
  return text;
}

/** Identifies a counting range: the pattern with everything but the counter filled ('2026-{#}'). */
export function rangeKey(pattern: string, date: IsoDate, context: NumberContext = {}): string {
  return compiled(pattern, context)
    .map((p) =>
      p.kind === 'text' ? p.text : p.kind === 'counter' ? '{#}' : tokenValue(p.name, date, context),
    )
    .join('')
    .toUpperCase();
}

/** Normal form for comparing numbers: trimmed and case-insensitive (rule B9). */
export function normalizeNumber(number: string): string {
  return number.trim().toUpperCase();
}

/** The counter of an existing number if it belongs to the range, else null. */
export function sequenceInRange(range: string, number: string): number | null {
  const [before, after] = range.split('{#}');
  const n = normalizeNumber(number);
  if (!n.startsWith(before) || !n.endsWith(after) || n.length <= before.length + after.length) return null;
  const digits = n.slice(before.length, n.length - after.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

export interface AllocatedNumber {
  number: string;
  seq: number;
  range: string;
}

/**
 * The next free number: one above both the highest number the sheet holds in this range and the
 * high-water mark remembered from earlier allocations, so a deleted row's number is never reused.
 */
export function nextNumber(
  pattern: string,
  date: IsoDate,
  existing: Iterable<string>,
  highWater: number,
  context: NumberContext = {},
): AllocatedNumber {
  const range = rangeKey(pattern, date, context);
  let max = highWater;
  for (const number of existing) {
    const seq = sequenceInRange(range, number);
    if (seq !== null && seq > max) max = seq;
  }
  const seq = max + 1;
  return { number: formatNumber(pattern, date, seq, context), seq, range };
}
