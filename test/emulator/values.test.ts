// Range values: conversion on write, blanks, number formats, dimension and range errors.

import { setup, thrown } from './helpers';

describe('value conversion on write', () => {
  test('strings starting with = become formulas; the formula text and its value are both readable', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[21, '=A1*2']]);
    expect(sheet.getRange('B1').getValue()).toBe(42);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=A1*2']]);
  });

  test('a leading apostrophe stores the rest as literal text, never parsed', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'007", "'=1+1", "'TRUE"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['007', '=1+1', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  test('number-like strings become numbers, others stay text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:G1').setValues([['42', '-3.5', '1e3', '  12 ', '12abc', '1,5', '5%']]);
    expect(sheet.getRange('A1:G1').getValues()).toEqual([[42, -3.5, 1000, 12, '12abc', '1,5', 0.05]]);
  });

  test('TRUE/FALSE in any case become booleans', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['TRUE', 'false', 'True', 'yes']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[true, false, true, 'yes']]);
  });

  test('ISO dates become Dates at midnight in the spreadsheet time zone, invalid ones stay text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['2026-06-01', '2026-01-15', '2026-06-01T14:30', '2026-02-30']]);
    const [summer, winter, dateTime, invalid] = sheet.getRange('A1:D1').getValues()[0];
    expect(summer).toEqual(new Date('2026-05-31T22:00:00Z'));
    expect(winter).toEqual(new Date('2026-01-14T23:00:00Z'));
    expect(dateTime).toEqual(new Date('2026-06-01T12:30:00Z'));
    expect(invalid).toBe('2026-02-30');
  });

  test('the time zone option decides which instant a date means', () => {
    const { sheet } = setup({ timeZone: 'America/New_York' });
    sheet.getRange('A1').setValue('2026-06-01');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-06-01T04:00:00Z'));
  });

  test('Dates are copied on write and on read', () => {
    const { sheet } = setup();
    const written = new Date('2026-03-01T10:00:00Z');
    sheet.getRange('A1').setValue(written);
    written.setFullYear(2000);
    const read = sheet.getRange('A1').getValue() as Date;
    read.setFullYear(1999);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-03-01T10:00:00Z'));
  });

  test('null, undefined and empty strings leave blanks, and blanks read as empty strings', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['x', 'y', 'z']]);
    sheet.getRange('A1:C1').setValues([[null, undefined, '']]);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(sheet.getLastRow()).toBe(0);
  });

  test('setValue on a block sets every cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('7');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  test('cells formatted as plain text keep number-like input as text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('0042');
    expect(sheet.getRange('A1').getValue()).toBe('0042');
  });
});

describe('number formats', () => {
  test('display values follow the format and the German locale', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[1234.5, 0.19, 7]]);
    sheet.getRange('A1:C1').setNumberFormats([['#,##0.00 "€"', '0%', '0.00']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1.234,50 €', '19%', '7,00']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1234.5, 0.19, 7]]);
  });

  test('a date format makes a number read as a Date; a number format makes a Date read as a serial', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[46174, '2026-06-01']]);
    sheet.getRange('A1').setNumberFormat('dd.mm.yyyy');
    sheet.getRange('B1').setNumberFormat('0.00');
    const [date, serial] = sheet.getRange('A1:B1').getValues()[0];
    expect(date).toEqual(new Date('2026-05-31T22:00:00Z'));
    expect(serial).toBe(46174);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['01.06.2026', '46174,00']]);
  });

  test('unformatted dates display as yyyy-MM-dd, with the time when it is not midnight', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['2026-06-01', '2026-06-01T08:05']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2026-06-01', '2026-06-01 08:05:00']]);
  });

  test('format getters return the defaults for untouched cells', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    sheet.getRange('A1:B1').setBackground('#F00').setFontWeight('bold');
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
  });
});

describe('errors like the real service', () => {
  test('row count mismatch', () => {
    const { sheet } = setup();
    const error = thrown(() => sheet.getRange('A1:B2').setValues([[1, 2]]));
    expect(error.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(String(error)).toMatch(/^Exception: The number of rows/);
  });

  test('column count mismatch', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('ranges outside the sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A1:??')).toThrow('Range not found');
  });

  test('nothing is written when the shape is wrong', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:A2').setValues([[1], [2], [3]])).toThrow();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('A1 notation and sheet extent', () => {
  test('getRange by A1 and getA1Notation agree', () => {
    const { sheet } = setup();
    const block = sheet.getRange('B2:D5');
    expect([block.getRow(), block.getColumn(), block.getNumRows(), block.getNumColumns()]).toEqual([
      2, 2, 4, 3,
    ]);
    expect(block.getA1Notation()).toBe('B2:D5');
    expect(sheet.getRange(3, 1).getA1Notation()).toBe('A3');
    expect(sheet.getRange('$C$4').getA1Notation()).toBe('C4');
  });

  test('last row and column count content only; the data range is at least A1', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C7').setValue('x');
    sheet.getRange('B2').setNote('notes do not count');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });

  test('appendRow writes after the last row and grows a full sheet', () => {
    const { sheet } = setup();
    sheet.deleteRows(4, 997);
    expect(sheet.getMaxRows()).toBe(3);
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.appendRow(['d', '=1+1', '2026-06-01']);
    expect(sheet.getMaxRows()).toBe(4);
    expect(sheet.getRange('A4:C4').getValues()).toEqual([['d', 2, new Date('2026-05-31T22:00:00Z')]]);
  });
});
