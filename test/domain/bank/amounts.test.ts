import fc from 'fast-check';
import { detectDecimal, parseAmount, parseBankDate } from '../../../src/domain/bank/amounts';

describe('parseAmount (strict, with the decimal separator the format declares)', () => {
  it.each([
    ['1.234,56', 123456],
    ['-1.234,56', -123456],
    ['+12,00', 1200],
    ['1.234,5', 123450],
    ['1234,5', 123450],
    ['-53,94', -5394],
    ['750', 75000],
    ['1.000', 100000],
    ['0,00', 0],
    ['-0,00', 0],
    ['1.234,56 €', 123456],
    ['1.234,56 EUR', 123456],
    ['23,11-', -2311],
    ['  2.975,00  ', 297500],
    ['12,500', 1250],
    ['1.234.567,89', 123456789],
  ])('reads %p with decimal comma as %p cents', (text, cents) => {
    expect(parseAmount(text, ',')).toBe(cents);
  });

  it.each([
    ['-16.80', -1680],
    ['1234.56', 123456],
    ['1190.0', 119000],
    ['1,234.56', 123456],
    ['+2975', 297500],
    ['-0.5', -50],
  ])('reads %p with decimal point as %p cents', (text, cents) => {
    expect(parseAmount(text, '.')).toBe(cents);
  });

  it.each([
    ['1.234,5x', ','],
    ['', ','],
    ['-', ','],
    ['12,345', ','],
    ['1.23,45', ','],
    ['12.34', ','],
    ['1,5', '.'],
    ['12 34', ','],
    ['abc', '.'],
    ['--5', ','],
    [',50', ','],
    ['5,', ','],
    ['1e3', '.'],
    ['9999999999999,00', ','],
  ] as const)('refuses %p (decimal %p)', (text, decimal) => {
    expect(parseAmount(text, decimal)).toBeNull();
  });

  it('round-trips any cent amount written the German way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (cents) => {
        const abs = Math.abs(cents);
        const euros = Math.floor(abs / 100)
          .toString()
          .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const text = `${cents < 0 ? '-' : ''}${euros},${String(abs % 100).padStart(2, '0')}`;
        expect(parseAmount(text, ',')).toBe(cents);
        expect(parseAmount(text.replace(/\./g, '').replace(',', '.'), '.')).toBe(cents);
      }),
    );
  });
});

describe('detectDecimal', () => {
  it('picks the separator most amount cells use', () => {
    expect(detectDecimal(['1190,00', '-71,39', '476'])).toBe(',');
    expect(detectDecimal(['1190.00', '-71.39', '1.234,56'])).toBe('.');
    expect(detectDecimal(['', '12'])).toBe('.');
  });
});

describe('parseBankDate', () => {
  it.each([
    ['16.06.26', '2026-06-16'],
    ['16.06.2026', '2026-06-16'],
    ['1.6.2026', '2026-06-01'],
    ['2026-06-16', '2026-06-16'],
    ['2026-06-16T09:15:00+02:00', '2026-06-16'],
    ['2026-06-16 07:14:02', '2026-06-16'],
    ['16-06-2026 09:14:02', '2026-06-16'],
    ['16/06/2026', '2026-06-16'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %p as %p', (text, iso) => {
    expect(parseBankDate(text)).toBe(iso);
  });

  it.each([
    '31.02.2026',
    '29.02.2026',
    '2026-06-31',
    '16.13.2026',
    '',
    '16.06',
    'gestern',
    '16.06-2026',
    '2026/06/16',
  ])('refuses %p', (text) => {
    expect(parseBankDate(text)).toBeNull();
  });
});
