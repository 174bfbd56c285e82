// Custom formulas of conditional-format rules, anchored at the first range's top-left cell.

// Sheets reads them relative to that cell, so they are parsed against it and rendered back from it.

import { templateFromA1 } from '../formula/template';
import type { Rect } from './a1';
import type { ConditionalRuleModel, ConditionModel } from './rules';

/** The formula text of a custom-formula condition as it reads for the rule's first range. */
export function conditionFormulaText(condition: ConditionModel, ranges: Rect[]): string | undefined {
  if (condition.formula && ranges.length > 0) return condition.formula.render(ranges[0].row, ranges[0].col);
  return condition.formulaText;
}

/** A copy of the rule whose custom formula is parsed relative to the first range's top-left cell. */
export function anchorRule(model: ConditionalRuleModel): ConditionalRuleModel {
  const condition = model.condition;
  const text = condition ? conditionFormulaText(condition, model.ranges) : undefined;
  const first = model.ranges[0];
  const anchored =
    condition && text !== undefined && first
      ? { ...condition, formula: templateFromA1(text, first.row, first.col), formulaText: undefined }
      : condition && { ...condition };
  return {
    ranges: model.ranges.map((rect) => ({ ...rect })),
    condition: anchored,
    style: { ...model.style },
  };
}

/** A builder draft from a rule: the custom formula back to text as it reads for the first range. */
export function draftOf(model: ConditionalRuleModel): ConditionalRuleModel {
  const condition = model.condition;
  return {
    ranges: model.ranges.map((rect) => ({ ...rect })),
    condition: condition && {
      criteria: condition.criteria,
      values: [...condition.values],
      formulaText: conditionFormulaText(condition, model.ranges),
    },
    style: { ...model.style },
  };
}
