import { DomainError } from '../../src/domain/errors';
import {
  formatNumber,
  isValidPattern,
  nextNumber,
  normalizeNumber,
  rangeKey,
  sequenceInRange,
} from '../../src/domain/numbering';

describe('numbering', () => {
  it('formats the default order pattern', () => {
    expect(formatNumber('{YYYY}-{####}', '2026-03-04', 42)).toBe('2026-0042');
    expect(formatNumber('A-{order}-{#}', '2026-03-04', 2, { order: '2026-0042' })).toBe('A-2026-0042-2');
    expect(formatNumber('RE-{YY}{MM}-{###}', '2026-03-04', 7)).toBe('RE-2603-007');
  });

  it('E4: after RE-2025-0041 comes RE-2025-0042, and a new year starts a new range', () => {
    const pattern = 'RE-{YYYY}-{####}';
    expect(nextNumber(pattern, '2025-12-01', ['RE-2025-0041', 'RE-2024-0099'], 0).number).toBe(
      'RE-2025-0042',
    );
    expect(nextNumber(pattern, '2026-01-02', ['RE-2025-0041', 'RE-2025-0042'], 0).number).toBe(
      'RE-2026-0001',
    );
  });

  it('E4: compares case-insensitively and trimmed', () => {
    expect(normalizeNumber('re-2025-0042 ')).toBe(normalizeNumber('RE-2025-0042'));
    expect(nextNumber('RE-{YYYY}-{####}', '2025-05-01', ['re-2025-0042 '], 0).number).toBe('RE-2025-0043');
  });

  it('E4: refuses patterns that would yield characters outside A-Z 0-9 -/_.', () => {
    expect(isValidPattern('RE {YYYY}/{##}#')).toBe(false);
    expect(isValidPattern('RE-{YYYY}-{####}')).toBe(true);
  });

  it('needs exactly one counter and only known tokens', () => {
    expect(isValidPattern('{YYYY}')).toBe(false);
    expect(isValidPattern('{##}-{##}')).toBe(false);
    expect(isValidPattern('{YYYY}-{foo}-{#}')).toBe(false);
    expect(isValidPattern('A-{order}-{#}', ['order'])).toBe(true);
  });

  it('never reuses a number below the high-water mark (deleted rows)', () => {
    expect(nextNumber('{YYYY}-{####}', '2026-06-01', ['2026-0003'], 7).number).toBe('2026-0008');
  });

  it('grows past the padding instead of failing', () => {
    expect(nextNumber('{YYYY}-{##}', '2026-06-01', ['2026-99'], 0).number).toBe('2026-100');
  });

  it('refuses numbers longer than 35 characters', () => {
    expect(() => formatNumber('ABCDEFGHIJKLMNOPQRSTUVWXYZ-{YYYY}-{####}', '2026-01-01', 1)).toThrow(
      DomainError,
    );
  });

  it('ignores numbers of other ranges and junk', () => {
    const range = rangeKey('{YYYY}-{####}', '2026-01-01');
    expect(sequenceInRange(range, '2026-0012')).toBe(12);
    expect(sequenceInRange(range, '2025-0012')).toBeNull();
    expect(sequenceInRange(range, '2026-')).toBeNull();
    expect(sequenceInRange(range, '2026-12a')).toBeNull();
  });
});
