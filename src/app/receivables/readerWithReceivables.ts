// The register as it reads once receivables changes are written, so an answer shows the new sums without a re-read.
import type { Order } from '../../domain/order';
import type { InvoiceHead, PaymentBooking, RegisterReader } from '../ports';
import { readerWith } from '../readerOverlay';

/** Invoice rows and orders replaced by their new versions (by invoice id and order number). */
export function readerWithReceivables(
  reader: RegisterReader,
  written: { heads?: readonly InvoiceHead[]; orders?: readonly Order[] },
): RegisterReader {
  const heads = new Map((written.heads ?? []).map((h) => [h.invoice.id, h]));
  const orders = new Map((written.orders ?? []).map((o) => [o.number, o]));
  return {
    ...readerWith(reader, {}),
    invoiceHeads: () => reader.invoiceHeads().map((h) => heads.get(h.invoice.id) ?? h),
    orders: () => reader.orders().map((r) => ({ ...r, order: orders.get(r.order.number) ?? r.order })),
  };
}

export function readerAfterBooking(reader: RegisterReader, booking: PaymentBooking): RegisterReader {
  return readerWithReceivables(reader, {
    heads: booking.invoices.map((i) => i.after),
    orders: booking.orders.map((o) => o.after),
  });
}
