// The add-on menu and what its items do: open the sidebar in a view, set up the register, show help.
import { refreshDeviations } from '../app/project/deviations';
import { activeOrderNo } from '../app/project/view';
import { setupRegister } from '../app/setupRegister';
import { templateLinks } from '../gas/docs/templates';
import { setUpRegister } from '../gas/setup';
import type { QuoteEditorBoot, SidebarBoot } from '../shared/contract';
import { type Lang, langFromLocale, t } from '../shared/i18n';
import type { SidebarView } from '../shared/limits';
import type { ProjectBoot, ProjectTab } from '../shared/projectContract';
import type { ReceivablesBoot } from '../shared/receivablesContract';
import { handle } from './api';

/** Menu captions follow the account language; onOpen may run before authorization, so nothing else is read. */
function menuLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'de';
  }
}

export function buildMenu(): void {
  const lang = menuLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(lang, 'menu.openSidebar'), lang === 'de' ? 'menuOpenSidebarDe' : 'menuOpenSidebarEn')
    .addItem(t(lang, 'menu.newInquiry'), 'menuNewInquiry')
    .addItem(t(lang, 'menu.receivables'), lang === 'de' ? 'menuReceivablesDe' : 'menuReceivablesEn')
    .addItem(t(lang, 'menu.bankImport'), 'menuBankImport')
    .addItem(t(lang, 'menu.project'), 'menuProject')
    .addItem(t(lang, 'menu.refreshDeviations'), 'menuRefreshDeviations')
    .addSeparator()
    .addItem(t(lang, 'menu.setup'), 'menuSetupRegister')
    .addItem(t(lang, 'menu.settings'), 'menuSettings')
    .addItem(t(lang, 'menu.templates'), 'menuEditTemplates')
    .addItem(t(lang, 'menu.help'), 'menuHelp')
    .addToUi();
}

/** Boot data for a page: ours only (no user text), with "<" escaped so it can never close the script element. */
function bootScript(
  name: 'AA_BOOT' | 'AA_QUOTE_BOOT' | 'AA_RECEIVABLES_BOOT' | 'AA_PROJECT_BOOT',
  data: SidebarBoot | QuoteEditorBoot | ReceivablesBoot | ProjectBoot,
): string {
  return `<script>window.${name}=${JSON.stringify(data).replace(/</g, '\\u003c')};</script>`;
}

/** `lang` when the caller knows it (the menu item of that language), else the account's. */
export function showSidebar(view: SidebarView, lang: Lang = menuLang()): void {
  const boot: SidebarBoot = { view, lang };
  const html = HtmlService.createHtmlOutputFromFile('sidebar')
    .setTitle(t(lang, 'menu.title'))
    .append(bootScript('AA_BOOT', boot));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The quote editor: a wide modal dialog, because the 300 px sidebar is too narrow for a positions table. */
export function showQuoteEditor(orderNo: string): void {
  const lang = menuLang();
  const boot: QuoteEditorBoot = { orderNo, lang };
  const html = HtmlService.createHtmlOutputFromFile('quote')
    .setWidth(1100)
    .setHeight(720)
    .append(bootScript('AA_QUOTE_BOOT', boot));
  SpreadsheetApp.getUi().showModalDialog(html, `${t(lang, 'menu.quoteEditor')} ${orderNo}`);
}

/** Open items, payments, bank import and dunning: a wide dialog, because a statement's review list needs the room. */
export function showReceivables(tab: ReceivablesBoot['tab'], invoiceId = '', lang: Lang = menuLang()): void {
  const boot: ReceivablesBoot = { lang, tab, invoiceId };
  const html = HtmlService.createHtmlOutputFromFile('receivables')
    .setWidth(1100)
    .setHeight(720)
    .append(bootScript('AA_RECEIVABLES_BOOT', boot));
  SpreadsheetApp.getUi().showModalDialog(html, t(lang, 'menu.receivables'));
}

/** Kick-off to after-care of one order: a wide dialog with a tab per step. */
export function showProject(orderNo: string, tab: ProjectTab, lang: Lang = menuLang()): void {
  const boot: ProjectBoot = { orderNo, tab, lang };
  const html = HtmlService.createHtmlOutputFromFile('project')
    .setWidth(1100)
    .setHeight(720)
    .append(bootScript('AA_PROJECT_BOOT', boot));
  SpreadsheetApp.getUi().showModalDialog(html, `${t(lang, 'menu.project')} ${orderNo}`);
}

/** The menu's "Project": the order under the cursor, else a hint to select one. */
export function runProjectFromMenu(): void {
  const result = handle((root) => activeOrderNo(root.register));
  const lang = menuLang();
  if (!result.ok) {
    SpreadsheetApp.getUi().alert(result.error.message);
    return;
  }
  if (result.data === null) {
    SpreadsheetApp.getUi().alert(t(lang, 'project.selectOrder'));
    return;
  }
  showProject(result.data, 'overview', lang);
}

export function runDeviationsFromMenu(): void {
  const result = handle((root) => refreshDeviations(root.register, root.env));
  SpreadsheetApp.getUi().alert(result.ok ? result.data.message : result.error.message);
}

export function runSetupFromMenu(): void {
  const result = handle((root) =>
    setupRegister(root.register, () => setUpRegister(root.context, root.env.userLang())),
  );
  const ui = SpreadsheetApp.getUi();
  if (!result.ok) {
    ui.alert(result.error.message);
    return;
  }
  showSidebar('order');
}

export function showHelp(): void {
  const lang = menuLang();
  SpreadsheetApp.getUi().alert(
    t(lang, 'menu.help'),
    t(lang, 'help.text'),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "Edit templates": makes any missing template, then lists every one (both languages) as links to open in Docs. */
export function showTemplates(): void {
  const lang = menuLang();
  const ui = SpreadsheetApp.getUi();
  const result = handle((root) => templateLinks(root.context));
  if (!result.ok) {
    ui.alert(result.error.message);
    return;
  }
  const items = result.data
    .map(
      (l) =>
        `<li><a href="${escapeHtml(l.url)}" target="_blank" rel="noopener">${escapeHtml(l.name)}</a></li>`,
    )
    .join('');
  const html = HtmlService.createHtmlOutput(
    `<div style="font:14px Arial,sans-serif"><p>${escapeHtml(t(lang, 'templates.intro'))}</p><ul>${items}</ul></div>`,
  )
    .setWidth(460)
    .setHeight(520);
  ui.showModalDialog(html, t(lang, 'menu.templates'));
}
