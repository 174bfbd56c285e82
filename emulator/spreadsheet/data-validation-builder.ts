// Emulated DataValidationBuilder (SpreadsheetApp.newDataValidation()).

import type { EmuContext } from '../core/context';
import { isDate } from '../core/emulated-date';
import { DataValidationCriteria, enumName, type ValidationCriteriaName } from '../core/enums';
import { EmuService } from '../core/service';
import type { ValidationModel } from '../sheets/rules';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import { asValidation, asValidationBuilder, asValidationCriteria, toEmuRange } from './boundary';
import { criteriaValuesOf, EmuDataValidation } from './data-validation';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;

function copyDate(date: GoogleAppsScript.Base.Date): Date {
  return new Date(date.getTime());
}

export class EmuDataValidationBuilder
  extends EmuService
  implements
    Pick<
      Builder,
      | 'build'
      | 'copy'
      | 'getAllowInvalid'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getHelpText'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'withCriteria'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireDate'
      | 'requireDateAfter'
      | 'requireDateBefore'
      | 'requireDateOnOrAfter'
      | 'requireDateOnOrBefore'
      | 'requireNumberGreaterThan'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThan'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireNumberBetween'
      | 'requireNumberEqualTo'
      | 'requireTextContains'
      | 'requireTextEqualTo'
      | 'requireTextIsEmail'
      | 'requireTextIsUrl'
      | 'requireCheckbox'
      | 'requireFormulaSatisfied'
    >
{
  constructor(
    ctx: EmuContext,
    private readonly book: SpreadsheetModel,
    // A new rule allows invalid input (shows a warning) until setAllowInvalid(false), as the real one.
    private readonly draft: ValidationModel = {
      criteria: 'DATE_IS_VALID_DATE',
      values: [],
      allowInvalid: true,
      helpText: '',
    },
  ) {
    super(ctx, 'DataValidationBuilder');
  }

  private require(criteria: ValidationCriteriaName, values: unknown[]): Builder {
    this.draft.criteria = criteria;
    this.draft.values = values;
    return asValidationBuilder(this);
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    this.track('build');
    const model = Object.freeze({ ...this.draft, values: [...this.draft.values] });
    return asValidation(new EmuDataValidation(this.ctx, this.book, model));
  }

  copy(): Builder {
    this.track('copy');
    return asValidationBuilder(
      new EmuDataValidationBuilder(this.ctx, this.book, { ...this.draft, values: [...this.draft.values] }),
    );
  }

  getAllowInvalid(): boolean {
    this.track('getAllowInvalid');
    return this.draft.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.track('getCriteriaType');
    return asValidationCriteria(this.draft.criteria);
  }

  getCriteriaValues(): unknown[] {
    this.track('getCriteriaValues');
    return criteriaValuesOf(this.ctx, this.book, this.draft);
  }

  getHelpText(): string | null {
    this.track('getHelpText');
    return this.draft.helpText || null;
  }

  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.track('setAllowInvalid');
    this.draft.allowInvalid = allowInvalidData;
    return asValidationBuilder(this);
  }

  setHelpText(helpText: string): Builder {
    this.track('setHelpText');
    this.draft.helpText = String(helpText);
    return asValidationBuilder(this);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): Builder {
    this.track('withCriteria');
    const values = args.map((arg) => (isDate(arg) ? copyDate(arg) : arg));
    return this.require(enumName(criteria, DataValidationCriteria, 'DataValidationCriteria'), values);
  }

  requireValueInList(values: string[], showDropdown = true): Builder {
    this.track('requireValueInList');
    return this.require('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: Range, showDropdown = true): Builder {
    this.track('requireValueInRange');
    const source = toEmuRange(range);
    return this.require('VALUE_IN_RANGE', [
      { sheetId: source.sheetModel.id, rect: { ...source.rect } },
      showDropdown,
    ]);
  }

  requireDate(): Builder {
    this.track('requireDate');
    return this.require('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: GoogleAppsScript.Base.Date): Builder {
    this.track('requireDateAfter');
    return this.require('DATE_AFTER', [copyDate(date)]);
  }

  requireDateBefore(date: GoogleAppsScript.Base.Date): Builder {
    this.track('requireDateBefore');
    return this.require('DATE_BEFORE', [copyDate(date)]);
  }

  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): Builder {
    this.track('requireDateOnOrAfter');
    return this.require('DATE_ON_OR_AFTER', [copyDate(date)]);
  }

  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): Builder {
    this.track('requireDateOnOrBefore');
    return this.require('DATE_ON_OR_BEFORE', [copyDate(date)]);
  }

  requireNumberGreaterThan(number: number): Builder {
    this.track('requireNumberGreaterThan');
    return this.require('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): Builder {
    this.track('requireNumberGreaterThanOrEqualTo');
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThan(number: number): Builder {
    this.track('requireNumberLessThan');
    return this.require('NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): Builder {
    this.track('requireNumberLessThanOrEqualTo');
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberBetween(start: number, end: number): Builder {
    this.track('requireNumberBetween');
    return this.require('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(number: number): Builder {
    this.track('requireNumberEqualTo');
    return this.require('NUMBER_EQUAL_TO', [number]);
  }

  requireTextContains(text: string): Builder {
    this.track('requireTextContains');
    return this.require('TEXT_CONTAINS', [text]);
  }

  requireTextEqualTo(text: string): Builder {
    this.track('requireTextEqualTo');
    return this.require('TEXT_EQUAL_TO', [text]);
  }

  requireTextIsEmail(): Builder {
    this.track('requireTextIsEmail');
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): Builder {
    this.track('requireTextIsUrl');
    return this.require('TEXT_IS_VALID_URL', []);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): Builder {
    this.track('requireCheckbox');
    const values = [checkedValue, uncheckedValue].filter((value) => value !== undefined);
    return this.require('CHECKBOX', values);
  }

  requireFormulaSatisfied(formula: string): Builder {
    this.track('requireFormulaSatisfied');
    return this.require('CUSTOM_FORMULA', [formula]);
  }
}
