// Emulated TableCell: a container with its row and table, background colour, width, padding and alignment.

import { enumName } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { normalizeDocColor } from './attributes';
import { EmuContainer } from './container';
import { VerticalAlignment } from './enums';
import type { CellNode, Padding } from './model';
import { registerElement } from './node';

type TableCell = GoogleAppsScript.Document.TableCell;

export class EmuTableCell
  extends EmuContainer<CellNode, TableCell>
  implements
    Pick<
      TableCell,
      | 'getText'
      | 'setText'
      | 'editAsText'
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'appendParagraph'
      | 'insertParagraph'
      | 'appendListItem'
      | 'insertListItem'
      | 'appendTable'
      | 'insertTable'
      | 'appendHorizontalRule'
      | 'insertHorizontalRule'
      | 'appendImage'
      | 'insertImage'
      | 'removeChild'
      | 'clear'
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
      | 'copy'
      | 'getParentRow'
      | 'getParentTable'
      | 'getBackgroundColor'
      | 'setBackgroundColor'
      | 'getWidth'
      | 'setWidth'
      | 'getPaddingTop'
      | 'getPaddingBottom'
      | 'getPaddingLeft'
      | 'getPaddingRight'
      | 'setPaddingTop'
      | 'setPaddingBottom'
      | 'setPaddingLeft'
      | 'setPaddingRight'
      | 'getVerticalAlignment'
      | 'setVerticalAlignment'
      | 'getColSpan'
      | 'getRowSpan'
    >
{
  getParentRow(): GoogleAppsScript.Document.TableRow {
    this.track('getParentRow');
    return (this.node.parent ? this.wrap(this.node.parent) : null) as GoogleAppsScript.Document.TableRow;
  }

  getParentTable(): GoogleAppsScript.Document.Table {
    this.track('getParentTable');
    const table = this.node.parent?.parent;
    return (table ? this.wrap(table) : null) as GoogleAppsScript.Document.Table;
  }

  /** null when the cell has no colour of its own. */
  getBackgroundColor(): string {
    this.track('getBackgroundColor');
    return this.node.backgroundColor as string;
  }

  setBackgroundColor(color: string): TableCell {
    this.track('setBackgroundColor');
    const normal = color === null ? null : normalizeDocColor(color);
    this.edit();
    this.node.backgroundColor = normal;
    return this.self();
  }

  getWidth(): number {
    this.track('getWidth');
    return this.node.width as number;
  }

  setWidth(width: number): TableCell {
    this.track('setWidth');
    const points = Number(width);
    if (!Number.isFinite(points) || points < 0) throw new EmuException(messages.invalidArgument('width'));
    this.edit();
    this.node.width = points;
    return this.self();
  }

  private padding(method: string, side: keyof Padding): number {
    this.track(method);
    return this.node.padding[side];
  }

  private setPadding(method: string, side: keyof Padding, value: number): TableCell {
    this.track(method);
    const points = Number(value);
    if (!Number.isFinite(points) || points < 0) throw new EmuException(messages.invalidArgument('padding'));
    this.edit();
    this.node.padding[side] = points;
    return this.self();
  }

  getPaddingTop = () => this.padding('getPaddingTop', 'top');
  getPaddingBottom = () => this.padding('getPaddingBottom', 'bottom');
  getPaddingLeft = () => this.padding('getPaddingLeft', 'left');
  getPaddingRight = () => this.padding('getPaddingRight', 'right');
  setPaddingTop = (points: number) => this.setPadding('setPaddingTop', 'top', points);
  setPaddingBottom = (points: number) => this.setPadding('setPaddingBottom', 'bottom', points);
  setPaddingLeft = (points: number) => this.setPadding('setPaddingLeft', 'left', points);
  setPaddingRight = (points: number) => this.setPadding('setPaddingRight', 'right', points);

  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    this.track('getVerticalAlignment');
    return this.node.verticalAlignment as unknown as GoogleAppsScript.Document.VerticalAlignment;
  }

  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): TableCell {
    this.track('setVerticalAlignment');
    const name = enumName(alignment, VerticalAlignment, 'VerticalAlignment');
    this.edit();
    this.node.verticalAlignment = name;
    return this.self();
  }

  /** Merged cells are not emulated: every cell spans one row and one column. */
  getColSpan(): number {
    this.track('getColSpan');
    return 1;
  }

  getRowSpan(): number {
    this.track('getRowSpan');
    return 1;
  }
}

registerElement(['TABLE_CELL'], (ctx, node) => new EmuTableCell(ctx, node as CellNode));
