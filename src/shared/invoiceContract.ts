// The invoicing part of the sidebar-server contract: input schemas (zod) and output DTOs.
import * as z from 'zod/mini';
import type { InvoiceStatus, InvoiceType, TaxTreatment } from '../domain/invoice/invoice';
import type { OrderDto } from './contract';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'err.tooLong'));
const required = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'err.required'), z.maxLength(max, 'err.tooLong'));

/** The kinds a user drafts; a cancellation is made from an issued invoice, never drafted by hand. */
export const DRAFT_TYPES = ['standard', 'downPayment', 'partial', 'final'] as const;

export const invoiceDraftInputSchema = z.object({
  orderNo: required(40),
  type: z.enum(DRAFT_TYPES, 'err.invalidChoice'),
  /** Down payment: "30 %" (a share of the order) or an amount such as "1.500,00". */
  share: text(30),
  /** Standard and partial: the positions to bill and how much of each; empty: everything still unbilled. */
  picks: z.array(z.object({ id: required(40), quantity: text(30) })).check(z.maxLength(200, 'err.tooLong')),
  supplyFrom: text(10),
  supplyTo: text(10),
  skontoPercent: text(10),
  skontoDays: text(5),
  /** Final invoice: ids of unpaid down payments the user has resolved (E 24). */
  resolved: z.array(text(60)).check(z.maxLength(50, 'err.tooLong')),
});
export type InvoiceDraftInput = z.infer<typeof invoiceDraftInputSchema>;

export const invoiceRefSchema = z.object({ id: required(60) });
export type InvoiceRef = z.infer<typeof invoiceRefSchema>;

// ---- Output DTOs ----

export interface InvoiceSummaryDto {
  id: string;
  /** '' while a draft. */
  number: string;
  type: InvoiceType;
  status: InvoiceStatus;
  treatment: TaxTreatment;
  title: string;
  issueDate: string | null;
  dueDate: string | null;
  grossCents: number;
  dueCents: number;
  paidCents: number;
  openCents: number;
  /** Due date passed and money still open. */
  overdue: boolean;
  docUrl: string;
  pdfUrl: string;
  /** The number this cancellation negates, or ''. */
  cancels: string;
  cancelledBy: string;
  /** The row was edited by hand after issue: shown, never acted on. */
  tampered: boolean;
}

/** Per order: what was billed, paid and is open, and the confirmed net not yet billed. */
export interface BillingDto {
  invoicedCents: number;
  paidCents: number;
  openCents: number;
  unbilledNetCents: number;
  invoices: InvoiceSummaryDto[];
  /** Confirmed positions with the quantity still unbilled, for picking a partial invoice. */
  unbilled: { id: string; description: string; quantity: string; netCents: number }[];
}

export interface IssueResultDto {
  number: string;
  order: OrderDto;
  /** Rules that allow issuing but want a look (7 % on usage rights, a late reverse-charge invoice, ...). */
  warnings: string[];
  unknownPlaceholders: string[];
}
