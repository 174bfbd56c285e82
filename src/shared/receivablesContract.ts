// The receivables part of the sidebar-server contract: payments, bank statements, open items, dunning.
import * as z from 'zod/mini';
import type { DunningLevel } from '../domain/dunning/levels';
import { DUNNING_BLOCKS, type DunningBlock } from '../domain/order';
import type { AgingBucket } from '../domain/receivables/aging';
import { PAYMENT_METHODS } from '../domain/receivables/payment';
import type { Lang } from './i18n';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'err.tooLong'));
const required = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'err.required'), z.maxLength(max, 'err.tooLong'));

export const paymentInputSchema = z.object({
  invoiceId: required(60),
  /** As typed: '15.06.2026' or '2026-06-15'. */
  date: text(12),
  /** As typed: '1.190,00'. */
  amount: text(30),
  method: z.enum(PAYMENT_METHODS, 'err.invalidChoice'),
  note: z.string().check(z.maxLength(600, 'err.tooLong')),
});
export type PaymentInput = z.infer<typeof paymentInputSchema>;

export const columnMappingSchema = z.object({
  date: required(100),
  amount: required(100),
  payer: required(100),
  text: required(100),
  iban: z.optional(text(100)),
  decimal: z.enum([',', '.'], 'err.invalidChoice'),
});

/** A statement as the browser read it: pasted text, or a file's bytes in base64 (the server decodes, so umlauts in Windows-1252 survive). */
export const statementInputSchema = z.object({
  fileName: text(200),
  encoding: z.enum(['text', 'base64'], 'err.invalidChoice'),
  content: z.string().check(z.minLength(1, 'err.required'), z.maxLength(4_000_000, 'err.tooLong')),
  mapping: z.nullable(columnMappingSchema),
});
export type StatementInput = z.infer<typeof statementInputSchema>;

export const statementImportSchema = z.object({
  statement: statementInputSchema,
  /** The credits the user confirmed, each with the invoice it pays. */
  accept: z
    .array(z.object({ txId: required(200), invoiceId: required(60) }))
    .check(z.maxLength(5000, 'err.tooLong')),
});
export type StatementImportInput = z.infer<typeof statementImportSchema>;

export const dunningRefSchema = z.object({ invoiceId: required(60) });
export type DunningRef = z.infer<typeof dunningRefSchema>;

export const dunningCreateSchema = z.object({
  invoiceId: required(60),
  /** Send the letter by e-mail with the PDF attached; otherwise only create it. */
  send: z.boolean(),
  email: text(200),
});
export type DunningCreateInput = z.infer<typeof dunningCreateSchema>;

export const dunningBlockSchema = z.object({
  orderNo: required(40),
  block: z.enum(['', ...DUNNING_BLOCKS], 'err.invalidChoice'),
});
export type DunningBlockInput = z.infer<typeof dunningBlockSchema>;

export const receivablesOpenSchema = z.object({
  invoiceId: text(60),
  tab: z.enum(['items', 'import'], 'err.invalidChoice'),
});
export type ReceivablesOpenInput = z.infer<typeof receivablesOpenSchema>;

export const digestInputSchema = z.object({ enabled: z.boolean() });
export type DigestInput = z.infer<typeof digestInputSchema>;

export interface OpenItemDto {
  invoiceId: string;
  number: string;
  orderNo: string;
  client: string;
  issueDate: string | null;
  dueDate: string | null;
  daysOverdue: number;
  bucket: AgingBucket;
  dueCents: number;
  paidCents: number;
  openCents: number;
  /** The last letter's level name, '' if none. */
  lastLevel: string;
  lastDate: string | null;
  lastDeadline: string | null;
  next: { level: DunningLevel; label: string; dueFrom: string; isDue: boolean } | null;
  block: DunningBlock | null;
  blockLabel: string;
  pdfUrl: string;
}

export interface OpenItemsDto {
  today: string;
  totalCents: number;
  count: number;
  buckets: { bucket: AgingBucket; label: string; count: number; openCents: number }[];
  items: OpenItemDto[];
  /** Why the open items could not be read (a register set up before receivables), translated; else absent. */
  problem?: string;
}

export interface PaymentResultDto {
  /** Translated: "Bezahlt mit Skonto (23,80 €)", "Teilzahlung, offen 500,00 €", "Überzahlt um 10,00 €". */
  message: string;
  overpaid: boolean;
  items: OpenItemsDto;
}

export interface StatementRowDto {
  txId: string;
  line: number;
  date: string;
  amountCents: number;
  payer: string;
  text: string;
  kind: 'sure' | 'suggestion' | 'unmatched' | 'duplicate';
  /** Translated reason: "RF-Referenz", "Rechnungsnummer im Verwendungszweck", "Betrag und Zahler". */
  via: string;
  invoiceId: string | null;
  /** Other invoices it could pay, for the user to choose. */
  candidates: { invoiceId: string; label: string }[];
  /** Translated outcome if booked: "Bezahlt", "Teilzahlung, offen …", "Überzahlt um …". */
  outcome: string;
}

export type StatementPreviewDto =
  | {
      kind: 'review';
      format: string;
      accountIban: string;
      /** Translated warning when the statement is for another account than the agency's IBAN. */
      ibanWarning: string;
      rows: StatementRowDto[];
      skippedDebits: number;
      problems: { line: number; message: string }[];
      /** Every open invoice, for assigning an unmatched credit by hand. */
      invoices: { invoiceId: string; label: string }[];
    }
  | { kind: 'mapping'; headers: string[]; sample: string[][]; message: string };

export interface ImportResultDto {
  booked: number;
  skipped: number;
  totalCents: number;
  message: string;
  items: OpenItemsDto;
}

export interface DunningPreviewDto {
  invoiceId: string;
  number: string;
  level: DunningLevel;
  levelLabel: string;
  /** The order blocks dunning: the reason, translated; the letter cannot be made. */
  blocked: string;
  inDefault: boolean;
  defaultFrom: string | null;
  openCents: number;
  interestCents: number;
  /** One translated line per interest period: "17.06.2025–30.06.2025: 14 Tage × 11,27 % auf 10.000,00 € = 43,23 €". */
  interestLines: string[];
  feeCents: number;
  lumpSumCents: number;
  totalCents: number;
  deadline: string;
  /** The client's e-mail from the Clients sheet, to send to. */
  email: string;
}

export interface DunningResultDto {
  docUrl: string;
  pdfUrl: string;
  sentTo: string;
  message: string;
  items: OpenItemsDto;
}

export interface DigestDto {
  enabled: boolean;
  message: string;
}

/** Data the server appends to the receivables dialog (dist/receivables.html) when it opens it. */
export interface ReceivablesBoot {
  lang: Lang;
  /** Open this invoice's payment and dunning panel first; '' for the list. */
  invoiceId: string;
  tab: 'items' | 'import';
}
