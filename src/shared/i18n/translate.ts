// Builds t() and isMessageKey() over the catalogue parts one bundle needs (server and browser carry different ones).
import type { CatalogPart, Lang, MessageKey, MessageParams } from './keys';

export interface Translator {
  /** Translates a key; unknown params stay visible as {name} so a missing one is noticed, not hidden. */
  t(lang: Lang, key: MessageKey, params?: MessageParams): string;
  isMessageKey(key: string): key is MessageKey;
}

export function translator(parts: Record<Lang, readonly CatalogPart[]>): Translator {
  const catalogs: Record<Lang, CatalogPart> = {
    de: Object.assign({}, ...parts.de),
    en: Object.assign({}, ...parts.en),
  };
  const knownKeys = new Set<string>(Object.keys(catalogs.de));
  function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
    // A key outside this bundle's catalogue shows as itself: visible, never a crash.
    const template = catalogs[lang][key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = Object.keys(params).includes(name) ? params[name] : undefined;
      if (value === undefined) return whole;
      return typeof value === 'object' ? t(lang, value.ref) : String(value);
    });
  }
  return { t, isMessageKey: (key: string): key is MessageKey => knownKeys.has(key) };
}

/** 'de', 'de-AT', 'de_CH' -> de; everything else -> en. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^de\b|^de[-_]/i.test(locale ?? '') ? 'de' : 'en';
}
