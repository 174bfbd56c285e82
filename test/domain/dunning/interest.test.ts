import { DEFAULT_BASE_RATES } from '../../../src/domain/dunning/baseRates';
import { defaultInterest, interestCents } from '../../../src/domain/dunning/interest';
import { DomainError } from '../../../src/domain/errors';

const rates = DEFAULT_BASE_RATES;
const tenThousand = [{ from: '2025-06-17', cents: 1_000_000 }];

describe('defaultInterest (rule 26)', () => {
  it('splits at the base-rate change on 2025-07-01 (business, + 9 points)', () => {
    // 10,000.00 € from 2025-06-17 to 2025-07-10:
    //   14 days (17-30 June) at 2.27 + 9 = 11.27 %: 10,000 x 0.1127 x 14 / 365 = 43.2274 € -> 43.23 €
    //   10 days (1-10 July) at 1.27 + 9 = 10.27 %: 10,000 x 0.1027 x 10 / 365 = 28.1370 € -> 28.14 €
    const result = defaultInterest({
      balance: tenThousand,
      from: '2025-06-17',
      to: '2025-07-10',
      clientKind: 'business',
      baseRates: rates,
    });
    expect(result.lines).toEqual([
      {
        from: '2025-06-17',
        to: '2025-06-30',
        days: 14,
        principalCents: 1_000_000,
        baseBp: 227,
        rateBp: 1127,
        yearDays: 365,
        cents: 4323,
      },
      {
        from: '2025-07-01',
        to: '2025-07-10',
        days: 10,
        principalCents: 1_000_000,
        baseBp: 127,
        rateBp: 1027,
        yearDays: 365,
        cents: 2814,
      },
    ]);
    expect(result.totalCents).toBe(7137);
  });

  it('consumers pay base + 5 points', () => {
    // 14 days at 7.27 %: 27.8849 € -> 27.88; 10 days at 6.27 %: 17.1781 € -> 17.18
    const result = defaultInterest({
      balance: tenThousand,
      from: '2025-06-17',
      to: '2025-07-10',
      clientKind: 'consumer',
      baseRates: rates,
    });
    expect(result.lines.map((l) => [l.rateBp, l.cents])).toEqual([
      [727, 2788],
      [627, 1718],
    ]);
    expect(result.totalCents).toBe(4506);
  });

  it('splits at the year end: 366 days in 2024, 365 in 2025', () => {
    // 2024-12-20..31: 12 days at 3.37 + 9 = 12.37 % over 366: 10,000 x 0.1237 x 12 / 366 = 40.5574 € -> 40.56
    // 2025-01-01..10: 10 days at 2.27 + 9 = 11.27 % over 365: 10,000 x 0.1127 x 10 / 365 = 30.8767 € -> 30.88
    const result = defaultInterest({
      balance: [{ from: '2024-12-20', cents: 1_000_000 }],
      from: '2024-12-20',
      to: '2025-01-10',
      clientKind: 'business',
      baseRates: rates,
    });
    expect(result.lines.map((l) => [l.from, l.to, l.days, l.yearDays, l.rateBp, l.cents])).toEqual([
      ['2024-12-20', '2024-12-31', 12, 366, 1237, 4056],
      ['2025-01-01', '2025-01-10', 10, 365, 1127, 3088],
    ]);
    expect(result.totalCents).toBe(7144);
  });

  it('splits where a partial payment lowers the balance', () => {
    // 4,000 € paid on 2025-07-05, so 6,000 € from that day:
    //   17-30 June: 10,000 € x 11.27 % x 14/365 = 43.23; 1-4 July: 10,000 € x 10.27 % x 4/365 = 11.2548 -> 11.25
    //   5-10 July: 6,000 € x 10.27 % x 6/365 = 10.1293 -> 10.13
    const result = defaultInterest({
      balance: [
        { from: '2025-07-05', cents: 600_000 },
        { from: '2025-06-17', cents: 1_000_000 },
      ],
      from: '2025-06-17',
      to: '2025-07-10',
      clientKind: 'business',
      baseRates: rates,
    });
    expect(result.lines.map((l) => [l.from, l.to, l.principalCents, l.cents])).toEqual([
      ['2025-06-17', '2025-06-30', 1_000_000, 4323],
      ['2025-07-01', '2025-07-04', 1_000_000, 1125],
      ['2025-07-05', '2025-07-10', 600_000, 1013],
    ]);
    expect(result.totalCents).toBe(6461);
  });

  it('keeps one line where the rate stays the same across half-years of one year', () => {
    // 2017: -0.88 % from 1 January and from 1 July; business 8.12 %
    const result = defaultInterest({
      balance: [{ from: '2017-01-01', cents: 100_000 }],
      from: '2017-03-01',
      to: '2017-09-30',
      clientKind: 'business',
      baseRates: rates,
    });
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({
      from: '2017-03-01',
      to: '2017-09-30',
      days: 214,
      baseBp: -88,
      rateBp: 812,
    });
    // 1,000 € x 8.12 % x 214 / 365 = 47.6077 € -> 47.61
    expect(result.totalCents).toBe(4761);
  });

  it('gives no line for days without principal (paid in full)', () => {
    const result = defaultInterest({
      balance: [
        { from: '2025-07-01', cents: 1_000_000 },
        { from: '2025-07-05', cents: 0 },
      ],
      from: '2025-07-01',
      to: '2025-07-10',
      clientKind: 'business',
      baseRates: rates,
    });
    expect(result.lines.map((l) => [l.from, l.to])).toEqual([['2025-07-01', '2025-07-04']]);
  });

  it('is empty when `to` is before `from`', () => {
    expect(
      defaultInterest({
        balance: tenThousand,
        from: '2025-07-10',
        to: '2025-07-09',
        clientKind: 'business',
        baseRates: rates,
      }),
    ).toEqual({ lines: [], totalCents: 0 });
  });

  it('refuses a day without a known base rate and names the missing period', () => {
    // the default table ends with 2026-01-01, valid through 2026-06-30
    const run = () =>
      defaultInterest({
        balance: [{ from: '2026-06-20', cents: 1_000_000 }],
        from: '2026-06-20',
        to: '2026-07-10',
        clientKind: 'business',
        baseRates: rates,
      });
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (e) {
      expect((e as DomainError).key).toBe('err.dunning.baseRateMissing');
      expect((e as DomainError).params).toEqual({ from: '2026-07-01', to: '2026-07-10' });
    }
  });

  it('names a gap before the first known period up to the day before it', () => {
    try {
      defaultInterest({
        balance: tenThousand,
        from: '2025-06-17',
        to: '2025-07-10',
        clientKind: 'business',
        baseRates: [{ from: '2025-07-01', rateBp: 127 }],
      });
      throw new Error('expected a DomainError');
    } catch (e) {
      expect((e as DomainError).params).toEqual({ from: '2025-06-17', to: '2025-06-30' });
    }
  });
});

describe('interestCents', () => {
  it('rounds half up', () => {
    expect(interestCents(1_000_000, 1127, 14, 365)).toBe(4323);
    expect(interestCents(365, 10_000, 1, 365)).toBe(1); // exactly 1.0
    expect(interestCents(73, 10_000, 1, 146)).toBe(1); // 0.5 -> 1
  });

  it('is exact up to the register maximum (1 billion euros), checked against BigInt', () => {
    expect(interestCents(100_000_000_000, 1127, 366, 366)).toBe(11_270_000_000);
    let seed = 7;
    const next = (max: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % max;
    };
    for (let i = 0; i < 2000; i++) {
      const principal = next(100_000_000) * 1000 + next(1000);
      const rate = next(2000) - 100;
      const days = next(366) + 1;
      const yearDays = next(2) === 0 ? 365 : 366;
      const n = BigInt(principal) * BigInt(Math.abs(rate)) * BigInt(days);
      const d = BigInt(10_000 * yearDays);
      const q = n / d;
      const expected = Number((n - q * d) * BigInt(2) >= d ? q + BigInt(1) : q) * (rate < 0 ? -1 : 1);
      expect(interestCents(principal, rate, days, yearDays)).toBe(expected === 0 ? 0 : expected);
    }
  });
});
