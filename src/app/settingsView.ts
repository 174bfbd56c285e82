// Settings for people: labels, help, choices and problems translated; the language the UI speaks.
import {
  SETTING_DEFS,
  type SettingKey,
  type SettingProblem,
  type Settings,
  settingChoices,
} from '../domain/settings';
import type { FieldErrorDto, SettingsFormDto } from '../shared/contract';
import { type Lang, type MessageKey, t } from '../shared/i18n';

const label = (key: string) => `setting.${key}` as MessageKey;

export function translateSettingProblems(problems: readonly SettingProblem[], lang: Lang): FieldErrorDto[] {
  return problems.map((p) => ({
    field: p.key,
    message: t(lang, 'err.settings', {
      field: { ref: label(p.key) },
      sheet: { ref: 'sheet.settings' },
      problem: t(lang, p.message, { field: { ref: label(p.key) }, ...p.params }),
    }),
  }));
}

export function choiceLabelKey(key: SettingKey, value: string): MessageKey {
  return `choice.${key}.${value}` as MessageKey;
}

export function settingsForm(
  raw: Record<string, string>,
  problems: readonly SettingProblem[],
  lang: Lang,
): SettingsFormDto {
  return {
    fields: SETTING_DEFS.map((def) => ({
      key: def.key,
      label: t(lang, label(def.key)),
      help: t(lang, `settingHelp.${def.key}` as MessageKey),
      value: raw[def.key] ?? def.default,
      choices: settingChoices(def.key).map((value) => ({
        value,
        label: t(lang, choiceLabelKey(def.key, value)),
      })),
    })),
    problems: translateSettingProblems(problems, lang),
  };
}

/** The language the sidebar speaks: the setting, or the Google account's language when set to automatic. */
export function uiLang(settings: Settings, accountLang: Lang): Lang {
  return settings.ui.language === 'auto' ? accountLang : settings.ui.language;
}

/** Choice cells may hold a label in either language or the value itself. */
export function resolveSettingChoice(key: SettingKey, typed: string): string | null {
  const wanted = typed.trim().toLowerCase();
  for (const value of settingChoices(key)) {
    if (value.toLowerCase() === wanted) return value;
    for (const lang of ['de', 'en'] as const) {
      if (t(lang, choiceLabelKey(key, value)).toLowerCase() === wanted) return value;
    }
  }
  return null;
}
