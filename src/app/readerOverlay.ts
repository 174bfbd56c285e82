// The register as it will read once a change set is written: for the view an action returns, without a re-read.
import type { Invoice } from '../domain/invoice/invoice';
import type { Confirmation } from '../domain/quote/confirmation';
import type { Quote } from '../domain/quote/quote';
import type { InvoiceRecord, RegisterReader } from './ports';

export function readerWith(
  reader: RegisterReader,
  written: { quote?: Quote; confirmation?: Confirmation; invoices?: Invoice[] },
): RegisterReader {
  const { quote, confirmation } = written;
  const invoices = written.invoices ?? [];
  const overlay = (records: InvoiceRecord[]): InvoiceRecord[] => {
    const replaced = records.map((r) => {
      const fresh = invoices.find((i) => i.id === r.invoice.id);
      return fresh ? { invoice: fresh, tampered: false } : r;
    });
    const added = invoices
      .filter((i) => !records.some((r) => r.invoice.id === i.id))
      .map((invoice) => ({ invoice, tampered: false }));
    return [...replaced, ...added];
  };
  return {
    lang: () => reader.lang(),
    isSetUp: () => reader.isSetUp(),
    settings: () => reader.settings(),
    orders: () => reader.orders(),
    clients: () => reader.clients(),
    quotesOf: (orderNo) => reader.quotesOf(orderNo).map((q) => (q.number === quote?.number ? quote : q)),
    findQuote: (number) => (number === quote?.number ? quote : reader.findQuote(number)),
    confirmationOf: (orderNo) =>
      orderNo === confirmation?.orderNo ? confirmation : reader.confirmationOf(orderNo),
    rateCard: () => reader.rateCard(),
    invoicesOf: (orderNo) => overlay(reader.invoicesOf(orderNo)).filter((r) => r.invoice.orderNo === orderNo),
    findInvoice: (id) => {
      const fresh = invoices.find((i) => i.id === id);
      return fresh ? { invoice: fresh, tampered: false } : reader.findInvoice(id);
    },
    invoiceNumbers: () => [...reader.invoiceNumbers(), ...invoices.map((i) => i.number).filter(Boolean)],
    invoiceHeads: () => reader.invoiceHeads(),
    project: () => reader.project(),
    importedSources: () => reader.importedSources(),
    paymentsOf: (id) => reader.paymentsOf(id),
    lettersOf: (id) => reader.lettersOf(id),
    bankMapping: (signature) => reader.bankMapping(signature),
    highWater: (range) => reader.highWater(range),
    activeOrderRow: () => reader.activeOrderRow(),
  };
}
