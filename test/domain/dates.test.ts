import { addDays, daysBetween, formatDate, isIsoDate, parseDateInput } from '../../src/domain/dates';

describe('dates', () => {
  it('validates real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });

  it('parses German input', () => {
    expect(parseDateInput('16.06.26')).toBe('2026-06-16');
    expect(parseDateInput('1.2.2026')).toBe('2026-02-01');
    expect(parseDateInput('31.02.2026')).toBeNull();
  });

  it('counts days across month and DST changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(formatDate('2026-06-15', 'de')).toBe('15.06.2026');
  });
});
