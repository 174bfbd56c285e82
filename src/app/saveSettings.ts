// Use case "Save settings": checks every submitted value by the settings rules, then writes the changed ones.
import { DomainError, DomainErrors } from '../domain/errors';
import { parseSettings, SETTING_DEFS } from '../domain/settings';
import type { SettingsFormDto, SettingsInput } from '../shared/contract';
import type { Environment, Register } from './ports';
import { resolveSettingChoice, settingsForm, uiLang } from './settingsView';

export function saveSettings(register: Register, env: Environment, input: SettingsInput): SettingsFormDto {
  const known = new Set<string>(SETTING_DEFS.map((d) => d.key));
  return register.transact((reader) => {
    const current = reader.settings().raw;
    const submitted = Object.entries(input).filter(([key]) => known.has(key));
    const merged = { ...current, ...Object.fromEntries(submitted) };
    const { problems } = parseSettings(merged, resolveSettingChoice);
    // Only the fields the user submitted can block the save; older problems elsewhere are reported, not fatal.
    const blocking = problems.filter((p) => submitted.some(([key]) => key === p.key));
    if (blocking.length > 0) {
      throw new DomainErrors(
        blocking.map(
          (p) =>
            new DomainError(
              p.message,
              { field: { ref: `setting.${p.key}` as 'setting.company.name' }, ...p.params },
              p.key,
            ),
        ),
      );
    }
    const changed = submitted.filter(([key, value]) => (current[key] ?? '') !== value);
    const after = parseSettings(merged, resolveSettingChoice);
    return {
      changes: {
        updateSettings: Object.fromEntries(changed),
        log: changed.map(([key, value]) => ({
          action: 'saveSettings' as const,
          orderNo: '',
          oldValue: `${key}: ${current[key] ?? ''}`,
          newValue: `${key}: ${value}`,
        })),
      },
      // Answered in the language just chosen, if the language was what changed.
      result: settingsForm(merged, after.problems, uiLang(after.settings, env.userLang())),
    };
  });
}
