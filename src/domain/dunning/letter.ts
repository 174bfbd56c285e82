// The figures of one dunning letter: open amount, default interest, fee, 40 € lump sum, total and deadline.
import { addDays, type IsoDate } from '../dates';
import { DomainError } from '../errors';
import type { Cents } from '../money';
import type { BaseRatePeriod } from './baseRates';
import { type FederalState, nextWorkingDay } from './holidays';
import { defaultInterest, type InterestLine } from './interest';
import type { DunningConfig, DunningLevel, SentStep } from './levels';

/** § 288 Abs. 5 BGB: 40 euros, once per invoice, from a business client in default. */
export const LUMP_SUM_CENTS = 4000;

export interface LetterInput {
  level: DunningLevel;
  /** letter date (today) */
  date: IsoDate;
  clientKind: 'business' | 'consumer';
  invoice: { number: string; issueDate: IsoDate; dueDate: IsoDate | null; dueCents: Cents };
  /** Payments so far with their dates, for the open amount and the interest principal. */
  payments: { date: IsoDate; cents: Cents }[];
  /** from defaultStart() */
  defaultFrom: IsoDate | null;
  /** earlier letters (lump sum claimed once) */
  sent: readonly SentStep[];
  config: DunningConfig;
  baseRates: readonly BaseRatePeriod[];
  state: FederalState | null;
}

export interface LetterFigures {
  level: DunningLevel;
  /** the letter date, as given */
  date: IsoDate;
  /** due - payments up to the letter date */
  openCents: Cents;
  /** defaultFrom !== null && defaultFrom <= date */
  inDefault: boolean;
  /** empty when not in default (a reminder before default claims none); up to and including the letter date */
  interest: { lines: InterestLine[]; totalCents: Cents };
  feeCents: Cents;
  /** 4000 for business in default, once per invoice (0 if an earlier letter claimed it), 0 for consumers */
  lumpSumCents: Cents;
  /** open + interest + fee + lump sum (no VAT on the additions) */
  totalCents: Cents;
  /** date + deadlineDays, moved to the next working day */
  deadline: IsoDate;
}

/**
 * Decisions, besides rules 26-28:
 * - A payment counts from its own date: the paid part bears no interest on the day it arrives.
 *   Payments dated after the letter are ignored.
 * - Fees only in default: the letter that first puts the client in default is not itself damage
 *   caused by the default (§ 286 BGB), so a reminder or dunning letter before default charges none.
 * - A business client whose lump sum is claimed (now or by an earlier letter) pays no level fees:
 *   § 288 Abs. 5 S. 3 BGB credits the lump sum against the costs of legal pursuit, and dunning costs
 *   are such costs, so a fee on top would claim them twice.
 * Throws DomainError('err.dunning.nothingOpen', { number }) when nothing is open.
 */
export function dunningLetter(input: LetterInput): LetterFigures {
  const { level, date, clientKind, invoice, defaultFrom, config } = input;
  const payments = input.payments.filter((p) => p.date <= date);
  const paidBy = (day: IsoDate) => payments.filter((p) => p.date <= day).reduce((sum, p) => sum + p.cents, 0);
  const openCents = invoice.dueCents - paidBy(date);
  if (openCents <= 0) throw new DomainError('err.dunning.nothingOpen', { number: invoice.number });
  const inDefault = defaultFrom !== null && defaultFrom <= date;
  let interest: { lines: InterestLine[]; totalCents: Cents } = { lines: [], totalCents: 0 };
  if (inDefault) {
    const changes = [...new Set(payments.map((p) => p.date).filter((d) => d > defaultFrom))].sort();
    const balance = [defaultFrom, ...changes].map((from) => ({
      from,
      cents: invoice.dueCents - paidBy(from),
    }));
    interest = defaultInterest({
      balance,
      from: defaultFrom,
      to: date,
      clientKind,
      baseRates: input.baseRates,
    });
  }
  const claimedBefore = input.sent.some((s) => s.lumpSumClaimed);
  const lumpSumCents = clientKind === 'business' && inDefault && !claimedBefore ? LUMP_SUM_CENTS : 0;
  const lumpSumCovers = clientKind === 'business' && (lumpSumCents > 0 || claimedBefore);
  const feeCents = inDefault && !lumpSumCovers ? config.levels[level].feeCents : 0;
  return {
    level,
    date,
    openCents,
    inDefault,
    interest,
    feeCents,
    lumpSumCents,
    totalCents: openCents + interest.totalCents + feeCents + lumpSumCents,
    deadline: nextWorkingDay(addDays(date, config.deadlineDays), input.state),
  };
}
