// Refuses an action when a setting it depends on is broken, naming the setting to fix.
import { DomainError } from '../domain/errors';
import type { SettingKey, SettingProblem } from '../domain/settings';
import type { MessageKey } from '../shared/i18n';

export function requireSettings(problems: readonly SettingProblem[], keys: readonly SettingKey[]): void {
  const problem = problems.find((p) => keys.includes(p.key));
  if (!problem) return;
  const label = { ref: `setting.${problem.key}` as MessageKey };
  throw new DomainError('err.settings', {
    field: label,
    sheet: { ref: 'sheet.settings' },
    problem: { ref: problem.message },
    ...problem.params,
  });
}
