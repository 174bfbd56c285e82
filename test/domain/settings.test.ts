import { parseSettings, SETTING_DEFS } from '../../src/domain/settings';
import { isIban, isVatId } from '../../src/domain/validators';

const defaults = Object.fromEntries(SETTING_DEFS.map((d) => [d.key, d.default]));

describe('settings', () => {
  it('parses the defaults without problems', () => {
    const { settings, problems } = parseSettings(defaults);
    expect(problems).toEqual([]);
    expect(settings.numbers.order).toBe('{YYYY}-{####}');
    expect(settings.payment.termsDays).toBe(14);
  });

  it('names each bad field and falls back to its default', () => {
    const { settings, problems } = parseSettings({
      ...defaults,
      'company.iban': 'DE00 1234',
      'payment.termsDays': 'vierzehn',
      'numbers.order': '{YYYY}',
    });
    expect(problems.map((p) => p.key).sort()).toEqual(['company.iban', 'numbers.order', 'payment.termsDays']);
    expect(settings.payment.termsDays).toBe(14);
    expect(settings.numbers.order).toBe('{YYYY}-{####}');
  });

  it('reports a missing setting', () => {
    const { 'vat.mode': _omitted, ...rest } = defaults;
    expect(parseSettings(rest).problems).toEqual([
      expect.objectContaining({ key: 'vat.mode', message: 'err.settingsMissing' }),
    ]);
  });

  it('takes numbers typed into cells as numbers', () => {
    expect(parseSettings({ ...defaults, 'payment.termsDays': 30 }).settings.payment.termsDays).toBe(30);
  });

  it('checks IBAN and VAT id', () => {
    expect(isIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isVatId('DE123456789')).toBe(true);
    expect(isVatId('DE12345678')).toBe(false);
    expect(isVatId('ATU12345678')).toBe(true);
  });
});
