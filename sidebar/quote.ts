// Quote editor dialog entry: reads the boot data the server appended (order number, language), then starts the editor.
import type { QuoteEditorBoot } from '../src/shared/contract';
import { QuoteEditor } from './quote/editor';

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
