// The sidebar-server contract: input schemas (zod), output DTOs, and ServerApi, which the server's
// exported functions must satisfy and the sidebar's calls are typed from.
import * as z from 'zod/mini';
import { CLIENT_KINDS } from '../domain/client';
import { parseDateInput } from '../domain/dates';
import { parseMoney } from '../domain/money';
import { SOURCES } from '../domain/order';
import { STAGES, type StageKey } from '../domain/stages';
import { isCountryCode, isEmail, isVatId } from '../domain/validators';
import type { Lang } from './i18n';
import type { BillingDto, InvoiceDraftInput, InvoiceRef, IssueResultDto } from './invoiceContract';
import type { SidebarView } from './limits';
import type {
  AcceptanceDecisionInput,
  AcceptanceRequestInput,
  ChecklistInput,
  DeviationsRefreshDto,
  DueFollowUpDto,
  FollowOnDto,
  FollowOnInput,
  FollowUpInput,
  HandoverInput,
  ItemsInput,
  JourFixeInput,
  KickoffInput,
  MinutesInput,
  ProgressInput,
  ProjectDto,
  ProjectOpenInput,
  ProjectRef,
  ProjectResultDto,
  TimeInput,
} from './projectContract';
import type {
  ConfirmationInput,
  ConfirmationSummaryDto,
  DocumentDto,
  QuoteAcceptInput,
  QuoteDeclineInput,
  QuoteEditorDto,
  QuoteRef,
  QuoteSaveInput,
  QuoteShareInput,
  QuoteSummaryDto,
  ShareDto,
} from './quoteContract';
import type {
  DigestDto,
  DigestInput,
  DunningBlockInput,
  DunningCreateInput,
  DunningPreviewDto,
  DunningRef,
  DunningResultDto,
  ImportResultDto,
  OpenItemsDto,
  PaymentInput,
  PaymentResultDto,
  ReceivablesOpenInput,
  StatementImportInput,
  StatementInput,
  StatementPreviewDto,
} from './receivablesContract';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'err.tooLong'));
const required = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'err.required'), z.maxLength(max, 'err.tooLong'));
const optionalMatching = (max: number, rule: (v: string) => boolean, message: string) =>
  text(max).check(z.refine((v) => v === '' || rule(v), message));

export const clientInputSchema = z.object({
  name: required(200),
  street: text(200),
  postcode: text(20),
  city: text(100),
  country: text(2).check(
    z.toUpperCase(),
    z.refine((v) => v === '' || isCountryCode(v), 'err.invalidCountry'),
  ),
  contactPerson: text(200),
  email: optionalMatching(200, isEmail, 'err.invalidEmail'),
  phone: text(40),
  vatId: optionalMatching(20, isVatId, 'err.invalidVatId'),
  kind: z.enum(CLIENT_KINDS, 'err.invalidChoice'),
});
export type ClientInput = z.infer<typeof clientInputSchema>;

/** Money and dates arrive as typed; the server parses them in the user's language. */
const moneyText = optionalMatching(
  30,
  (v) => parseMoney(v, 'de') !== null || parseMoney(v, 'en') !== null,
  'err.invalidMoney',
);
const dateText = optionalMatching(10, (v) => parseDateInput(v) !== null, 'err.invalidDate');

export const inquiryInputSchema = z.object({
  /** An existing client's id, or '' together with newClient. */
  clientId: text(40),
  newClient: z.nullable(clientInputSchema),
  title: required(200),
  description: text(5000),
  source: z.enum(SOURCES, 'err.invalidChoice'),
  expectedValue: moneyText,
  deadline: dateText,
});
export type InquiryInput = z.infer<typeof inquiryInputSchema>;

export const stageChangeInputSchema = z.object({
  orderNo: required(40),
  target: z.enum(STAGES, 'err.invalidChoice'),
  reason: text(1000),
});
export type StageChangeInput = z.infer<typeof stageChangeInputSchema>;

export const orderRefSchema = z.object({ orderNo: required(40) });
export type OrderRef = z.infer<typeof orderRefSchema>;

/** Settings as typed in the form, keyed by setting key ('company.name'); checked by the settings rules. */
export const settingsInputSchema = z.record(z.string().check(z.regex(/^[a-z]+\.[A-Za-z]+$/)), text(2000));
export type SettingsInput = z.infer<typeof settingsInputSchema>;

// ---- Output DTOs: plain JSON, no Dates (ISO strings), no undefined (null) ----

export interface OrderDto {
  number: string;
  createdOn: string;
  client: string;
  title: string;
  description: string;
  source: string;
  stage: StageKey;
  stageSince: string;
  daysInStage: number;
  /** Message key of the next step, e.g. 'next.inquiry'. */
  nextStep: string;
  expectedValueCents: number | null;
  deadline: string | null;
  owner: string;
  reason: string;
  allowedMoves: StageKey[];
  /** Keys of columns whose cells could not be read; the order is not acted on until they are fixed. */
  problems: string[];
  /** The current quote version, or null before the first quote. */
  quote: QuoteSummaryDto | null;
  confirmation: ConfirmationSummaryDto | null;
  /** Invoices and what is billed, paid and open; null before the order is confirmed and invoiced. */
  billing: BillingDto | null;
}

export interface OrderSummaryDto {
  number: string;
  client: string;
  title: string;
  stage: StageKey;
  daysInStage: number;
  deadline: string | null;
}

export interface ClientOptionDto {
  id: string;
  name: string;
  kind: string;
  city: string;
}

export interface FieldErrorDto {
  field: string;
  message: string;
}

export interface SidebarStateDto {
  lang: Lang;
  user: string;
  today: string;
  /** False until "Set up register" has run. */
  registerReady: boolean;
  /** Problems in the Settings sheet, already translated. */
  settingsProblems: FieldErrorDto[];
  active: OrderDto | null;
  openOrders: OrderSummaryDto[];
  /** Open orders in the register; openOrders holds at most OPEN_ORDERS_LIMIT of them. */
  openOrderCount: number;
  clients: ClientOptionDto[];
  /** Open items, refreshed each time the sidebar opens: the buckets and the most overdue invoices. */
  openItems: OpenItemsDto;
  /** Whether this user's daily overdue digest is on. */
  digest: boolean;
  /** After-care follow-ups due within a week (or overdue), earliest first. */
  followUps: DueFollowUpDto[];
}

export interface SettingFieldDto {
  key: string;
  label: string;
  help: string;
  value: string;
  /** For choices: the allowed values with their labels. */
  choices: { value: string; label: string }[];
}

export interface SettingsFormDto {
  fields: SettingFieldDto[];
  problems: FieldErrorDto[];
}

export interface SetupReportDto {
  createdSheets: string[];
  addedColumns: string[];
  addedSettings: string[];
}

export interface ErrorDto {
  code: string;
  message: string;
  /** The first field at fault, or null when the problem is not one field's. */
  field: string | null;
  fields: FieldErrorDto[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorDto };

/** Every function the sidebar and dialogs may call; src/server/index.ts must export exactly these. */
export interface ServerApi {
  sidebarLoad(): Result<SidebarStateDto>;
  sidebarActiveOrder(): Result<OrderDto | null>;
  sidebarSelectOrder(ref: OrderRef): Result<OrderDto>;
  sidebarCreateInquiry(input: InquiryInput): Result<OrderDto>;
  sidebarChangeStage(input: StageChangeInput): Result<OrderDto>;
  sidebarLoadSettings(): Result<SettingsFormDto>;
  sidebarSaveSettings(input: SettingsInput): Result<SettingsFormDto>;
  sidebarSetupRegister(): Result<SetupReportDto>;
  /** Opens the quote editor dialog for the order (a UI action of the server). */
  sidebarOpenQuoteEditor(ref: OrderRef): Result<null>;
  quoteLoadEditor(ref: OrderRef): Result<QuoteEditorDto>;
  quoteSave(input: QuoteSaveInput): Result<QuoteEditorDto>;
  quoteCreateDocument(ref: QuoteRef): Result<DocumentDto>;
  quoteShare(input: QuoteShareInput): Result<ShareDto>;
  quoteAccept(input: QuoteAcceptInput): Result<OrderDto>;
  quoteDecline(input: QuoteDeclineInput): Result<OrderDto>;
  confirmationCreate(input: ConfirmationInput): Result<OrderDto>;
  invoiceCreateDraft(input: InvoiceDraftInput): Result<OrderDto>;
  invoiceIssue(input: InvoiceRef): Result<IssueResultDto>;
  invoiceCancel(input: InvoiceRef): Result<IssueResultDto>;
  /** Opens the receivables dialog, at an invoice's payment and dunning panel when one is given. */
  sidebarOpenReceivables(ref: ReceivablesOpenInput): Result<null>;
  receivablesLoad(): Result<OpenItemsDto>;
  paymentRecord(input: PaymentInput): Result<PaymentResultDto>;
  statementPreview(input: StatementInput): Result<StatementPreviewDto>;
  statementImport(input: StatementImportInput): Result<ImportResultDto>;
  dunningPreview(ref: DunningRef): Result<DunningPreviewDto>;
  dunningCreate(input: DunningCreateInput): Result<DunningResultDto>;
  dunningSetBlock(input: DunningBlockInput): Result<OpenItemsDto>;
  digestSet(input: DigestInput): Result<DigestDto>;
  /** Opens the project dialog (kick-off to after-care) for the order at a tab. */
  sidebarOpenProject(ref: ProjectOpenInput): Result<null>;
  projectLoad(ref: ProjectRef): Result<ProjectDto>;
  kickoffSchedule(input: KickoffInput): Result<ProjectResultDto>;
  jourFixeSchedule(input: JourFixeInput): Result<ProjectResultDto>;
  minutesWrite(input: MinutesInput): Result<ProjectResultDto>;
  itemsUpdate(input: ItemsInput): Result<ProjectResultDto>;
  timeRecord(input: TimeInput): Result<ProjectResultDto>;
  progressSave(input: ProgressInput): Result<ProjectResultDto>;
  acceptanceRequest(input: AcceptanceRequestInput): Result<ProjectResultDto>;
  acceptanceDecide(input: AcceptanceDecisionInput): Result<ProjectResultDto>;
  checklistSave(input: ChecklistInput): Result<ProjectResultDto>;
  handoverCreate(input: HandoverInput): Result<ProjectResultDto>;
  followUpRecord(input: FollowUpInput): Result<ProjectResultDto>;
  followOnCreate(input: FollowOnInput): Result<FollowOnDto>;
  deviationsRefresh(): Result<DeviationsRefreshDto>;
}

export type ServerFunctionName = keyof ServerApi;

/** Every ServerApi function by name; the compiler refuses this list if one is missing or misspelt. */
export const SERVER_FUNCTIONS = [
  'sidebarLoad',
  'sidebarActiveOrder',
  'sidebarSelectOrder',
  'sidebarCreateInquiry',
  'sidebarChangeStage',
  'sidebarLoadSettings',
  'sidebarSaveSettings',
  'sidebarSetupRegister',
  'sidebarOpenQuoteEditor',
  'quoteLoadEditor',
  'quoteSave',
  'quoteCreateDocument',
  'quoteShare',
  'quoteAccept',
  'quoteDecline',
  'confirmationCreate',
  'invoiceCreateDraft',
  'invoiceIssue',
  'invoiceCancel',
  'sidebarOpenReceivables',
  'receivablesLoad',
  'paymentRecord',
  'statementPreview',
  'statementImport',
  'dunningPreview',
  'dunningCreate',
  'dunningSetBlock',
  'digestSet',
  'sidebarOpenProject',
  'projectLoad',
  'kickoffSchedule',
  'jourFixeSchedule',
  'minutesWrite',
  'itemsUpdate',
  'timeRecord',
  'progressSave',
  'acceptanceRequest',
  'acceptanceDecide',
  'checklistSave',
  'handoverCreate',
  'followUpRecord',
  'followOnCreate',
  'deviationsRefresh',
] as const satisfies readonly ServerFunctionName[];
type MissingServerFunction = Exclude<ServerFunctionName, (typeof SERVER_FUNCTIONS)[number]>;
export const SERVER_FUNCTIONS_COMPLETE: [MissingServerFunction] extends [never]
  ? true
  : MissingServerFunction = true;

/** Data the server appends to the sidebar page when it opens it. */
export interface SidebarBoot {
  view: SidebarView;
  lang: Lang;
}

/** Data the server appends to the quote editor dialog (dist/quote.html) when it opens it. */
export interface QuoteEditorBoot {
  orderNo: string;
  lang: Lang;
}
