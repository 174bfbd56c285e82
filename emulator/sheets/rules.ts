// Plain data for sheet-level rules: conditional formats, data validations and protections.

import type { BooleanCriteriaName, ProtectionTypeName, ValidationCriteriaName } from '../core/enums';
import type { FormulaTemplate } from '../formula/template';
import type { Rect } from './a1';

export interface RuleStyle {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface ConditionModel {
  criteria: BooleanCriteriaName;
  /** Arguments other than a custom formula (numbers, texts). */
  values: unknown[];
  /** CUSTOM_FORMULA only: relative to the top-left cell of the rule's first range, as in Sheets. */
  formula?: FormulaTemplate;
  /** CUSTOM_FORMULA text as given, until the rule has ranges to anchor it. */
  formulaText?: string;
}

export interface ConditionalRuleModel {
  ranges: Rect[];
  condition: ConditionModel | null;
  style: RuleStyle;
}

/** A range on any sheet of the spreadsheet (requireValueInRange may point at another sheet). */
export interface SheetRect {
  sheetId: number;
  rect: Rect;
}

export interface ValidationModel {
  criteria: ValidationCriteriaName;
  /** Criteria values; for VALUE_IN_RANGE the first is a SheetRect. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ProtectionModel {
  id: number;
  type: ProtectionTypeName;
  /** RANGE protections only; SHEET protections cover the whole sheet. */
  rect: Rect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: Rect[];
  domainEdit: boolean;
}

export function isSheetRect(value: unknown): value is SheetRect {
  return typeof value === 'object' && value !== null && 'sheetId' in value && 'rect' in value;
}
