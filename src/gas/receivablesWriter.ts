// Writes and undoes the receivables part of a change set: payment rows and the sums they change, dunning letters.
import type { ChangeSet } from '../app/ports';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import type { Order } from '../domain/order';
import type { StageKey } from '../domain/stages';
import type { GasRegisterReader } from './reader';
import { settlementCells } from './rows/invoiceRows';
import { changedOrderCells } from './rows/orderRows';
import { dunningCells, paymentCells } from './rows/paymentRows';

/** Small on purpose: a statement may touch hundreds of invoices and the journal lives in script properties. */
export interface ReceivablesJournal {
  payments: string[];
  letters: string[];
  invoices: { id: string; paid: Cents; skonto: Cents; open: Cents }[];
  orders: {
    number: string;
    stage: StageKey;
    stageSince: IsoDate;
    paid: Cents | null;
    open: Cents | null;
    openDue: IsoDate | null;
  }[];
}

export function hasReceivablesChanges(changes: ChangeSet): boolean {
  return !!(changes.bookPayments?.payments.length || changes.insertLetters?.length);
}

export function receivablesJournal(changes: ChangeSet): ReceivablesJournal {
  const booking = changes.bookPayments;
  return {
    payments: (booking?.payments ?? []).map((p) => p.payment.id),
    letters: (changes.insertLetters ?? []).map((l) => l.id),
    invoices: (booking?.invoices ?? []).map(({ before }) => ({
      id: before.invoice.id,
      paid: before.invoice.paidCents,
      skonto: before.invoice.skontoCents,
      open: Math.max(0, before.dueCents - before.invoice.paidCents - before.invoice.skontoCents),
    })),
    orders: (booking?.orders ?? []).map(({ before }) => ({
      number: before.number,
      stage: before.stage,
      stageSince: before.stageSince,
      paid: before.documents.paid,
      open: before.documents.open,
      openDue: before.documents.openDue,
    })),
  };
}

/** Rows appended once, invoice and order sums rewritten in bulk: the calls do not grow with the payments. */
export function writeReceivablesChanges(reader: GasRegisterReader, changes: ChangeSet): void {
  const lang = reader.lang();
  const booking = changes.bookPayments;
  if (booking && booking.payments.length > 0) {
    reader.table('payments').append(booking.payments.map((p) => paymentCells(p.payment, p.settlement, lang)));
    const invoices = reader.table('invoices');
    invoices.updateMany(
      reader.tableRows('invoices').rows,
      booking.invoices.map(({ after }) => ({
        row: after.row,
        values: settlementCells(after.invoice, { open: openOf(after) }, lang),
      })),
    );
    writeOrders(reader, booking.orders);
  }
  if (changes.insertLetters?.length)
    reader.table('dunning').append(changes.insertLetters.map((l) => dunningCells(l, lang)));
}

function openOf(head: { dueCents: Cents; invoice: { paidCents: Cents; skontoCents: Cents } }): Cents {
  return Math.max(0, head.dueCents - head.invoice.paidCents - head.invoice.skontoCents);
}

function writeOrders(reader: GasRegisterReader, orders: readonly { before: Order; after: Order }[]): void {
  if (orders.length === 0) return;
  const lang = reader.lang();
  const table = reader.table('orders');
  const map = table.columnMap();
  const rows = new Map(reader.orders().map((r) => [r.order.number, r.row]));
  const updates = orders.flatMap(({ before, after }) => {
    const row = rows.get(before.number);
    return row ? [{ row, values: changedOrderCells(before, after, row, map, lang) }] : [];
  });
  table.updateMany(reader.tableRows('orders').rows, updates);
}

/** Puts payments, sums and letters back as they were before an interrupted change set. */
export function undoReceivablesChanges(reader: GasRegisterReader, journal: ReceivablesJournal): void {
  const lang = reader.lang();
  for (const [table, ids] of [
    ['payments', journal.payments],
    ['dunning', journal.letters],
  ] as const) {
    // A sheet that is gone holds nothing to undo: the rows were never written, or went with it.
    if (ids.length === 0 || !reader.context.sheet(table)) continue;
    const sheet = reader.table(table);
    sheet.deleteRows(sheet.readKeyed(ids).rows.map((r) => r.row));
  }
  if (journal.invoices.length > 0) {
    const before = new Map(journal.invoices.map((i) => [i.id, i]));
    const updates = reader.invoiceHeads().flatMap((head) => {
      const b = before.get(head.invoice.id);
      if (!b) return [];
      const invoice = { ...head.invoice, paidCents: b.paid, skontoCents: b.skonto };
      return [{ row: head.row, values: settlementCells(invoice, { open: b.open }, lang) }];
    });
    reader.table('invoices').updateMany(reader.tableRows('invoices').rows, updates);
  }
  if (journal.orders.length > 0) {
    const before = new Map(journal.orders.map((o) => [o.number, o]));
    const pairs = reader.orders().flatMap(({ order }) => {
      const b = before.get(order.number);
      if (!b) return [];
      const restored: Order = {
        ...order,
        stage: b.stage,
        stageSince: b.stageSince,
        documents: { ...order.documents, paid: b.paid, open: b.open, openDue: b.openDue },
      };
      return [{ before: order, after: restored }];
    });
    writeOrders(reader, pairs);
  }
}
