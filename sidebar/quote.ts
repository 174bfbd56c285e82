// Quote editor dialog entry: reads the boot data the server appended (order number, language), then starts the editor.
import type { QuoteEditorBoot } from '../src/shared/contract';
import { useCatalogue } from '../src/shared/i18n/browser';
import { coreDe, coreEn } from '../src/shared/i18n/core';
import { quoteDe, quoteEn } from '../src/shared/i18n/quote';
import { uiDe, uiEn } from '../src/shared/i18n/ui';
import { uiQuoteEditorDe, uiQuoteEditorEn } from '../src/shared/i18n/uiQuoteEditor';
import { QuoteEditor } from './quote/editor';

// The editor's texts and the quote's field and unit labels; nothing of the sidebar or the server.
useCatalogue({ de: [coreDe, quoteDe, uiDe, uiQuoteEditorDe], en: [coreEn, quoteEn, uiEn, uiQuoteEditorEn] });

declare global {
  interface Window {
    AA_QUOTE_BOOT?: Partial<QuoteEditorBoot>;
  }
}

/** The server appends AA_QUOTE_BOOT after our script, so it is read once the document is parsed. */
function bootData(): QuoteEditorBoot {
  const raw = window.AA_QUOTE_BOOT ?? {};
  return {
    orderNo: typeof raw.orderNo === 'string' ? raw.orderNo : '',
    lang: raw.lang === 'en' ? 'en' : 'de',
  };
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const boot = bootData();
  document.documentElement.lang = boot.lang;
  new QuoteEditor(root, boot).start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
