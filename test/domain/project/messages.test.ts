import { t } from '../../../src/shared/i18n';
import { projectErrorsDe, projectErrorsEn } from '../../../src/shared/i18n/projectErrors';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('project error messages', () => {
  it('say the same in German and English: the same placeholders per key', () => {
    for (const [key, de] of Object.entries(projectErrorsDe)) {
      expect([key, placeholders(projectErrorsEn[key as keyof typeof projectErrorsDe])]).toEqual([
        key,
        placeholders(de),
      ]);
    }
  });

  it('are in the server catalogue and resolve a stage reference', () => {
    expect(t('de', 'err.project.requestStage', { stage: { ref: 'stage.kickoff' } })).toBe(
      'Eine Abnahme wird aus „In Arbeit“ oder „Nachbesserung“ angefordert, nicht aus „Kick-off“.',
    );
    expect(t('en', 'err.project.pastDate', { field: 'Date' })).toBe('Date: The date is in the past.');
  });
});
