// Reads quotes, positions, confirmations and the rate card: only the rows of the orders an action touches.
import type { Confirmation } from '../domain/quote/confirmation';
import type { Quote } from '../domain/quote/quote';
import type { RateCardEntry } from '../domain/quote/rateCard';
import { readConfirmationRow, readMilestoneRow, readRateCardRow } from './rows/confirmationRows';
import { readPositionRow } from './rows/positionRows';
import { readQuoteRow } from './rows/quoteRows';
import type { TableKey } from './schema';
import type { SheetTable } from './sheetTable';

export interface TableSource {
  table(key: TableKey): SheetTable;
  timeZone(): string;
}

export interface StoredQuote {
  quote: Quote;
  row: number;
}

export interface StoredConfirmation {
  confirmation: Confirmation;
  row: number;
}

export class DocumentReader {
  private readonly quotesByOrder = new Map<string, StoredQuote[]>();
  private readonly confirmationByOrder = new Map<string, StoredConfirmation | null>();
  private rateCardEntries: RateCardEntry[] | null = null;

  constructor(private readonly source: TableSource) {}

  /** Every version of the order's quotes, oldest first, with their positions in document order. */
  quotesOf(orderNo: string): StoredQuote[] {
    let quotes = this.quotesByOrder.get(orderNo);
    if (!quotes) {
      const zone = this.source.timeZone();
      const { map, rows } = this.source.table('quotes').readKeyed([orderNo], 'orderNo');
      const headers = rows
        .map((r) => readQuoteRow(r.cells, r.row, map, zone))
        .filter((h) => h.quote.number !== '');
      const positions = this.positionsOf(headers.map((h) => h.quote.number));
      quotes = headers
        .map((h) => ({ quote: { ...h.quote, positions: positions.get(h.quote.number) ?? [] }, row: h.row }))
        .sort((a, b) => a.quote.version - b.quote.version);
      this.quotesByOrder.set(orderNo, quotes);
    }
    return quotes;
  }

  /** The order number of a quote, looked up by the quote's number (then its order's versions are read). */
  orderOfQuote(number: string): string | null {
    const { map, rows } = this.source.table('quotes').readKeyed([number]);
    const orderIndex = map.get('orderNo') as number;
    return rows.length > 0 ? String(rows[0].cells[orderIndex] ?? '').trim() || null : null;
  }

  /** Positions by document number, in the order the sheet's position column gives. */
  positionsOf(documents: readonly string[]): Map<string, Quote['positions']> {
    const result = new Map<string, Quote['positions']>();
    if (documents.length === 0) return result;
    const zone = this.source.timeZone();
    const { map, rows } = this.source.table('positions').readKeyed(documents);
    const parsed = rows.map((r) => readPositionRow(r.cells, r.row, map, zone));
    parsed.sort((a, b) => a.index - b.index || a.row - b.row);
    for (const p of parsed) {
      const list = result.get(p.document) ?? [];
      list.push(p.position);
      result.set(p.document, list);
    }
    return result;
  }

  confirmationOf(orderNo: string): StoredConfirmation | null {
    if (!this.confirmationByOrder.has(orderNo)) {
      const zone = this.source.timeZone();
      const { map, rows } = this.source.table('confirmations').readKeyed([orderNo], 'orderNo');
      const last = rows.map((r) => readConfirmationRow(r.cells, r.row, map, zone)).pop();
      let stored: StoredConfirmation | null = null;
      if (last) {
        const number = last.confirmation.number;
        const positions = this.positionsOf([number]).get(number) ?? [];
        const ms = this.source.table('milestones').readKeyed([number]);
        const milestones = ms.rows.map((r) => readMilestoneRow(r.cells, ms.map, zone).milestone);
        stored = { confirmation: { ...last.confirmation, positions, milestones }, row: last.row };
      }
      this.confirmationByOrder.set(orderNo, stored);
    }
    return this.confirmationByOrder.get(orderNo) ?? null;
  }

  rateCard(): RateCardEntry[] {
    if (!this.rateCardEntries) {
      const { rows, map } = this.source.table('rateCard').readAll();
      const zone = this.source.timeZone();
      this.rateCardEntries = rows
        .map((cells) => readRateCardRow(cells, map, zone).entry)
        .filter((e) => e.service !== '');
    }
    return this.rateCardEntries;
  }
}
