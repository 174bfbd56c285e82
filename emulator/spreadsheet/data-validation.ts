// Emulated DataValidation (a built, immutable rule) and its read side.

import type { EmuContext } from '../core/context';
import { EmuService } from '../core/service';
import { isSheetRect, type ValidationModel } from '../sheets/rules';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import { asRange, asValidationBuilder, asValidationCriteria } from './boundary';
import { EmuDataValidationBuilder } from './data-validation-builder';
import { EmuRange } from './range';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Criteria values as the real API returns them: a VALUE_IN_RANGE source comes back as a Range. */
export function criteriaValuesOf(ctx: EmuContext, book: SpreadsheetModel, model: ValidationModel): unknown[] {
  return model.values.map((value) => {
    if (!isSheetRect(value)) return Array.isArray(value) ? [...value] : value;
    const sheet = book.sheetById(value.sheetId);
    return sheet ? asRange(new EmuRange(ctx, book, sheet, value.rect)) : null;
  });
}

export class EmuDataValidation
  extends EmuService
  implements
    Pick<DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  constructor(
    ctx: EmuContext,
    private readonly book: SpreadsheetModel,
    /** Shared by every cell the rule is set on, so never mutated. */
    readonly model: ValidationModel,
  ) {
    super(ctx, 'DataValidation');
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.track('getCriteriaType');
    return asValidationCriteria(this.model.criteria);
  }

  getCriteriaValues(): unknown[] {
    this.track('getCriteriaValues');
    return criteriaValuesOf(this.ctx, this.book, this.model);
  }

  getAllowInvalid(): boolean {
    this.track('getAllowInvalid');
    return this.model.allowInvalid;
  }

  getHelpText(): string {
    this.track('getHelpText');
    return this.model.helpText;
  }

  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.track('copy');
    return asValidationBuilder(
      new EmuDataValidationBuilder(this.ctx, this.book, { ...this.model, values: [...this.model.values] }),
    );
  }
}
