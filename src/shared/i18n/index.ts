// Translation lookup shared by server and sidebar: t(lang, key, params) with {name} placeholders.
import { type CoreKey, coreDe, coreEn } from './core';
import { type DocKey, docDe, docEn } from './doc';
import { type DocumentsKey, documentsDe, documentsEn } from './documents';
import { type QuoteKey, quoteDe, quoteEn } from './quote';
import { type RegisterKey, registerDe, registerEn } from './register';
import { type UiKey, uiDe, uiEn } from './ui';

export type Lang = 'de' | 'en';
export type MessageKey = CoreKey | RegisterKey | UiKey | QuoteKey | DocumentsKey | DocKey;
/** A parameter is a literal, or a reference to another message (a stage name, a field label). */
export type MessageParam = string | number | { ref: MessageKey };
export type MessageParams = Record<string, MessageParam>;

const catalogs: Record<Lang, Record<MessageKey, string>> = {
  de: { ...coreDe, ...registerDe, ...uiDe, ...quoteDe, ...documentsDe, ...docDe },
  en: { ...coreEn, ...registerEn, ...uiEn, ...quoteEn, ...documentsEn, ...docEn },
};

const knownKeys = new Set<string>(Object.keys(catalogs.de));

export function isMessageKey(key: string): key is MessageKey {
  return knownKeys.has(key);
}

/** Translates a key; unknown params stay visible as {name} so a missing one is noticed, not hidden. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.keys(params).includes(name) ? params[name] : undefined;
    if (value === undefined) return whole;
    return typeof value === 'object' ? t(lang, value.ref) : String(value);
  });
}

/** 'de', 'de-AT', 'de_CH' -> de; everything else -> en. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^de\b|^de[-_]/i.test(locale ?? '') ? 'de' : 'en';
}
