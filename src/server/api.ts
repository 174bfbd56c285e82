// The functions the sidebar calls: parse arguments with zod, run the use case, return a JSON-safe Result.
import type * as z from 'zod/mini';
import { changeStage } from '../app/changeStage';
import { createConfirmation } from '../app/confirmOrder';
import { createInquiry } from '../app/createInquiry';
import { createInvoiceDraft } from '../app/invoiceDraft';
import { cancelInvoice, issueInvoice } from '../app/invoiceIssue';
import { loadSettings } from '../app/loadSettings';
import { loadSidebar } from '../app/loadSidebar';
import { activeOrder, selectOrder } from '../app/orderViews';
import { recordAcceptance, requestAcceptance } from '../app/project/acceptance';
import { createFollowOn, recordFollowUp } from '../app/project/aftercare';
import { refreshDeviations } from '../app/project/deviations';
import { handOver, saveChecklist } from '../app/project/handover';
import { scheduleJourFixe, scheduleKickoff } from '../app/project/meetings';
import { updateItems, writeMinutes } from '../app/project/minutes';
import { recordTime, saveProgress } from '../app/project/time';
import { loadProject } from '../app/project/view';
import { acceptQuote, declineQuote } from '../app/quoteAnswer';
import { createQuoteDocument, shareQuote } from '../app/quoteDocument';
import { loadQuoteEditor, saveQuote } from '../app/quoteEditor';
import { setDigest } from '../app/receivables/digest';
import { createDunningLetter, previewDunning, setDunningBlock } from '../app/receivables/dunning';
import { loadOpenItems } from '../app/receivables/openItems';
import { recordPayment } from '../app/receivables/recordPayment';
import { importStatement, previewStatement } from '../app/receivables/statementImport';
import { saveSettings } from '../app/saveSettings';
import { uiLang } from '../app/settingsView';
import { setupRegister } from '../app/setupRegister';
import { setUpRegister } from '../gas/setup';
import { GasWorkbook } from '../gas/workbook';
import {
  inquiryInputSchema,
  orderRefSchema,
  type Result,
  type ServerApi,
  settingsInputSchema,
  stageChangeInputSchema,
} from '../shared/contract';
import type { Lang } from '../shared/i18n';
import { invoiceDraftInputSchema, invoiceRefSchema } from '../shared/invoiceContract';
import {
  acceptanceDecisionSchema,
  acceptanceRequestSchema,
  checklistInputSchema,
  followOnSchema,
  followUpInputSchema,
  handoverInputSchema,
  itemsInputSchema,
  jourFixeInputSchema,
  kickoffInputSchema,
  minutesInputSchema,
  progressInputSchema,
  projectOpenSchema,
  projectRefSchema,
  timeInputSchema,
} from '../shared/projectContract';
import {
  confirmationInputSchema,
  quoteAcceptInputSchema,
  quoteDeclineInputSchema,
  quoteRefSchema,
  quoteSaveInputSchema,
  quoteShareInputSchema,
} from '../shared/quoteContract';
import {
  digestInputSchema,
  dunningBlockSchema,
  dunningCreateSchema,
  dunningRefSchema,
  paymentInputSchema,
  receivablesOpenSchema,
  statementImportSchema,
  statementInputSchema,
} from '../shared/receivablesContract';
import { InputError, toErrorDto } from './errors';
import { showProject, showQuoteEditor, showReceivables } from './menu';
import { compose, type Root } from './root';

/** Runs one action; whatever goes wrong comes back as a translated error, never as a thrown exception. */
export function handle<T>(work: (root: Root) => T): Result<T> {
  const root = compose();
  try {
    return { ok: true, data: work(root) };
  } catch (error) {
    return { ok: false, error: toErrorDto(error, errorLang(root)) };
  }
}

/** The user's language: from settings if this action already read them, else the account's. */
export function errorLang(root: Root): Lang {
  try {
    const settings = root.register.currentReader()?.cachedSettings();
    return settings ? uiLang(settings, root.env.userLang()) : root.env.userLang();
  } catch {
    return 'de';
  }
}

export function parse<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InputError(result.error.issues);
  return result.data as z.infer<S>;
}

export const api: ServerApi = {
  sidebarLoad: () => handle((root) => loadSidebar(root.register, root.env, root.mailer)),
  sidebarActiveOrder: () => handle((root) => activeOrder(root.register, root.env)),
  sidebarSelectOrder: (ref) =>
    handle((root) =>
      selectOrder(root.register, root.env, new GasWorkbook(root.context), parse(orderRefSchema, ref)),
    ),
  sidebarCreateInquiry: (input) =>
    handle((root) => createInquiry(root.register, root.env, parse(inquiryInputSchema, input))),
  sidebarChangeStage: (input) =>
    handle((root) => changeStage(root.register, root.env, parse(stageChangeInputSchema, input))),
  sidebarLoadSettings: () => handle((root) => loadSettings(root.register, root.env)),
  sidebarSaveSettings: (input) =>
    handle((root) => saveSettings(root.register, root.env, parse(settingsInputSchema, input))),
  sidebarSetupRegister: () =>
    handle((root) => setupRegister(root.register, () => setUpRegister(root.context, root.env.userLang()))),
  sidebarOpenQuoteEditor: (ref) =>
    handle((root) => {
      const { orderNo } = parse(orderRefSchema, ref);
      // The order must exist before a dialog opens for it.
      loadQuoteEditor(root.register, root.env, { orderNo });
      showQuoteEditor(orderNo);
      return null;
    }),
  quoteLoadEditor: (ref) =>
    handle((root) => loadQuoteEditor(root.register, root.env, parse(orderRefSchema, ref))),
  quoteSave: (input) =>
    handle((root) => saveQuote(root.register, root.env, parse(quoteSaveInputSchema, input))),
  quoteCreateDocument: (ref) =>
    handle((root) =>
      createQuoteDocument(root.register, root.env, root.documents, parse(quoteRefSchema, ref)),
    ),
  quoteShare: (input) =>
    handle((root) =>
      shareQuote(root.register, root.env, root.documents, parse(quoteShareInputSchema, input)),
    ),
  quoteAccept: (input) =>
    handle((root) => acceptQuote(root.register, root.env, parse(quoteAcceptInputSchema, input))),
  quoteDecline: (input) =>
    handle((root) => declineQuote(root.register, root.env, parse(quoteDeclineInputSchema, input))),
  confirmationCreate: (input) =>
    handle((root) =>
      createConfirmation(root.register, root.env, root.documents, parse(confirmationInputSchema, input)),
    ),
  invoiceCreateDraft: (input) =>
    handle((root) => createInvoiceDraft(root.register, root.env, parse(invoiceDraftInputSchema, input))),
  invoiceIssue: (ref) =>
    handle((root) => issueInvoice(root.register, root.env, root.documents, parse(invoiceRefSchema, ref))),
  invoiceCancel: (ref) =>
    handle((root) => cancelInvoice(root.register, root.env, root.documents, parse(invoiceRefSchema, ref))),
  sidebarOpenReceivables: (ref) =>
    handle(() => {
      const { invoiceId, tab } = parse(receivablesOpenSchema, ref);
      showReceivables(tab, invoiceId);
      return null;
    }),
  receivablesLoad: () => handle((root) => loadOpenItems(root.register, root.env)),
  paymentRecord: (input) =>
    handle((root) => recordPayment(root.register, root.env, parse(paymentInputSchema, input))),
  statementPreview: (input) =>
    handle((root) => previewStatement(root.register, root.env, parse(statementInputSchema, input))),
  statementImport: (input) =>
    handle((root) => importStatement(root.register, root.env, parse(statementImportSchema, input))),
  dunningPreview: (ref) =>
    handle((root) => previewDunning(root.register, root.env, parse(dunningRefSchema, ref))),
  dunningCreate: (input) =>
    handle((root) =>
      createDunningLetter(
        root.register,
        root.env,
        root.documents,
        root.mailer,
        parse(dunningCreateSchema, input),
      ),
    ),
  dunningSetBlock: (input) =>
    handle((root) => setDunningBlock(root.register, root.env, parse(dunningBlockSchema, input))),
  digestSet: (input) =>
    handle((root) => setDigest(root.register, root.env, root.mailer, parse(digestInputSchema, input))),
  sidebarOpenProject: (ref) =>
    handle((root) => {
      const { orderNo, tab } = parse(projectOpenSchema, ref);
      // The order must exist before a dialog opens for it.
      loadProject(root.register, root.env, { orderNo });
      showProject(orderNo, tab);
      return null;
    }),
  projectLoad: (ref) => handle((root) => loadProject(root.register, root.env, parse(projectRefSchema, ref))),
  kickoffSchedule: (input) =>
    handle((root) =>
      scheduleKickoff(
        root.register,
        root.env,
        root.documents,
        root.calendar,
        parse(kickoffInputSchema, input),
      ),
    ),
  jourFixeSchedule: (input) =>
    handle((root) =>
      scheduleJourFixe(root.register, root.env, root.calendar, parse(jourFixeInputSchema, input)),
    ),
  minutesWrite: (input) =>
    handle((root) => writeMinutes(root.register, root.env, root.documents, parse(minutesInputSchema, input))),
  itemsUpdate: (input) =>
    handle((root) => updateItems(root.register, root.env, parse(itemsInputSchema, input))),
  timeRecord: (input) => handle((root) => recordTime(root.register, root.env, parse(timeInputSchema, input))),
  progressSave: (input) =>
    handle((root) => saveProgress(root.register, root.env, parse(progressInputSchema, input))),
  acceptanceRequest: (input) =>
    handle((root) =>
      requestAcceptance(root.register, root.env, root.documents, parse(acceptanceRequestSchema, input)),
    ),
  acceptanceDecide: (input) =>
    handle((root) => recordAcceptance(root.register, root.env, parse(acceptanceDecisionSchema, input))),
  checklistSave: (input) =>
    handle((root) => saveChecklist(root.register, root.env, parse(checklistInputSchema, input))),
  handoverCreate: (input) =>
    handle((root) => handOver(root.register, root.env, root.documents, parse(handoverInputSchema, input))),
  followUpRecord: (input) =>
    handle((root) => recordFollowUp(root.register, root.env, parse(followUpInputSchema, input))),
  followOnCreate: (input) =>
    handle((root) => createFollowOn(root.register, root.env, parse(followOnSchema, input))),
  deviationsRefresh: () => handle((root) => refreshDeviations(root.register, root.env)),
};
