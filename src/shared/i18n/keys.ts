// The message key and parameter types of every catalogue; type-only, so no catalogue is bundled by importing it.
import type { CoreKey } from './core';
import type { DocKey } from './doc';
import type { DocumentsKey } from './documents';
import type { QuoteKey } from './quote';
import type { RegisterKey } from './register';
import type { UiKey } from './ui';

export type Lang = 'de' | 'en';
export type MessageKey = CoreKey | RegisterKey | UiKey | QuoteKey | DocumentsKey | DocKey;
/** A parameter is a literal, or a reference to another message (a stage name, a field label). */
export type MessageParam = string | number | { ref: MessageKey };
export type MessageParams = Record<string, MessageParam>;
/** One catalogue part per language, as each catalogue file exports them. */
export type CatalogPart = Partial<Record<MessageKey, string>>;
