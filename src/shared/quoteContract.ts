// The quote and confirmation part of the sidebar-server contract: input schemas (zod) and output DTOs.
import * as z from 'zod/mini';
import type { QuoteDraftFields } from '../domain/quote/draft';
import { POSITION_KINDS, type Unit, type VatRate } from '../domain/quote/position';
import type { QuoteStatus } from '../domain/quote/quote';
import type { VatMode } from '../domain/quote/totals';
import type { Lang } from './i18n';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'err.tooLong'));
const required = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'err.required'), z.maxLength(max, 'err.tooLong'));

/** Positions a quote holds at most: far beyond any real quote, small enough for one dialog. */
export const MAX_POSITIONS = 200;

export const positionInputSchema = z.object({
  id: required(40),
  kind: z.enum(POSITION_KINDS, 'err.invalidChoice'),
  service: text(120),
  description: text(2000),
  quantity: text(30),
  unit: text(20),
  unitPrice: text(30),
  vatRate: text(5),
  discount: text(10),
  optional: z.boolean(),
  unitCost: text(30),
});

export const usageRightsInputSchema = z.object({
  kind: text(20),
  media: text(200),
  territory: text(200),
  duration: text(200),
  onFullPayment: z.boolean(),
});

export const quoteDraftSchema = z.object({
  date: text(10),
  validUntil: text(10),
  title: text(200),
  intro: text(5000),
  closing: text(5000),
  paymentTerms: text(1000),
  discount: text(10),
  usageRights: z.nullable(usageRightsInputSchema),
  positions: z.array(positionInputSchema).check(z.maxLength(MAX_POSITIONS, 'err.tooLong')),
});

export const quoteSaveInputSchema = z.object({
  orderNo: required(40),
  /** The quote number the editor opened ('' for the first quote of the order). */
  baseNumber: text(60),
  draft: quoteDraftSchema,
});
export type QuoteSaveInput = z.infer<typeof quoteSaveInputSchema>;

export const quoteRefSchema = z.object({ number: required(60) });
export type QuoteRef = z.infer<typeof quoteRefSchema>;

export const quoteShareInputSchema = z.object({ number: required(60), notify: z.boolean() });
export type QuoteShareInput = z.infer<typeof quoteShareInputSchema>;

export const quoteAcceptInputSchema = z.object({
  number: required(60),
  date: text(10),
  by: text(200),
  reference: text(100),
  options: z.array(text(40)).check(z.maxLength(MAX_POSITIONS, 'err.tooLong')),
});
export type QuoteAcceptInput = z.infer<typeof quoteAcceptInputSchema>;

export const quoteDeclineInputSchema = z.object({
  number: required(60),
  reason: required(1000),
  /** Mark the order Lost as well (the client said no for good). */
  lost: z.boolean(),
});
export type QuoteDeclineInput = z.infer<typeof quoteDeclineInputSchema>;

export const confirmationInputSchema = z.object({
  orderNo: required(40),
  deadline: text(10),
  milestones: z.array(z.object({ date: text(10), label: text(200) })).check(z.maxLength(50, 'err.tooLong')),
  deviationNote: text(2000),
});
export type ConfirmationInput = z.infer<typeof confirmationInputSchema>;

// ---- Output DTOs ----

export interface RateCardEntryDto {
  service: string;
  unit: Unit;
  /** Formatted in the editor's language, ready to put into the price field. */
  unitPrice: string;
  unitCost: string;
  vatRate: VatRate;
}

export interface QuoteVersionDto {
  number: string;
  version: number;
  status: QuoteStatus;
  date: string;
  grossCents: number;
}

/** What the quote editor dialog loads with one call. */
export interface QuoteEditorDto {
  lang: Lang;
  orderNo: string;
  orderTitle: string;
  clientName: string;
  /** Consumers see gross prices on the document (section I 33). */
  clientKind: 'business' | 'consumer';
  vatMode: VatMode;
  rateCard: RateCardEntryDto[];
  /** The quote being edited, its numbers formatted in `lang`; a fresh one for a new quote. */
  draft: QuoteDraftFields;
  /** The version the editor opened, or null for the first quote. */
  base: QuoteVersionDto | null;
  /** True when saving makes a new version because the base was already sent. */
  savesNewVersion: boolean;
  versions: QuoteVersionDto[];
}

export interface QuoteOptionDto {
  id: string;
  description: string;
  netCents: number;
}

export interface QuoteSummaryDto extends QuoteVersionDto {
  validUntil: string;
  /** Sent or draft and past its "valid until" date. */
  expired: boolean;
  netCents: number;
  changeSummary: string;
  docUrl: string;
  pdfUrl: string;
  options: QuoteOptionDto[];
  acceptedOptions: string[];
  clientReference: string;
}

export interface ConfirmationSummaryDto {
  number: string;
  quoteNumber: string;
  date: string;
  docUrl: string;
  pdfUrl: string;
}

export interface DocumentDto {
  number: string;
  docUrl: string;
  pdfUrl: string;
  /** Placeholders the template holds that the add-on does not know; left visible in the document. */
  unknownPlaceholders: string[];
}

export interface ShareDto {
  number: string;
  email: string;
  notified: boolean;
}
