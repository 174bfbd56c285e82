// A payment recorded against an invoice (rule G 30), and the sums and re-import keys derived from payments.
import type { ReceivablesKey } from '../../shared/i18n/receivables';
import type { IsoDate } from '../dates';
import type { Cents } from '../money';

export const PAYMENT_METHODS = ['transfer', 'cash', 'card', 'paypal', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface Payment {
  /** 'P-' + something unique, given by the caller. */
  id: string;
  /** The invoice's stable key. */
  invoiceId: string;
  invoiceNumber: string;
  orderNo: string;
  date: IsoDate;
  /** Money received, > 0. */
  amountCents: Cents;
  /** Skonto granted with this payment (counts towards settling the invoice; not money received). */
  skontoCents: Cents;
  method: PaymentMethod;
  payer: string;
  note: string;
  /** The bank transaction id it came from ('' when entered by hand): re-imports skip it (rule G 31). */
  source: string;
  /** ISO instant. */
  recordedAt: string;
}

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, ReceivablesKey> = {
  transfer: 'receivables.method.transfer',
  cash: 'receivables.method.cash',
  card: 'receivables.method.card',
  paypal: 'receivables.method.paypal',
  other: 'receivables.method.other',
};

export function isPaymentMethod(value: string): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly string[]).includes(value);
}

/** What the payments settle of an invoice: money received plus Skonto granted. */
export function settledCents(payments: readonly Pick<Payment, 'amountCents' | 'skontoCents'>[]): Cents {
  return payments.reduce((sum, p) => sum + p.amountCents + p.skontoCents, 0);
}

/** The bank transaction ids already recorded as payments: `matchCredits` marks these as duplicates (G 31). */
export function importedSources(payments: readonly Pick<Payment, 'source'>[]): Set<string> {
  const sources = new Set<string>();
  for (const p of payments) if (p.source !== '') sources.add(p.source);
  return sources;
}
