// Emulated Sheet, part 2: inserting, deleting, appending and sorting rows and columns.

import { EmuException, messages } from '../core/exception';
import type { Axis } from '../sheets/axis';
import { writeValues } from '../sheets/sheet-io';
import { sortRows } from '../sheets/sorting';
import { changeAxis, inheritFormatting } from '../sheets/structure';
import { EmuSheetBase } from './sheet-base';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export abstract class EmuSheetStructure
  extends EmuSheetBase
  implements
    Pick<
      Sheet,
      | 'insertRowsAfter'
      | 'insertRowAfter'
      | 'insertRowsBefore'
      | 'insertRowBefore'
      | 'insertColumnsAfter'
      | 'insertColumnAfter'
      | 'insertColumnsBefore'
      | 'insertColumnBefore'
      | 'deleteRow'
      | 'deleteRows'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'appendRow'
      | 'sort'
    >
{
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.track('insertRowsAfter');
    this.insert('row', afterPosition, howMany, afterPosition - 1);
    return this.self();
  }

  insertRowAfter(afterPosition: number): Sheet {
    this.track('insertRowAfter');
    this.insert('row', afterPosition, 1, afterPosition - 1);
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.track('insertRowsBefore');
    this.insert('row', beforePosition - 1, howMany, beforePosition - 1 + howMany);
    return this.self();
  }

  insertRowBefore(beforePosition: number): Sheet {
    this.track('insertRowBefore');
    this.insert('row', beforePosition - 1, 1, beforePosition);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.track('insertColumnsAfter');
    this.insert('col', afterPosition, howMany, afterPosition - 1);
    return this.self();
  }

  insertColumnAfter(afterPosition: number): Sheet {
    this.track('insertColumnAfter');
    this.insert('col', afterPosition, 1, afterPosition - 1);
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.track('insertColumnsBefore');
    this.insert('col', beforePosition - 1, howMany, beforePosition - 1 + howMany);
    return this.self();
  }

  insertColumnBefore(beforePosition: number): Sheet {
    this.track('insertColumnBefore');
    this.insert('col', beforePosition - 1, 1, beforePosition);
    return this.self();
  }

  deleteRow(rowPosition: number): Sheet {
    this.track('deleteRow');
    this.remove('row', rowPosition, 1);
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.track('deleteRows');
    this.remove('row', rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.track('deleteColumn');
    this.remove('col', columnPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.track('deleteColumns');
    this.remove('col', columnPosition, howMany);
  }

  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): Sheet {
    this.track('appendRow');
    const sheet = this.sheetModel;
    const row = sheet.lastRow();
    if (row + 1 > sheet.maxRows) sheet.maxRows = row + 1;
    if (rowContents.length > sheet.maxColumns) sheet.maxColumns = rowContents.length;
    writeValues(sheet, { row, col: 0, numRows: 1, numCols: rowContents.length }, [rowContents]);
    return this.self();
  }

  /** Sorts all rows below the frozen rows by one column (1-based). */
  sort(columnPosition: number, ascending = true): Sheet {
    this.track('sort');
    const sheet = this.sheetModel;
    const first = sheet.frozenRows;
    const rect = { row: first, col: 0, numRows: sheet.lastRow() - first, numCols: sheet.maxColumns };
    sortRows(sheet, rect, [{ col: this.columnIndex(columnPosition), ascending }]);
    return this.self();
  }

  /** at: 0-based index of the first new line; inheritFrom: 0-based line to copy formats from. */
  private insert(axis: Axis, at: number, count: number, inheritFrom: number): void {
    const size = axis === 'row' ? this.sheetModel.maxRows : this.sheetModel.maxColumns;
    if (!Number.isInteger(at) || at < 0 || at > size || !Number.isInteger(count) || count < 1) {
      throw new EmuException(axis === 'row' ? messages.rowsOutOfBounds : messages.columnsOutOfBounds);
    }
    changeAxis(this.sheetModel, axis, { kind: 'insert', at, count }, { adjustReferences: true });
    const newSize = size + count;
    if (inheritFrom >= 0 && inheritFrom < newSize)
      inheritFormatting(this.sheetModel, axis, inheritFrom, at, count);
  }

  private remove(axis: Axis, position: number, count: number): void {
    const sheet = this.sheetModel;
    const size = axis === 'row' ? sheet.maxRows : sheet.maxColumns;
    const frozen = axis === 'row' ? sheet.frozenRows : sheet.frozenColumns;
    if (
      !Number.isInteger(position) ||
      position < 1 ||
      !Number.isInteger(count) ||
      count < 1 ||
      position - 1 + count > size
    ) {
      throw new EmuException(axis === 'row' ? messages.rowsOutOfBounds : messages.columnsOutOfBounds);
    }
    const deletedUnfrozen = position - 1 + count - Math.max(position - 1, frozen);
    if (deletedUnfrozen >= size - frozen) {
      throw new EmuException(axis === 'row' ? messages.allNonFrozenRows : messages.allNonFrozenColumns);
    }
    changeAxis(sheet, axis, { kind: 'delete', at: position - 1, count }, { adjustReferences: true });
  }
}
