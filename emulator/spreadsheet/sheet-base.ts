// Emulated Sheet, part 1: identity, size, frozen panes, column layout, tab colour and clearing.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { normalizeColor } from '../sheets/formats';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from '../sheets/sheet-model';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import { asSheet } from './boundary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export abstract class EmuSheetBase
  extends EmuService
  implements
    Pick<
      Sheet,
      | 'getName'
      | 'getSheetName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getFrozenRows'
      | 'setFrozenRows'
      | 'getFrozenColumns'
      | 'setFrozenColumns'
      | 'getColumnWidth'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'hideColumns'
      | 'showColumns'
      | 'isColumnHiddenByUser'
      | 'getTabColor'
      | 'setTabColor'
      | 'isSheetHidden'
      | 'hideSheet'
      | 'showSheet'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'clearNotes'
    >
{
  constructor(
    ctx: EmuContext,
    readonly book: SpreadsheetModel,
    readonly sheetModel: SheetModel,
  ) {
    super(ctx, 'Sheet');
  }

  protected self(): Sheet {
    return asSheet(this);
  }

  getName(): string {
    this.track('getName');
    return this.sheetModel.name;
  }

  getSheetName(): string {
    this.track('getSheetName');
    return this.sheetModel.name;
  }

  setName(name: string): Sheet {
    this.track('setName');
    this.book.assertNameFree(name, this.sheetModel);
    this.sheetModel.name = name;
    return this.self();
  }

  getSheetId(): number {
    this.track('getSheetId');
    return this.sheetModel.id;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    this.track('getIndex');
    return this.book.sheets.indexOf(this.sheetModel) + 1;
  }

  getLastRow(): number {
    this.track('getLastRow');
    return this.sheetModel.lastRow();
  }

  getLastColumn(): number {
    this.track('getLastColumn');
    return this.sheetModel.lastColumn();
  }

  getMaxRows(): number {
    this.track('getMaxRows');
    return this.sheetModel.maxRows;
  }

  getMaxColumns(): number {
    this.track('getMaxColumns');
    return this.sheetModel.maxColumns;
  }

  getFrozenRows(): number {
    this.track('getFrozenRows');
    return this.sheetModel.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.track('setFrozenRows');
    if (rows < 0 || rows > this.sheetModel.maxRows) throw new EmuException(messages.rowsOutOfBounds);
    this.sheetModel.frozenRows = rows;
  }

  getFrozenColumns(): number {
    this.track('getFrozenColumns');
    return this.sheetModel.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    this.track('setFrozenColumns');
    if (columns < 0 || columns > this.sheetModel.maxColumns)
      throw new EmuException(messages.columnsOutOfBounds);
    this.sheetModel.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    this.track('getColumnWidth');
    return this.sheetModel.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.track('setColumnWidth');
    this.sheetModel.columnWidths[this.columnIndex(columnPosition)] = width;
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.track('setColumnWidths');
    for (let i = 0; i < numColumns; i++)
      this.sheetModel.columnWidths[this.columnIndex(startColumn + i)] = width;
    return this.self();
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.track('hideColumns');
    for (let i = 0; i < numColumns; i++)
      this.sheetModel.hiddenColumns[this.columnIndex(columnIndex + i)] = true;
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.track('showColumns');
    for (let i = 0; i < numColumns; i++)
      this.sheetModel.hiddenColumns[this.columnIndex(columnIndex + i)] = undefined;
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.track('isColumnHiddenByUser');
    return this.sheetModel.hiddenColumns[columnPosition - 1] === true;
  }

  getTabColor(): string | null {
    this.track('getTabColor');
    return this.sheetModel.tabColor;
  }

  setTabColor(color: string | null): Sheet {
    this.track('setTabColor');
    this.sheetModel.tabColor = normalizeColor(color) ?? null;
    return this.self();
  }

  isSheetHidden(): boolean {
    this.track('isSheetHidden');
    return this.sheetModel.hidden;
  }

  hideSheet(): Sheet {
    this.track('hideSheet');
    this.sheetModel.hidden = true;
    return this.self();
  }

  showSheet(): Sheet {
    this.track('showSheet');
    this.sheetModel.hidden = false;
    return this.self();
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    this.track('clear');
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    if (contents) this.sheetModel.values.rows = [];
    if (formats) this.sheetModel.formats.rows = [];
    return this.self();
  }

  clearContents(): Sheet {
    this.track('clearContents');
    this.sheetModel.values.rows = [];
    return this.self();
  }

  clearFormats(): Sheet {
    this.track('clearFormats');
    this.sheetModel.formats.rows = [];
    return this.self();
  }

  clearNotes(): Sheet {
    this.track('clearNotes');
    this.sheetModel.notes.rows = [];
    return this.self();
  }

  protected columnIndex(columnPosition: number): number {
    if (
      !Number.isInteger(columnPosition) ||
      columnPosition < 1 ||
      columnPosition > this.sheetModel.maxColumns
    ) {
      throw new EmuException(messages.columnsOutOfBounds);
    }
    return columnPosition - 1;
  }
}
