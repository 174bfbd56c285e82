// Emulated SpreadsheetApp: the active spreadsheet, its UI, rule builders and enums.

import type { EmuContext } from '../core/context';
import { typedEnums } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { asUi, EmuUi } from '../services/ui';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import {
  asRuleBuilder,
  asSheet,
  asSpreadsheet,
  asValidationBuilder,
  toEmuRange,
  toEmuSheet,
} from './boundary';
import { EmuConditionalFormatRuleBuilder } from './conditional-format-builder';
import { EmuDataValidationBuilder } from './data-validation-builder';
import { EmuSheet, selectRange } from './sheet';
import { EmuSpreadsheet } from './spreadsheet';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class EmuSpreadsheetApp
  extends EmuService
  implements
    Pick<
      App,
      | 'ProtectionType'
      | 'DataValidationCriteria'
      | 'BooleanCriteria'
      | 'getActive'
      | 'getActiveSpreadsheet'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'getCurrentCell'
      | 'setActiveSheet'
      | 'setActiveRange'
      | 'getUi'
      | 'flush'
      | 'newDataValidation'
      | 'newConditionalFormatRule'
      | 'openById'
    >
{
  readonly ProtectionType = typedEnums.ProtectionType;
  readonly DataValidationCriteria = typedEnums.DataValidationCriteria;
  readonly BooleanCriteria = typedEnums.BooleanCriteria;

  constructor(
    ctx: EmuContext,
    private readonly book: SpreadsheetModel,
  ) {
    super(ctx, 'SpreadsheetApp');
  }

  private spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asSpreadsheet(new EmuSpreadsheet(this.ctx, this.book));
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.track('getActive');
    return this.spreadsheet();
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.track('getActiveSpreadsheet');
    return this.spreadsheet();
  }

  /** Only the bound spreadsheet exists (the add-on runs with spreadsheets.currentonly). */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.track('openById');
    if (id !== this.book.id) {
      throw new EmuException(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return this.spreadsheet();
  }

  getActiveSheet(): Sheet {
    this.track('getActiveSheet');
    return asSheet(new EmuSheet(this.ctx, this.book, this.book.activeSheet()));
  }

  getActiveRange(): Range {
    this.track('getActiveRange');
    const range = this.ctx.uncounted(() => new EmuSpreadsheet(this.ctx, this.book).getActiveRange());
    if (!range) throw new EmuException(messages.rangeNotFound);
    return range;
  }

  getCurrentCell(): Range {
    this.track('getCurrentCell');
    return this.ctx.uncounted(() => new EmuSpreadsheet(this.ctx, this.book).getActiveCell());
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.track('setActiveSheet');
    this.book.activeSheetId = toEmuSheet(sheet).sheetModel.id;
    return sheet;
  }

  setActiveRange(range: Range): Range {
    this.track('setActiveRange');
    return selectRange(toEmuRange(range));
  }

  getUi(): GoogleAppsScript.Base.Ui {
    this.track('getUi');
    return asUi(new EmuUi(this.ctx));
  }

  /** Writes are applied immediately in the emulator, so there is nothing to flush. */
  flush(): void {
    this.track('flush');
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.track('newDataValidation');
    return asValidationBuilder(new EmuDataValidationBuilder(this.ctx, this.book));
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.track('newConditionalFormatRule');
    return asRuleBuilder(new EmuConditionalFormatRuleBuilder(this.ctx, this.book, null));
  }
}
