// Ports: what use cases need from the outside world, implemented on Apps Script in src/gas.
import type { ColumnMapping } from '../domain/bank/statement';
import type { Client } from '../domain/client';
import type { IsoDate } from '../domain/dates';
import type { DocumentData } from '../domain/documents/fill';
import type { DunningRecord } from '../domain/dunningRecord';
import type { Invoice } from '../domain/invoice/invoice';
import type { LogEntryDraft } from '../domain/log';
import type { Order } from '../domain/order';
import type { Acceptance, ActionItem, FollowUp, Meeting, TimeEntry } from '../domain/project/types';
import type { Confirmation, Milestone } from '../domain/quote/confirmation';
import type { Quote } from '../domain/quote/quote';
import type { RateCardEntry } from '../domain/quote/rateCard';
import type { Payment } from '../domain/receivables/payment';
import type { SettlementStatus } from '../domain/receivables/settlement';
import type { SettingProblem, Settings } from '../domain/settings';
import type { Lang } from '../shared/i18n';

export interface Problem {
  column: string;
  value: string;
}

export interface OrderRecord {
  order: Order;
  row: number;
  problems: Problem[];
}

export interface ClientRecord {
  client: Client;
  row: number;
  problems: Problem[];
}

export interface InvoiceRecord {
  invoice: Invoice;
  /** An issued invoice whose row no longer matches its data: the add-on does not act on it. */
  tampered: boolean;
}

/** An invoice as its row in the Invoices sheet shows it, without positions: what receivables work with. */
export interface InvoiceHead {
  invoice: Omit<Invoice, 'positions'>;
  /** The row's "due" cell: what the client is asked to pay. */
  dueCents: number;
  row: number;
}

/** Reads the register; each table is read at most once per execution. */
export interface RegisterReader {
  /** Language the register's headers and choice labels are written in. */
  lang(): Lang;
  isSetUp(): boolean;
  settings(): { settings: Settings; problems: SettingProblem[]; raw: Record<string, string> };
  orders(): OrderRecord[];
  clients(): ClientRecord[];
  /** Every version of the order's quotes, oldest first, with positions. */
  quotesOf(orderNo: string): Quote[];
  /** A quote version by its number (case as stored), or null. */
  findQuote(number: string): Quote | null;
  /** The order's confirmation, or null. */
  confirmationOf(orderNo: string): Confirmation | null;
  rateCard(): RateCardEntry[];
  /** The order's invoices, drafts too, each with whether its issued row was edited by hand. */
  invoicesOf(orderNo: string): InvoiceRecord[];
  /** An invoice by its id, or null. */
  findInvoice(id: string): InvoiceRecord | null;
  /** Every invoice number the register holds, for the duplicate check. */
  invoiceNumbers(): string[];
  /** Every invoice row (one read of the Invoices sheet), for open items and matching bank statements. */
  invoiceHeads(): InvoiceHead[];
  /** Bank transaction ids already booked (one read of the Payments sheet's source column). */
  importedSources(): Set<string>;
  /** The invoice's payments, oldest first. */
  paymentsOf(invoiceId: string): Payment[];
  /** The invoice's reminders and dunning letters, oldest first. */
  lettersOf(invoiceId: string): DunningRecord[];
  /** The column mapping the user set for a CSV header (by its signature), or null. */
  bankMapping(signature: string): ColumnMapping | null;
  /** Highest number ever allocated in a counting range (numbers are never reused). */
  highWater(range: string): number;
  /** The sheet row of the cell the user has selected in the Orders sheet, or null. */
  activeOrderRow(): number | null;
  /** The project sheets: meetings, action items, time, acceptances, follow-ups. */
  project(): ProjectRecords;
}

/** The project sheets, read per order with keyed reads, or whole for the register-wide deviation refresh. */
export interface ProjectRecords {
  meetingsOf(orderNo: string): Meeting[];
  findMeeting(id: string): Meeting | null;
  itemsOf(orderNo: string): ActionItem[];
  timeOf(orderNo: string): TimeEntry[];
  acceptancesOf(orderNo: string): Acceptance[];
  findAcceptance(id: string): Acceptance | null;
  followUpsOf(orderNo: string): FollowUp[];
  findFollowUp(id: string): FollowUp | null;
  /** Every row of a sheet (one read each): the deviation refresh and the sidebar's due follow-ups. */
  allTime(): TimeEntry[];
  allItems(): ActionItem[];
  allFollowUps(): FollowUp[];
  /** Every confirmation's net and milestones by order number (one read of each sheet). */
  allConfirmations(): Map<string, ConfirmationFigures>;
  /** A person's time entries on every order (one keyed read): the 24-hour day is the person's, not the order's. */
  timeOfPerson(person: string): TimeEntry[];
  /** The order folder's link, once the add-on made it; '' before. */
  folderUrl(orderNo: string): string;
}

/** What the deviation refresh needs of an order's confirmation. */
export interface ConfirmationFigures {
  netCents: number;
  date: string;
  deadline: string | null;
  milestones: Milestone[];
}

interface Change<T> {
  before: T;
  after: T;
}

/** The project part of a change set: rows appended, rows rewritten, milestone progress. */
export interface ProjectChanges {
  insertMeetings?: Meeting[];
  updateMeetings?: Change<Meeting>[];
  insertItems?: ActionItem[];
  updateItems?: Change<ActionItem>[];
  insertTime?: TimeEntry[];
  insertAcceptances?: Acceptance[];
  updateAcceptances?: Change<Acceptance>[];
  insertFollowUps?: FollowUp[];
  updateFollowUps?: Change<FollowUp>[];
  /** Progress of the confirmation's milestones, by position in its list. */
  milestoneProgress?: {
    confirmation: string;
    orderNo: string;
    before: (number | null)[];
    after: (number | null)[];
  };
  /** Many orders' figure columns rewritten in bulk (the deviation refresh); derived data, so not journaled. */
  orderFigures?: Change<Order>[];
}

/** Everything one user action changes, written together or not at all. */
export interface ChangeSet {
  insertOrders?: Order[];
  updateOrders?: { before: Order; after: Order }[];
  insertClients?: Client[];
  updateSettings?: Record<string, string>;
  highWater?: Record<string, number>;
  /** New quote versions, header and positions. */
  insertQuotes?: Quote[];
  /** Changed quote versions; positions are rewritten when they differ. */
  updateQuotes?: { before: Quote; after: Quote }[];
  insertConfirmations?: Confirmation[];
  insertInvoices?: Invoice[];
  /** Changed invoices (a draft issued, an invoice cancelled); positions are rewritten when they or the key differ. */
  updateInvoices?: { before: Invoice; after: Invoice }[];
  /** Payments with what they did to their invoice, and the invoices' and orders' new sums, written in bulk. */
  bookPayments?: PaymentBooking;
  insertLetters?: DunningRecord[];
  /** Column mappings of bank CSV layouts to remember, by header signature. */
  rememberMapping?: Record<string, ColumnMapping>;
  project?: ProjectChanges;
  log: LogEntryDraft[];
}

export interface PaymentBooking {
  payments: { payment: Payment; settlement: SettlementStatus }[];
  invoices: { before: InvoiceHead; after: InvoiceHead }[];
  orders: { before: Order; after: Order }[];
}

export interface Register {
  /** Reads without the lock (views). */
  read<T>(work: (reader: RegisterReader) => T): T;
  /** Reads and writes under the document lock; the change set lands whole or not at all. */
  transact<T>(work: (reader: RegisterReader) => { changes: ChangeSet; result: T }): T;
}

export interface Environment {
  today(): IsoDate;
  /** Current instant, ISO 8601 in UTC to the second. */
  now(): string;
  user(): string;
  /** An id no other execution hands out, e.g. 'P-3f9a0c1d2e.1': one execution's ids share all but the counter. */
  newId(prefix: string): string;
  /** The user's own language (from the Google account locale). */
  userLang(): Lang;
}

/** UI actions the server performs itself (select a row). */
export interface Workbook {
  selectOrderRow(row: number): void;
}

/** An image a placeholder stands for (the EPC QR code on an invoice): a paragraph holding only it. */
export interface DocumentImage {
  /** Bytes 0..255 of a PNG or GIF. */
  bytes: number[];
  mimeType: string;
  /** Printed size in points. */
  widthPt: number;
  heightPt: number;
}

/** A document to make from a template: its kind and language pick the template, data fills it. */
export interface DocumentRequest {
  kind: 'quote' | 'confirmation' | 'invoice' | 'dunning' | 'agenda' | 'minutes' | 'acceptance' | 'handover';
  lang: Lang;
  /** File name, e.g. the quote number and title. */
  name: string;
  order: Order;
  data: DocumentData;
  /** Images by placeholder name ('qr' for {{qr}}); a placeholder whose image is absent is left out. */
  images?: Record<string, DocumentImage | null>;
}

export interface GeneratedDocument {
  docUrl: string;
  pdfUrl: string;
  /** Placeholders the template holds that the data does not know; they stay visible in the document. */
  unknownPlaceholders: string[];
  /** SHA-256 (hex) of the PDF's bytes, for the log of an issued invoice (B 11). */
  pdfSha256: string;
}

/** E-mail: a letter sent with its PDF attached (scope script.send_mail), and the user's daily digest switch. */
export interface Mailer {
  send(mail: {
    to: string;
    subject: string;
    body: string;
    replyTo: string;
    pdfOf: GeneratedDocument;
    pdfName: string;
  }): void;
  /** Turns the daily overdue digest on or off for the user at the keyboard; true when it is on. */
  setDigest(enabled: boolean): boolean;
  digestEnabled(): boolean;
}

/** A calendar event as the add-on asks for it: times in the spreadsheet's zone, guests invited by Google. */
export interface CalendarEventRequest {
  title: string;
  description: string;
  date: IsoDate;
  /** 'HH:MM'. */
  start: string;
  durationMin: number;
  place: string;
  guests: string[];
  /** Ask for a Google Meet link. */
  video: boolean;
  /** A recurrence rule ('RRULE:FREQ=WEEKLY;...'), or null for a single event. */
  recurrence: string | null;
}

/** Google Calendar (the user's primary calendar, scope calendar.events.owned). */
export interface CalendarService {
  create(event: CalendarEventRequest): { id: string; url: string; videoLink: string };
  /** Removes an event whose register write failed; guests get a cancellation. */
  remove(id: string): void;
}

/** Google Docs and Drive: templates, the order's folder, generated documents and their PDFs, sharing. */
export interface DocumentService {
  generate(request: DocumentRequest): GeneratedDocument;
  /** Moves a document that did not make it into the register to the trash. */
  discard(doc: GeneratedDocument): void;
  /** Makes the files read-only: a sent version is never changed again. */
  freeze(urls: readonly string[], reason: string): void;
  share(urls: readonly string[], email: string, notify: boolean): void;
  /** Shares the order's whole Drive folder (the handover); returns its link. */
  shareFolder(order: Order, email: string, lang: Lang): string;
}
