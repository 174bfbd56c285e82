// DTOs of an order's invoices and billing figures for the sidebar, computed by the domain's invoice figures.
import { formatScaled } from '../domain/decimal';
import { invoiceFigures } from '../domain/invoice/figures';
import type { Invoice } from '../domain/invoice/invoice';
import { unbilled } from '../domain/invoice/kinds';
import type { Order } from '../domain/order';
import type { Confirmation } from '../domain/quote/confirmation';
import { type Position, positionNet, QUANTITY_DECIMALS } from '../domain/quote/position';
import type { Lang } from '../shared/i18n';
import type { BillingDto, InvoiceSummaryDto } from '../shared/invoiceContract';
import type { InvoiceRecord } from './ports';

/** Invoices that were issued count; a cancellation counts too, negatively, so an original and its cancellation net out. */
export function wasIssued(invoice: Invoice): boolean {
  return invoice.status !== 'draft';
}

export function invoiceSummary(record: InvoiceRecord, today: string): InvoiceSummaryDto {
  const { invoice } = record;
  const f = invoiceFigures(invoice);
  const open = invoice.status === 'issued' && invoice.type !== 'cancellation' ? f.open : 0;
  return {
    id: invoice.id,
    number: invoice.number,
    type: invoice.type,
    status: invoice.status,
    treatment: invoice.treatment,
    title: invoice.title,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    grossCents: f.gross,
    dueCents: f.due,
    paidCents: invoice.paidCents,
    openCents: open,
    overdue: open > 0 && invoice.dueDate !== null && invoice.dueDate < today,
    docUrl: invoice.docUrl,
    pdfUrl: invoice.pdfUrl,
    cancels: invoice.cancels?.number ?? '',
    cancelledBy: invoice.cancelledBy,
    tampered: record.tampered,
  };
}

/** What the register's order row shows: invoiced (gross, cancellations negative), paid, open. */
export function billingSums(
  invoices: readonly Invoice[],
): Pick<Order['documents'], 'invoiced' | 'paid' | 'open' | 'openDue'> {
  const issued = invoices.filter(wasIssued);
  if (issued.length === 0) return { invoiced: null, paid: null, open: null, openDue: null };
  let openDue: string | null = null;
  let invoiced = 0;
  let paid = 0;
  let open = 0;
  for (const invoice of issued) {
    const f = invoiceFigures(invoice);
    // A final invoice bills the whole service; its deductions were invoiced before as down payments.
    invoiced += f.due;
    paid += invoice.paidCents;
    if (invoice.status === 'issued' && invoice.type !== 'cancellation' && f.open > 0) {
      open += f.open;
      if (invoice.dueDate && (openDue === null || invoice.dueDate < openDue)) openDue = invoice.dueDate;
    }
  }
  return { invoiced, paid, open, openDue };
}

export function billingDto(
  records: readonly InvoiceRecord[],
  confirmation: Confirmation | null,
  confirmed: readonly Position[],
  lang: Lang,
  today: string,
): BillingDto {
  const invoices = records.map((r) => r.invoice);
  const sums = billingSums(invoices);
  const rest = confirmation ? unbilled(confirmed, invoices) : new Map<string, number>();
  const open = confirmed
    .filter((p) => p.kind === 'item' && (rest.get(p.id) ?? 0) > 0)
    .map((p) => {
      const quantity = rest.get(p.id) ?? 0;
      return {
        id: p.id,
        description: p.description,
        quantity: formatScaled(quantity, QUANTITY_DECIMALS, lang, 0),
        netCents: positionNet({ ...p, quantity }),
      };
    });
  return {
    invoicedCents: sums.invoiced ?? 0,
    paidCents: sums.paid ?? 0,
    openCents: sums.open ?? 0,
    unbilledNetCents: open.reduce((sum, p) => sum + p.netCents, 0),
    invoices: records.map((r) => invoiceSummary(r, today)),
    unbilled: open,
  };
}
