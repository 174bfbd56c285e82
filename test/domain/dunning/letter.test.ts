import { DEFAULT_BASE_RATES } from '../../../src/domain/dunning/baseRates';
import { defaultStart } from '../../../src/domain/dunning/defaultStart';
import { dunningLetter, type LetterInput } from '../../../src/domain/dunning/letter';
import { letterParams, letterRows, letterTextKeys } from '../../../src/domain/dunning/letterText';
import { DEFAULT_DUNNING, type SentStep } from '../../../src/domain/dunning/levels';
import { DomainError } from '../../../src/domain/errors';
import { t } from '../../../src/shared/i18n';

// E3: business client, invoice of 10,000.00 € received Friday 2025-05-16, in default from 2025-06-17.
const defaultFrom = defaultStart({
  clientKind: 'business',
  received: '2025-05-16',
  agreedDueDate: null,
  consumerNotified: false,
  firstReminderDeadline: null,
  state: null,
});

const base: LetterInput = {
  level: 'first',
  date: '2025-07-10',
  clientKind: 'business',
  invoice: { number: 'RE-2025-0042', issueDate: '2025-05-16', dueDate: null, dueCents: 1_000_000 },
  payments: [],
  defaultFrom,
  sent: [],
  config: DEFAULT_DUNNING,
  baseRates: DEFAULT_BASE_RATES,
  state: null,
};

const claimed: SentStep = {
  level: 'first',
  date: '2025-07-10',
  deadline: '2025-07-21',
  lumpSumClaimed: true,
};

describe('dunningLetter (rules 26-28)', () => {
  it('business in default: interest at + 9 points, the 40 € lump sum and no fee on top', () => {
    const letter = dunningLetter(base);
    expect(defaultFrom).toBe('2025-06-17');
    expect(letter).toMatchObject({
      level: 'first',
      openCents: 1_000_000,
      inDefault: true,
      feeCents: 0,
      lumpSumCents: 4000,
    });
    // 43.23 € (14 days at 11.27 %) + 28.14 € (10 days at 10.27 %), see interest.test.ts
    expect(letter.interest.totalCents).toBe(7137);
    expect(letter.totalCents).toBe(1_000_000 + 7137 + 4000);
    // 2025-07-10 + 10 days = Sunday 2025-07-20 -> Monday
    expect(letter.deadline).toBe('2025-07-21');
  });

  it('claims the lump sum once per invoice; later letters add no fee either (§ 288 Abs. 5 S. 3 BGB)', () => {
    const letter = dunningLetter({ ...base, level: 'second', date: '2025-08-11', sent: [claimed] });
    expect(letter.lumpSumCents).toBe(0);
    expect(letter.feeCents).toBe(0);
    expect(letter.totalCents).toBe(letter.openCents + letter.interest.totalCents);
  });

  it('consumer in default: + 5 points, the level fee, never a lump sum', () => {
    const letter = dunningLetter({ ...base, clientKind: 'consumer' });
    expect(letter.interest.lines.map((l) => l.rateBp)).toEqual([727, 627]);
    expect(letter).toMatchObject({ feeCents: 250, lumpSumCents: 0 });
    expect(letter.totalCents).toBe(1_000_000 + 4506 + 250);
    const second = dunningLetter({ ...base, clientKind: 'consumer', level: 'second', sent: [claimed] });
    expect(second).toMatchObject({ feeCents: 500, lumpSumCents: 0 });
  });

  it('a reminder before default claims no interest, fee or lump sum', () => {
    const config = {
      ...DEFAULT_DUNNING,
      levels: { ...DEFAULT_DUNNING.levels, reminder: { waitDays: 7, feeCents: 100 } },
    };
    const letter = dunningLetter({ ...base, level: 'reminder', date: '2025-06-10', config });
    expect(letter).toEqual({
      level: 'reminder',
      date: '2025-06-10',
      openCents: 1_000_000,
      inDefault: false,
      interest: { lines: [], totalCents: 0 },
      feeCents: 0,
      lumpSumCents: 0,
      totalCents: 1_000_000,
      deadline: '2025-06-20',
    });
  });

  it('a consumer without notice and reminder (defaultFrom null) is not in default', () => {
    const letter = dunningLetter({ ...base, clientKind: 'consumer', level: 'reminder', defaultFrom: null });
    expect(letter).toMatchObject({ inDefault: false, feeCents: 0, lumpSumCents: 0, totalCents: 1_000_000 });
  });

  it('on the first day of default the interest covers that day', () => {
    const letter = dunningLetter({ ...base, date: '2025-06-17' });
    expect(letter.inDefault).toBe(true);
    expect(letter.interest.lines).toHaveLength(1);
    expect(letter.interest.lines[0]).toMatchObject({ from: '2025-06-17', to: '2025-06-17', days: 1 });
  });

  it('partial payments lower the open amount and the interest principal from their date', () => {
    const letter = dunningLetter({
      ...base,
      payments: [
        { date: '2025-06-01', cents: 100_000 },
        { date: '2025-07-05', cents: 300_000 },
        { date: '2025-07-20', cents: 50_000 }, // after the letter: ignored
      ],
    });
    expect(letter.openCents).toBe(600_000);
    expect(letter.interest.lines.map((l) => [l.from, l.to, l.principalCents])).toEqual([
      ['2025-06-17', '2025-06-30', 900_000],
      ['2025-07-01', '2025-07-04', 900_000],
      ['2025-07-05', '2025-07-10', 600_000],
    ]);
    // 900,000 x 1127 x 14/3,650,000 = 3890.47 -> 3890; 900,000 x 1027 x 4/3,650,000 = 1012.93 -> 1013;
    // 600,000 x 1027 x 6/3,650,000 = 1012.93 -> 1013
    expect(letter.interest.lines.map((l) => l.cents)).toEqual([3890, 1013, 1013]);
    expect(letter.totalCents).toBe(600_000 + 5916 + 4000);
  });

  it('moves the deadline over holidays of the state', () => {
    // 2026-05-25 + 10 = Thursday 2026-06-04, Fronleichnam in NW
    const rates = [...DEFAULT_BASE_RATES];
    const date = '2026-05-25';
    expect(dunningLetter({ ...base, date, baseRates: rates, state: 'NW' }).deadline).toBe('2026-06-05');
    expect(dunningLetter({ ...base, date, baseRates: rates, state: 'HH' }).deadline).toBe('2026-06-04');
  });

  it('refuses when nothing is open', () => {
    const run = () => dunningLetter({ ...base, payments: [{ date: '2025-07-01', cents: 1_000_000 }] });
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (e) {
      expect((e as DomainError).key).toBe('err.dunning.nothingOpen');
      expect((e as DomainError).params).toEqual({ number: 'RE-2025-0042' });
    }
  });

  it('passes on a missing base rate as its error', () => {
    expect(() => dunningLetter({ ...base, date: '2026-07-10' })).toThrow('err.dunning.baseRateMissing');
  });
});

describe('letter texts', () => {
  it('rows for the table, in German', () => {
    const letter = dunningLetter(base);
    const rows = letterRows(letter, 'de').map((r) => [t('de', r.key, r.params), r.cents]);
    expect(rows).toEqual([
      ['Offener Rechnungsbetrag', 1_000_000],
      ['Verzugszinsen 11,27 % p. a. vom 17.06.2025 bis 30.06.2025 (14/365 Tage) auf 10.000,00 €', 4323],
      ['Verzugszinsen 10,27 % p. a. vom 01.07.2025 bis 10.07.2025 (10/365 Tage) auf 10.000,00 €', 2814],
      ['Verzugspauschale (§ 288 Abs. 5 BGB)', 4000],
      ['Gesamtbetrag', 1_011_137],
    ]);
  });

  it('subject and body per level, with the figures', () => {
    const letter = dunningLetter(base);
    const keys = letterTextKeys('first');
    const params = letterParams(base.invoice, letter, 'de');
    expect(t('de', keys.subject, params)).toBe('1. Mahnung zur Rechnung RE-2025-0042');
    expect(t('de', keys.body, params)).toContain('von 10.111,37 € bis zum 21.07.2025');
    expect(t('en', keys.body, letterParams(base.invoice, letter, 'en'))).toContain(
      '€10,111.37 shown below by 2025-07-21',
    );
  });
});
