// Writes and undoes the receivables part of a change set: payment rows and the sums they change, dunning letters.
import type { ChangeSet, InvoiceHead } from '../app/ports';
import type { Order } from '../domain/order';
import { openOfBalance, orderSums } from '../domain/receivables/orderSums';
import type { GasRegisterReader } from './reader';
import { settlementCells } from './rows/invoiceRows';
import { changedOrderCells } from './rows/orderRows';
import { dunningCells, paymentCells } from './rows/paymentRows';

/**
 * Constant in size however long the statement: one execution's payment ids share a prefix, and undo recomputes
 * the invoices' and orders' sums from the payment rows that remain, as booking computed them. (A journal with
 * every touched invoice's old sums grew with the statement and cost a property call per 8 KB.)
 */
export interface ReceivablesJournal {
  /** Every payment id of the change set starts with it; '' when it books none. */
  paymentPrefix: string;
  letters: string[];
}

export function hasReceivablesChanges(changes: ChangeSet): boolean {
  return !!(changes.bookPayments?.payments.length || changes.insertLetters?.length);
}

/** The ids' shared prefix up to the counter ('P-3f9a0c1d2e.'). */
function prefixOf(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const prefix = ids[0].slice(0, ids[0].lastIndexOf('.') + 1);
  if (prefix === '' || ids.some((id) => !id.startsWith(prefix)))
    throw new Error('payment ids of one change set must share their prefix');
  return prefix;
}

export function receivablesJournal(changes: ChangeSet): ReceivablesJournal {
  return {
    paymentPrefix: prefixOf((changes.bookPayments?.payments ?? []).map((p) => p.payment.id)),
    letters: (changes.insertLetters ?? []).map((l) => l.id),
  };
}

/** Rows appended once, invoice and order sums rewritten in bulk: the calls do not grow with the payments. */
export function writeReceivablesChanges(reader: GasRegisterReader, changes: ChangeSet): void {
  const lang = reader.lang();
  const booking = changes.bookPayments;
  if (booking && booking.payments.length > 0) {
    reader.table('payments').append(booking.payments.map((p) => paymentCells(p.payment, p.settlement, lang)));
    writeInvoices(
      reader,
      booking.invoices.map((i) => i.after),
    );
    writeOrders(reader, booking.orders);
  }
  if (changes.insertLetters?.length)
    reader.table('dunning').append(changes.insertLetters.map((l) => dunningCells(l, lang)));
}

function writeInvoices(reader: GasRegisterReader, heads: readonly InvoiceHead[]): void {
  if (heads.length === 0) return;
  const lang = reader.lang();
  reader.table('invoices').updateMany(
    reader.tableRows('invoices').rows,
    heads.map((head) => ({
      row: head.row,
      values: settlementCells(head.invoice, { open: openOf(head) }, lang),
    })),
  );
}

function openOf(head: InvoiceHead): number {
  return openOfBalance({ ...head.invoice, dueCents: head.dueCents });
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

/**
 * Puts the register back as it was before an interrupted change set: deletes its payment rows (found by their id
 * prefix) and letters, then recomputes the sums of the invoices those payments touched, and of their orders,
 * from the payment rows that remain. An order the booking had moved to "paid" that owes money again goes back
 * to "invoiced".
 */
export function undoReceivablesChanges(reader: GasRegisterReader, journal: ReceivablesJournal): void {
  if (journal.letters.length > 0 && reader.context.sheet('dunning')) {
    const letters = reader.table('dunning');
    letters.deleteRows(letters.readKeyed(journal.letters).rows.map((r) => r.row));
  }
  // A sheet that is gone holds nothing to undo: the rows were never written, or went with it.
  if (journal.paymentPrefix === '' || !reader.context.sheet('payments')) return;
  const payments = reader.table('payments');
  const { rows, map } = payments.readAll();
  const idIndex = map.get('id') as number;
  const invoiceIndex = map.get('invoiceId') as number;
  const amountIndex = map.get('amount') as number;
  const skontoIndex = map.get('skonto') as number;
  const ours = new Set<number>();
  const touched = new Set<string>();
  rows.forEach((cells, i) => {
    if (String(cells[idIndex] ?? '').startsWith(journal.paymentPrefix)) {
      ours.add(i + 2);
      touched.add(String(cells[invoiceIndex] ?? '').trim());
    }
  });
  if (ours.size === 0) return;
  const sums = new Map<string, { paid: number; skonto: number }>();
  rows.forEach((cells, i) => {
    const id = String(cells[invoiceIndex] ?? '').trim();
    if (ours.has(i + 2) || !touched.has(id)) return;
    const sum = sums.get(id) ?? { paid: 0, skonto: 0 };
    sum.paid += Math.round(Number(cells[amountIndex] || 0) * 100);
    sum.skonto += Math.round(Number(cells[skontoIndex] || 0) * 100);
    sums.set(id, sum);
  });
  payments.deleteRows([...ours]);
  const heads = reader.invoiceHeads().map((head) => {
    if (!touched.has(head.invoice.id)) return head;
    const sum = sums.get(head.invoice.id) ?? { paid: 0, skonto: 0 };
    return { ...head, invoice: { ...head.invoice, paidCents: sum.paid, skontoCents: sum.skonto } };
  });
  writeInvoices(
    reader,
    heads.filter((h) => touched.has(h.invoice.id)),
  );
  const orderNos = new Set(heads.filter((h) => touched.has(h.invoice.id)).map((h) => h.invoice.orderNo));
  const totals = orderSums(
    heads.map((h) => ({ ...h.invoice, dueCents: h.dueCents })),
    orderNos,
  );
  const pairs = reader.orders().flatMap(({ order }) => {
    const sum = totals.get(order.number);
    if (!sum) return [];
    const owesAgain = order.stage === 'paid' && sum.open > 0;
    const after: Order = {
      ...order,
      stage: owesAgain ? 'invoiced' : order.stage,
      documents: { ...order.documents, paid: sum.paid, open: sum.open, openDue: sum.openDue },
    };
    return [{ before: order, after }];
  });
  writeOrders(reader, pairs);
}
