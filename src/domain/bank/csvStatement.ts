// A CSV statement: the header, the layout (known, or the user's mapping, or a request for one), then the rows.
import type { MessageKey, MessageParams } from '../../shared/i18n';
import { readCsv } from './csv';
import { headerSignature, type Layout, mappedLayout, resolveColumns } from './formats';
import { findHeader, preambleIban } from './header';
import { assignIds } from './ids';
import { headerKey } from './normalize';
import { type Columns, readRows, rowsIban } from './rows';
import type { ColumnMapping, StatementParse, StatementProblem } from './types';

function unreadable(reason: MessageKey, params: MessageParams = {}): StatementParse {
  return { kind: 'unreadable', reason, params };
}

/** Why a mapping does not fit this file: no date or amount column, or a header name the file lacks; else null. */
function mappingProblem(mapping: ColumnMapping, headers: readonly string[]): StatementParse | null {
  const [date, amount] = [mapping.date ?? '', mapping.amount ?? ''];
  if (date.trim() === '') return unreadable('err.bank.mappingMissing', { field: { ref: 'bank.field.date' } });
  if (amount.trim() === '')
    return unreadable('err.bank.mappingMissing', { field: { ref: 'bank.field.amount' } });
  const keys = headers.map(headerKey);
  for (const column of [date, amount, mapping.payer ?? '', mapping.text ?? '', mapping.iban ?? '']) {
    if (column.trim() !== '' && !keys.includes(headerKey(column)))
      return unreadable('err.bank.mappingColumn', { column });
  }
  return null;
}

/** The header row the parser reads this CSV by, or null if the file has no delimited line. */
export function csvHeaderRow(text: string): string[] | null {
  return findHeader(text)?.headers ?? null;
}

/** Parses the text of a CSV statement (a known layout, or an unknown one through the user's mapping). */
export function parseCsvStatement(text: string, mapping: ColumnMapping | null): StatementParse {
  const header = findHeader(text);
  if (!header || header.headers.length < 2) return unreadable('err.bank.unknownFile');
  const body = readCsv(text, header.delimiter, header.line.next, header.line.line + 1);
  let layout: Layout;
  let columns: Columns;
  if (header.known) {
    ({ layout, columns } = header.known);
  } else if (mapping) {
    const problem = mappingProblem(mapping, header.headers);
    if (problem) return problem;
    layout = mappedLayout(mapping);
    columns = resolveColumns(layout, header.headers) ?? {};
  } else {
    const sample = body.records.slice(0, 3).map((r) => r.fields);
    return {
      kind: 'needsMapping',
      headers: header.headers,
      signature: headerSignature(header.headers),
      sample,
    };
  }
  const fileIban = preambleIban(header);
  let named = header.headers.length;
  while (named > 0 && header.headers[named - 1] === '') named--;
  const rows = readRows(body.records, named, layout, columns, fileIban);
  const unclosed: StatementProblem[] = body.unclosed.map((line) => ({
    line,
    reason: 'err.bank.quote',
    params: {},
  }));
  return {
    kind: 'parsed',
    format: layout.format,
    accountIban: fileIban || rowsIban(body.records, columns.account),
    transactions: assignIds(rows.candidates),
    skippedDebits: rows.skippedDebits,
    problems: [...rows.problems, ...unclosed].sort((a, b) => a.line - b.line),
  };
}
