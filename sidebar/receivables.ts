// Receivables dialog entry: reads the boot data (language, tab, invoice) and shows open items or the bank import.
import { useCatalogue } from '../src/shared/i18n/browser';
import { coreDe, coreEn } from '../src/shared/i18n/core';
import { receivablesDe, receivablesEn } from '../src/shared/i18n/receivables';
import { receivablesRegisterDe, receivablesRegisterEn } from '../src/shared/i18n/receivablesRegister';
import { uiDe, uiEn } from '../src/shared/i18n/ui';
import { uiReceivablesDe, uiReceivablesEn } from '../src/shared/i18n/uiReceivables';
import type { ReceivablesBoot } from '../src/shared/receivablesContract';
import { ReceivablesApp } from './receivables/app';

// The dialog's texts, and the payment method and dunning block names it shares with the register.
useCatalogue({
  de: [coreDe, uiDe, receivablesDe, receivablesRegisterDe, uiReceivablesDe],
  en: [coreEn, uiEn, receivablesEn, receivablesRegisterEn, uiReceivablesEn],
});

declare global {
  interface Window {
    AA_RECEIVABLES_BOOT?: Partial<ReceivablesBoot>;
  }
}

function bootData(): ReceivablesBoot {
  const raw = window.AA_RECEIVABLES_BOOT ?? {};
  return {
    lang: raw.lang === 'en' ? 'en' : 'de',
    tab: raw.tab === 'import' ? 'import' : 'items',
    invoiceId: typeof raw.invoiceId === 'string' ? raw.invoiceId : '',
  };
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const boot = bootData();
  document.documentElement.lang = boot.lang;
  new ReceivablesApp(root, boot).start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
