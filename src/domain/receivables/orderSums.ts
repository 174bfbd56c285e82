// An order's paid and open sums and its next due date, from its invoices: one rule for booking and for undo.
import type { IsoDate } from '../dates';
import type { InvoiceStatus, InvoiceType } from '../invoice/invoice';
import type { Cents } from '../money';

export interface InvoiceBalance {
  orderNo: string;
  status: InvoiceStatus;
  type: InvoiceType;
  dueDate: IsoDate | null;
  dueCents: Cents;
  paidCents: Cents;
  skontoCents: Cents;
}

export interface OrderSums {
  paid: Cents;
  open: Cents;
  openDue: IsoDate | null;
}

/** What can still receive money: an issued invoice that is not a cancellation. */
export function isPayableBalance(b: InvoiceBalance): boolean {
  return b.status === 'issued' && b.type !== 'cancellation' && b.dueCents > 0;
}

export function openOfBalance(b: InvoiceBalance): Cents {
  return Math.max(0, b.dueCents - b.paidCents - b.skontoCents);
}

/** Sums per order over its issued invoices (drafts do not count), for the orders asked for. */
export function orderSums(
  balances: readonly InvoiceBalance[],
  orderNos: ReadonlySet<string>,
): Map<string, OrderSums> {
  const sums = new Map<string, OrderSums>();
  for (const b of balances) {
    if (!orderNos.has(b.orderNo) || b.status === 'draft') continue;
    const sum = sums.get(b.orderNo) ?? { paid: 0, open: 0, openDue: null };
    sum.paid += b.paidCents;
    const open = isPayableBalance(b) ? openOfBalance(b) : 0;
    if (open > 0) {
      sum.open += open;
      if (b.dueDate && (sum.openDue === null || b.dueDate < sum.openDue)) sum.openDue = b.dueDate;
    }
    sums.set(b.orderNo, sum);
  }
  return sums;
}
