// The add-on menu and what its items do: open the sidebar in a view, set up the register, show help.
import { setupRegister } from '../app/setupRegister';
import { setUpRegister } from '../gas/setup';
import type { SidebarBoot } from '../shared/contract';
import { type Lang, langFromLocale, t } from '../shared/i18n';
import type { SidebarView } from '../shared/limits';
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
    .addItem(t(lang, 'menu.openSidebar'), 'menuOpenSidebar')
    .addItem(t(lang, 'menu.newInquiry'), 'menuNewInquiry')
    .addSeparator()
    .addItem(t(lang, 'menu.setup'), 'menuSetupRegister')
    .addItem(t(lang, 'menu.settings'), 'menuSettings')
    .addItem(t(lang, 'menu.help'), 'menuHelp')
    .addToUi();
}

export function showSidebar(view: SidebarView): void {
  const lang = menuLang();
  const boot: SidebarBoot = { view, lang };
  // The boot data is ours (no user text), and "<" is escaped so it can never close the script element.
  const json = JSON.stringify(boot).replace(/</g, '\\u003c');
  const html = HtmlService.createHtmlOutputFromFile('sidebar')
    .setTitle(t(lang, 'menu.title'))
    .append(`<script>window.AA_BOOT=${json};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
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
