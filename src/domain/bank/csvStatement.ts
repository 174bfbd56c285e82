// Reading a CSV statement: the header below any preamble, the layout, then each row or the reason it cannot be read.
import type { MessageKey, MessageParams } from '../../shared/i18n';
import { isIban } from '../validators';
import { detectDecimal, parseAmount, parseBankDate } from './amounts';
import { type CsvRecord, detectDelimiter, leadingLines, type PhysicalLine, readCsv, splitLine } from './csv';
import {
  detectLayout,
  type Field,
  headerSignature,
  type Layout,
  mappedLayout,
  resolveColumns,
} from './formats';
import { assignIds } from './ids';
import { collapse, headerKey, normalizeCurrency, normalizeIban } from './normalize';
import type { Candidate, ColumnMapping, StatementParse, StatementProblem } from './types';

/** How far down a header row is looked for (Deutsche Bank and ING put some ten lines before it). */
const HEADER_SCAN = 40;

type Columns = Partial<Record<Field, number>>;

interface Header {
  line: PhysicalLine;
  delimiter: string;
  headers: string[];
  /** The lines above the header (account name, IBAN, period, balance). */
  preamble: PhysicalLine[];
}

function unreadable(reason: MessageKey, params: MessageParams = {}): StatementParse {
  return { kind: 'unreadable', reason, params };
}

function headerAt(lines: PhysicalLine[], k: number, delimiter: string): Header {
  const headers = splitLine(lines[k].text, delimiter).map((h) => h.replace(/^\ufeff/, '').trim());
  return { line: lines[k], delimiter, headers, preamble: lines.slice(0, k) };
}

const looksLikeValue = (cell: string) =>
  parseAmount(cell, ',') !== null || parseAmount(cell, '.') !== null || parseBankDate(cell) !== null;

/** The header of a known layout, else the first line that looks like one (three names, no values), else line one. */
function findHeader(
  lines: PhysicalLine[],
): { header: Header; known: ReturnType<typeof detectLayout> } | null {
  const delimiters = lines.map((l) => detectDelimiter(l.text));
  for (let k = 0; k < lines.length; k++) {
    const delimiter = delimiters[k];
    if (!delimiter) continue;
    const header = headerAt(lines, k, delimiter);
    const known = detectLayout(header.headers);
    if (known) return { header, known };
  }
  for (let k = 0; k < lines.length; k++) {
    const delimiter = delimiters[k];
    if (!delimiter) continue;
    const header = headerAt(lines, k, delimiter);
    const names = header.headers.filter((h) => h !== '');
    const next = lines[k + 1];
    const fits = !next || splitLine(next.text, delimiter).length === header.headers.length;
    if (names.length >= 3 && fits && !names.some(looksLikeValue)) return { header, known: null };
  }
  const first = delimiters.findIndex((d) => d !== null);
  return first < 0 ? null : { header: headerAt(lines, first, delimiters[first] as string), known: null };
}

/** The first valid IBAN in the lines above the header (Deutsche Bank: "IBAN;DE12 ..."). */
function preambleIban(header: Header): string {
  for (const line of header.preamble) {
    for (const cell of splitLine(line.text, detectDelimiter(line.text) ?? ';')) {
      const iban = normalizeIban(cell.replace(/^IBAN:?/i, ''));
      if (iban && isIban(iban)) return iban;
    }
  }
  return '';
}

const cellOf = (cells: readonly string[], index: number | undefined) =>
  index === undefined ? '' : (cells[index] ?? '');

type Amount = { cents: number } | { problem: StatementProblem };

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

/** Reads the records through a layout: credits become candidates, every other row is counted or explained. */
function readRows(
  records: readonly CsvRecord[],
  width: number,
  layout: Layout,
  columns: Columns,
  fileIban: string,
  problems: StatementProblem[],
) {
  const decimal =
    layout.decimal === 'auto'
      ? detectDecimal(records.map((r) => cellOf(r.fields, columns.amount)))
      : layout.decimal;
  const candidates: Candidate[] = [];
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
      const missing = rawDate === '';
      problems.push({
        line,
        reason: missing ? 'err.bank.dateMissing' : 'err.bank.date',
        params: { value: rawDate },
      });
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
  return { candidates, skippedDebits };
}

/** The account IBAN the rows name (Sparkasse "Auftragskonto"): the first one. */
function rowsIban(records: readonly CsvRecord[], column: number | undefined): string {
  if (column === undefined) return '';
  for (const r of records) {
    const iban = normalizeIban(cellOf(r.fields, column));
    if (iban) return iban;
  }
  return '';
}

/** The header names a mapping uses that this file does not have: the first one, or null if all are there. */
function missingMapped(mapping: ColumnMapping, headers: readonly string[]): StatementParse | null {
  if (mapping.date.trim() === '')
    return unreadable('err.bank.mappingMissing', { field: { ref: 'bank.field.date' } });
  if (mapping.amount.trim() === '')
    return unreadable('err.bank.mappingMissing', { field: { ref: 'bank.field.amount' } });
  const keys = headers.map(headerKey);
  for (const column of [
    mapping.date,
    mapping.amount,
    mapping.payer ?? '',
    mapping.text ?? '',
    mapping.iban ?? '',
  ]) {
    if (column.trim() !== '' && !keys.includes(headerKey(column))) {
      return unreadable('err.bank.mappingColumn', { column });
    }
  }
  return null;
}

/** The header row the parser would read this CSV by, or null if the file has no delimited line. */
export function csvHeaderRow(text: string): string[] | null {
  return findHeader(leadingLines(text, HEADER_SCAN))?.header.headers ?? null;
}

/** Parses the text of a CSV statement (a known layout, or an unknown one through the user's mapping). */
export function parseCsvStatement(text: string, mapping: ColumnMapping | null): StatementParse {
  const found = findHeader(leadingLines(text, HEADER_SCAN));
  if (!found || found.header.headers.length < 2) return unreadable('err.bank.unknownFile');
  const { header, known } = found;
  const body = readCsv(text, header.delimiter, header.line.next, header.line.line + 1);
  let layout: Layout;
  let columns: Columns;
  if (known) {
    ({ layout, columns } = known);
  } else if (mapping) {
    const missing = missingMapped(mapping, header.headers);
    if (missing) return missing;
    layout = mappedLayout(mapping);
    columns = resolveColumns(layout, header.headers) ?? {};
  } else {
    return {
      kind: 'needsMapping',
      headers: header.headers,
      signature: headerSignature(header.headers),
      sample: body.records.slice(0, 3).map((r) => r.fields),
    };
  }
  const problems: StatementProblem[] = body.unclosed.map((line) => ({
    line,
    reason: 'err.bank.quote',
    params: {},
  }));
  const fileIban = preambleIban(header);
  const { candidates, skippedDebits } = readRows(
    body.records,
    header.headers.length,
    layout,
    columns,
    fileIban,
    problems,
  );
  problems.sort((a, b) => a.line - b.line);
  return {
    kind: 'parsed',
    format: layout.format,
    accountIban: fileIban || rowsIban(body.records, columns.account),
    transactions: assignIds(candidates),
    skippedDebits,
    problems,
  };
}
