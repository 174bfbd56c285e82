// Books payments on invoices in memory: each settles its invoice in turn, then the orders' sums follow.
import type { IsoDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { LogEntryDraft } from '../../domain/log';
import { formatMoney } from '../../domain/money';
import type { Order } from '../../domain/order';
import {
  type InvoiceBalance,
  isPayableBalance,
  openOfBalance,
  orderSums,
} from '../../domain/receivables/orderSums';
import type { Payment, PaymentMethod } from '../../domain/receivables/payment';
import { SETTLEMENT_STATUS_LABELS, type Settlement, settle } from '../../domain/receivables/settlement';
import { t } from '../../shared/i18n';
import type { Environment, InvoiceHead, PaymentBooking, RegisterReader } from '../ports';

export interface PaymentEntry {
  invoiceId: string;
  date: IsoDate;
  amountCents: number;
  method: PaymentMethod;
  payer: string;
  note: string;
  /** The bank transaction it came from, '' when typed in. */
  source: string;
}

export interface BookedPayment {
  payment: Payment;
  settlement: Settlement;
  after: InvoiceHead;
}

/** What can still receive money: an issued invoice that is not a cancellation. */
export function isPayable(head: InvoiceHead): boolean {
  return isPayableBalance(balanceOf(head));
}

export function openOf(head: InvoiceHead): number {
  return openOfBalance(balanceOf(head));
}

export function planBooking(
  reader: RegisterReader,
  env: Environment,
  entries: readonly PaymentEntry[],
): { booking: PaymentBooking; booked: BookedPayment[]; log: LogEntryDraft[] } {
  const lang = reader.lang();
  const heads = reader.invoiceHeads();
  const original = new Map(heads.map((h) => [h.invoice.id, h]));
  const working = new Map(original);
  const booked: BookedPayment[] = [];
  for (const entry of entries) {
    const head = working.get(entry.invoiceId);
    if (!head) throw new DomainError('err.invoices.none', { id: entry.invoiceId });
    if (!isPayable(head)) throw new DomainError('err.pay.notPayable', { number: head.invoice.number });
    const settlement = settle({
      dueCents: head.dueCents,
      settledBefore: head.invoice.paidCents + head.invoice.skontoCents,
      amountCents: entry.amountCents,
      paymentDate: entry.date,
      issueDate: head.invoice.issueDate ?? entry.date,
      skonto: head.invoice.skonto,
    });
    const after: InvoiceHead = {
      ...head,
      invoice: {
        ...head.invoice,
        paidCents: head.invoice.paidCents + entry.amountCents,
        skontoCents: head.invoice.skontoCents + settlement.skontoCents,
      },
    };
    working.set(entry.invoiceId, after);
    const payment: Payment = {
      id: env.newId('P'),
      invoiceId: head.invoice.id,
      invoiceNumber: head.invoice.number,
      orderNo: head.invoice.orderNo,
      date: entry.date,
      amountCents: entry.amountCents,
      skontoCents: settlement.skontoCents,
      method: entry.method,
      payer: entry.payer,
      note: entry.note,
      source: entry.source,
      recordedAt: env.now(),
    };
    booked.push({ payment, settlement, after });
  }
  const touched = [...new Set(booked.map((b) => b.payment.invoiceId))];
  const invoices = touched.map((id) => ({
    before: original.get(id) as InvoiceHead,
    after: working.get(id) as InvoiceHead,
  }));
  const orders = touchedOrders(
    reader,
    [...working.values()],
    new Set(invoices.map((i) => i.after.invoice.orderNo)),
    env.today(),
  );
  const log: LogEntryDraft[] = booked.map((b) => ({
    action: 'recordPayment',
    orderNo: b.payment.orderNo,
    oldValue: b.payment.invoiceNumber,
    newValue: `${formatMoney(b.payment.amountCents, lang)} (${t(lang, SETTLEMENT_STATUS_LABELS[b.settlement.status])})`,
  }));
  for (const { before, after } of orders) {
    if (before.stage !== after.stage)
      log.push({
        action: 'changeStage',
        orderNo: after.number,
        oldValue: t(lang, `stage.${before.stage}`),
        newValue: t(lang, `stage.${after.stage}`),
      });
  }
  return {
    booking: {
      payments: booked.map((b) => ({ payment: b.payment, settlement: b.settlement.status })),
      invoices,
      orders,
    },
    booked,
    log,
  };
}

/** The paid and open sums of each touched order; an invoiced order with nothing left open is paid. */
function touchedOrders(
  reader: RegisterReader,
  heads: readonly InvoiceHead[],
  orderNos: ReadonlySet<string>,
  today: IsoDate,
): { before: Order; after: Order }[] {
  const sums = orderSums(heads.map(balanceOf), orderNos);
  return reader.orders().flatMap(({ order }) => {
    const sum = sums.get(order.number);
    if (!sum) return [];
    const paidInFull = order.stage === 'invoiced' && sum.open === 0;
    const after: Order = {
      ...order,
      stage: paidInFull ? 'paid' : order.stage,
      stageSince: paidInFull ? today : order.stageSince,
      documents: { ...order.documents, paid: sum.paid, open: sum.open, openDue: sum.openDue },
    };
    return [{ before: order, after }];
  });
}

export function balanceOf(head: InvoiceHead): InvoiceBalance {
  const i = head.invoice;
  return {
    orderNo: i.orderNo,
    status: i.status,
    type: i.type,
    dueDate: i.dueDate,
    dueCents: head.dueCents,
    paidCents: i.paidCents,
    skontoCents: i.skontoCents,
  };
}
