// Reading CSV rows through a layout: credits become candidates, every other row is counted or explained.
import { detectDecimal, parseAmount, parseBankDate } from './amounts';
import type { CsvRecord } from './csv';
import type { Field, Layout } from './formats';
import { collapse, normalizeCurrency, normalizeIban } from './normalize';
import type { Candidate, StatementProblem } from './types';

export type Columns = Partial<Record<Field, number>>;

const cellOf = (cells: readonly string[], index: number | undefined) =>
  index === undefined ? '' : (cells[index] ?? '');

type Amount = { cents: number } | { problem: StatementProblem };

/** The signed amount of a row: the amount column, else Haben (positive) or Soll (negative). */
function rowAmount(cells: readonly string[], columns: Columns, decimal: ',' | '.', line: number): Amount {
  const bad = (value: string): Amount => ({
    problem:
      value.trim() === ''
        ? { line, reason: 'err.bank.amountMissing', params: {} }
        : { line, reason: 'err.bank.amount', params: { value: value.trim() } },
  });
  const amount = cellOf(cells, columns.amount);
  if (amount.trim() !== '' || columns.credit === undefined) {
    const cents = parseAmount(amount, decimal);
    return cents === null ? bad(amount) : { cents };
  }
  const credit = cellOf(cells, columns.credit);
  const isCredit = credit.trim() !== '';
  const cell = isCredit ? credit : cellOf(cells, columns.debit);
  const cents = parseAmount(cell, decimal);
  if (cents === null) return bad(cell);
  return { cents: isCredit ? Math.abs(cents) : -Math.abs(cents) };
}

/**
 * Reads the records: a row with another number of fields than the header's `width` named columns (empty fields
 * after them aside), an unreadable amount or date, or a credit not booked yet becomes a problem; debits are counted.
 */
export function readRows(
  records: readonly CsvRecord[],
  width: number,
  layout: Layout,
  columns: Columns,
  fileIban: string,
): { candidates: Candidate[]; skippedDebits: number; problems: StatementProblem[] } {
  const decimal =
    layout.decimal === 'auto'
      ? detectDecimal(records.map((r) => cellOf(r.fields, columns.amount)))
      : layout.decimal;
  const candidates: Candidate[] = [];
  const problems: StatementProblem[] = [];
  let skippedDebits = 0;
  for (const { line, fields } of records) {
    if (fields.every((f) => f.trim() === '') || layout.skip?.(fields)) continue;
    const extraEmpty = fields.length > width && fields.slice(width).every((f) => f.trim() === '');
    if (fields.length !== width && !extraEmpty) {
      problems.push({ line, reason: 'err.bank.columns', params: { expected: width, found: fields.length } });
      continue;
    }
    const amount = rowAmount(fields, columns, decimal, line);
    if ('problem' in amount) {
      problems.push(amount.problem);
      continue;
    }
    if (amount.cents <= 0) {
      skippedDebits++;
      continue;
    }
    const status = collapse(cellOf(fields, columns.status));
    if (layout.notBooked?.(status)) {
      problems.push({ line, reason: 'err.bank.notBooked', params: { status } });
      continue;
    }
    const rawDate = cellOf(fields, columns.date).trim();
    const bookingDate = parseBankDate(rawDate);
    if (bookingDate === null) {
      const reason = rawDate === '' ? 'err.bank.dateMissing' : 'err.bank.date';
      problems.push({ line, reason, params: { value: rawDate } });
      continue;
    }
    candidates.push({
      line,
      accountIban: columns.account === undefined ? fileIban : normalizeIban(cellOf(fields, columns.account)),
      bookingDate,
      amountCents: amount.cents,
      currency: columns.currency === undefined ? 'EUR' : normalizeCurrency(cellOf(fields, columns.currency)),
      payer: collapse(cellOf(fields, columns.payer)),
      payerIban: normalizeIban(cellOf(fields, columns.payerIban)),
      text: collapse(cellOf(fields, columns.text)),
      reference: '',
      bankRef: collapse(cellOf(fields, columns.bankId)),
    });
  }
  return { candidates, skippedDebits, problems };
}

/** The account IBAN the rows name (Sparkasse "Auftragskonto"): the first one, or ''. */
export function rowsIban(records: readonly CsvRecord[], column: number | undefined): string {
  if (column === undefined) return '';
  for (const r of records) {
    const iban = normalizeIban(cellOf(r.fields, column));
    if (iban) return iban;
  }
  return '';
}
