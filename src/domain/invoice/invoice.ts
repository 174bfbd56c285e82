// An invoice: its kind, the tax treatment it was made under, positions, deductions and life cycle (invoicing-de.md A, B, E).
import type { IsoDate } from '../dates';
import type { DunningLevel } from '../dunning/levels';
import type { Cents } from '../money';
import type { Position, VatRate } from '../quote/position';
import type { UsageRights } from '../quote/usageRights';

/**
 * standard: all or selected confirmed positions; downPayment: a share of the order (E 23); partial: part of
 * the service delivered; final: the whole service less each paid down payment (E 24); cancellation: negates
 * an issued invoice exactly (B 10).
 */
export const INVOICE_TYPES = ['standard', 'downPayment', 'partial', 'final', 'cancellation'] as const;
export type InvoiceType = (typeof INVOICE_TYPES)[number];

/** draft: editable, no number; issued: numbered and frozen; cancelled: an issued invoice a cancellation negated. */
export const INVOICE_STATUSES = ['draft', 'issued', 'cancelled'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** regular VAT; Kleinunternehmer (§ 19 UStG, A 3); reverse charge for EU business clients (A 4). */
export const TAX_TREATMENTS = ['regular', 'smallBusiness', 'reverseCharge'] as const;
export type TaxTreatment = (typeof TAX_TREATMENTS)[number];

/** When the service was (or, for a down payment, is expected to be) supplied (A 1). */
export interface Supply {
  /** A single date: from === to. A period: from < to. Both null: not yet fixed (down payments only). */
  from: IsoDate | null;
  to: IsoDate | null;
}

/** Agreed Skonto: percent in basis points (2 % = 200) if paid within `days` of the issue date (A 7). */
export interface Skonto {
  percentBp: number;
  days: number;
}

/** One VAT rate's share of an amount: what a deduction or a down payment carries per rate. */
export interface RateAmount {
  rate: VatRate;
  net: Cents;
  vat: Cents;
}

/** A paid down payment a final invoice deducts, with its number, date, net and VAT (E 24). */
export interface Deduction {
  invoiceNumber: string;
  issueDate: IsoDate;
  rates: RateAmount[];
}

/** The recipient as printed, frozen at issue so a later edit of the client does not change the invoice. */
export interface Recipient {
  name: string;
  street: string;
  postcode: string;
  city: string;
  /** ISO 3166 alpha-2. */
  country: string;
  vatId: string;
  kind: 'business' | 'consumer';
}

export interface Invoice {
  /** Stable key from the draft on ('D-…'); the number comes only at issue (B 8). */
  id: string;
  /** '' while a draft. */
  number: string;
  orderNo: string;
  type: InvoiceType;
  status: InvoiceStatus;
  /** The quote or confirmation the invoice rests on (named on down payments, E 23). */
  basis: string;
  title: string;
  issueDate: IsoDate | null;
  supply: Supply;
  dueDate: IsoDate | null;
  skonto: Skonto | null;
  treatment: TaxTreatment;
  recipient: Recipient;
  positions: Position[];
  /** Document-level discount in basis points, split per rate (D 21). */
  discountBp: number;
  /** Final invoices: the down payments deducted. */
  deductions: Deduction[];
  /** Cancellations: the invoice they negate. */
  cancels: { number: string; issueDate: IsoDate } | null;
  /** The number of the cancellation that negated this invoice, once cancelled. */
  cancelledBy: string;
  usageRights: UsageRights | null;
  intro: string;
  paymentTerms: string;
  /** Money received so far: the sum of the invoice's rows in the Payments sheet. */
  paidCents: Cents;
  /** Skonto granted when the rest was paid within the Skonto period: settled, but not received. */
  skontoCents: Cents;
  /** The last reminder or dunning letter sent, or null. */
  lastDunning: { level: DunningLevel; date: IsoDate; deadline: IsoDate } | null;
  docUrl: string;
  pdfUrl: string;
  /** SHA-256 of the issued PDF, also in the log (B 11). */
  pdfHash: string;
  /** SHA-256 over the invoice's data at issue: a row edited by hand no longer matches it. */
  dataHash: string;
}

/** What issuing needs to know besides the invoice: the supplier, as the settings say. */
export interface Supplier {
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  taxNumber: string;
  vatId: string;
  iban: string;
  bic: string;
}

/** An invoice's figures: totals per rate, deductions, what is due, the Skonto amount. */
export interface InvoiceFigures {
  rates: RateAmount[];
  net: Cents;
  vat: Cents;
  gross: Cents;
  /** Sum of the deductions (final invoices), as gross. */
  deducted: Cents;
  /** gross - deducted: what the client is asked to pay. */
  due: Cents;
  /** due - paid - Skonto, never below 0 for the register's "open". */
  open: Cents;
}
