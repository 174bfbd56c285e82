// Default interest (§ 288 BGB): day by day on the open gross amount, split where rate, year or balance change.
import { addDays, daysBetween, type IsoDate } from '../dates';
import { divRound } from '../decimal';
import { DomainError } from '../errors';
import type { Cents } from '../money';
import { type BaseRatePeriod, baseRateOn, nextHalfYearStart } from './baseRates';
import { earliest } from './calendar';

export interface InterestLine {
  from: IsoDate;
  /** inclusive */
  to: IsoDate;
  days: number;
  principalCents: Cents;
  baseBp: number;
  /** base + 900 (business, § 288 Abs. 2 BGB) or + 500 (consumer, § 288 Abs. 1 BGB) */
  rateBp: number;
  yearDays: 365 | 366;
  cents: Cents;
}

export interface InterestInput {
  /** The principal from each date on, valid until the next entry; none before the first entry. */
  balance: { from: IsoDate; cents: Cents }[];
  /** First day in default. */
  from: IsoDate;
  /** Last day charged, inclusive. */
  to: IsoDate;
  clientKind: 'business' | 'consumer';
  baseRates: readonly BaseRatePeriod[];
}

/**
 * Default interest from `from` to `to` (both inclusive), simple (not compounded), actual days over the
 * days of the calendar year (365 or 366). Lines split at base-rate changes, at year ends and at balance
 * changes (partial payments); each line is rounded half up to cents; days with no principal (or an
 * overpaid one) give no line. Throws DomainError('err.dunning.baseRateMissing', { from, to }) naming
 * the first period without a known base rate, as ISO dates (formatting them is the caller's job).
 */
export function defaultInterest(input: InterestInput): { lines: InterestLine[]; totalCents: Cents } {
  const { from, to, baseRates } = input;
  const spread = input.clientKind === 'business' ? 900 : 500;
  const balance = [...input.balance].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const lines: InterestLine[] = [];
  let day = from;
  while (day <= to) {
    const baseBp = baseRateOn(baseRates, day);
    if (baseBp === null)
      throw new DomainError('err.dunning.baseRateMissing', { from: day, to: gapEnd(baseRates, day, to) });
    const boundaries = [
      nextHalfYearStart(day),
      ...baseRates.map((p) => p.from).filter((d) => d > day),
      ...balance.map((b) => b.from).filter((d) => d > day),
    ];
    const end = earliest([...boundaries, addDays(to, 1)]) ?? addDays(to, 1);
    const last = addDays(end, -1);
    const principalCents = principalOn(balance, day);
    const prev = lines[lines.length - 1];
    const sameYear =
      prev !== undefined && prev.to.slice(0, 4) === day.slice(0, 4) && addDays(prev.to, 1) === day;
    if (sameYear && prev.baseBp === baseBp && prev.principalCents === principalCents) prev.to = last;
    else if (principalCents > 0) {
      const yearDays = isLeapYear(Number(day.slice(0, 4))) ? 366 : 365;
      lines.push({
        from: day,
        to: last,
        days: 0,
        principalCents,
        baseBp,
        rateBp: baseBp + spread,
        yearDays,
        cents: 0,
      });
    }
    day = end;
  }
  for (const line of lines) {
    line.days = daysBetween(line.from, line.to) + 1;
    line.cents = interestCents(line.principalCents, line.rateBp, line.days, line.yearDays);
  }
  return { lines, totalCents: lines.reduce((sum, l) => sum + l.cents, 0) };
}

function principalOn(balance: { from: IsoDate; cents: Cents }[], day: IsoDate): Cents {
  let cents = 0;
  for (const entry of balance) if (entry.from <= day) cents = entry.cents;
  return cents;
}

/** The last day of the gap starting at `day`: the day before the next known period, at most `to`. */
function gapEnd(periods: readonly BaseRatePeriod[], day: IsoDate, to: IsoDate): IsoDate {
  const next = earliest(periods.map((p) => p.from).filter((d) => d > day && d <= to));
  return next === undefined ? to : addDays(next, -1);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * principal x rate/10000 x days/yearDays rounded half up, exact in integers: principal x rate stays a
 * safe integer up to the register's 1 billion euros, and multiplying by the days only after dividing by
 * 10000 x yearDays keeps every step below 2^53.
 */
export function interestCents(principal: Cents, rateBp: number, days: number, yearDays: number): Cents {
  const numerator = principal * rateBp;
  const abs = Math.abs(numerator);
  const denominator = 10_000 * yearDays;
  const whole = Math.floor(abs / denominator);
  const rest = abs - whole * denominator;
  const cents = whole * days + divRound(rest * days, denominator);
  return numerator < 0 ? 0 - cents : cents;
}
