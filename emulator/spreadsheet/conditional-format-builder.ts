// Emulated ConditionalFormatRuleBuilder (SpreadsheetApp.newConditionalFormatRule()).

import type { EmuContext } from '../core/context';
import { BooleanCriteria, type BooleanCriteriaName, enumName } from '../core/enums';
import { EmuService } from '../core/service';
import { normalizeColor } from '../sheets/formats';
import { anchorRule, draftOf } from '../sheets/rule-formula';
import type { ConditionalRuleModel, RuleStyle } from '../sheets/rules';
import type { SheetModel } from '../sheets/sheet-model';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import { asBooleanCondition, asRange, asRule, asRuleBuilder, toEmuRange } from './boundary';
import { EmuBooleanCondition, EmuConditionalFormatRule } from './conditional-format';
import { EmuRange } from './range';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export class EmuConditionalFormatRuleBuilder
  extends EmuService
  implements
    Pick<
      Builder,
      | 'build'
      | 'copy'
      | 'getRanges'
      | 'getBooleanCondition'
      | 'setRanges'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setItalic'
      | 'setStrikethrough'
      | 'setUnderline'
      | 'whenFormulaSatisfied'
      | 'whenTextEqualTo'
      | 'whenTextContains'
      | 'whenTextDoesNotContain'
      | 'whenTextStartsWith'
      | 'whenTextEndsWith'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenNumberLessThan'
      | 'whenNumberLessThanOrEqualTo'
      | 'whenNumberGreaterThan'
      | 'whenNumberGreaterThanOrEqualTo'
      | 'whenNumberEqualTo'
      | 'whenNumberNotEqualTo'
      | 'whenNumberBetween'
      | 'whenNumberNotBetween'
      | 'withCriteria'
    >
{
  /** draft: a rule whose custom formula stays text until build(), since setRanges may move its anchor. */
  constructor(
    ctx: EmuContext,
    private readonly book: SpreadsheetModel,
    private sheet: SheetModel | null,
    private readonly draft: ConditionalRuleModel = { ranges: [], condition: null, style: {} },
  ) {
    super(ctx, 'ConditionalFormatRuleBuilder');
  }

  private self(): Builder {
    return asRuleBuilder(this);
  }

  private when(criteria: BooleanCriteriaName, values: unknown[], formulaText?: string): Builder {
    this.draft.condition = { criteria, values, formulaText };
    return this.self();
  }

  private styled(update: RuleStyle): Builder {
    Object.assign(this.draft.style, update);
    return this.self();
  }

  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    this.track('build');
    return asRule(new EmuConditionalFormatRule(this.ctx, this.book, this.sheet, anchorRule(this.draft)));
  }

  copy(): Builder {
    this.track('copy');
    return asRuleBuilder(
      new EmuConditionalFormatRuleBuilder(this.ctx, this.book, this.sheet, draftOf(this.draft)),
    );
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.track('getRanges');
    const sheet = this.sheet;
    return sheet
      ? this.draft.ranges.map((rect) => asRange(new EmuRange(this.ctx, this.book, sheet, rect)))
      : [];
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    this.track('getBooleanCondition');
    const condition = this.draft.condition;
    if (!condition) return null;
    const read = new EmuBooleanCondition(this.ctx, condition, this.draft.style, this.draft.ranges);
    return asBooleanCondition(read);
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Builder {
    this.track('setRanges');
    const emuRanges = ranges.map(toEmuRange);
    this.sheet = emuRanges[0]?.sheetModel ?? this.sheet;
    this.draft.ranges = emuRanges.map((range) => ({ ...range.rect }));
    return this.self();
  }

  setBackground(color: string | null): Builder {
    this.track('setBackground');
    return this.styled({ background: normalizeColor(color) });
  }

  setFontColor(color: string | null): Builder {
    this.track('setFontColor');
    return this.styled({ fontColor: normalizeColor(color) });
  }

  setBold(bold: boolean | null): Builder {
    this.track('setBold');
    return this.styled({ bold: bold ?? undefined });
  }

  setItalic(italic: boolean | null): Builder {
    this.track('setItalic');
    return this.styled({ italic: italic ?? undefined });
  }

  setStrikethrough(strikethrough: boolean | null): Builder {
    this.track('setStrikethrough');
    return this.styled({ strikethrough: strikethrough ?? undefined });
  }

  setUnderline(underline: boolean | null): Builder {
    this.track('setUnderline');
    return this.styled({ underline: underline ?? undefined });
  }

  /** The formula is relative to the top-left cell of the rule's first range, as in Sheets. */
  whenFormulaSatisfied(formula: string): Builder {
    this.track('whenFormulaSatisfied');
    return this.when('CUSTOM_FORMULA', [], formula);
  }

  whenTextEqualTo(text: string): Builder {
    this.track('whenTextEqualTo');
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): Builder {
    this.track('whenTextContains');
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): Builder {
    this.track('whenTextDoesNotContain');
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextStartsWith(text: string): Builder {
    this.track('whenTextStartsWith');
    return this.when('TEXT_STARTS_WITH', [text]);
  }

  whenTextEndsWith(text: string): Builder {
    this.track('whenTextEndsWith');
    return this.when('TEXT_ENDS_WITH', [text]);
  }

  whenCellEmpty(): Builder {
    this.track('whenCellEmpty');
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): Builder {
    this.track('whenCellNotEmpty');
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenNumberLessThan(number: number): Builder {
    this.track('whenNumberLessThan');
    return this.when('NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): Builder {
    this.track('whenNumberLessThanOrEqualTo');
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberGreaterThan(number: number): Builder {
    this.track('whenNumberGreaterThan');
    return this.when('NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): Builder {
    this.track('whenNumberGreaterThanOrEqualTo');
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberEqualTo(number: number): Builder {
    this.track('whenNumberEqualTo');
    return this.when('NUMBER_EQUAL_TO', [number]);
  }

  whenNumberNotEqualTo(number: number): Builder {
    this.track('whenNumberNotEqualTo');
    return this.when('NUMBER_NOT_EQUAL_TO', [number]);
  }

  whenNumberBetween(start: number, end: number): Builder {
    this.track('whenNumberBetween');
    return this.when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberNotBetween(start: number, end: number): Builder {
    this.track('whenNumberNotBetween');
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): Builder {
    this.track('withCriteria');
    const name = enumName(criteria, BooleanCriteria, 'BooleanCriteria');
    return name === 'CUSTOM_FORMULA' ? this.when(name, [], String(args[0])) : this.when(name, [...args]);
  }
}
