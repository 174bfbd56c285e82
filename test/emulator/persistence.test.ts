// serialize() and loadEmulator(): the playground's persistence must bring back every kind of state.

import { loadEmulator } from '../../emulator';
import { setup } from './helpers';

function buildState() {
  const context = setup();
  const { emu, sheet, SpreadsheetApp, PropertiesService, CacheService, Utilities } = context;
  sheet.setName('Aufträge');
  sheet.setFrozenRows(1);
  sheet.getRange('A1:D3').setValues([
    ['order', 'due', 'amount', 'days'],
    ['2026-0001', '2026-06-01', 1200.5, '=TODAY()-B2'],
    ["'0042", '2026-07-01', true, '=IF(C3,"yes","no")'],
  ]);
  sheet.getRange('C2').setNumberFormat('#,##0.00').setBackground('#fff2cc').setNote('net');
  sheet
    .getRange('B2:B3')
    .setDataValidation(SpreadsheetApp.newDataValidation().requireDate().setHelpText('a date').build());
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2<TODAY()')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:D10')])
      .build(),
  ]);
  sheet.getRange('A2:D2').protect().setDescription('issued');
  sheet.setColumnWidth(2, 180);
  SpreadsheetApp.getActive().insertSheet('Log').hideColumns(2);
  sheet.getRange('B3').activate();
  PropertiesService.getDocumentProperties().setProperty('nextOrder', '3');
  CacheService.getScriptCache().put('register', '{"rows":2}', 120);
  Utilities.getUuid();
  emu.clock.advance(60_000);
  return context;
}

test('a loaded emulator has the same sheets, cells, rules, properties, cache and clock', () => {
  const original = buildState();
  const json = original.emu.serialize();
  const loaded = loadEmulator(json);
  const globals = loaded.services;
  const book = globals.SpreadsheetApp.getActive();
  const sheet = book.getSheetByName('Aufträge');
  if (!sheet) throw new Error('sheet missing');

  expect(book.getSheets().map((s) => s.getName())).toEqual(['Aufträge', 'Log']);
  expect(sheet.getRange('A1:D3').getValues()).toEqual(original.sheet.getRange('A1:D3').getValues());
  expect(sheet.getRange('A1:D3').getFormulas()).toEqual(original.sheet.getRange('A1:D3').getFormulas());
  expect(sheet.getRange('A3').getValue()).toBe('0042');
  expect(sheet.getRange('C2').getDisplayValue()).toBe('1.200,50');
  expect([sheet.getRange('C2').getBackground(), sheet.getRange('C2').getNote()]).toEqual(['#fff2cc', 'net']);
  expect(sheet.getRange('B3').getDataValidation()?.getHelpText()).toBe('a date');
  expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()?.getCriteriaValues()).toEqual([
    '=$B2<TODAY()',
  ]);
  expect(loaded.effectiveStyle('Aufträge', 2, 1)).toEqual({ background: '#f4cccc' });
  expect(loaded.isProtected('Aufträge', 2, 3)).toBe(true);
  expect(sheet.getProtections(globals.SpreadsheetApp.ProtectionType.RANGE)[0].getDescription()).toBe(
    'issued',
  );
  expect([sheet.getFrozenRows(), sheet.getColumnWidth(2)]).toEqual([1, 180]);
  expect(book.getSheetByName('Log')?.isColumnHiddenByUser(2)).toBe(true);
  expect(globals.SpreadsheetApp.getActiveRange().getA1Notation()).toBe('B3');
  expect(globals.PropertiesService.getDocumentProperties().getProperty('nextOrder')).toBe('3');
  expect(globals.CacheService.getScriptCache().get('register')).toBe('{"rows":2}');
  expect(loaded.clock.now()).toEqual(original.emu.clock.now());
  expect(globals.Utilities.getUuid()).toBe(original.Utilities.getUuid());
  loaded.clock.advance(61_000);
  expect(globals.CacheService.getScriptCache().get('register')).toBeNull();
});

test('serialize output is plain JSON and a second round trip is stable', () => {
  const { emu } = buildState();
  const once = emu.serialize();
  expect(loadEmulator(once).serialize()).toBe(once);
});
