// One sheet's state: cell layers as sparse grids plus sheet-level settings and rules.

import { FormulaCell, type StoredValue } from './cell-value';
import type { CellFormat } from './formats';
import { Grid } from './grid';
import type { ConditionalRuleModel, ProtectionModel, ValidationModel } from './rules';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** What a sheet needs from its spreadsheet: time zone, locale and the emulated clock. */
export interface BookEnvironment {
  readonly timeZone: string;
  readonly locale: string;
  nowMs(): number;
}

export class SheetModel {
  values = new Grid<StoredValue>();
  notes = new Grid<string>();
  formats = new Grid<CellFormat>();
  validations = new Grid<ValidationModel>();
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  columnWidths: Array<number | undefined> = [];
  hiddenColumns: Array<boolean | undefined> = [];
  conditionalRules: ConditionalRuleModel[] = [];
  protections: ProtectionModel[] = [];

  constructor(
    readonly book: BookEnvironment,
    readonly id: number,
    public name: string,
    public maxRows = DEFAULT_MAX_ROWS,
    public maxColumns = DEFAULT_MAX_COLUMNS,
  ) {}

  /** 1-based last row with content (values or formulas), 0 when the sheet is empty. */
  lastRow(): number {
    return this.values.lastRow() + 1;
  }

  lastColumn(): number {
    return this.values.lastCol() + 1;
  }

  forEachFormula(visit: (cell: FormulaCell, row: number, col: number) => void): void {
    this.values.forEachDefined((value, row, col) => {
      if (value instanceof FormulaCell) visit(value, row, col);
    });
  }
}
