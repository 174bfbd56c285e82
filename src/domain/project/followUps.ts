// After-care: follow-up calls planned from the handover date, recording them, and which are due.
import { addDays, type IsoDate, parseDateInput } from '../dates';
import { DomainError, DomainErrors } from '../errors';
import { addMonths } from './recurrence';
import type { FollowUp, FollowUpKind } from './types';

export const MAX_FOLLOW_UP_DAYS = 3650;
export const MAX_OUTCOME = 2000;

/** "30, 90" -> [30, 90], sorted and unique; '' -> [] (no calls); anything else -> null. */
export function parseFollowUpDays(text: string): number[] | null {
  const s = text.trim();
  if (s === '') return [];
  const parts = s.split(/[,;\s]+/);
  if (!parts.every((p) => /^\d+$/.test(p))) return null;
  const days = parts.map(Number);
  if (days.some((d) => d < 1 || d > MAX_FOLLOW_UP_DAYS)) return null;
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * One call per day offset, plus one when the warranty ends (none for 0 months), numbered in date
 * order. The warranty date clamps to the month's end: handed over 31 Jan, 1 month -> 28/29 Feb.
 */
export function planFollowUps(
  orderNo: string,
  handedOverOn: IsoDate,
  days: readonly number[],
  warrantyMonths: number,
): FollowUp[] {
  const planned: { due: IsoDate; kind: FollowUpKind; offset: number }[] = days.map((d) => ({
    due: addDays(handedOverOn, d),
    kind: 'days',
    offset: d,
  }));
  if (warrantyMonths > 0) {
    planned.push({ due: addMonths(handedOverOn, warrantyMonths), kind: 'warranty', offset: warrantyMonths });
  }
  // Stable: on the same date, the day call comes before the warranty call.
  return planned
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((p, i) => ({
      id: `${orderNo}-F${i + 1}`,
      orderNo,
      ...p,
      doneOn: null,
      outcome: '',
      satisfaction: null,
    }));
}

export interface FollowUpFields {
  date: string;
  outcome: string;
  satisfaction: string;
}

/** Records a call once; it cannot predate the handover it follows, nor lie in the future. */
export function recordFollowUp(
  f: FollowUp,
  input: FollowUpFields,
  handedOverOn: IsoDate | null,
  today: IsoDate,
): FollowUp {
  if (f.doneOn !== null) throw new DomainError('err.project.followUpDone');
  const errors: DomainError[] = [];
  const dateText = input.date.trim();
  const date = parseDateInput(dateText);
  if (dateText === '') errors.push(new DomainError('err.required', {}, 'date'));
  else if (!date) errors.push(new DomainError('err.invalidDate', {}, 'date'));
  else if (handedOverOn !== null && date < handedOverOn) {
    errors.push(new DomainError('err.project.followUpBeforeHandover', {}, 'date'));
  } else if (date > today) errors.push(new DomainError('err.project.futureDate', {}, 'date'));

  const satisfaction = input.satisfaction.trim();
  if (!/^[1-5]$/.test(satisfaction))
    errors.push(new DomainError('err.project.satisfaction', {}, 'satisfaction'));

  const outcome = input.outcome.trim();
  if (outcome === '') errors.push(new DomainError('err.required', {}, 'outcome'));
  else if (outcome.length > MAX_OUTCOME)
    errors.push(new DomainError('err.tooLong', { max: MAX_OUTCOME }, 'outcome'));

  if (errors.length > 0 || !date) throw new DomainErrors(errors);
  return { ...f, doneOn: date, outcome, satisfaction: Number(satisfaction) };
}

/** Calls not yet made that are due within the horizon (overdue ones included), earliest first. */
export function dueFollowUps(followUps: readonly FollowUp[], today: IsoDate, horizonDays = 7): FollowUp[] {
  const limit = addDays(today, horizonDays);
  return followUps
    .filter((f) => f.doneOn === null && f.due <= limit)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
