// The message key and parameter types of every catalogue; type-only, so no catalogue is bundled by importing it.
import type { BankKey } from './bank';
import type { CoreKey } from './core';
import type { DocKey } from './doc';
import type { DocumentsKey } from './documents';
import type { DunningKey } from './dunning';
import type { EpcKey } from './epc';
import type { ErrorsKey } from './errors';
import type { InvoiceKey } from './invoice';
import type { InvoiceDocKey } from './invoiceDoc';
import type { InvoiceLabelsKey } from './invoiceLabels';
import type { InvoiceRegisterKey } from './invoiceRegister';
import type { MenusKey } from './menus';
import type { ProjectDocKey } from './projectDoc';
import type { ProjectErrorsKey } from './projectErrors';
import type { ProjectRegisterKey } from './projectRegister';
import type { QuoteKey } from './quote';
import type { ReceivablesKey } from './receivables';
import type { ReceivablesRegisterKey } from './receivablesRegister';
import type { RegisterKey } from './register';
import type { UiKey } from './ui';
import type { UiInvoiceKey } from './uiInvoice';
import type { UiProjectKey } from './uiProject';
import type { UiQuoteEditorKey } from './uiQuoteEditor';
import type { UiReceivablesKey } from './uiReceivables';

export type Lang = 'de' | 'en';
export type MessageKey =
  | CoreKey
  | ErrorsKey
  | MenusKey
  | RegisterKey
  | UiKey
  | UiInvoiceKey
  | UiQuoteEditorKey
  | QuoteKey
  | DocumentsKey
  | DocKey
  | InvoiceRegisterKey
  | InvoiceKey
  | InvoiceLabelsKey
  | InvoiceDocKey
  | EpcKey
  | BankKey
  | DunningKey
  | ReceivablesKey
  | ReceivablesRegisterKey
  | UiReceivablesKey
  | UiProjectKey
  | ProjectDocKey
  | ProjectErrorsKey
  | ProjectRegisterKey;
/** A parameter is a literal, or a reference to another message (a stage name, a field label). */
export type MessageParam = string | number | { ref: MessageKey };
export type MessageParams = Record<string, MessageParam>;
/** One catalogue part per language, as each catalogue file exports them. */
export type CatalogPart = Partial<Record<MessageKey, string>>;
