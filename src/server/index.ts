// Entry file: only the global functions Apps Script and google.script.run call. Logic lives in modules.
import { api } from './api';
import { runDigest } from './digest';
import {
  buildMenu,
  runDeviationsFromMenu,
  runProjectFromMenu,
  runSetupFromMenu,
  showHelp,
  showReceivables,
  showSidebar,
  showTemplates,
} from './menu';

/** Simple trigger: builds the menu, also before the add-on is authorized (AuthMode.NONE). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs when the add-on is installed from the Marketplace: the menu must appear without reloading. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuOpenSidebar(): void {
  showSidebar('order');
}

// The menu binds the item of its own language: the page then opens in that language without asking
// Session for the locale again (one service call fewer on the most frequent action). The plain names stay
// for menus built by an older version that are still open.
export function menuOpenSidebarDe(): void {
  showSidebar('order', 'de');
}

export function menuOpenSidebarEn(): void {
  showSidebar('order', 'en');
}

export function menuReceivablesDe(): void {
  showReceivables('items', '', 'de');
}

export function menuReceivablesEn(): void {
  showReceivables('items', '', 'en');
}

export function menuNewInquiry(): void {
  showSidebar('inquiry');
}

export function menuSettings(): void {
  showSidebar('settings');
}

export function menuSetupRegister(): void {
  runSetupFromMenu();
}

export function menuEditTemplates(): void {
  showTemplates();
}

export function menuReceivables(): void {
  showReceivables('items');
}

export function menuBankImport(): void {
  showReceivables('import');
}

/** The project dialog for the order under the cursor. */
export function menuProject(): void {
  runProjectFromMenu();
}

export function menuRefreshDeviations(): void {
  runDeviationsFromMenu();
}

/** Time-driven trigger (opt-in, see README): e-mails the user what fell overdue. */
export function digestDaily(): void {
  runDigest();
}

export function menuHelp(): void {
  showHelp();
}

// Sidebar functions: their names and types come from ServerApi (src/shared/contract.ts).
export const {
  sidebarLoad,
  sidebarActiveOrder,
  sidebarSelectOrder,
  sidebarCreateInquiry,
  sidebarChangeStage,
  sidebarLoadSettings,
  sidebarSaveSettings,
  sidebarSetupRegister,
  sidebarOpenQuoteEditor,
  quoteLoadEditor,
  quoteSave,
  quoteCreateDocument,
  quoteShare,
  quoteAccept,
  quoteDecline,
  confirmationCreate,
  invoiceCreateDraft,
  invoiceIssue,
  invoiceCancel,
  sidebarOpenReceivables,
  receivablesLoad,
  paymentRecord,
  statementPreview,
  statementImport,
  dunningPreview,
  dunningCreate,
  dunningSetBlock,
  digestSet,
  sidebarOpenProject,
  projectLoad,
  kickoffSchedule,
  jourFixeSchedule,
  minutesWrite,
  itemsUpdate,
  timeRecord,
  progressSave,
  acceptanceRequest,
  acceptanceDecide,
  checklistSave,
  handoverCreate,
  followUpRecord,
  followOnCreate,
  deviationsRefresh,
} = api;
