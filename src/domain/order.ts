// Order: one row of the register, from the first inquiry to the last payment.
import type { IsoDate } from './dates';
import type { Cents } from './money';
import type { OrderProject } from './project/types';
import type { StageKey } from './stages';

export const SOURCES = ['inquiry', 'pitch', 'referral', 'existingClient'] as const;
export type Source = (typeof SOURCES)[number];

/** Why an order's invoices must not be dunned now (rule F 28): a dispute, acceptance still open, "call first". */
export const DUNNING_BLOCKS = ['dispute', 'acceptanceOpen', 'callFirst'] as const;
export type DunningBlock = (typeof DUNNING_BLOCKS)[number];

export interface Order {
  number: string;
  createdOn: IsoDate;
  /** The client's name as the register's drop-down shows it. */
  client: string;
  title: string;
  description: string;
  source: Source;
  stage: StageKey;
  stageSince: IsoDate;
  /** Where an order on hold goes back to. */
  stageBeforeHold: StageKey | null;
  /** Why an order was lost, cancelled or put on hold. */
  reason: string;
  expectedValue: Cents | null;
  deadline: IsoDate | null;
  /** E-mail of the person who created the order. */
  owner: string;
  /** Set: no reminder or dunning letter goes out for this order's invoices. */
  dunningBlock: DunningBlock | null;
  /** What the register shows of the order's documents: the current quote, the confirmation, the invoices' sums. */
  documents: OrderDocuments;
  /** What the register shows of the project: kick-off, acceptance and handover dates, budget, progress, deviations. */
  project: OrderProject;
}

export interface OrderDocuments {
  quote: string;
  quoteTotal: Cents | null;
  quoteDoc: string;
  quotePdf: string;
  confirmation: string;
  confirmationDoc: string;
  confirmationPdf: string;
  /** Gross of the order's issued invoices (cancellations negate), paid and still open: what the agency is owed. */
  invoiced: Cents | null;
  paid: Cents | null;
  open: Cents | null;
  /** The earliest due date among the order's open invoices: what the register colours overdue or due soon. */
  openDue: IsoDate | null;
}

export const NO_DOCUMENTS: OrderDocuments = {
  quote: '',
  quoteTotal: null,
  quoteDoc: '',
  quotePdf: '',
  confirmation: '',
  confirmationDoc: '',
  confirmationPdf: '',
  invoiced: null,
  paid: null,
  open: null,
  openDue: null,
};
