// The bundle as Apps Script sees it: an ES2019 script, one top-level function per entry point, inert on load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { createEmulator } from '../../emulator';
import { SERVER_FUNCTIONS } from '../../src/shared/contract';
import { docDe } from '../../src/shared/i18n/doc';
import { uiDe } from '../../src/shared/i18n/ui';
import { uiQuoteEditorDe } from '../../src/shared/i18n/uiQuoteEditor';

/** The benchmark's budgets: one source for the bench and this test. */
const budgets = JSON.parse(readFileSync(join(__dirname, '..', '..', 'bench', 'budgets.json'), 'utf8'));

const dist = join(__dirname, '..', '..', 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

describe('dist/Code.js', () => {
  it('parses as an ES2019 script (what the Apps Script V8 parser accepts)', () => {
    expect(() => parse(code, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
  });

  it('has no module syntax, top-level await or class fields', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const ast = parse(code, { ecmaVersion: 2019, sourceType: 'script' });
    expect(ast.type).toBe('Program');
  });

  it('declares a real top-level function for every trigger, menu item and sidebar function', () => {
    const context = vm.createContext({});
    new vm.Script(code).runInContext(context);
    const expected = [
      'onOpen',
      'onInstall',
      'menuOpenSidebar',
      'menuOpenSidebarDe',
      'menuOpenSidebarEn',
      'menuReceivables',
      'menuReceivablesDe',
      'menuReceivablesEn',
      'menuBankImport',
      'digestDaily',
      'menuNewInquiry',
      'menuSettings',
      'menuSetupRegister',
      'menuHelp',
      ...SERVER_FUNCTIONS,
    ];
    for (const name of expected) {
      expect(typeof context[name]).toBe('function');
      expect(code).toContain(`function ${name}(`);
    }
  });

  it('touches no service while loading', () => {
    const emulator = createEmulator();
    emulator.calls.reset();
    const context = vm.createContext({ ...emulator.globals });
    new vm.Script(code).runInContext(context);
    expect(emulator.calls.total()).toBe(0);
  });

  it('stays within the size budget (every server call loads the whole script)', () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(budgets.bundleKiB * 1024);
  });

  it('carries no sidebar texts, and the sidebar no document texts (each bundle its own catalogue)', () => {
    const sidebar = readFileSync(join(dist, 'sidebar.html'), 'utf8');
    expect(code).not.toContain(uiDe['ui.inquiry.submit']);
    expect(code).not.toContain(uiQuoteEditorDe['ui.quote.discardText']);
    expect(sidebar).not.toContain(uiQuoteEditorDe['ui.quote.discardText']);
    expect(sidebar).toContain(uiDe['ui.inquiry.submit']);
    expect(sidebar).not.toContain(docDe['doc.greeting']);
    expect(code).toContain(docDe['doc.greeting']);
  });

  it('ships the manifest with explicit, unrestricted scopes', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/documents',
      // Letters by e-mail with their PDF (sending only), and the optional digest's own daily trigger.
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.scriptapp',
      // Kick-off and jour fixe on the user's own calendar; CalendarApp would need the full calendar scope.
      'https://www.googleapis.com/auth/calendar.events.owned',
    ]);
    // Drive work goes through the advanced service (drive.file), never DriveApp (which needs full drive).
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Calendar', serviceId: 'calendar', version: 'v3' },
    ]);
    const restricted = ['https://www.googleapis.com/auth/drive', 'https://mail.google.com/'];
    expect(manifest.oauthScopes.filter((s: string) => restricted.includes(s))).toEqual([]);
    expect(code).not.toMatch(/\bDriveApp\b/);
    expect(code).not.toMatch(/\bCalendarApp\b/);
  });
});
