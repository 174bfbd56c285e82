import {
  baseRateOn,
  DEFAULT_BASE_RATES,
  formatBaseRates,
  parseBaseRates,
} from '../../../src/domain/dunning/baseRates';

describe('DEFAULT_BASE_RATES', () => {
  it('has every half-year from 2002-01-01 to 2026-01-01, sorted', () => {
    expect(DEFAULT_BASE_RATES).toHaveLength(49);
    expect(DEFAULT_BASE_RATES[0]).toEqual({ from: '2002-01-01', rateBp: 257 });
    expect(DEFAULT_BASE_RATES[48]).toEqual({ from: '2026-01-01', rateBp: 127 });
    DEFAULT_BASE_RATES.forEach((p, i) => {
      const year = 2002 + Math.floor(i / 2);
      expect(p.from).toBe(`${year}-${i % 2 === 0 ? '01' : '07'}-01`);
    });
  });

  it.each([
    ['2016-06-30', -83],
    ['2016-07-01', -88],
    ['2019-01-01', -88],
    ['2022-07-01', -88],
    ['2022-12-31', -88],
    ['2023-01-01', 162],
    ['2023-07-01', 312],
    ['2024-01-01', 362],
    ['2024-07-01', 337],
    ['2025-01-01', 227],
    ['2025-06-30', 227],
    ['2025-07-01', 127],
    ['2026-01-01', 127],
    ['2026-06-30', 127],
  ])('on %s: %i', (date, rate) => {
    expect(baseRateOn(DEFAULT_BASE_RATES, date)).toBe(rate);
  });

  it('knows no rate before 2002 nor after the last half-year (2026-06-30)', () => {
    expect(baseRateOn(DEFAULT_BASE_RATES, '2001-12-31')).toBeNull();
    expect(baseRateOn(DEFAULT_BASE_RATES, '2026-07-01')).toBeNull();
  });
});

describe('baseRateOn', () => {
  it('a period runs until the next one, even over a missing half-year', () => {
    const periods = [
      { from: '2025-07-01', rateBp: 127 },
      { from: '2024-01-01', rateBp: 362 },
    ];
    expect(baseRateOn(periods, '2025-03-01')).toBe(362);
    expect(baseRateOn(periods, '2025-12-31')).toBe(127);
    expect(baseRateOn(periods, '2026-01-01')).toBeNull();
    expect(baseRateOn([], '2025-01-01')).toBeNull();
  });
});

describe('parseBaseRates', () => {
  it('reads German and ISO entries, lines or semicolons, and sorts them', () => {
    const { periods, problems } = parseBaseRates(
      '01.07.2025: 1,27\n2025-01-01 2.27 %;  01.01.2026:1,27 % \n\n',
    );
    expect(problems).toEqual([]);
    expect(periods).toEqual([
      { from: '2025-01-01', rateBp: 227 },
      { from: '2025-07-01', rateBp: 127 },
      { from: '2026-01-01', rateBp: 127 },
    ]);
  });

  it('reads negative rates, also with a typographic minus', () => {
    expect(parseBaseRates('01.07.2016: -0,88').periods).toEqual([{ from: '2016-07-01', rateBp: -88 }]);
    expect(parseBaseRates('2016-07-01 \u22120.88 %').periods).toEqual([{ from: '2016-07-01', rateBp: -88 }]);
  });

  it('names each bad entry with its reason and keeps the good ones', () => {
    const text = [
      '01.07.2025',
      'Juli 2025: 1,27',
      '31.02.2025: 1,27',
      '15.07.2025: 1,27',
      '01.01.2025: abc',
      '01.01.2025: 127',
      '01.01.2025: 1,275',
      '01.07.2025: 1,27',
      '2025-07-01: 1.27',
    ].join('\n');
    const { periods, problems } = parseBaseRates(text);
    expect(periods).toEqual([{ from: '2025-07-01', rateBp: 127 }]);
    expect(problems).toEqual([
      { entry: '01.07.2025', reason: 'err.dunning.baseRateEntry' },
      { entry: 'Juli 2025: 1,27', reason: 'err.dunning.baseRateDate' },
      { entry: '31.02.2025: 1,27', reason: 'err.dunning.baseRateDate' },
      { entry: '15.07.2025: 1,27', reason: 'err.dunning.baseRateHalfYear' },
      { entry: '01.01.2025: abc', reason: 'err.dunning.baseRateValue' },
      { entry: '01.01.2025: 127', reason: 'err.dunning.baseRateValue' },
      { entry: '01.01.2025: 1,275', reason: 'err.dunning.baseRateValue' },
      { entry: '2025-07-01: 1.27', reason: 'err.dunning.baseRateDuplicate' },
    ]);
  });
});

describe('formatBaseRates', () => {
  it('writes one line per period in the language', () => {
    const periods = [
      { from: '2025-07-01', rateBp: 127 },
      { from: '2016-07-01', rateBp: -88 },
    ];
    expect(formatBaseRates(periods, 'de')).toBe('01.07.2016: -0,88 %\n01.07.2025: 1,27 %');
    expect(formatBaseRates(periods, 'en')).toBe('2016-07-01: -0.88 %\n2025-07-01: 1.27 %');
  });

  it.each(['de', 'en'] as const)('round-trips the default table through parseBaseRates (%s)', (lang) => {
    const { periods, problems } = parseBaseRates(formatBaseRates(DEFAULT_BASE_RATES, lang));
    expect(problems).toEqual([]);
    expect(periods).toEqual(DEFAULT_BASE_RATES);
  });
});
