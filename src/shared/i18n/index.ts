// Translation for the server bundle: menus, sheets, errors, log and documents; the sidebar's texts stay out (browser.ts).
import { coreDe, coreEn } from './core';
import { docDe, docEn } from './doc';
import { documentsDe, documentsEn } from './documents';
import { quoteDe, quoteEn } from './quote';
import { registerDe, registerEn } from './register';
import { translator } from './translate';

export type { Lang, MessageKey, MessageParam, MessageParams } from './keys';
export { langFromLocale } from './translate';

export const { t, isMessageKey } = translator({
  de: [coreDe, registerDe, quoteDe, documentsDe, docDe],
  en: [coreEn, registerEn, quoteEn, documentsEn, docEn],
});
