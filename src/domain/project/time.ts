// Time entries: hours as people type them, and the checks an entry must pass before it is booked.
import type { Lang } from '../../shared/i18n';
import type { IsoDate } from '../dates';
import { parseScaled } from '../decimal';
import { DomainError, DomainErrors } from '../errors';
import type { CentiHours } from './types';

/** 24 hours: no entry, and no person's day in total, can hold more. */
export const DAY_CENTI_HOURS = 2400;
export const MAX_NOTE = 500;
export const MAX_PERSON = 200;

/**
 * '1,5' (de), '1.5' (en), '1:30' (either), '2', with an optional trailing 'h'. Minutes are rounded to
 * hundredths of an hour (1:20 = 1.33 h). Negative values parse, so the check can say "not negative"
 * instead of "not a number".
 */
export function parseHours(text: string, lang: Lang): CentiHours | null {
  const s = text.trim().replace(/\s*h$/i, '');
  const clock = /^(-?)(\d{1,4}):([0-5]\d)$/.exec(s);
  if (clock) {
    const value = Number(clock[2]) * 100 + Math.round((Number(clock[3]) * 100) / 60);
    return clock[1] === '-' ? -value : value;
  }
  return parseScaled(s, lang, 2);
}

export interface TimeEntryCheck {
  date: IsoDate | null;
  hours: CentiHours | null;
  person: string;
  service: string;
  note: string;
  today: IsoDate;
  /** Hours the same person already booked on that day (all orders). */
  sameDayHours: CentiHours;
  /** The rate card's services. */
  services: readonly string[];
  /** Language of the {booked} figure in the message; English style when not given. */
  lang?: Lang;
}

/** Throws every problem of a time entry at once; a future date is refused because time is booked once worked. */
export function checkTimeEntry(e: TimeEntryCheck): void {
  const errors: DomainError[] = [];
  if (e.date === null) errors.push(new DomainError('err.invalidDate', {}, 'date'));
  else if (e.date > e.today) errors.push(new DomainError('err.project.futureDate', {}, 'date'));

  if (e.hours === null) errors.push(new DomainError('err.project.hours', {}, 'hours'));
  else if (e.hours <= 0) errors.push(new DomainError('err.project.hoursPositive', {}, 'hours'));
  else if (e.hours > DAY_CENTI_HOURS) errors.push(new DomainError('err.project.hoursMax', {}, 'hours'));
  else if (e.sameDayHours + e.hours > DAY_CENTI_HOURS) {
    const booked = formatHours(e.sameDayHours, e.lang ?? 'en');
    errors.push(new DomainError('err.project.dayOver24', { booked }, 'hours'));
  }

  const person = e.person.trim();
  if (person === '') errors.push(new DomainError('err.required', {}, 'person'));
  else if (person.length > MAX_PERSON)
    errors.push(new DomainError('err.tooLong', { max: MAX_PERSON }, 'person'));

  const service = e.service.trim().toLowerCase();
  if (service === '') errors.push(new DomainError('err.required', {}, 'service'));
  else if (!e.services.some((s) => s.trim().toLowerCase() === service)) {
    errors.push(new DomainError('err.project.service', {}, 'service'));
  }

  if (e.note.trim().length > MAX_NOTE) errors.push(new DomainError('err.tooLong', { max: MAX_NOTE }, 'note'));
  if (errors.length > 0) throw new DomainErrors(errors);
}

/** 1250 -> '12,5' (de) or '12.5' (en); no grouping, hours stay short. */
export function formatHours(hours: CentiHours, lang: Lang): string {
  const text = String(hours / 100);
  return lang === 'de' ? text.replace('.', ',') : text;
}
