// Sheet.sort and Range.sort with Sheets' ordering, stable, moving whole rows with all their layers.

// Numbers and dates come first, then text, then booleans; blanks are always last.

import { compareScalars, FormulaError, type Scalar } from '../formula/values';
import type { Rect } from './a1';
import { SheetEvaluator } from './sheet-evaluator';
import type { SheetModel } from './sheet-model';
import { changeAxis } from './structure';

export interface SortKey {
  /** 0-based sheet column. */
  col: number;
  ascending: boolean;
}

function compareForSort(a: Scalar, b: Scalar, ascending: boolean): number {
  const aBlank = a === null || a === '';
  const bBlank = b === null || b === '';
  if (aBlank || bBlank) return aBlank === bBlank ? 0 : aBlank ? 1 : -1;
  const aError = a instanceof FormulaError;
  const bError = b instanceof FormulaError;
  if (aError || bError) return aError === bError ? 0 : aError ? 1 : -1;
  const order = compareScalars(a, b) as number;
  return ascending ? order : -order;
}

/** Sorts rows [rect.row, rect.row + numRows); moves whole rows when the rect spans every column. */
export function sortRows(sheet: SheetModel, rect: Rect, keys: SortKey[]): void {
  if (rect.numRows < 2 || keys.length === 0) return;
  const evaluator = new SheetEvaluator(sheet);
  const rows = Array.from({ length: rect.numRows }, (_, i) => rect.row + i);
  const keyValues = new Map(rows.map((row) => [row, keys.map((key) => evaluator.cell(row, key.col))]));
  const order = [...rows].sort((a, b) => {
    const aValues = keyValues.get(a) ?? [];
    const bValues = keyValues.get(b) ?? [];
    for (let k = 0; k < keys.length; k++) {
      const result = compareForSort(aValues[k], bValues[k], keys[k].ascending);
      if (result !== 0) return result;
    }
    return a - b;
  });
  if (order.every((row, i) => row === rect.row + i)) return;
  const wholeRows = rect.col === 0 && rect.numCols >= sheet.maxColumns;
  if (wholeRows) {
    changeAxis(sheet, 'row', { kind: 'reorder', start: rect.row, order }, { adjustReferences: false });
    return;
  }
  const lastCol = rect.col + rect.numCols - 1;
  sheet.values.reorderRowsWithin(rect.row, order, rect.col, lastCol);
  sheet.notes.reorderRowsWithin(rect.row, order, rect.col, lastCol);
  sheet.formats.reorderRowsWithin(rect.row, order, rect.col, lastCol);
  sheet.validations.reorderRowsWithin(rect.row, order, rect.col, lastCol);
}
