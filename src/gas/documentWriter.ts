// Writes and undoes the quote part of a change set: quote headers, their positions, confirmations, key dates.
import type { ChangeSet } from '../app/ports';
import { DomainError } from '../domain/errors';
import type { Confirmation } from '../domain/quote/confirmation';
import type { Quote } from '../domain/quote/quote';
import { computeTotals } from '../domain/quote/totals';
import type { Settings } from '../domain/settings';
import type { Lang } from '../shared/i18n';
import type { GasRegisterReader } from './reader';
import { confirmationCells, milestoneCells } from './rows/confirmationRows';
import { positionCells } from './rows/positionRows';
import { quoteCells } from './rows/quoteRows';

/** What the journal must know to undo the quote part: what was inserted, and quotes as they were. */
export interface DocumentJournal {
  quoteInserts: string[];
  quotesBefore: Quote[];
  confirmationInserts: string[];
}

export function hasDocumentChanges(changes: ChangeSet): boolean {
  return !!(
    changes.insertQuotes?.length ||
    changes.updateQuotes?.length ||
    changes.insertConfirmations?.length
  );
}

export function documentJournal(changes: ChangeSet): DocumentJournal {
  return {
    quoteInserts: (changes.insertQuotes ?? []).map((q) => q.number),
    quotesBefore: (changes.updateQuotes ?? []).map((u) => u.before),
    confirmationInserts: (changes.insertConfirmations ?? []).map((c) => c.number),
  };
}

function quoteTotals(quote: Quote, settings: Settings) {
  return computeTotals(quote.positions, {
    discountBp: quote.discountBp,
    vatMode: settings.vat.mode,
    acceptedOptions: quote.acceptance?.options ?? [],
  });
}

function appendPositions(
  reader: GasRegisterReader,
  documents: { number: string; positions: Quote['positions'] }[],
  lang: Lang,
) {
  const rows = documents.flatMap((d) => d.positions.map((p, i) => positionCells(d.number, i + 1, p, lang)));
  if (rows.length > 0) reader.table('positions').append(rows);
}

/** Rows of the given documents in a keyed table, deleted in as few calls as their blocks allow. */
function deleteKeyed(
  reader: GasRegisterReader,
  table: 'quotes' | 'positions' | 'confirmations' | 'milestones',
  keys: string[],
) {
  if (keys.length === 0) return;
  const sheetTable = reader.table(table);
  const { rows } = sheetTable.readKeyed(keys);
  sheetTable.deleteRows(rows.map((r) => r.row));
}

export function writeDocumentChanges(reader: GasRegisterReader, changes: ChangeSet): void {
  const lang = reader.lang();
  const { settings } = reader.settings();
  const updates = changes.updateQuotes ?? [];
  const inserts = changes.insertQuotes ?? [];
  if (updates.length > 0) {
    const quotes = reader.table('quotes');
    for (const { before, after } of updates) {
      const stored = reader.documents.quotesOf(before.orderNo).find((s) => s.quote.number === before.number);
      if (!stored) throw new DomainError('err.quote.none', { orderNo: before.orderNo });
      const totals = quoteTotals(after, settings);
      quotes.update(stored.row, quoteCells(after, totals.netAfterDiscount, totals.gross, lang));
    }
    const rewritten = updates.filter(
      (u) => JSON.stringify(u.before.positions) !== JSON.stringify(u.after.positions),
    );
    deleteKeyed(
      reader,
      'positions',
      rewritten.map((u) => u.after.number),
    );
    appendPositions(
      reader,
      rewritten.map((u) => u.after),
      lang,
    );
  }
  if (inserts.length > 0) {
    reader.table('quotes').append(
      inserts.map((q) => {
        const totals = quoteTotals(q, settings);
        return quoteCells(q, totals.netAfterDiscount, totals.gross, lang);
      }),
    );
    appendPositions(reader, inserts, lang);
  }
  for (const c of changes.insertConfirmations ?? []) writeConfirmation(reader, c, settings, lang);
}

function writeConfirmation(reader: GasRegisterReader, c: Confirmation, settings: Settings, lang: Lang) {
  const totals = computeTotals(c.positions, { discountBp: 0, vatMode: settings.vat.mode });
  reader.table('confirmations').append([confirmationCells(c, totals.netAfterDiscount, totals.gross)]);
  appendPositions(reader, [c], lang);
  if (c.milestones.length > 0) {
    reader.table('milestones').append(c.milestones.map((m) => milestoneCells(c.number, c.orderNo, m)));
  }
}

/** Puts the quote tables back as they were before an interrupted change set. */
export function undoDocumentChanges(reader: GasRegisterReader, journal: DocumentJournal): void {
  const lang = reader.lang();
  const { settings } = reader.settings();
  deleteKeyed(reader, 'milestones', journal.confirmationInserts);
  deleteKeyed(reader, 'confirmations', journal.confirmationInserts);
  deleteKeyed(reader, 'quotes', journal.quoteInserts);
  const before = journal.quotesBefore;
  deleteKeyed(reader, 'positions', [
    ...journal.quoteInserts,
    ...journal.confirmationInserts,
    ...before.map((q) => q.number),
  ]);
  if (before.length > 0) {
    const quotes = reader.table('quotes');
    const { rows } = quotes.readKeyed(before.map((q) => q.number));
    const map = quotes.columnMap();
    const numberIndex = map.get('number') as number;
    for (const quote of before) {
      const row = rows.find((r) => String(r.cells[numberIndex]).trim() === quote.number);
      const totals = quoteTotals(quote, settings);
      if (row) quotes.update(row.row, quoteCells(quote, totals.netAfterDiscount, totals.gross, lang));
    }
    appendPositions(reader, before, lang);
  }
}
