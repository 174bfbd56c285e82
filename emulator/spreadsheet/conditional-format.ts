// Emulated conditional-format rules: the rule, its boolean condition and the read side of both.

import type { EmuContext } from '../core/context';
import { EmuService } from '../core/service';
import type { Rect } from '../sheets/a1';
import { anchorRule, conditionFormulaText, draftOf } from '../sheets/rule-formula';
import type { ConditionalRuleModel, ConditionModel, RuleStyle } from '../sheets/rules';
import type { SheetModel } from '../sheets/sheet-model';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import { asBooleanCondition, asBooleanCriteria, asRange, asRuleBuilder } from './boundary';
import { EmuConditionalFormatRuleBuilder } from './conditional-format-builder';
import { EmuRange } from './range';

type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type BooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;

export class EmuConditionalFormatRule
  extends EmuService
  implements
    Pick<ConditionalFormatRule, 'getRanges' | 'getBooleanCondition' | 'copy' | 'getGradientCondition'>
{
  constructor(
    ctx: EmuContext,
    private readonly book: SpreadsheetModel,
    /** The sheet the ranges belong to (null for a rule built without ranges). */
    private readonly sheet: SheetModel | null,
    readonly model: ConditionalRuleModel,
  ) {
    super(ctx, 'ConditionalFormatRule');
  }

  /** The model to store in a sheet, formula anchored to the first range. */
  anchoredModel(): ConditionalRuleModel {
    return anchorRule(this.model);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.track('getRanges');
    const sheet = this.sheet;
    if (!sheet) return [];
    return this.model.ranges.map((rect) => asRange(new EmuRange(this.ctx, this.book, sheet, rect)));
  }

  getBooleanCondition(): BooleanCondition | null {
    this.track('getBooleanCondition');
    const condition = this.model.condition;
    if (!condition) return null;
    return asBooleanCondition(
      new EmuBooleanCondition(this.ctx, condition, this.model.style, this.model.ranges),
    );
  }

  getGradientCondition(): null {
    this.track('getGradientCondition');
    return null;
  }

  copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.track('copy');
    return asRuleBuilder(
      new EmuConditionalFormatRuleBuilder(this.ctx, this.book, this.sheet, draftOf(this.model)),
    );
  }
}

export class EmuBooleanCondition
  extends EmuService
  implements
    Pick<
      BooleanCondition,
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getBackground'
      | 'getFontColor'
      | 'getBold'
      | 'getItalic'
      | 'getStrikethrough'
      | 'getUnderline'
    >
{
  constructor(
    ctx: EmuContext,
    private readonly condition: ConditionModel,
    private readonly style: RuleStyle,
    private readonly ranges: Rect[],
  ) {
    super(ctx, 'BooleanCondition');
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    this.track('getCriteriaType');
    return asBooleanCriteria(this.condition.criteria);
  }

  /** For CUSTOM_FORMULA: [formula text], adjusted by any structural changes since it was set. */
  getCriteriaValues(): unknown[] {
    this.track('getCriteriaValues');
    const formula = conditionFormulaText(this.condition, this.ranges);
    return formula !== undefined ? [formula] : [...this.condition.values];
  }

  getBackground(): string | null {
    this.track('getBackground');
    return this.style.background ?? null;
  }

  getFontColor(): string | null {
    this.track('getFontColor');
    return this.style.fontColor ?? null;
  }

  getBold(): boolean | null {
    this.track('getBold');
    return this.style.bold ?? null;
  }

  getItalic(): boolean | null {
    this.track('getItalic');
    return this.style.italic ?? null;
  }

  getStrikethrough(): boolean | null {
    this.track('getStrikethrough');
    return this.style.strikethrough ?? null;
  }

  getUnderline(): boolean | null {
    this.track('getUnderline');
    return this.style.underline ?? null;
  }
}
