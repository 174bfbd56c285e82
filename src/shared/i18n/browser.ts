// Translation in the browser: each page (sidebar, quote editor) registers only the catalogue parts it shows.
import type { CatalogPart, Lang, MessageKey, MessageParams } from './keys';
import { type Translator, translator } from './translate';

export type { Lang, MessageKey, MessageParam, MessageParams } from './keys';

let current: Translator = translator({ de: [], en: [] });

/** Called once by the page's entry before anything is shown; a key outside its parts shows as itself. */
export function useCatalogue(parts: Record<Lang, readonly CatalogPart[]>): void {
  current = translator(parts);
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return current.t(lang, key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return current.isMessageKey(key);
}
