// The one place where emulated spreadsheet objects are cast to and from the @types service types.

// Emulated classes implement only part of each interface; these casts are the seam between the two.

import { unwrapService } from '../core/service';
import type { EmuBooleanCondition, EmuConditionalFormatRule } from './conditional-format';
import type { EmuConditionalFormatRuleBuilder } from './conditional-format-builder';
import type { EmuDataValidation } from './data-validation';
import type { EmuDataValidationBuilder } from './data-validation-builder';
import type { EmuProtection } from './protection';
import type { EmuRangeBase } from './range-base';
import type { EmuSheetBase } from './sheet-base';
import type { EmuSpreadsheet } from './spreadsheet';

export const asRange = (range: EmuRangeBase) => range as unknown as GoogleAppsScript.Spreadsheet.Range;
export const asSheet = (sheet: EmuSheetBase) => sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
export const asSpreadsheet = (book: EmuSpreadsheet) =>
  book as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
export const asProtection = (protection: EmuProtection) =>
  protection as unknown as GoogleAppsScript.Spreadsheet.Protection;
export const asRule = (rule: EmuConditionalFormatRule) =>
  rule as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export const asRuleBuilder = (builder: EmuConditionalFormatRuleBuilder) =>
  builder as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
export const asBooleanCondition = (condition: EmuBooleanCondition) =>
  condition as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
export const asValidation = (rule: EmuDataValidation) =>
  rule as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
export const asValidationBuilder = (builder: EmuDataValidationBuilder) =>
  builder as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export const asBooleanCriteria = (name: string) =>
  name as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
export const asValidationCriteria = (name: string) =>
  name as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
export const asProtectionType = (name: string) =>
  name as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

export const toEmuRange = (range: unknown) => unwrapService<EmuRangeBase>(range, 'Range');
export const toEmuSheet = (sheet: unknown) => unwrapService<EmuSheetBase>(sheet, 'Sheet');
export const toEmuValidation = (rule: unknown) => unwrapService<EmuDataValidation>(rule, 'DataValidation');
export const toEmuRule = (rule: unknown) =>
  unwrapService<EmuConditionalFormatRule>(rule, 'ConditionalFormatRule');
