// Emulator-only helpers for tests, the benchmark and the playground (1-based rows and columns).

// They read and write the models directly, so they are never counted as service calls.

import { EmuException, messages } from './core/exception';
import { containsCell } from './sheets/a1';
import type { CellOutput } from './sheets/cell-output';
import { type EffectiveStyle, effectiveStyleAt } from './sheets/conditional-eval';
import { readValues, writeValues } from './sheets/sheet-io';
import type { SheetModel } from './sheets/sheet-model';
import type { SpreadsheetModel } from './sheets/spreadsheet-model';
import { findValidationProblems, type ValidationProblem } from './sheets/validation-check';
import { toEmuSheet } from './spreadsheet/boundary';
import type { EmuSheetBase } from './spreadsheet/sheet-base';

/** A sheet as the add-on sees it (Sheet), as the emulator class, or by name. */
export type SheetRef = string | EmuSheetBase | GoogleAppsScript.Spreadsheet.Sheet;

export function sheetModelOf(book: SpreadsheetModel, sheet: SheetRef): SheetModel {
  if (typeof sheet !== 'string') return toEmuSheet(sheet).sheetModel;
  const model = book.sheetByName(sheet);
  if (!model) throw new EmuException(messages.invalidArgument(`no sheet named ${sheet}`));
  return model;
}

/** Background, font colour and bold as the cell shows them, conditional formats applied. */
export function effectiveStyle(sheet: SheetModel, row: number, column: number): EffectiveStyle {
  return effectiveStyleAt(sheet, row - 1, column - 1);
}

export function validationErrors(book: SpreadsheetModel, sheet: SheetModel): ValidationProblem[] {
  return findValidationProblems(sheet, (id) => book.sheetById(id));
}

/** Whether a cell is locked for users other than the owner (warning-only protections count too). */
export function isProtected(sheet: SheetModel, row: number, column: number): boolean {
  return sheet.protections.some((protection) => {
    if (protection.rect) return containsCell(protection.rect, row - 1, column - 1);
    return !protection.unprotected.some((rect) => containsCell(rect, row - 1, column - 1));
  });
}

/** Bulk seeding: writes rows starting at startRow with setValues' conversion, growing the sheet as needed. */
export function loadRows(sheet: SheetModel, startRow: number, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  sheet.maxRows = Math.max(sheet.maxRows, startRow - 1 + rows.length);
  sheet.maxColumns = Math.max(sheet.maxColumns, width);
  const padded = rows.map((row) =>
    row.length === width ? row : [...row, ...new Array(width - row.length).fill(null)],
  );
  writeValues(sheet, { row: startRow - 1, col: 0, numRows: rows.length, numCols: width }, padded);
}

/** The values of the sheet's data range (A1 to last row and column), as getDataRange().getValues(). */
export function dataValues(sheet: SheetModel): CellOutput[][] {
  const numRows = Math.max(1, sheet.lastRow());
  const numCols = Math.max(1, sheet.lastColumn());
  return readValues(sheet, { row: 0, col: 0, numRows, numCols });
}
