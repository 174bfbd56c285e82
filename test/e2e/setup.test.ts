// Set up register on the bundle: sheets, headers, formats, drop-downs, colours, protection; idempotent.
import { createOrder, rowsOf, SHEETS, setUp, snapshot } from '../support/scenario';

describe('menu and setup (end to end on dist/Code.js)', () => {
  it('onOpen builds the German menu before authorization, touching nothing but the UI', () => {
    const { freshAddOn } = require('../../emulator/addon');
    const addOn = freshAddOn();
    addOn.call('onOpen', { authMode: 'NONE' });
    const menu = addOn.emulator.ui.menus[0];
    expect(
      menu.items
        .filter((i: { type: string }) => i.type === 'item')
        .map((i: { caption: string }) => i.caption),
    ).toEqual([
      'Seitenleiste öffnen',
      'Neue Anfrage',
      'Offene Posten & Mahnwesen',
      'Kontoauszug importieren',
      'Projekt (Termine, Zeiten, Abnahme)',
      'Abweichungen aktualisieren',
      'Register einrichten',
      'Einstellungen',
      'Vorlagen bearbeiten',
      'Hilfe',
    ]);
    const services = Object.keys(addOn.emulator.calls.byService());
    expect(services.sort()).toEqual(['Menu', 'Session', 'SpreadsheetApp', 'Ui'].sort());
  });

  it('speaks English to an English account', () => {
    const { freshAddOn } = require('../../emulator/addon');
    const addOn = freshAddOn({ locale: 'en_US' });
    addOn.call('onInstall', { authMode: 'FULL' });
    expect(addOn.emulator.ui.menus[0].items[0].caption).toBe('Open sidebar');
  });

  it('creates the four sheets with headers, key notes, frozen header, formats and drop-downs', () => {
    const addOn = setUp();
    const e = addOn.emulator;
    expect(e.sheetNames()).toEqual(expect.arrayContaining(Object.values(SHEETS)));
    const orders = e.spreadsheet.getSheetByName(SHEETS.orders);
    if (!orders) throw new Error('no orders sheet');
    expect(orders.getFrozenRows()).toBe(1);
    const notes = orders.getRange(1, 1, 1, 15).getNotes()[0];
    expect(notes[0]).toContain('aa:number');
    const stageColumn = 5;
    const validation = orders.getRange(2, stageColumn).getDataValidation();
    expect(validation?.getCriteriaValues()[0]).toEqual(
      expect.arrayContaining(['Anfrage', 'Angebot', 'Verloren']),
    );
    expect(orders.getRange(2, 2).getNumberFormat()).toBe('dd.MM.yyyy');
    expect(orders.getConditionalFormatRules().length).toBeGreaterThanOrEqual(17);
    expect(e.isProtected(SHEETS.log, 2, 1)).toBe(true);
    // The sidebar opens after setup.
    expect(e.ui.sidebars.length).toBe(1);
  });

  it('colours a row by stage and an overdue deadline red', () => {
    const addOn = setUp();
    createOrder(addOn, { deadline: '2026-01-10' });
    const e = addOn.emulator;
    const stage = e.effectiveStyle(SHEETS.orders, 2, 5);
    expect(stage.background?.toLowerCase()).toBe('#e8eaed');
    const deadline = e.effectiveStyle(SHEETS.orders, 2, 10);
    expect(deadline.background?.toLowerCase()).toBe('#f4c7c3');
  });

  it('running setup again changes nothing and keeps user rows and user columns', () => {
    const addOn = setUp();
    createOrder(addOn);
    const e = addOn.emulator;
    // A user adds their own column with content and a note.
    e.uncounted(() => {
      const sheet = e.spreadsheet.getSheetByName(SHEETS.orders);
      sheet?.getRange(1, 16, 2, 1).setValues([['Meine Notizen'], ['anrufen!']]);
    });
    const before = snapshot(addOn);
    addOn.call('menuSetupRegister');
    expect(snapshot(addOn)).toBe(before);
    expect(rowsOf(addOn, SHEETS.orders)[0]['Meine Notizen']).toBe('anrufen!');
  });

  it('restores a deleted column at the end without touching the data', () => {
    const addOn = setUp();
    createOrder(addOn);
    const e = addOn.emulator;
    e.uncounted(() => e.spreadsheet.getSheetByName(SHEETS.orders)?.deleteColumn(14)); // Begründung
    addOn.call('menuSetupRegister');
    const rows = rowsOf(addOn, SHEETS.orders);
    expect(Object.keys(rows[0])).toContain('Begründung');
    expect(rows[0].Auftrag).toBe('2026-0001');
  });
});
