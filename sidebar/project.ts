// Project dialog entry: reads the boot data (order, tab, language) and shows the order's project from kick-off to after-care.
import { useCatalogue } from '../src/shared/i18n/browser';
import { coreDe, coreEn } from '../src/shared/i18n/core';
import { uiDe, uiEn } from '../src/shared/i18n/ui';
import { uiProjectDe, uiProjectEn } from '../src/shared/i18n/uiProject';
import type { ProjectBoot } from '../src/shared/projectContract';
import { isProjectTab, ProjectApp } from './project/app';

// The dialog's texts, and the stage and next-step names it shares with the register.
useCatalogue({
  de: [coreDe, uiDe, uiProjectDe],
  en: [coreEn, uiEn, uiProjectEn],
});

declare global {
  interface Window {
    AA_PROJECT_BOOT?: Partial<ProjectBoot>;
  }
}

function bootData(): ProjectBoot {
  const raw = window.AA_PROJECT_BOOT ?? {};
  return {
    lang: raw.lang === 'en' ? 'en' : 'de',
    tab: isProjectTab(raw.tab) ? raw.tab : 'overview',
    orderNo: typeof raw.orderNo === 'string' ? raw.orderNo : '',
  };
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const boot = bootData();
  document.documentElement.lang = boot.lang;
  new ProjectApp(root, boot).start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
