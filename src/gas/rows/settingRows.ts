// Settings sheet rows: one setting per row, found by its key; values shown as people read them.

import { choiceLabelKey } from '../../app/settingsView';
import { SETTING_DEFS, type SettingKey, settingChoices } from '../../domain/settings';
import { type Lang, t } from '../../shared/i18n';
import type { CellOut, CellValue } from '../cells';
import type { ColumnMap } from '../columns';
import { CellReader } from './cellReader';

export interface SettingRow {
  key: string;
  value: string;
  row: number;
}

export function readSettingRows(
  rows: readonly CellValue[][],
  map: ColumnMap,
  timeZone: string,
): SettingRow[] {
  const out: SettingRow[] = [];
  rows.forEach((cells, i) => {
    const r = new CellReader(cells, map, timeZone);
    const key = r.text('key');
    if (key !== '') out.push({ key, value: r.text('value'), row: i + 2 });
  });
  return out;
}

/** A choice setting is written as its label ("Regelbesteuerung"), a whole number as a number, text as typed. */
export function settingValueCell(key: string, value: string, lang: Lang): CellOut {
  const choices = settingChoices(key as SettingKey);
  if (choices.includes(value)) return t(lang, choiceLabelKey(key as SettingKey, value));
  const def = SETTING_DEFS.find((d) => d.key === key);
  return def?.kind.type === 'int' && /^\d+$/.test(value) ? Number(value) : value;
}

export function settingCells(key: SettingKey, lang: Lang): Record<string, CellOut> {
  const def = SETTING_DEFS.find((d) => d.key === key);
  return {
    key,
    label: t(lang, `setting.${key}`),
    value: settingValueCell(key, def?.default ?? '', lang),
    help: t(lang, `settingHelp.${key}`),
  };
}
