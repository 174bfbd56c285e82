import { formatMoney, parseMoney } from '../../src/domain/money';

describe('money', () => {
  it.each([
    ['1.250,50', 'de', 125050],
    ['1,250.50', 'en', 125050],
    ['1.250', 'de', 125000],
    ['1,250', 'en', 125000],
    ['1.25', 'de', 125],
    ['99,9', 'de', 9990],
    ['€ 12.500,00', 'de', 1250000],
    ['12500', 'en', 1250000],
    ['1.234.567,89', 'de', 123456789],
    ['-5,00', 'de', -500],
  ] as const)('parses %s (%s) to %d cents', (text, lang, cents) => {
    expect(parseMoney(text, lang)).toBe(cents);
  });

  it.each(['', 'abc', '1.234,5x', '1,2,3', '12,345', '1.23.4', '€', '1,234.567'])('refuses %p', (text) => {
    expect(parseMoney(text, 'de')).toBeNull();
  });

  it('formats German and English', () => {
    expect(formatMoney(125050, 'de')).toBe('1.250,50 €');
    expect(formatMoney(125050, 'en')).toBe('€1,250.50');
    expect(formatMoney(-5, 'de')).toBe('-0,05 €');
  });
});
