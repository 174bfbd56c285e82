// Sidebar entry: reads the boot data the server appended after the page, then starts the app.
import type { SidebarBoot } from '../src/shared/contract';
import { useCatalogue } from '../src/shared/i18n/browser';
import { coreDe, coreEn } from '../src/shared/i18n/core';
import { invoiceLabelsDe, invoiceLabelsEn } from '../src/shared/i18n/invoiceLabels';
import { quoteDe, quoteEn } from '../src/shared/i18n/quote';
import { registerDe, registerEn } from '../src/shared/i18n/register';
import { uiDe, uiEn } from '../src/shared/i18n/ui';
import { uiInvoiceDe, uiInvoiceEn } from '../src/shared/i18n/uiInvoice';
import { SIDEBAR_VIEWS, type SidebarView } from '../src/shared/limits';
import { App } from './app';

// The sidebar's texts, and the register's labels it shows; server-only texts stay out of the page.
useCatalogue({
  de: [coreDe, registerDe, quoteDe, invoiceLabelsDe, uiDe, uiInvoiceDe],
  en: [coreEn, registerEn, quoteEn, invoiceLabelsEn, uiEn, uiInvoiceEn],
});

declare global {
  interface Window {
    AA_BOOT?: Partial<SidebarBoot>;
  }
}

/** The server appends AA_BOOT after our script, so it is read once the document is parsed. */
function bootData(): SidebarBoot {
  const raw = window.AA_BOOT ?? {};
  const view = (SIDEBAR_VIEWS as readonly string[]).includes(raw.view as string)
    ? (raw.view as SidebarView)
    : 'order';
  const lang = raw.lang === 'en' ? 'en' : 'de';
  return { view, lang };
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const boot = bootData();
  document.documentElement.lang = boot.lang;
  new App(root, boot).start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
