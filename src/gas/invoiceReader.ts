// Reads invoices: only the rows of the order an action touches, with their positions and a tamper check.

import { invoiceDataHash } from '../domain/invoice/dataHash';
import { invoiceFigures } from '../domain/invoice/figures';
import type { Invoice } from '../domain/invoice/invoice';
import type { Position } from '../domain/quote/position';
import type { TableSource } from './documentReader';
import { readInvoiceRow, type ShownFigures } from './rows/invoiceRows';

export interface StoredInvoice {
  invoice: Invoice;
  row: number;
  /** An issued invoice whose row no longer matches the data it was issued with. */
  tampered: boolean;
}

/** The positions of an invoice are filed under its number once issued, under its draft id before. */
export function positionsKey(invoice: Pick<Invoice, 'number' | 'id'>): string {
  return invoice.number || invoice.id;
}

function figuresMatch(invoice: Invoice, shown: ShownFigures): boolean {
  const f = invoiceFigures(invoice);
  return (
    shown.net === f.net &&
    shown.vat === f.vat &&
    shown.gross === f.gross &&
    shown.deducted === f.deducted &&
    shown.due === f.due
  );
}

export class InvoiceReader {
  private readonly byOrder = new Map<string, StoredInvoice[]>();

  constructor(
    private readonly source: TableSource,
    private readonly positionsOf: (keys: readonly string[]) => Map<string, Position[]>,
  ) {}

  /** Every invoice of the order (drafts too), in sheet order. */
  invoicesOf(orderNo: string): StoredInvoice[] {
    let stored = this.byOrder.get(orderNo);
    if (!stored) {
      const zone = this.source.timeZone();
      const { map, rows } = this.source.table('invoices').readKeyed([orderNo], 'orderNo');
      const heads = rows
        .map((r) => readInvoiceRow(r.cells, r.row, map, zone))
        .filter((h) => h.invoice.id !== '');
      const positions = this.positionsOf(heads.map((h) => positionsKey(h.invoice)));
      stored = heads.map((h) => {
        const invoice: Invoice = { ...h.invoice, positions: positions.get(positionsKey(h.invoice)) ?? [] };
        const tampered =
          invoice.status !== 'draft' &&
          (h.unreadable || invoiceDataHash(invoice) !== invoice.dataHash || !figuresMatch(invoice, h.shown));
        return { invoice, row: h.row, tampered };
      });
      this.byOrder.set(orderNo, stored);
    }
    return stored;
  }

  /** The order an invoice belongs to, by the invoice's id (one keyed read). */
  orderOfInvoice(id: string): string | null {
    const { map, rows } = this.source.table('invoices').readKeyed([id]);
    const orderIndex = map.get('orderNo') as number;
    return rows.length > 0 ? String(rows[0].cells[orderIndex] ?? '').trim() || null : null;
  }

  /** Every invoice number the sheet holds (one read of the number column), for the duplicate check (B 9). */
  allNumbers(): string[] {
    return this.source
      .table('invoices')
      .columnValues('number')
      .map((v) => String(v ?? '').trim())
      .filter(Boolean);
  }
}
