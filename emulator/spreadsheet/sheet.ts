// Emulated Sheet, part 3: ranges, moving rows and columns, rules, protections and selection.

import { enumName, ProtectionType } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import type { Rect } from '../sheets/a1';
import { type Axis, moveOrder } from '../sheets/axis';
import { changeAxis } from '../sheets/structure';
import { asProtection, asRange, asRule, asSpreadsheet, toEmuRange, toEmuRule } from './boundary';
import { EmuConditionalFormatRule } from './conditional-format';
import { createSheetProtection, EmuProtection } from './protection';
import { EmuRange } from './range';
import type { EmuRangeBase } from './range-base';
import { checkedRect, rectFromA1 } from './range-bounds';
import { EmuSheetStructure } from './sheet-structure';
import { EmuSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class EmuSheet
  extends EmuSheetStructure
  implements
    Pick<
      Sheet,
      | 'getRange'
      | 'getDataRange'
      | 'moveColumns'
      | 'moveRows'
      | 'getParent'
      | 'activate'
      | 'protect'
      | 'getProtections'
      | 'setConditionalFormatRules'
      | 'getConditionalFormatRules'
      | 'clearConditionalFormatRules'
      | 'getActiveRange'
      | 'getActiveCell'
      | 'getCurrentCell'
      | 'setActiveRange'
      | 'setActiveSelection'
      | 'setCurrentCell'
      | 'getSheetValues'
    >
{
  private rangeOf(rect: Rect): Range {
    return asRange(new EmuRange(this.ctx, this.book, this.sheetModel, rect));
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    this.track('getRange');
    if (typeof rowOrA1 === 'string') return this.rangeOf(rectFromA1(this.sheetModel, rowOrA1));
    if (column === undefined) throw new EmuException(messages.rangeNotFound);
    return this.rangeOf(checkedRect(this.sheetModel, rowOrA1, column, numRows, numColumns));
  }

  /** A1 to the last row and column with content, at least A1. */
  getDataRange(): Range {
    this.track('getDataRange');
    const numRows = Math.max(1, this.sheetModel.lastRow());
    const numCols = Math.max(1, this.sheetModel.lastColumn());
    return this.rangeOf({ row: 0, col: 0, numRows, numCols });
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    this.track('getSheetValues');
    const rect = checkedRect(this.sheetModel, startRow, startColumn, numRows, numColumns);
    return this.ctx.uncounted(() => new EmuRange(this.ctx, this.book, this.sheetModel, rect).getValues());
  }

  /** destinationIndex is 1-based and counted before the move, like the real method. */
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    this.track('moveColumns');
    const spec = toEmuRange(columnSpec).rect;
    this.move('col', spec.col, spec.numCols, destinationIndex - 1);
  }

  moveRows(rowSpec: Range, destinationIndex: number): void {
    this.track('moveRows');
    const spec = toEmuRange(rowSpec).rect;
    this.move('row', spec.row, spec.numRows, destinationIndex - 1);
  }

  private move(axis: Axis, from: number, count: number, before: number): void {
    const size = axis === 'row' ? this.sheetModel.maxRows : this.sheetModel.maxColumns;
    if (before < 0 || before > size)
      throw new EmuException(axis === 'row' ? messages.rowsOutOfBounds : messages.columnsOutOfBounds);
    const change = moveOrder(from, count, before);
    if (change) changeAxis(this.sheetModel, axis, change, { adjustReferences: true });
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.track('getParent');
    return asSpreadsheet(new EmuSpreadsheet(this.ctx, this.book));
  }

  activate(): Sheet {
    this.track('activate');
    this.book.activeSheetId = this.sheetModel.id;
    return this.self();
  }

  /** Returns the existing sheet protection if there is one, as the real method does. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.track('protect');
    const existing = this.sheetModel.protections.find((protection) => protection.type === 'SHEET');
    if (existing) return asProtection(new EmuProtection(this.ctx, this.book, this.sheetModel, existing));
    return asProtection(createSheetProtection(this.ctx, this.book, this.sheetModel));
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.track('getProtections');
    const wanted = enumName(type, ProtectionType, 'ProtectionType');
    return this.sheetModel.protections
      .filter((protection) => protection.type === wanted)
      .map((protection) => asProtection(new EmuProtection(this.ctx, this.book, this.sheetModel, protection)));
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.track('setConditionalFormatRules');
    this.sheetModel.conditionalRules = rules.map((rule) => toEmuRule(rule).anchoredModel());
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.track('getConditionalFormatRules');
    return this.sheetModel.conditionalRules.map((model) =>
      asRule(new EmuConditionalFormatRule(this.ctx, this.book, this.sheetModel, model)),
    );
  }

  clearConditionalFormatRules(): void {
    this.track('clearConditionalFormatRules');
    this.sheetModel.conditionalRules = [];
  }

  private selectionRect(): Rect {
    const selection = this.book.selection;
    return selection?.sheetId === this.sheetModel.id
      ? selection.rect
      : { row: 0, col: 0, numRows: 1, numCols: 1 };
  }

  getActiveRange(): Range | null {
    this.track('getActiveRange');
    return this.rangeOf(this.selectionRect());
  }

  getActiveCell(): Range {
    this.track('getActiveCell');
    return this.currentCellRange();
  }

  getCurrentCell(): Range | null {
    this.track('getCurrentCell');
    return this.currentCellRange();
  }

  private currentCellRange(): Range {
    const selection = this.book.selection;
    const current = selection?.sheetId === this.sheetModel.id ? selection.current : { row: 0, col: 0 };
    return this.rangeOf({ row: current.row, col: current.col, numRows: 1, numCols: 1 });
  }

  setActiveRange(range: Range): Range {
    this.track('setActiveRange');
    return selectRange(toEmuRange(range));
  }

  setActiveSelection(rangeOrA1: Range | string): Range {
    this.track('setActiveSelection');
    if (typeof rangeOrA1 !== 'string') return selectRange(toEmuRange(rangeOrA1));
    return selectRange(
      new EmuRange(this.ctx, this.book, this.sheetModel, rectFromA1(this.sheetModel, rangeOrA1)),
    );
  }

  setCurrentCell(cell: Range): Range {
    this.track('setCurrentCell');
    return selectRange(toEmuRange(cell));
  }
}

/** Makes a range the selection (and its sheet the active sheet), as clicking it in the grid does. */
export function selectRange(range: EmuRangeBase): Range {
  const { book, sheetModel, rect } = range;
  book.activeSheetId = sheetModel.id;
  book.selection = { sheetId: sheetModel.id, rect, current: { row: rect.row, col: rect.col } };
  return asRange(range);
}
