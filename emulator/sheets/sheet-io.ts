// Block reads and writes of a sheet's cell layers, O(cells touched): the hot path of getValues/setValues.

import { EmuException, messages } from '../core/exception';
import { templateFromA1 } from '../formula/template';
import type { Rect } from './a1';
import { type CellOutput, displayValue, outputValue } from './cell-output';
import { FormulaCell, type StoredValue, toStoredValue } from './cell-value';
import type { Grid } from './grid';
import { SheetEvaluator } from './sheet-evaluator';
import type { SheetModel } from './sheet-model';

export function readValues(sheet: SheetModel, rect: Rect): CellOutput[][] {
  const evaluator = new SheetEvaluator(sheet);
  const result: CellOutput[][] = new Array(rect.numRows);
  for (let i = 0; i < rect.numRows; i++) {
    const row = rect.row + i;
    const cells = sheet.values.rows[row];
    const formats = sheet.formats.rows[row];
    const line: CellOutput[] = new Array(rect.numCols);
    for (let j = 0; j < rect.numCols; j++) {
      const col = rect.col + j;
      const stored = cells?.[col];
      const numberFormat = formats?.[col]?.numberFormat;
      // Fast paths for the common cases; number formats can turn numbers into Dates and back.
      if (stored === undefined) line[j] = '';
      else if (typeof stored === 'string' || typeof stored === 'boolean') line[j] = stored;
      else if (numberFormat === undefined && typeof stored === 'number') line[j] = stored;
      else if (numberFormat === undefined && stored instanceof Date) line[j] = new Date(stored.getTime());
      else line[j] = outputValue(stored, numberFormat, evaluator, row, col);
    }
    result[i] = line;
  }
  return result;
}

export function readDisplayValues(sheet: SheetModel, rect: Rect): string[][] {
  const evaluator = new SheetEvaluator(sheet);
  return mapRect(rect, (row, col) =>
    displayValue(
      sheet.values.get(row, col),
      sheet.formats.get(row, col)?.numberFormat,
      evaluator,
      row,
      col,
      sheet.book.locale,
    ),
  );
}

export function readFormulas(sheet: SheetModel, rect: Rect): string[][] {
  return mapRect(rect, (row, col) => {
    const stored = sheet.values.get(row, col);
    return stored instanceof FormulaCell ? stored.template.render(row, col) : '';
  });
}

export function assertShape(data: unknown, rect: Rect): asserts data is unknown[][] {
  if (!Array.isArray(data)) throw new EmuException(messages.invalidArgument('values must be a 2-D array'));
  if (data.length !== rect.numRows)
    throw new EmuException(messages.rowCountMismatch(data.length, rect.numRows));
  for (const line of data) {
    if (!Array.isArray(line)) throw new EmuException(messages.invalidArgument('values must be a 2-D array'));
    if (line.length !== rect.numCols)
      throw new EmuException(messages.columnCountMismatch(line.length, rect.numCols));
  }
}

/** Writes user-entered values (converted as Sheets converts typed-in input); shape already checked. */
export function writeValues(sheet: SheetModel, rect: Rect, data: readonly (readonly unknown[])[]): void {
  const timeZone = sheet.book.timeZone;
  for (let i = 0; i < rect.numRows; i++) {
    const row = rect.row + i;
    const line = data[i];
    for (let j = 0; j < rect.numCols; j++) {
      const col = rect.col + j;
      const plainText = sheet.formats.rows[row]?.[col]?.numberFormat === '@';
      sheet.values.set(row, col, toStoredValue(line[j], { row, col, timeZone, plainText }));
    }
  }
}

/** Writes one formula (A1 text for the top-left cell) into every cell, references shifting as in a fill. */
export function fillFormula(sheet: SheetModel, rect: Rect, formula: string): void {
  const cell: StoredValue | undefined =
    formula === '' ? undefined : new FormulaCell(templateFromA1(formula, rect.row, rect.col));
  forEachCell(rect, (row, col) => sheet.values.set(row, col, cell));
}

export function mapRect<T>(rect: Rect, read: (row: number, col: number) => T): T[][] {
  const result: T[][] = [];
  for (let row = rect.row; row < rect.row + rect.numRows; row++) {
    const line: T[] = [];
    for (let col = rect.col; col < rect.col + rect.numCols; col++) line.push(read(row, col));
    result.push(line);
  }
  return result;
}

export function forEachCell(
  rect: Rect,
  visit: (row: number, col: number, i: number, j: number) => void,
): void {
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numCols; j++) visit(rect.row + i, rect.col + j, i, j);
  }
}

/** Sets one layer cell by cell from a matrix of the rect's shape. */
export function writeLayer<T, V>(
  grid: Grid<T>,
  rect: Rect,
  data: readonly (readonly V[])[],
  convert: (value: V, old: T | undefined) => T | undefined,
): void {
  assertShape(data, rect);
  forEachCell(rect, (row, col, i, j) => grid.set(row, col, convert(data[i][j], grid.get(row, col))));
}

/** Sets every cell of one layer in the rect to a value derived from the old one. */
export function fillLayer<T>(grid: Grid<T>, rect: Rect, update: (old: T | undefined) => T | undefined): void {
  forEachCell(rect, (row, col) => grid.set(row, col, update(grid.get(row, col))));
}
