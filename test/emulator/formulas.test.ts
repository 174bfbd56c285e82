// Formula evaluation, dates as serial numbers, and references that follow structural changes.

import { setup } from './helpers';

function evaluate(formula: string, cells: unknown[][] = [[]]): unknown {
  const { sheet } = setup();
  if (cells[0].length > 0) sheet.getRange(1, 1, cells.length, cells[0].length).setValues(cells);
  return sheet.getRange('Z1').setFormula(formula).getValue();
}

describe('operators and literals', () => {
  test.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=-2^2', 4],
    ['=10/4', 2.5],
    ['=50%', 0.5],
    ['="a"&1&TRUE', 'a1TRUE'],
    ['=1/0', '#DIV/0!'],
    ['=2>1', true],
    ['="abc"="ABC"', true],
    ['=1<"a"', true],
    ['=3<>3', false],
    ['="x"+1', '#VALUE!'],
  ])('%s', (formula, expected) => {
    expect(evaluate(formula)).toEqual(expected);
  });

  test('references with and without $ read the cells, blanks count as 0', () => {
    expect(evaluate('=$A$1+B1*2+C1', [[1, 5, '']])).toBe(11);
  });

  test('unsupported syntax gives an error value instead of throwing', () => {
    expect(evaluate('=Other!A1')).toBe('#ERROR!');
    expect(evaluate('=1+')).toBe('#ERROR!');
    expect(evaluate('=VLOOKUP(1,A1:B2,2)')).toBe('#NAME?');
    expect(evaluate('=IF(1)')).toBe('#N/A');
  });

  test('a circular reference is #REF!', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=B1+1', '=A1+1']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#REF!', '#REF!']]);
  });
});

describe('functions', () => {
  test.each([
    ['=IF(A1>1,"big","small")', 'big'],
    ['=IF(A1>5,"big")', false],
    ['=AND(A1>1,B1="x")', true],
    ['=OR(A1>9,B1="y")', false],
    ['=NOT(A1=2)', false],
    ['=ISBLANK(C1)', true],
    ['=ISBLANK(B1)', false],
    ['=ISNUMBER(A1)', true],
    ['=ISNUMBER(E1)', true],
    ['=ISNUMBER(B1)', false],
    ['=ISTEXT(B1)', true],
    ['=ISERROR(1/0)', true],
    ['=IFERROR(1/0,"none")', 'none'],
    ['=IFERROR(4,"none")', 4],
    ['=INT(-2.5)', -3],
    ['=ROUND(2.345,2)', 2.35],
    ['=ROUND(-2.5)', -3],
    ['=MIN(A1,7,-1)', -1],
    ['=MAX(A1:A3)', 9],
    ['=SUM(A1:A3)', 14],
    ['=LEN(D1)', 8],
    ['=TRIM(D1)', 'a b c'],
    ['=DAYS("2026-03-01","2026-02-01")', 28],
  ])('%s', (formula, expected) => {
    const cells = [
      [2, 'x', '', '  a  b c', '2026-06-01'],
      [3, '', '', '', ''],
      [9, '', '', '', ''],
    ];
    expect(evaluate(formula, cells)).toEqual(expected);
  });
});

describe('dates in formulas', () => {
  test('TODAY()-date is a number of days in the spreadsheet time zone', () => {
    const { emu, sheet } = setup({ now: new Date('2026-06-15T09:00:00Z') });
    sheet.getRange('A1:B1').setValues([['2026-06-01', '=TODAY()-A1']]);
    expect(sheet.getRange('B1').getValue()).toBe(14);
    // 22:30 UTC is already the next day in Berlin.
    emu.clock.set(new Date('2026-06-15T22:30:00Z'));
    expect(sheet.getRange('B1').getValue()).toBe(15);
  });

  test('a date cell compares with TODAY()', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([['2026-06-01'], ['2026-07-01']]);
    sheet.getRange('B1:B2').setFormula('=A1<TODAY()');
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[true], [false]]);
  });

  test('TODAY() and date + days read back as Dates at midnight', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['=TODAY()', '2026-06-01', '=B1+14']]);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-06-14T22:00:00Z'));
    expect(sheet.getRange('C1').getValue()).toEqual(new Date('2026-06-14T22:00:00Z'));
    expect(sheet.getRange('C1').getDisplayValue()).toBe('2026-06-15');
  });

  test('DAYS and date differences agree', () => {
    expect(evaluate('=DAYS(B1,A1)', [['2026-01-01', '2026-12-31']])).toBe(364);
    expect(evaluate('=B1-A1', [['2026-01-01', '2026-12-31']])).toBe(364);
  });
});

describe('references follow structural changes', () => {
  test('setFormula on a block shifts relative references like a fill', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1*10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([
      ['=A1*$A$1*10'],
      ['=A2*$A$1*10'],
      ['=A3*$A$1*10'],
    ]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
  });

  test('sorting moves each row with its formula still reading its own row', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.getRange('A1:C4').setValues([
      ['name', 'amount', 'double'],
      ['b', 20, '=B2*2'],
      ['c', 30, '=B3*2'],
      ['a', 10, '=B4*2'],
    ]);
    sheet.sort(1);
    expect(sheet.getRange('A2:C4').getValues()).toEqual([
      ['a', 10, 20],
      ['b', 20, 40],
      ['c', 30, 60],
    ]);
    expect(sheet.getRange('C2:C4').getFormulas()).toEqual([['=B2*2'], ['=B3*2'], ['=B4*2']]);
  });

  test('moving columns rewrites references to the moved cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[5, 'x', '=A1+1']]);
    sheet.moveColumns(sheet.getRange('A:A'), 4);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['x', 6, 5]]);
    expect(sheet.getRange('B1').getFormula()).toBe('=C1+1');
  });

  test('deleting a row shifts references below it and breaks references into it', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A5').setValues([[1], [2], [3], [4], [5]]);
    sheet.getRange('B5').setFormula('=A5+A2');
    sheet.deleteRow(3);
    expect(sheet.getRange('B4').getFormula()).toBe('=A4+A2');
    expect(sheet.getRange('B4').getValue()).toBe(7);
    sheet.deleteRow(2);
    expect(sheet.getRange('B3').getFormula()).toBe('=A3+#REF!');
    expect(sheet.getRange('B3').getValue()).toBe('#REF!');
  });

  test('inserting rows shifts references and grows ranges that span the insertion', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('C1:C2').setValues([['=SUM(A1:A3)'], ['=A3']]);
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('C1').getFormula()).toBe('=SUM(A1:A5)');
    expect(sheet.getRange('C4').getFormula()).toBe('=A5');
    expect(sheet.getRange('C4').getValue()).toBe(3);
  });

  test('inserting columns shifts column references', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[2, 3, '=A1*B1']]);
    sheet.insertColumnAfter(1);
    expect(sheet.getRange('D1').getFormula()).toBe('=A1*C1');
    expect(sheet.getRange('D1').getValue()).toBe(6);
  });
});
