// Emulated Range, part 3: data validation, sorting, protection, selection and derived ranges.

import { fillLayer, mapRect, writeLayer } from '../sheets/sheet-io';
import { type SortKey, sortRows } from '../sheets/sorting';
import { asProtection, asRange, asSheet, asValidation, toEmuValidation } from './boundary';
import { EmuDataValidation } from './data-validation';
import { createRangeProtection } from './protection';
import { checkedRect } from './range-bounds';
import { EmuRangeFormat } from './range-format';
import { EmuSheet, selectRange } from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type SortSpec = number | { column: number; ascending?: boolean };

export class EmuRange
  extends EmuRangeFormat
  implements
    Pick<
      Range,
      | 'getDataValidation'
      | 'getDataValidations'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'clearDataValidations'
      | 'getSheet'
      | 'getCell'
      | 'offset'
      | 'activate'
      | 'protect'
      | 'sort'
      | 'canEdit'
    >
{
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.track('getDataValidation');
    const model = this.sheetModel.validations.get(this.rect.row, this.rect.col);
    return model ? asValidation(new EmuDataValidation(this.ctx, this.book, model)) : null;
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    this.track('getDataValidations');
    return mapRect(this.rect, (row, col) => {
      const model = this.sheetModel.validations.get(row, col);
      return model ? asValidation(new EmuDataValidation(this.ctx, this.book, model)) : null;
    });
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.track('setDataValidation');
    const model = rule === null ? undefined : toEmuValidation(rule).model;
    fillLayer(this.sheetModel.validations, this.rect, () => model);
    return this.self();
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    this.track('setDataValidations');
    writeLayer(this.sheetModel.validations, this.rect, rules, (rule) =>
      rule === null ? undefined : toEmuValidation(rule).model,
    );
    return this.self();
  }

  clearDataValidations(): Range {
    this.track('clearDataValidations');
    fillLayer(this.sheetModel.validations, this.rect, () => undefined);
    return this.self();
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.track('getSheet');
    return asSheet(new EmuSheet(this.ctx, this.book, this.sheetModel));
  }

  /** row and column are 1-based within this range. */
  getCell(row: number, column: number): Range {
    this.track('getCell');
    return this.derived(this.rect.row + row, this.rect.col + column, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    this.track('offset');
    const row = this.rect.row + 1 + rowOffset;
    const column = this.rect.col + 1 + columnOffset;
    return this.derived(row, column, numRows ?? this.rect.numRows, numColumns ?? this.rect.numCols);
  }

  private derived(row: number, column: number, numRows: number, numColumns: number): Range {
    const rect = checkedRect(this.sheetModel, row, column, numRows, numColumns);
    return asRange(new EmuRange(this.ctx, this.book, this.sheetModel, rect));
  }

  activate(): Range {
    this.track('activate');
    return selectRange(this);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.track('protect');
    return asProtection(createRangeProtection(this.ctx, this.book, this.sheetModel, this.rect));
  }

  /** Sorts the range's rows by one or more of its columns (1-based sheet column numbers). */
  sort(sortSpecObj: SortSpec | SortSpec[]): Range {
    this.track('sort');
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys: SortKey[] = specs.map((spec) =>
      typeof spec === 'number'
        ? { col: spec - 1, ascending: true }
        : { col: spec.column - 1, ascending: spec.ascending ?? true },
    );
    sortRows(this.sheetModel, this.rect, keys);
    return this.self();
  }

  /** The effective user owns the spreadsheet, and owners may edit protected ranges. */
  canEdit(): boolean {
    this.track('canEdit');
    return true;
  }
}
