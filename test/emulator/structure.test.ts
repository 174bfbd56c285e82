// Sheets and structure: inserting, deleting, moving and sorting, with every cell layer moving along.

import { setup, thrown } from './helpers';

describe('moving columns and rows', () => {
  test('notes, formats and validations move with their column', () => {
    const { sheet, SpreadsheetApp } = setup();
    sheet.getRange('A1:C1').setValues([['id', 'status', 'client']]);
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['neu', 'bezahlt']).build();
    sheet.getRange('B2:B5').setDataValidation(rule).setBackground('#fff2cc');
    sheet.getRange('B1').setNote('Stage of the order');
    sheet.moveColumns(sheet.getRange('B1'), 4);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['id', 'client', 'status']]);
    expect(sheet.getRange('C1').getNote()).toBe('Stage of the order');
    expect(sheet.getRange('B1').getNote()).toBe('');
    expect(sheet.getRange('C3').getBackground()).toBe('#fff2cc');
    expect(sheet.getRange('B3').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['neu', 'bezahlt']);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
  });

  test('moving a column to the front', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
    sheet.moveColumns(sheet.getRange('C1:D1'), 1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['c', 'd', 'a', 'b']]);
  });

  test('moveRows moves whole rows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['r1'], ['r2'], ['r3'], ['r4']]);
    sheet.getRange('A4').setNote('last');
    sheet.moveRows(sheet.getRange('A4'), 2);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['r1'], ['r4'], ['r2'], ['r3']]);
    expect(sheet.getRange('A2').getNote()).toBe('last');
  });
});

describe('inserting and deleting', () => {
  test('inserted rows take formats and validations from the row above, not values or notes', () => {
    const { sheet, SpreadsheetApp } = setup();
    sheet
      .getRange('A2:B2')
      .setValues([['x', 'y']])
      .setBackground('#d9ead3')
      .setNote('n');
    sheet.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
    sheet.insertRowAfter(2);
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A3').getBackground()).toBe('#d9ead3');
    expect(sheet.getRange('A3').getNote()).toBe('');
    expect(String(sheet.getRange('B3').getDataValidation()?.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(sheet.getMaxRows()).toBe(1001);
  });

  test('deleting rows and columns shrinks the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    sheet.deleteRows(1, 2);
    sheet.deleteColumn(2);
    expect(sheet.getDataRange().getValues()).toEqual([[7, 9]]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([998, 25]);
  });

  test('not every non-frozen row can be deleted', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet.deleteRows(2, 1000)).toThrow('Those rows are out of bounds.');
  });

  test('frozen rows shift when rows are inserted above them', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.insertRowBefore(1);
    expect(sheet.getFrozenRows()).toBe(3);
  });
});

describe('sorting', () => {
  test('Sheet.sort keeps frozen rows, orders numbers, text, booleans and puts blanks last', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.getRange('A1:B7').setValues([
      ['key', 'tag'],
      ['beta', 1],
      ['', 2],
      [true, 3],
      [5, 4],
      ['Alpha', 5],
      [-1, 6],
    ]);
    sheet.sort(1);
    expect(sheet.getRange('A1:B7').getValues()).toEqual([
      ['key', 'tag'],
      [-1, 6],
      [5, 4],
      ['Alpha', 5],
      ['beta', 1],
      [true, 3],
      ['', 2],
    ]);
    sheet.sort(2, false);
    expect(sheet.getRange('B2:B7').getValues().flat()).toEqual([6, 5, 4, 3, 2, 1]);
  });

  test('Range.sort only moves the cells inside the range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C3').setValues([
      [3, 'c', 'stay1'],
      [1, 'a', 'stay2'],
      [2, 'b', 'stay3'],
    ]);
    sheet.getRange('A1:B3').sort({ column: 1, ascending: true });
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      [1, 'a', 'stay1'],
      [2, 'b', 'stay2'],
      [3, 'c', 'stay3'],
    ]);
  });
});

describe('sheets of a spreadsheet', () => {
  test('insertSheet, names, lookup and duplicates', () => {
    const { SpreadsheetApp } = setup();
    const book = SpreadsheetApp.getActive();
    expect(book.getSheets().map((sheet) => sheet.getName())).toEqual(['Tabellenblatt1']);
    const orders = book.insertSheet('Aufträge', 0);
    expect(book.getSheets().map((sheet) => sheet.getName())).toEqual(['Aufträge', 'Tabellenblatt1']);
    expect(book.getActiveSheet().getName()).toBe('Aufträge');
    expect(book.getSheetByName('aufträge')?.getSheetId()).toBe(orders.getSheetId());
    expect(book.getSheetByName('Zahlungen')).toBeNull();
    const error = thrown(() => book.insertSheet('Aufträge'));
    expect(String(error)).toBe(
      'Exception: A sheet with the name "Aufträge" already exists. Please enter another name.',
    );
    expect(book.insertSheet().getName()).toBe('Tabellenblatt3');
  });

  test('an English locale names the first sheet Sheet1', () => {
    const { sheet } = setup({ locale: 'en' });
    expect(sheet.getName()).toBe('Sheet1');
  });

  test('deleting sheets, but never the last one', () => {
    const { SpreadsheetApp } = setup();
    const book = SpreadsheetApp.getActive();
    const extra = book.insertSheet('Extra');
    book.deleteSheet(extra);
    expect(book.getNumSheets()).toBe(1);
    expect(() => book.deleteSheet(book.getSheets()[0])).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  test('renaming to a taken name fails', () => {
    const { SpreadsheetApp, sheet } = setup();
    SpreadsheetApp.getActive().insertSheet('Log');
    expect(() => sheet.setName('LOG')).toThrow('already exists');
    expect(sheet.setName('Register').getName()).toBe('Register');
  });

  test('the selection follows Range.activate', () => {
    const { SpreadsheetApp, sheet } = setup();
    const other = SpreadsheetApp.getActive().insertSheet('Other');
    sheet.getRange('B5:C6').activate();
    expect(SpreadsheetApp.getActiveSheet().getName()).toBe(sheet.getName());
    expect(SpreadsheetApp.getActiveRange().getA1Notation()).toBe('B5:C6');
    expect(SpreadsheetApp.getCurrentCell().getA1Notation()).toBe('B5');
    other.activate();
    expect(SpreadsheetApp.getActiveRange().getA1Notation()).toBe('A1');
  });

  test('layout settings', () => {
    const { sheet } = setup();
    sheet.setColumnWidth(2, 240);
    sheet.hideColumns(3, 2);
    sheet.setFrozenColumns(1);
    sheet.setTabColor('#ABC');
    expect(sheet.getColumnWidth(2)).toBe(240);
    expect(sheet.getColumnWidth(1)).toBe(100);
    expect([3, 4, 5].map((col) => sheet.isColumnHiddenByUser(col))).toEqual([true, true, false]);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    expect(sheet.getFrozenColumns()).toBe(1);
    expect(sheet.getTabColor()).toBe('#aabbcc');
    sheet.insertColumnBefore(1);
    expect(sheet.getColumnWidth(3)).toBe(240);
    expect(sheet.isColumnHiddenByUser(5)).toBe(true);
  });
});
