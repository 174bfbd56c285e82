// One colour per stage, so the register reads at a glance; applied as conditional formats on the stage column.
import type { StageKey } from '../domain/stages';
import { STAGES } from '../domain/stages';
import type { Lang } from '../shared/i18n';
import { choiceLabel } from './rows/choices';

export const STAGE_COLOURS: Record<StageKey, string> = {
  inquiry: '#e8eaed',
  quote: '#fef7e0',
  ordered: '#fce8b2',
  confirmed: '#e6f4ea',
  kickoff: '#ceead6',
  inProgress: '#d2e3fc',
  acceptance: '#e9d2fd',
  rework: '#fad2cf',
  handedOver: '#c8e6c9',
  invoiced: '#b3e5fc',
  paid: '#a5d6a7',
  aftercare: '#dcedc8',
  closed: '#f1f3f4',
  lost: '#f6aea9',
  cancelled: '#f28b82',
  onHold: '#fff0c2',
};

export function stageRules(
  range: GoogleAppsScript.Spreadsheet.Range,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return STAGES.map((stage) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(choiceLabel('stage', stage, lang))
      .setBackground(STAGE_COLOURS[stage])
      .setRanges([range])
      .build(),
  );
}
