// Emulated Range, part 1: geometry, values, formulas and clearing of a rectangular block.

import type { EmuContext } from '../core/context';
import { EmuService } from '../core/service';
import { type Rect, rectA1 } from '../sheets/a1';
import type { CellOutput } from '../sheets/cell-output';
import {
  assertShape,
  fillFormula,
  forEachCell,
  mapRect,
  readDisplayValues,
  readFormulas,
  readValues,
  writeValues,
} from '../sheets/sheet-io';
import type { SheetModel } from '../sheets/sheet-model';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import { asRange } from './boundary';

type Range = GoogleAppsScript.Spreadsheet.Range;

interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
}

export abstract class EmuRangeBase
  extends EmuService
  implements
    Pick<
      Range,
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'setFormulas'
      | 'clearContent'
      | 'clear'
      | 'clearFormat'
      | 'getRow'
      | 'getRowIndex'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getGridId'
      | 'getHeight'
      | 'getWidth'
      | 'isBlank'
    >
{
  constructor(
    ctx: EmuContext,
    readonly book: SpreadsheetModel,
    readonly sheetModel: SheetModel,
    /** 0-based. */
    readonly rect: Rect,
  ) {
    super(ctx, 'Range');
  }

  protected self(): Range {
    return asRange(this);
  }

  private topLeft(): Rect {
    return { row: this.rect.row, col: this.rect.col, numRows: 1, numCols: 1 };
  }

  getValues(): CellOutput[][] {
    this.track('getValues');
    return readValues(this.sheetModel, this.rect);
  }

  getValue(): CellOutput {
    this.track('getValue');
    return readValues(this.sheetModel, this.topLeft())[0][0];
  }

  setValues(values: unknown[][]): Range {
    this.track('setValues');
    assertShape(values, this.rect);
    writeValues(this.sheetModel, this.rect, values);
    return this.self();
  }

  /** Like the real one, sets every cell of the range to the same value. */
  setValue(value: unknown): Range {
    this.track('setValue');
    const row = new Array(this.rect.numCols).fill(value);
    writeValues(
      this.sheetModel,
      this.rect,
      Array.from({ length: this.rect.numRows }, () => row),
    );
    return this.self();
  }

  getDisplayValues(): string[][] {
    this.track('getDisplayValues');
    return readDisplayValues(this.sheetModel, this.rect);
  }

  getDisplayValue(): string {
    this.track('getDisplayValue');
    return readDisplayValues(this.sheetModel, this.topLeft())[0][0];
  }

  getFormulas(): string[][] {
    this.track('getFormulas');
    return readFormulas(this.sheetModel, this.rect);
  }

  getFormula(): string {
    this.track('getFormula');
    return readFormulas(this.sheetModel, this.topLeft())[0][0];
  }

  setFormula(formula: string): Range {
    this.track('setFormula');
    fillFormula(this.sheetModel, this.rect, formula);
    return this.self();
  }

  setFormulas(formulas: string[][]): Range {
    this.track('setFormulas');
    assertShape(formulas, this.rect);
    forEachCell(this.rect, (row, col, i, j) => {
      fillFormula(this.sheetModel, { row, col, numRows: 1, numCols: 1 }, formulas[i][j]);
    });
    return this.self();
  }

  clearContent(): Range {
    this.track('clearContent');
    this.clearLayers({ contentsOnly: true });
    return this.self();
  }

  /** Without options: contents and formats, as the real one. */
  clear(options?: ClearOptions): Range {
    this.track('clear');
    this.clearLayers(options ?? { contentsOnly: true, formatOnly: true });
    return this.self();
  }

  clearFormat(): Range {
    this.track('clearFormat');
    this.clearLayers({ formatOnly: true });
    return this.self();
  }

  protected clearLayers(options: ClearOptions): void {
    const { row, col, numRows, numCols } = this.rect;
    const nothingChosen =
      !options.commentsOnly && !options.contentsOnly && !options.formatOnly && !options.validationsOnly;
    if (options.contentsOnly || nothingChosen) this.sheetModel.values.clearRect(row, col, numRows, numCols);
    if (options.formatOnly || nothingChosen) this.sheetModel.formats.clearRect(row, col, numRows, numCols);
    if (options.commentsOnly) this.sheetModel.notes.clearRect(row, col, numRows, numCols);
    if (options.validationsOnly) this.sheetModel.validations.clearRect(row, col, numRows, numCols);
  }

  getRow(): number {
    this.track('getRow');
    return this.rect.row + 1;
  }

  getRowIndex(): number {
    this.track('getRowIndex');
    return this.rect.row + 1;
  }

  getColumn(): number {
    this.track('getColumn');
    return this.rect.col + 1;
  }

  getNumRows(): number {
    this.track('getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.track('getNumColumns');
    return this.rect.numCols;
  }

  getHeight(): number {
    this.track('getHeight');
    return this.rect.numRows;
  }

  getWidth(): number {
    this.track('getWidth');
    return this.rect.numCols;
  }

  getLastRow(): number {
    this.track('getLastRow');
    return this.rect.row + this.rect.numRows;
  }

  getLastColumn(): number {
    this.track('getLastColumn');
    return this.rect.col + this.rect.numCols;
  }

  getA1Notation(): string {
    this.track('getA1Notation');
    return rectA1(this.rect);
  }

  getGridId(): number {
    this.track('getGridId');
    return this.sheetModel.id;
  }

  isBlank(): boolean {
    this.track('isBlank');
    return mapRect(this.rect, (row, col) => this.sheetModel.values.get(row, col)).every((line) =>
      line.every((value) => value === undefined),
    );
  }
}
