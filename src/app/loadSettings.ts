// Use case "Open settings": the settings form with current values and any problems.
import type { SettingsFormDto } from '../shared/contract';
import type { Environment, Register } from './ports';
import { settingsForm, uiLang } from './settingsView';

export function loadSettings(register: Register, env: Environment): SettingsFormDto {
  return register.read((reader) => {
    const { settings, problems, raw } = reader.settings();
    return settingsForm(raw, problems, uiLang(settings, env.userLang()));
  });
}
