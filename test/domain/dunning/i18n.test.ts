import { HOLIDAYS, holidayNameKey } from '../../../src/domain/dunning/holidays';
import { letterTextKeys } from '../../../src/domain/dunning/letterText';
import { DUNNING_LEVELS, levelNameKey } from '../../../src/domain/dunning/levels';
import { isMessageKey, t } from '../../../src/shared/i18n';
import { dunningDe, dunningEn } from '../../../src/shared/i18n/dunning';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dunning texts', () => {
  it('German and English have the same keys, all known, all prefixed', () => {
    expect(Object.keys(dunningEn).sort()).toEqual(Object.keys(dunningDe).sort());
    for (const key of Object.keys(dunningDe)) {
      expect(isMessageKey(key)).toBe(true);
      expect(key).toMatch(/^(err\.dunning|dunning)\./);
    }
    expect(Object.keys(dunningDe)).not.toContain('err.dunning.placeholder');
  });

  it('each text has the same placeholders in both languages and none is empty', () => {
    for (const [key, de] of Object.entries(dunningDe)) {
      const en = dunningEn[key as keyof typeof dunningDe];
      expect([key, placeholders(en)]).toEqual([key, placeholders(de)]);
      expect(de.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
    }
  });

  it('names every holiday and level and has a subject and body per level', () => {
    for (const holiday of HOLIDAYS) expect(isMessageKey(holidayNameKey(holiday))).toBe(true);
    for (const level of DUNNING_LEVELS) {
      expect(isMessageKey(levelNameKey(level))).toBe(true);
      expect(isMessageKey(letterTextKeys(level).subject)).toBe(true);
      expect(isMessageKey(letterTextKeys(level).body)).toBe(true);
    }
  });

  it('fills in the missing period', () => {
    expect(t('de', 'err.dunning.baseRateMissing', { from: '01.07.2026', to: '10.07.2026' })).toBe(
      'Für den Zeitraum 01.07.2026 bis 10.07.2026 ist kein Basiszinssatz hinterlegt. Bitte tragen Sie ihn in den Einstellungen nach (Deutsche Bundesbank, § 247 BGB).',
    );
  });
});
