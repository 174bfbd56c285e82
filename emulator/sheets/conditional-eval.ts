// Evaluates conditional-format rules for a cell, as Sheets paints it: the first matching rule wins.

import { FormulaError, type Scalar, SerialDate, toBoolean, toText } from '../formula/values';
import { containsCell } from './a1';
import type { ConditionModel, RuleStyle } from './rules';
import { SheetEvaluator } from './sheet-evaluator';
import type { SheetModel } from './sheet-model';

export type EffectiveStyle = RuleStyle;

function numberOf(value: Scalar): number | null {
  if (typeof value === 'number') return value;
  if (value instanceof SerialDate) return value.serial;
  return null;
}

function textOf(value: Scalar): string {
  const text = toText(value);
  return text instanceof FormulaError ? text.code : text.toLowerCase();
}

function conditionHolds(condition: ConditionModel, value: Scalar, evaluate: () => Scalar): boolean {
  const [first, second] = condition.values;
  const number = numberOf(value);
  const isEmpty = value === null || value === '';
  switch (condition.criteria) {
    case 'CUSTOM_FORMULA': {
      const truth = toBoolean(evaluate());
      return truth === true;
    }
    case 'CELL_EMPTY':
      return isEmpty;
    case 'CELL_NOT_EMPTY':
      return !isEmpty;
    case 'TEXT_EQUAL_TO':
      return !isEmpty && textOf(value) === String(first).toLowerCase();
    case 'TEXT_CONTAINS':
      return !isEmpty && textOf(value).includes(String(first).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !textOf(value).includes(String(first).toLowerCase());
    case 'TEXT_STARTS_WITH':
      return !isEmpty && textOf(value).startsWith(String(first).toLowerCase());
    case 'TEXT_ENDS_WITH':
      return !isEmpty && textOf(value).endsWith(String(first).toLowerCase());
    default:
      return number !== null && numberHolds(condition.criteria, number, Number(first), Number(second));
  }
}

function numberHolds(criteria: string, value: number, first: number, second: number): boolean {
  switch (criteria) {
    case 'NUMBER_GREATER_THAN':
      return value > first;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return value >= first;
    case 'NUMBER_LESS_THAN':
      return value < first;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return value <= first;
    case 'NUMBER_EQUAL_TO':
      return value === first;
    case 'NUMBER_NOT_EQUAL_TO':
      return value !== first;
    case 'NUMBER_BETWEEN':
      return value >= Math.min(first, second) && value <= Math.max(first, second);
    case 'NUMBER_NOT_BETWEEN':
      return value < Math.min(first, second) || value > Math.max(first, second);
    default:
      return false;
  }
}

/** The cell's own background, font colour and bold, overlaid by the first matching rule. 0-based. */
export function effectiveStyleAt(
  sheet: SheetModel,
  row: number,
  col: number,
  evaluator = new SheetEvaluator(sheet),
): EffectiveStyle {
  const format = sheet.formats.get(row, col);
  const style: EffectiveStyle = {};
  if (format?.background) style.background = format.background;
  if (format?.fontColor) style.fontColor = format.fontColor;
  if (format?.fontWeight) style.bold = format.fontWeight === 'bold';
  for (const rule of sheet.conditionalRules) {
    const condition = rule.condition;
    if (!condition || !rule.ranges.some((rect) => containsCell(rect, row, col))) continue;
    const formula = condition.formula;
    const evaluate = (): Scalar => (formula ? evaluator.evaluateAt(formula, row, col) : null);
    if (!conditionHolds(condition, evaluator.cell(row, col), evaluate)) continue;
    for (const [key, value] of Object.entries(rule.style)) {
      if (value !== undefined && value !== null) (style as Record<string, unknown>)[key] = value;
    }
    break;
  }
  return style;
}
