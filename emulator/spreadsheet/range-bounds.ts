// Validates 1-based range coordinates against a sheet with the real service's messages.

import { EmuException, messages } from '../core/exception';
import { parseA1, type Rect } from '../sheets/a1';
import type { SheetModel } from '../sheets/sheet-model';

/** Checks 1-based coordinates and returns the 0-based rect. */
export function checkedRect(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1,
): Rect {
  if (!Number.isInteger(row) || row < 1) throw new EmuException(messages.rowTooSmall);
  if (!Number.isInteger(column) || column < 1) throw new EmuException(messages.columnTooSmall);
  if (!Number.isInteger(numRows) || numRows < 1) throw new EmuException(messages.rowsAtLeastOne);
  if (!Number.isInteger(numColumns) || numColumns < 1) throw new EmuException(messages.columnsAtLeastOne);
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw new EmuException(messages.outsideSheet);
  }
  return { row: row - 1, col: column - 1, numRows, numCols: numColumns };
}

/** A1 text within one sheet (no sheet prefix expected; a prefix naming another sheet is not found). */
export function rectFromA1(sheet: SheetModel, a1: string): Rect {
  const parsed = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!parsed || (parsed.sheetName !== null && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase())) {
    throw new EmuException(messages.rangeNotFound);
  }
  const { rect } = parsed;
  return checkedRect(sheet, rect.row + 1, rect.col + 1, rect.numRows, rect.numCols);
}
