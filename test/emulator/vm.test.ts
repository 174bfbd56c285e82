// Running add-on code in a vm context whose globals are the emulator, as the end-to-end tests do.

import vm from 'node:vm';
import { createEmulator } from '../../emulator';

function contextFor(
  emu = createEmulator({ htmlFiles: { Page: '<?!= include("Style") ?><p><?= greeting ?></p>' } }),
) {
  const context = vm.createContext(emu.globals);
  return { emu, context, run: (code: string) => vm.runInContext(code, context) };
}

test('new Date() and Date.now() read the emulated clock inside the vm', () => {
  const { emu, run } = contextFor();
  expect(run('new Date().toISOString()')).toBe('2026-06-15T09:00:00.000Z');
  emu.clock.advance(86_400_000);
  expect(run('Date.now()')).toBe(Date.parse('2026-06-16T09:00:00Z'));
  expect(run('new Date(2020, 0, 1).getFullYear()')).toBe(2020);
  expect(run('Date.UTC(2026, 0, 1)')).toBe(Date.UTC(2026, 0, 1));
  expect(run('typeof Date()')).toBe('string');
});

test('Dates from getValues are instances of the Date the add-on sees', () => {
  const { run } = contextFor();
  const result = run(`
    var sheet = SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('A1:B1').setValues([['2026-06-01', new Date(2026, 5, 2)]]);
    var values = sheet.getRange('A1:B1').getValues()[0];
    [values[0] instanceof Date, values[1] instanceof Date, Object.prototype.toString.call(values[0])];
  `);
  expect(result).toEqual([true, true, '[object Date]']);
});

test('template expressions can call the add-on global functions', () => {
  const { run } = contextFor();
  run('function include(name) { return "<style>" + name + "</style>"; }');
  const html = run(`
    var template = HtmlService.createTemplateFromFile('Page');
    template.greeting = 'Hallo & willkommen';
    template.evaluate().getContent();
  `);
  expect(html).toBe('<style>Style</style><p>Hallo &amp; willkommen</p>');
});

test('service calls made in the vm are counted', () => {
  const { emu, run } = contextFor();
  emu.runExecution(() => run('SpreadsheetApp.getActive().getSheets().length'));
  expect(emu.calls.byName()).toEqual({ 'SpreadsheetApp.getActive': 1, 'Spreadsheet.getSheets': 1 });
});

test('a vm context built from a copy of the globals can be made the template scope', () => {
  const emu = createEmulator({ htmlFiles: { Page: '<?!= include("Style") ?>' } });
  const context = vm.createContext({ ...emu.globals });
  emu.setGlobalScope(context);
  vm.runInContext('function include(name) { return "[" + name + "]"; }', context);
  expect(vm.runInContext("HtmlService.createTemplateFromFile('Page').evaluate().getContent()", context)).toBe(
    '[Style]',
  );
});
