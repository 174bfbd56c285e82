// The dates of a jour-fixe series and the calendar's RRULE for it, kept to the same rules (RFC 5545).
import { addDays, type IsoDate } from '../dates';
import type { JourFixeInterval } from './types';

const STEP_DAYS: Record<Exclude<JourFixeInterval, 'monthly'>, number> = { weekly: 7, biweekly: 14 };

/** Days in a month (month 1..12); Date.UTC's day 0 is the previous month's last day. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Calendar months later, clamped to the target month's last day (31 Jan + 1 month = 28/29 Feb), as
 * people mean "one month after": a deadline or warranty never jumps into the month after.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * Meeting dates from `first` to `until`, both inclusive, at most `max`. Monthly keeps the day of the
 * month and, like RFC 5545 (which the calendar follows), skips a month that lacks it: a series on the
 * 31st has no meeting in February rather than one on the 28th that the calendar would not show.
 */
export function occurrences(first: IsoDate, interval: JourFixeInterval, until: IsoDate, max = 60): IsoDate[] {
  const dates: IsoDate[] = [];
  if (interval !== 'monthly') {
    for (let d = first; d <= until && dates.length < max; d = addDays(d, STEP_DAYS[interval])) dates.push(d);
    return dates;
  }
  const [y, m, day] = first.split('-').map(Number);
  for (let k = 0; dates.length < max; k++) {
    const index = y * 12 + (m - 1) + k;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    // Past `until` even on the month's 1st: nothing later can follow.
    if (iso(year, month, 1) > until) break;
    if (day > daysInMonth(year, month)) continue;
    const date = iso(year, month, day);
    if (date > until) break;
    dates.push(date);
  }
  return dates;
}

/**
 * The calendar series' rule: 'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=8', COUNT being how many dates `occurrences`
 * gave. An UNTIL would be an instant in UTC: in New York a meeting at 20:00 on the last day would fall after it,
 * in Tokyo a morning meeting the day after would fall before it, and the calendar and the register would
 * disagree. RFC 5545 counts only the dates that exist (a monthly series on the 31st skips short months, and
 * they do not count), so COUNT gives exactly the register's rows.
 */
export function recurrenceRule(interval: JourFixeInterval, count: number): string {
  const freq = interval === 'monthly' ? 'MONTHLY' : 'WEEKLY';
  const every = interval === 'biweekly' ? 2 : 1;
  return `RRULE:FREQ=${freq};INTERVAL=${every};COUNT=${count}`;
}
