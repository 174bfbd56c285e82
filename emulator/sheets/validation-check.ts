// Finds cells whose value breaks their data-validation rule.

// Sheets does not enforce rules on script writes either, so tests and the playground use this to see
// what a user would see flagged.

import { isDate } from '../core/emulated-date';
import { toSerial } from '../core/time-zone';
import { FormulaError, type Scalar, SerialDate, toText } from '../formula/values';
import { cellA1 } from './a1';
import { isSheetRect, type ValidationModel } from './rules';
import { SheetEvaluator } from './sheet-evaluator';
import type { SheetModel } from './sheet-model';

export interface ValidationProblem {
  /** 1-based, like the Apps Script API. */
  row: number;
  column: number;
  a1: string;
  value: string;
  criteria: string;
  helpText: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/\S+$/i;

function serialOf(value: unknown, timeZone: string): number {
  return isDate(value) ? Math.floor(toSerial(value.getTime(), timeZone)) : Number(value);
}

function textOf(value: Scalar): string {
  const text = toText(value);
  return text instanceof FormulaError ? text.code : text;
}

function holds(
  rule: ValidationModel,
  value: Scalar,
  sheet: SheetModel,
  lookup: (id: number) => SheetModel | null,
): boolean {
  const [first, second] = rule.values;
  const number = typeof value === 'number' ? value : value instanceof SerialDate ? value.serial : null;
  const day = value instanceof SerialDate ? Math.floor(value.serial) : null;
  const timeZone = sheet.book.timeZone;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(first) && first.map(String).includes(textOf(value));
    case 'VALUE_IN_RANGE': {
      if (!isSheetRect(first)) return true;
      const source = lookup(first.sheetId);
      if (!source) return false;
      const evaluator = new SheetEvaluator(source);
      for (let row = first.rect.row; row < first.rect.row + first.rect.numRows; row++) {
        for (let col = first.rect.col; col < first.rect.col + first.rect.numCols; col++) {
          if (textOf(evaluator.cell(row, col)) === textOf(value)) return true;
        }
      }
      return false;
    }
    case 'CHECKBOX':
      return rule.values.length > 0
        ? [first, second].map(String).includes(textOf(value))
        : typeof value === 'boolean';
    case 'DATE_IS_VALID_DATE':
      return day !== null;
    case 'DATE_AFTER':
      return day !== null && day > serialOf(first, timeZone);
    case 'DATE_BEFORE':
      return day !== null && day < serialOf(first, timeZone);
    case 'DATE_ON_OR_AFTER':
      return day !== null && day >= serialOf(first, timeZone);
    case 'DATE_ON_OR_BEFORE':
      return day !== null && day <= serialOf(first, timeZone);
    case 'DATE_EQUAL_TO':
      return day !== null && day === serialOf(first, timeZone);
    case 'DATE_BETWEEN':
      return day !== null && day >= serialOf(first, timeZone) && day <= serialOf(second, timeZone);
    case 'DATE_NOT_BETWEEN':
      return day !== null && (day < serialOf(first, timeZone) || day > serialOf(second, timeZone));
    case 'NUMBER_BETWEEN':
      return number !== null && number >= Number(first) && number <= Number(second);
    case 'NUMBER_NOT_BETWEEN':
      return number !== null && (number < Number(first) || number > Number(second));
    case 'NUMBER_EQUAL_TO':
      return number === Number(first);
    case 'NUMBER_NOT_EQUAL_TO':
      return number !== null && number !== Number(first);
    case 'NUMBER_GREATER_THAN':
      return number !== null && number > Number(first);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number !== null && number >= Number(first);
    case 'NUMBER_LESS_THAN':
      return number !== null && number < Number(first);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number !== null && number <= Number(first);
    case 'TEXT_CONTAINS':
      return textOf(value).includes(String(first));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !textOf(value).includes(String(first));
    case 'TEXT_EQUAL_TO':
      return textOf(value) === String(first);
    case 'TEXT_IS_VALID_EMAIL':
      return EMAIL.test(textOf(value));
    case 'TEXT_IS_VALID_URL':
      return URL_PATTERN.test(textOf(value));
    default:
      // CUSTOM_FORMULA rules are not checked: their formula is relative to where the rule was applied.
      return true;
  }
}

export function findValidationProblems(
  sheet: SheetModel,
  lookup: (id: number) => SheetModel | null,
): ValidationProblem[] {
  const evaluator = new SheetEvaluator(sheet);
  const problems: ValidationProblem[] = [];
  sheet.validations.forEachDefined((rule, row, col) => {
    const value = evaluator.cell(row, col);
    // Empty cells never violate a rule.
    if (value === null || value === '' || holds(rule, value, sheet, lookup)) return;
    problems.push({
      row: row + 1,
      column: col + 1,
      a1: cellA1(row, col),
      value: textOf(value),
      criteria: rule.criteria,
      helpText: rule.helpText,
    });
  });
  return problems;
}
