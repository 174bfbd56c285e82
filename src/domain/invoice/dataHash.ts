// A canonical text of everything an invoice prints, and its SHA-256, so a hand-edited issued row is detected (B 11).
import { sha256Hex } from '../sha256';
import { invoiceFigures } from './figures';
import type { Invoice } from './invoice';

/** Bump when the canonical text changes shape; it prefixes the text so old and new hashes never collide. */
export const DATA_TEXT_VERSION = 'invoice-data/1';

/**
 * One `name=JSON` line per printed field, in a fixed order: number, type, title, references, dates, tax
 * treatment, recipient, positions, discount, deductions, the cancelled invoice, rights, texts and the figures.
 * Not included: what legitimately changes after issue (status, cancelledBy, paidCents, links, hashes) and
 * internal values never printed (the row id, services, internal costs).
 */
export function invoiceDataText(invoice: Invoice): string {
  const f = invoiceFigures(invoice);
  const r = invoice.recipient;
  const fields: [string, unknown][] = [
    ['number', invoice.number],
    ['type', invoice.type],
    ['title', invoice.title],
    ['orderNo', invoice.orderNo],
    ['basis', invoice.basis],
    ['issueDate', invoice.issueDate],
    ['supply', [invoice.supply.from, invoice.supply.to]],
    ['dueDate', invoice.dueDate],
    ['skonto', invoice.skonto ? [invoice.skonto.percentBp, invoice.skonto.days] : null],
    ['treatment', invoice.treatment],
    ['recipient', [r.name, r.street, r.postcode, r.city, r.country, r.vatId, r.kind]],
    ...invoice.positions.map((p, i): [string, unknown] => [
      `position.${i + 1}`,
      [p.kind, p.description, p.quantity, p.unit, p.unitPrice, p.vatRate, p.discountBp, p.optional],
    ]),
    ['discountBp', invoice.discountBp],
    ...invoice.deductions.map((d, i): [string, unknown] => [
      `deduction.${i + 1}`,
      [d.invoiceNumber, d.issueDate, d.rates.map((x) => [x.rate, x.net, x.vat])],
    ]),
    ['cancels', invoice.cancels ? [invoice.cancels.number, invoice.cancels.issueDate] : null],
    [
      'usageRights',
      invoice.usageRights
        ? [
            invoice.usageRights.kind,
            invoice.usageRights.media,
            invoice.usageRights.territory,
            invoice.usageRights.duration,
            invoice.usageRights.onFullPayment,
          ]
        : null,
    ],
    ['intro', invoice.intro],
    ['paymentTerms', invoice.paymentTerms],
    ['rates', f.rates.map((x) => [x.rate, x.net, x.vat])],
    ['totals', [f.net, f.vat, f.gross, f.deducted, f.due]],
  ];
  return [DATA_TEXT_VERSION, ...fields.map(([name, value]) => `${name}=${JSON.stringify(value)}`)].join('\n');
}

/** Lower-case hex SHA-256 of invoiceDataText. */
export function invoiceDataHash(invoice: Invoice): string {
  return sha256Hex(invoiceDataText(invoice));
}
