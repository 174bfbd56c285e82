// Invoice numbers (B 8-9): ASCII letters, digits and -/_. only, at most 35 characters, unique across all ranges and years.
import type { IsoDate } from '../dates';
import { DomainError } from '../errors';
import { type AllocatedNumber, MAX_NUMBER_LENGTH, nextNumber, normalizeNumber } from '../numbering';

const INVOICE_NUMBER = /^[A-Za-z0-9\-/_.]+$/;

/**
 * Refuses an empty number, a duplicate of any existing number (compared trimmed and case-insensitively, in
 * every range and year), characters outside A-Z a-z 0-9 - / _ . and more than 35 characters. Returns the
 * number trimmed.
 */
export function assertInvoiceNumber(number: string, existing: Iterable<string>): string {
  const trimmed = number.trim();
  const field = 'number';
  if (trimmed === '') throw new DomainError('err.invoice.numberEmpty', {}, field);
  const key = normalizeNumber(trimmed);
  for (const other of existing) {
    if (normalizeNumber(other) === key)
      throw new DomainError('err.invoice.numberDuplicate', { number: trimmed }, field);
  }
  if (!INVOICE_NUMBER.test(trimmed))
    throw new DomainError('err.invoice.numberChars', { number: trimmed }, field);
  if (trimmed.length > MAX_NUMBER_LENGTH)
    throw new DomainError('err.invoice.numberTooLong', { number: trimmed, max: MAX_NUMBER_LENGTH }, field);
  return trimmed;
}

/**
 * B 8: the number an invoice gets at issue: the next in its range (above the high-water mark), checked
 * against every number the register holds. The caller holds the document lock.
 */
export function nextInvoiceNumber(
  pattern: string,
  issueDate: IsoDate,
  existing: readonly string[],
  highWater: number,
): AllocatedNumber {
  const allocated = nextNumber(pattern, issueDate, existing, highWater);
  assertInvoiceNumber(allocated.number, existing);
  return allocated;
}
