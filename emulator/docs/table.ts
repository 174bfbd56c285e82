// Emulated Table and TableRow: rows and cells by index, rows appended, inserted (also detached copies), removed.

import { EmuException, messages } from '../core/exception';
import { normalizeDocColor } from './attributes';
import { childIndexArg, EmuBranch } from './branch';
import { adopt, type CellNode, cellNode, detach, type RowNode, rowNode, type TableNode } from './model';
import { detachedNode, registerElement } from './node';

type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;

type BranchMethods =
  | 'getText'
  | 'editAsText'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'findText'
  | 'findElement'
  | 'replaceText'
  | 'getAttributes'
  | 'setAttributes'
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'removeFromParent'
  | 'copy';

function nonNegative(value: unknown, what: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new EmuException(messages.invalidArgument(what));
  return number;
}

export class EmuTable
  extends EmuBranch<TableNode, Table>
  implements
    Pick<
      Table,
      | BranchMethods
      | 'getNumRows'
      | 'getRow'
      | 'getCell'
      | 'appendTableRow'
      | 'insertTableRow'
      | 'removeRow'
      | 'getBorderWidth'
      | 'setBorderWidth'
      | 'getBorderColor'
      | 'setBorderColor'
      | 'getColumnWidth'
      | 'setColumnWidth'
    >
{
  getNumRows(): number {
    this.track('getNumRows');
    return this.node.rows.length;
  }

  getRow(rowIndex: number): TableRow {
    this.track('getRow');
    return this.wrap(this.node.rows[childIndexArg(rowIndex, this.node.rows.length)]);
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    this.track('getCell');
    const row = this.node.rows[childIndexArg(rowIndex, this.node.rows.length)];
    return this.wrap(row.cells[childIndexArg(cellIndex, row.cells.length)]);
  }

  /** A new empty row (no cells), or the detached row given (a copy keeps its cells' text and formatting). */
  appendTableRow(tableRow?: TableRow): TableRow {
    this.track('appendTableRow');
    return this.insertRow(this.node.rows.length, tableRow);
  }

  insertTableRow(childIndex: number, tableRow?: TableRow | null): TableRow {
    this.track('insertTableRow');
    const index = Number(childIndex);
    if (!Number.isInteger(index) || index < 0 || index > this.node.rows.length)
      throw new EmuException(messages.invalidArgument('childIndex'));
    return this.insertRow(index, tableRow);
  }

  private insertRow(index: number, tableRow: unknown): TableRow {
    const row = tableRow ? detachedNode<RowNode>(tableRow, 'TABLE_ROW') : rowNode();
    this.edit();
    adopt(this.node, index, row);
    return this.wrap(row);
  }

  /** Returns the removed (now detached) row. */
  removeRow(rowIndex: number): TableRow {
    this.track('removeRow');
    const row = this.node.rows[childIndexArg(rowIndex, this.node.rows.length)];
    this.edit();
    detach(row);
    return this.wrap(row);
  }

  getBorderWidth(): number {
    this.track('getBorderWidth');
    return this.node.borderWidth;
  }

  setBorderWidth(width: number): Table {
    this.track('setBorderWidth');
    const points = nonNegative(width, 'width');
    this.edit();
    this.node.borderWidth = points;
    return this.self();
  }

  getBorderColor(): string {
    this.track('getBorderColor');
    return this.node.borderColor;
  }

  setBorderColor(color: string): Table {
    this.track('setBorderColor');
    const normal = normalizeDocColor(color);
    this.edit();
    this.node.borderColor = normal;
    return this.self();
  }

  /** Points; null where Docs sizes the column. */
  getColumnWidth(columnIndex: number): number {
    this.track('getColumnWidth');
    return (this.node.columnWidths[Number(columnIndex)] ?? null) as number;
  }

  setColumnWidth(columnIndex: number, width: number): Table {
    this.track('setColumnWidth');
    const columns = Math.max(0, ...this.node.rows.map((row) => row.cells.length));
    const index = childIndexArg(columnIndex, columns);
    const points = nonNegative(width, 'width');
    this.edit();
    while (this.node.columnWidths.length <= index) this.node.columnWidths.push(null);
    this.node.columnWidths[index] = points;
    return this.self();
  }
}

export class EmuTableRow
  extends EmuBranch<RowNode, TableRow>
  implements
    Pick<
      TableRow,
      | BranchMethods
      | 'getNumCells'
      | 'getCell'
      | 'appendTableCell'
      | 'insertTableCell'
      | 'removeCell'
      | 'getParentTable'
      | 'getMinimumHeight'
      | 'setMinimumHeight'
    >
{
  getNumCells(): number {
    this.track('getNumCells');
    return this.node.cells.length;
  }

  getCell(cellIndex: number): TableCell {
    this.track('getCell');
    return this.wrap(this.node.cells[childIndexArg(cellIndex, this.node.cells.length)]);
  }

  private cellArg(value: unknown): CellNode {
    if (value === undefined || value === null || typeof value === 'string') return cellNode(value ?? '');
    return detachedNode<CellNode>(value, 'TABLE_CELL');
  }

  appendTableCell(textContentsOrCell?: string | TableCell | null): TableCell {
    this.track('appendTableCell');
    const cell = this.cellArg(textContentsOrCell);
    this.edit();
    adopt(this.node, this.node.cells.length, cell);
    return this.wrap(cell);
  }

  insertTableCell(childIndex: number, textContentsOrCell?: string | TableCell | null): TableCell {
    this.track('insertTableCell');
    const index = Number(childIndex);
    if (!Number.isInteger(index) || index < 0 || index > this.node.cells.length)
      throw new EmuException(messages.invalidArgument('childIndex'));
    const cell = this.cellArg(textContentsOrCell);
    this.edit();
    adopt(this.node, index, cell);
    return this.wrap(cell);
  }

  removeCell(cellIndex: number): TableCell {
    this.track('removeCell');
    const cell = this.node.cells[childIndexArg(cellIndex, this.node.cells.length)];
    this.edit();
    detach(cell);
    return this.wrap(cell);
  }

  getParentTable(): Table {
    this.track('getParentTable');
    return (this.node.parent ? this.wrap(this.node.parent) : null) as Table;
  }

  getMinimumHeight(): number {
    this.track('getMinimumHeight');
    return this.node.minimumHeight;
  }

  setMinimumHeight(minHeight: number): TableRow {
    this.track('setMinimumHeight');
    const points = nonNegative(minHeight, 'minHeight');
    this.edit();
    this.node.minimumHeight = points;
    return this.self();
  }
}

registerElement(['TABLE'], (ctx, node) => new EmuTable(ctx, node as TableNode));
registerElement(['TABLE_ROW'], (ctx, node) => new EmuTableRow(ctx, node as RowNode));
