// The register as it reads once a booking is written, so the answer shows the new sums without a re-read.
import type { PaymentBooking, RegisterReader } from '../ports';
import { readerWith } from '../readerOverlay';

export function readerAfterBooking(reader: RegisterReader, booking: PaymentBooking): RegisterReader {
  const heads = new Map(booking.invoices.map((i) => [i.after.invoice.id, i.after]));
  const orders = new Map(booking.orders.map((o) => [o.after.number, o.after]));
  const base = readerWith(reader, {});
  return {
    ...base,
    invoiceHeads: () => reader.invoiceHeads().map((h) => heads.get(h.invoice.id) ?? h),
    orders: () => reader.orders().map((r) => ({ ...r, order: orders.get(r.order.number) ?? r.order })),
  };
}
