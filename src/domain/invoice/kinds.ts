// The invoice kinds' rules: down-payment positions, final-invoice deductions, cancellations, partial and unbilled quantities (B 10, E 23-24).

import { formatDate, type IsoDate } from '../dates';
import { divRound } from '../decimal';
import { DomainError, DomainErrors } from '../errors';
import type { Cents } from '../money';
import type { Position, VatRate } from '../quote/position';
import { computeTotals } from '../quote/totals';
import { invoiceFigures } from './figures';
import type { Deduction, Invoice, InvoiceType } from './invoice';

/** A down payment's size: a percentage of the order's net (basis points) or a net amount in cents. */
export type DownPaymentShare = { percentBp: number } | { amountCents: Cents };

/** A line of a partial invoice: which confirmed position, how much of it (thousandths, like Position.quantity). */
export interface BillingPick {
  id: string;
  quantity: number;
}

/** Types whose positions bill the confirmed service; down payments are deducted instead, cancellations negate. */
const BILLING_TYPES: readonly InvoiceType[] = ['standard', 'partial', 'final'];

/** '1190.00 EUR': a language-neutral amount for error parameters. */
export function plainEuros(cents: Cents): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} EUR`;
}

/** Issued and not cancelled: the invoices that still stand. */
export function stands(invoice: Invoice): boolean {
  return invoice.status === 'issued';
}

/**
 * One lump-sum position per VAT rate, proportional to the confirmed net per rate after the document discount,
 * summing exactly to the requested share (the rounding remainder goes to the rate with the largest net).
 * The down-payment invoice itself carries no further discount (E 23: it shows net, rate and VAT).
 */
export function downPaymentPositions(
  confirmed: readonly Position[],
  share: DownPaymentShare,
  label: string,
  discountBp: number,
): Position[] {
  const totals = computeTotals(confirmed, { discountBp, vatMode: 'regular' });
  const total = totals.netAfterDiscount;
  if (total <= 0) throw new DomainError('err.invoice.nothingConfirmed', {}, 'share');
  const requested = 'percentBp' in share ? divRound(total * share.percentBp, 10_000) : share.amountCents;
  const raw = 'percentBp' in share ? share.percentBp : share.amountCents;
  if (!Number.isSafeInteger(raw) || raw <= 0 || requested <= 0)
    throw new DomainError('err.invoice.shareInvalid', {}, 'share');
  if (requested > total || ('percentBp' in share && share.percentBp > 10_000))
    throw new DomainError(
      'err.invoice.shareAboveTotal',
      { share: plainEuros(requested), total: plainEuros(total) },
      'share',
    );
  const rates = totals.rates.filter((r) => r.netAfterDiscount !== 0);
  const amounts = rates.map((r) => divRound(requested * r.netAfterDiscount, total));
  const largest = rates.reduce(
    (best, r, i) => (r.netAfterDiscount > rates[best].netAfterDiscount ? i : best),
    0,
  );
  amounts[largest] += requested - amounts.reduce((a, b) => a + b, 0);
  return rates
    .map((r, i) => lumpSum(r.rate, amounts[i], rates.length > 1 ? `${label} (${r.rate} %)` : label))
    .filter((p) => p.unitPrice !== 0);
}

function lumpSum(rate: VatRate, cents: Cents, description: string): Position {
  return {
    id: `dp-${rate}`,
    kind: 'item',
    service: '',
    description,
    quantity: 1000,
    unit: 'lumpSum',
    unitPrice: cents * 100,
    vatRate: rate,
    discountBp: 0,
    optional: false,
    unitCost: 0,
  };
}

/** What a final invoice deducts (E 24): each issued, not cancelled down payment with its number, date, net and VAT per rate. */
export function finalDeductions(downPayments: readonly Invoice[]): Deduction[] {
  return downPayments
    .filter((d) => d.type === 'downPayment' && stands(d) && d.issueDate !== null)
    .map((d) => ({
      invoiceNumber: d.number,
      issueDate: d.issueDate as IsoDate,
      rates: invoiceFigures(d).rates.map((r) => ({ ...r })),
    }));
}

/** E 24: a final invoice is refused while a linked down payment is unpaid, unless the user resolved it explicitly. */
export function assertFinalAllowed(downPayments: readonly Invoice[], resolvedIds: readonly string[]): void {
  const errors = downPayments
    .filter((d) => d.type === 'downPayment' && stands(d) && !resolvedIds.includes(d.id))
    .map((d) => ({ d, open: invoiceFigures(d).due - d.paidCents }))
    .filter(({ open }) => open > 0)
    .map(
      ({ d, open }) =>
        new DomainError(
          'err.invoice.downPaymentUnpaid',
          { number: d.number, open: plainEuros(open) },
          'resolved',
        ),
    );
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DomainErrors(errors);
}

/**
 * B 10: a cancellation (Stornorechnung, never "Gutschrift", A 6) of an issued invoice as a draft: every amount
 * negated exactly, recipient, supply, treatment and discount copied, naming the original's number and date.
 */
export function cancellationOf(original: Invoice, id: string, today: IsoDate, title?: string): Invoice {
  if (original.type === 'cancellation')
    throw new DomainError('err.invoice.cancelCancellation', { number: original.number });
  if (original.status === 'draft' || original.issueDate === null || original.number === '')
    throw new DomainError('err.invoice.cancelDraft', { id: original.id });
  if (original.status === 'cancelled' || original.cancelledBy !== '')
    throw new DomainError('err.invoice.alreadyCancelled', {
      number: original.number,
      by: original.cancelledBy,
    });
  const cancels = { number: original.number, issueDate: original.issueDate };
  return {
    ...original,
    id,
    number: '',
    type: 'cancellation',
    status: 'draft',
    title: title ?? `Stornorechnung zu Rechnung ${cancels.number} vom ${formatDate(cancels.issueDate, 'de')}`,
    issueDate: today,
    dueDate: null,
    skonto: null,
    recipient: { ...original.recipient },
    supply: { ...original.supply },
    positions: original.positions.map((p) => ({ ...p, unitPrice: 0 - p.unitPrice })),
    deductions: original.deductions.map((d) => ({
      ...d,
      rates: d.rates.map((r) => ({ rate: r.rate, net: 0 - r.net, vat: 0 - r.vat })),
    })),
    cancels,
    cancelledBy: '',
    usageRights: null,
    paidCents: 0,
    skontoCents: 0,
    lastDunning: null,
    docUrl: '',
    pdfUrl: '',
    pdfHash: '',
    dataHash: '',
  };
}

/** A partial invoice's positions: the picked confirmed items with the picked quantity, in the confirmation's order. */
export function partialPositions(
  confirmed: readonly Position[],
  picks: readonly BillingPick[],
  rest?: ReadonlyMap<string, number>,
): Position[] {
  const errors: DomainError[] = [];
  const byId = new Map(picks.map((pick) => [pick.id, pick.quantity]));
  for (const pick of picks) {
    if (!confirmed.some((p) => p.id === pick.id && p.kind === 'item'))
      errors.push(new DomainError('err.invoice.unknownPosition', { id: pick.id }, `positions.${pick.id}`));
  }
  const result: Position[] = [];
  for (const p of confirmed) {
    const quantity = byId.get(p.id);
    if (quantity === undefined || p.kind !== 'item') continue;
    const max = rest?.get(p.id) ?? p.quantity;
    if (!Number.isSafeInteger(quantity) || quantity <= 0 || quantity > max) {
      errors.push(
        new DomainError(
          'err.invoice.pickQuantity',
          { description: p.description, max: String(max / 1000) },
          `positions.${p.id}`,
        ),
      );
      continue;
    }
    result.push({ ...p, quantity });
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DomainErrors(errors);
  if (result.length === 0) throw new DomainError('err.invoice.nothingConfirmed', {}, 'positions');
  return result;
}

/** Per confirmed item id: the quantity not yet billed by issued, not cancelled standard, partial or final invoices. */
export function unbilled(confirmed: readonly Position[], invoices: readonly Invoice[]): Map<string, number> {
  const billed = new Map<string, number>();
  for (const invoice of invoices) {
    if (!stands(invoice) || !BILLING_TYPES.includes(invoice.type)) continue;
    for (const p of invoice.positions) {
      if (p.kind === 'item') billed.set(p.id, (billed.get(p.id) ?? 0) + p.quantity);
    }
  }
  const result = new Map<string, number>();
  for (const p of confirmed) {
    if (p.kind === 'item') result.set(p.id, Math.max(0, p.quantity - (billed.get(p.id) ?? 0)));
  }
  return result;
}
