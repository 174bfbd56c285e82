// Writes and undoes the invoice part of a change set: invoice rows, their positions, and the protection of issued rows.
import type { ChangeSet } from '../app/ports';
import { DomainError } from '../domain/errors';
import { invoiceFigures } from '../domain/invoice/figures';
import type { Invoice } from '../domain/invoice/invoice';
import { positionsKey } from './invoiceReader';
import type { GasRegisterReader } from './reader';
import { invoiceCells } from './rows/invoiceRows';
import { positionCells } from './rows/positionRows';

/** What the journal must know to undo the invoice part: which rows were inserted, and invoices as they were. */
export interface InvoiceJournal {
  inserts: string[];
  before: Invoice[];
}

const PROTECTION_PREFIX = 'aa:invoice:';

export function hasInvoiceChanges(changes: ChangeSet): boolean {
  return !!(changes.insertInvoices?.length || changes.updateInvoices?.length);
}

export function invoiceJournal(changes: ChangeSet): InvoiceJournal {
  return {
    inserts: (changes.insertInvoices ?? []).map((i) => i.id),
    before: (changes.updateInvoices ?? []).map((u) => u.before),
  };
}

function appendPositions(reader: GasRegisterReader, invoices: readonly Invoice[]): void {
  const lang = reader.lang();
  const rows = invoices.flatMap((inv) =>
    inv.positions.map((p, i) => positionCells(positionsKey(inv), i + 1, p, lang)),
  );
  if (rows.length > 0) reader.table('positions').append(rows);
}

function deletePositions(reader: GasRegisterReader, keys: readonly string[]): void {
  if (keys.length === 0) return;
  const table = reader.table('positions');
  const { rows } = table.readKeyed(keys);
  table.deleteRows(rows.map((r) => r.row));
}

function rowOf(reader: GasRegisterReader, invoice: Invoice): number {
  const stored = reader.invoices.invoicesOf(invoice.orderNo).find((s) => s.invoice.id === invoice.id);
  if (!stored) throw new DomainError('err.invoices.none', { id: invoice.id });
  return stored.row;
}

/** An issued row warns whoever edits it by hand; warning only, so colleagues can still book payments on it. */
function protectRow(reader: GasRegisterReader, row: number, invoice: Invoice): void {
  const table = reader.table('invoices');
  const width = table.columnMap().size;
  table.sheet
    .getRange(row, 1, 1, Math.max(width, table.sheet.getLastColumn()))
    .protect()
    .setDescription(`${PROTECTION_PREFIX}${invoice.id} ${invoice.number}`)
    .setWarningOnly(true);
}

export function writeInvoiceChanges(reader: GasRegisterReader, changes: ChangeSet): void {
  const lang = reader.lang();
  const table = reader.table('invoices');
  const updates = changes.updateInvoices ?? [];
  // Rows are looked up before anything moves: position rows are deleted below, invoice rows never are.
  const rows = updates.map((u) => rowOf(reader, u.before));
  updates.forEach(({ after }, i) => {
    table.update(rows[i], invoiceCells(after, invoiceFigures(after), lang));
  });
  const rewritten = updates.filter(
    (u) =>
      positionsKey(u.before) !== positionsKey(u.after) ||
      JSON.stringify(u.before.positions) !== JSON.stringify(u.after.positions),
  );
  deletePositions(
    reader,
    rewritten.map((u) => positionsKey(u.before)),
  );
  appendPositions(
    reader,
    rewritten.map((u) => u.after),
  );
  const inserts = changes.insertInvoices ?? [];
  let first = 0;
  if (inserts.length > 0) {
    first = table.append(inserts.map((inv) => invoiceCells(inv, invoiceFigures(inv), lang)));
    appendPositions(reader, inserts);
  }
  updates.forEach(({ before, after }, i) => {
    if (before.status === 'draft' && after.status !== 'draft') protectRow(reader, rows[i], after);
  });
  inserts.forEach((inv, i) => {
    if (inv.status !== 'draft') protectRow(reader, first + i, inv);
  });
}

/** Puts the invoice tables back as they were before an interrupted change set. */
export function undoInvoiceChanges(reader: GasRegisterReader, journal: InvoiceJournal): void {
  const lang = reader.lang();
  const table = reader.table('invoices');
  const keys = [...journal.inserts, ...journal.before.map((b) => b.id)];
  if (keys.length === 0) return;
  const { rows, map } = table.readKeyed(keys);
  const idIndex = map.get('id') as number;
  const numberIndex = map.get('number') as number;
  const idOf = (cells: readonly unknown[]) => String(cells[idIndex] ?? '').trim();
  // Positions may sit under the draft id or under a number the interrupted issue had already written.
  const positionKeys = new Set<string>(journal.inserts);
  for (const r of rows) {
    positionKeys.add(idOf(r.cells));
    const number = String(r.cells[numberIndex] ?? '').trim();
    if (number) positionKeys.add(number);
  }
  for (const before of journal.before) positionKeys.add(positionsKey(before));
  deletePositions(reader, [...positionKeys]);
  for (const before of journal.before) {
    const row = rows.find((r) => idOf(r.cells) === before.id);
    if (row) table.update(row.row, invoiceCells(before, invoiceFigures(before), lang));
  }
  table.deleteRows(rows.filter((r) => journal.inserts.includes(idOf(r.cells))).map((r) => r.row));
  appendPositions(reader, journal.before);
  unprotect(
    table.sheet,
    journal.before.filter((b) => b.status === 'draft').map((b) => b.id),
  );
}

function unprotect(sheet: GoogleAppsScript.Spreadsheet.Sheet, ids: readonly string[]): void {
  if (ids.length === 0) return;
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const description = protection.getDescription();
    if (ids.some((id) => description.startsWith(`${PROTECTION_PREFIX}${id} `))) protection.remove();
  }
}
