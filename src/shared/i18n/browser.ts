// Translation for the sidebar and dialogs: their own texts plus stages, fields and columns; no document texts.
import { coreDe, coreEn } from './core';
import { quoteDe, quoteEn } from './quote';
import { registerDe, registerEn } from './register';
import { translator } from './translate';
import { uiDe, uiEn } from './ui';

export type { Lang, MessageKey, MessageParam, MessageParams } from './keys';

export const { t, isMessageKey } = translator({
  de: [coreDe, registerDe, quoteDe, uiDe],
  en: [coreEn, registerEn, quoteEn, uiEn],
});
