import { AGING_BUCKET_LABELS } from '../../../src/domain/receivables/aging';
import { MATCH_KIND_LABELS, MATCH_VIA_LABELS } from '../../../src/domain/receivables/matching';
import { PAYMENT_METHOD_LABELS } from '../../../src/domain/receivables/payment';
import { SETTLEMENT_STATUS_LABELS } from '../../../src/domain/receivables/settlement';
import { isMessageKey, t } from '../../../src/shared/i18n';
import { receivablesDe, receivablesEn } from '../../../src/shared/i18n/receivables';

describe('receivables texts', () => {
  it('have the same keys in German and English, none empty, all prefixed', () => {
    expect(Object.keys(receivablesEn).sort()).toEqual(Object.keys(receivablesDe).sort());
    for (const [key, text] of [...Object.entries(receivablesDe), ...Object.entries(receivablesEn)]) {
      expect(key).toMatch(/^(err\.)?receivables\./);
      expect(text.trim()).not.toBe('');
    }
    expect(Object.keys(receivablesDe)).not.toContain('err.receivables.placeholder');
  });

  it('use the same parameters in both languages', () => {
    const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(receivablesDe) as (keyof typeof receivablesDe)[]) {
      expect(params(receivablesEn[key])).toEqual(params(receivablesDe[key]));
    }
  });

  it('name every label the domain hands out, in both languages', () => {
    const labels = [
      ...Object.values(AGING_BUCKET_LABELS),
      ...Object.values(MATCH_KIND_LABELS),
      ...Object.values(MATCH_VIA_LABELS),
      ...Object.values(PAYMENT_METHOD_LABELS),
      ...Object.values(SETTLEMENT_STATUS_LABELS),
    ];
    for (const key of labels) {
      expect(isMessageKey(key)).toBe(true);
      expect(t('de', key)).not.toBe(key);
      expect(t('en', key)).not.toBe(key);
    }
    expect(t('de', 'receivables.aging.d31to60')).toBe('31–60 Tage überfällig');
    expect(t('de', 'err.receivables.noteTooLong', { length: 501, max: 500 })).toBe(
      'Die Notiz hat 501 Zeichen; erlaubt sind höchstens 500.',
    );
  });

  it('quote German-style', () => {
    expect(t('de', 'err.receivables.noReference', { number: '--' })).toContain('„--“');
  });
});
