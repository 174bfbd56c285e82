// Reads what a user typed for a kick-off or a jour-fixe series, reporting every field's problem at once.
import { type IsoDate, parseDateInput } from '../dates';
import { DomainError, DomainErrors } from '../errors';
import { isEmail } from '../validators';
import { addMonths, occurrences } from './recurrence';
import { JOUR_FIXE_INTERVALS, type JourFixeInterval } from './types';

export const MIN_DURATION_MIN = 15;
export const MAX_DURATION_MIN = 600;
export const MAX_GUESTS = 50;
export const MAX_PLACE = 500;
/** A series longer than this is a standing meeting, not a project's jour fixe. */
export const MAX_SERIES_YEARS = 2;
/** Each occurrence gets its own row and minutes; more than this would flood the meetings sheet. */
export const MAX_OCCURRENCES = 60;
/** Without a deadline, a series runs this long; it can be extended later. */
export const DEFAULT_SERIES_MONTHS = 3;

export interface MeetingFields {
  date: string;
  start: string;
  durationMin: string;
  place: string;
  guests: string;
}

export interface MeetingInput {
  date: IsoDate;
  start: string;
  durationMin: number;
  place: string;
  guests: string[];
}

export interface JourFixeFields extends MeetingFields {
  interval: string;
  until: string;
}

export interface JourFixeInput extends MeetingInput {
  interval: JourFixeInterval;
  until: IsoDate;
  dates: IsoDate[];
}

export function parseMeetingInput(input: MeetingFields, today: IsoDate): MeetingInput {
  const { meeting, errors } = readMeeting(input, today);
  if (errors.length > 0) throw new DomainErrors(errors);
  return meeting as MeetingInput;
}

/**
 * A series from the first date to `until` (blank: the order's deadline, or three months). When the
 * series would pass MAX_OCCURRENCES, `until` becomes the last date kept, so that the calendar's rule
 * (recurrenceRule(interval, dates.length)) yields exactly `dates`.
 */
export function parseJourFixeInput(
  input: JourFixeFields,
  today: IsoDate,
  deadline: IsoDate | null,
): JourFixeInput {
  const { meeting, errors } = readMeeting(input, today);
  const interval = parseInterval(input.interval);
  if (!interval) errors.push(new DomainError('err.project.interval', {}, 'interval'));
  let until: IsoDate | null = null;
  const first = meeting.date;
  const untilText = input.until.trim();
  if (untilText !== '') {
    until = parseDateInput(untilText);
    if (!until) errors.push(new DomainError('err.invalidDate', {}, 'until'));
  } else if (first) {
    until = deadline ?? addMonths(first, DEFAULT_SERIES_MONTHS);
  }
  if (first && until) {
    if (until < first) errors.push(new DomainError('err.project.untilBeforeStart', {}, 'until'));
    else if (until > addMonths(first, MAX_SERIES_YEARS * 12)) {
      errors.push(new DomainError('err.project.untilTooFar', { years: MAX_SERIES_YEARS }, 'until'));
    }
  }
  if (errors.length > 0 || !first || !until || !interval) throw new DomainErrors(errors);
  // until >= first, so the first date is always one of them: a series is never empty.
  const dates = occurrences(first, interval, until, MAX_OCCURRENCES);
  const capped =
    dates.length === MAX_OCCURRENCES &&
    occurrences(first, interval, until, MAX_OCCURRENCES + 1).length > MAX_OCCURRENCES;
  return { ...(meeting as MeetingInput), interval, until: capped ? dates[dates.length - 1] : until, dates };
}

/**
 * The UI sends a key ('weekly'); a typed "every N weeks" is read too, but only 1 and 2 make a jour
 * fixe: 0 would meet endlessly on one day, and negatives run backwards.
 */
export function parseInterval(text: string): JourFixeInterval | null {
  const s = text.trim();
  if ((JOUR_FIXE_INTERVALS as readonly string[]).includes(s)) return s as JourFixeInterval;
  if (!/^[-+]?\d+$/.test(s)) return null;
  const weeks = Number(s);
  return weeks === 1 ? 'weekly' : weeks === 2 ? 'biweekly' : null;
}

/** 'H:MM' or 'HH:MM' from 00:00 to 23:59 -> 'HH:MM', else null. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** When a meeting of `durationMin` starting at 'HH:MM' ends: the time, and how many midnights it passes. */
export function meetingEnd(start: string, durationMin: number): { time: string; days: number } {
  const [h, m] = start.split(':').map(Number);
  const total = h * 60 + m + durationMin;
  const minutes = total % 1440;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { time, days: Math.floor(total / 1440) };
}

/** Addresses separated by commas, semicolons, spaces or line breaks (as pasted from a mail client). */
export function splitGuests(text: string): string[] {
  const seen = new Set<string>();
  const guests: string[] = [];
  for (const address of text.split(/[,;\s]+/)) {
    if (address === '' || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    guests.push(address);
  }
  return guests;
}

function readMeeting(
  input: MeetingFields,
  today: IsoDate,
): { meeting: Partial<MeetingInput>; errors: DomainError[] } {
  const errors: DomainError[] = [];
  const meeting: Partial<MeetingInput> = {};
  const dateText = input.date.trim();
  const date = parseDateInput(dateText);
  if (dateText === '') errors.push(new DomainError('err.required', {}, 'date'));
  else if (!date) errors.push(new DomainError('err.invalidDate', {}, 'date'));
  else if (date < today) errors.push(new DomainError('err.project.pastDate', {}, 'date'));
  else meeting.date = date;

  const start = parseTime(input.start);
  if (start) meeting.start = start;
  else errors.push(new DomainError('err.project.time', {}, 'start'));

  const duration = input.durationMin.trim();
  if (/^\d+$/.test(duration) && +duration >= MIN_DURATION_MIN && +duration <= MAX_DURATION_MIN) {
    meeting.durationMin = Number(duration);
  } else {
    errors.push(
      new DomainError(
        'err.project.duration',
        { min: MIN_DURATION_MIN, max: MAX_DURATION_MIN },
        'durationMin',
      ),
    );
  }

  meeting.place = input.place.trim();
  if (meeting.place.length > MAX_PLACE)
    errors.push(new DomainError('err.tooLong', { max: MAX_PLACE }, 'place'));

  const guests = splitGuests(input.guests);
  const bad = guests.find((g) => !isEmail(g));
  if (bad !== undefined) errors.push(new DomainError('err.project.guest', { email: bad }, 'guests'));
  else if (guests.length > MAX_GUESTS) {
    errors.push(new DomainError('err.project.tooManyGuests', { max: MAX_GUESTS }, 'guests'));
  }
  meeting.guests = guests;
  return { meeting, errors };
}
