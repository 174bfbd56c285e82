// An event's recurrence lines (RRULE, EXRULE, RDATE, EXDATE): the API's syntax check, and expansion into the
// dates the occurrences start on.

import { wallClockOf } from '../core/time-zone';
import {
  type Anchor,
  anchorOf,
  dayNumber,
  daysInMonth,
  instantOn,
  isoDay,
  MS_PER_DAY,
  weekdayOf,
} from './times';

type Event = GoogleAppsScript.Calendar.Schema.Event;

const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const INTEGER_PARTS = [
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
];
/** Index = weekday as Date.getUTCDay (0 = Sunday). */
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const STAMP = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;
const BYDAY_TOKEN = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;
const INTEGER_LIST = /^[+-]?\d{1,3}(?:,[+-]?\d{1,3})*$/;
/** Expansion stops after this many periods, whatever the rule says. */
const MAX_PERIODS = 100_000;

/** A DATE (yyyymmdd) or DATE-TIME (yyyymmddThhmmss, Z for UTC) value. */
interface Stamp {
  year: number;
  month: number;
  day: number;
  time: { hour: number; minute: number; second: number; utc: boolean } | null;
}

export interface RecurrenceRule {
  freq: string;
  interval: number;
  count: number | null;
  until: Stamp | null;
  /** Weekday numbers (0 = Sunday) of BYDAY; [] without one. */
  byDay: number[];
  /** First day of the week for WEEKLY rules with INTERVAL > 1 (WKST, Monday by default). */
  weekStart: number;
  /** Rule parts the expansion does not model (BYMONTHDAY, BYDAY with an ordinal, ...). */
  unmodelled: string[];
}

export type RecurrenceLine =
  | { kind: 'RRULE' | 'EXRULE'; rule: RecurrenceRule }
  | { kind: 'RDATE' | 'EXDATE'; stamps: Stamp[] };

function parseStamp(text: string): Stamp | null {
  const match = STAMP.exec(text);
  if (!match) return null;
  const [year, month, day] = [+match[1], +match[2], +match[3]];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (match[4] === undefined) return { year, month, day, time: null };
  const [hour, minute, second] = [+match[4], +match[5], +match[6]];
  if (hour > 23 || minute > 59 || second > 60) return null;
  return { year, month, day, time: { hour, minute, second, utc: match[7] === 'Z' } };
}

function positiveInteger(text: string): number | null {
  return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/** The part after 'RRULE:' (or 'EXRULE:'); null when the API would call it an invalid recurrence rule. */
export function parseRule(text: string): RecurrenceRule | null {
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || !value || extra !== undefined || parts.has(key)) return null;
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (!freq || !FREQUENCIES.includes(freq)) return null;
  const rule: RecurrenceRule = {
    freq,
    interval: 1,
    count: null,
    until: null,
    byDay: [],
    weekStart: 1,
    unmodelled: [],
  };
  for (const [key, value] of parts) {
    if (key === 'FREQ') continue;
    if (key === 'INTERVAL' || key === 'COUNT') {
      const number = positiveInteger(value);
      if (number === null) return null;
      if (key === 'INTERVAL') rule.interval = number;
      else rule.count = number;
    } else if (key === 'UNTIL') {
      rule.until = parseStamp(value);
      if (!rule.until) return null;
    } else if (key === 'WKST') {
      rule.weekStart = WEEKDAYS.indexOf(value);
      if (rule.weekStart < 0) return null;
    } else if (key === 'BYDAY') {
      const tokens = value.split(',').map((token) => BYDAY_TOKEN.exec(token));
      if (tokens.some((token) => token === null)) return null;
      if (tokens.some((token) => token?.[1] !== undefined)) rule.unmodelled.push('BYDAY with an ordinal');
      rule.byDay = tokens.map((token) => WEEKDAYS.indexOf(token?.[2] ?? ''));
    } else if (INTEGER_PARTS.includes(key)) {
      if (!INTEGER_LIST.test(value)) return null;
      rule.unmodelled.push(key);
    } else {
      return null;
    }
  }
  // RFC 5545: UNTIL and COUNT must not both occur.
  return rule.until && rule.count !== null ? null : rule;
}

/** One line of Event.recurrence; null when the API would reject it as an invalid recurrence rule. */
export function parseRecurrenceLine(line: unknown): RecurrenceLine | null {
  if (typeof line !== 'string') return null;
  const match = /^(RRULE|EXRULE|RDATE|EXDATE)([;:])(.*)$/i.exec(line.trim());
  if (!match) return null;
  const kind = match[1].toUpperCase() as RecurrenceLine['kind'];
  if (kind === 'RRULE' || kind === 'EXRULE') {
    const rule = match[2] === ':' ? parseRule(match[3].toUpperCase()) : null;
    return rule && { kind, rule };
  }
  // RDATE/EXDATE may carry parameters (VALUE=DATE, TZID=...) before the colon.
  const colon = match[2] === ':' ? -1 : match[3].indexOf(':');
  if (match[2] === ';' && colon < 0) return null;
  const values = match[3].slice(colon + 1).toUpperCase();
  const stamps = values.split(',').map(parseStamp);
  if (stamps.some((stamp) => stamp === null)) return null;
  return { kind, stamps: stamps as Stamp[] };
}

/** The day a DATE or DATE-TIME value falls on in the event's zone (a UTC time is moved into that zone). */
function stampDay(stamp: Stamp, anchor: Anchor): number {
  const { time } = stamp;
  if (time?.utc && anchor.zone) {
    const ms = Date.UTC(stamp.year, stamp.month - 1, stamp.day, time.hour, time.minute, time.second);
    const wall = wallClockOf(ms, anchor.zone);
    return dayNumber(wall.year, wall.month, wall.day);
  }
  return dayNumber(stamp.year, stamp.month, stamp.day);
}

/** Whether the occurrence on dayNo starts no later than UNTIL (a DATE compares days, a DATE-TIME instants). */
function withinUntil(rule: RecurrenceRule, anchor: Anchor, dayNo: number): boolean {
  const until = rule.until;
  if (!until) return true;
  const untilDay = dayNumber(until.year, until.month, until.day);
  if (!until.time || anchor.allDay) return dayNo <= untilDay;
  const { hour, minute, second, utc } = until.time;
  // A UTC time is an instant; a floating one is a wall time where the event is.
  const untilMs = utc
    ? untilDay * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000
    : instantOn({ ...anchor, wall: { ...anchor.wall, hour, minute, second } }, untilDay);
  return instantOn(anchor, dayNo) <= untilMs;
}

/** Candidate days in order; `valid: false` marks a month without the start's day (its 1st stands in). */
function* candidates(rule: RecurrenceRule, anchor: Anchor): Generator<{ day: number; valid: boolean }> {
  const { year, month, day } = anchor.wall;
  const start = dayNumber(year, month, day);
  const step = rule.interval;
  for (let period = 0; period < MAX_PERIODS; period += 1) {
    if (rule.freq === 'DAILY') yield { day: start + period * step, valid: true };
    else if (rule.freq === 'WEEKLY' && rule.byDay.length === 0)
      yield { day: start + period * step * 7, valid: true };
    else if (rule.freq === 'WEEKLY') {
      const weekBegins = start - ((weekdayOf(start) - rule.weekStart + 7) % 7) + period * step * 7;
      for (let offset = 0; offset < 7; offset += 1) {
        const candidate = weekBegins + offset;
        if (candidate >= start && rule.byDay.includes(weekdayOf(candidate)))
          yield { day: candidate, valid: true };
      }
    } else {
      // MONTHLY and YEARLY repeat the start's day of the month; RFC 5545 skips months that lack it.
      const months = month - 1 + period * step * (rule.freq === 'YEARLY' ? 12 : 1);
      const [y, m] = [year + Math.floor(months / 12), (months % 12) + 1];
      const valid = day <= daysInMonth(y, m);
      yield { day: dayNumber(y, m, valid ? day : 1), valid };
    }
  }
}

function checkModelled(rule: RecurrenceRule): void {
  const problems = [...rule.unmodelled];
  if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(rule.freq)) problems.push(`FREQ=${rule.freq}`);
  if (rule.byDay.length > 0 && rule.freq !== 'WEEKLY') problems.push(`BYDAY with FREQ=${rule.freq}`);
  if (problems.length > 0) throw new Error(`expandOccurrences does not support ${problems.join(', ')}`);
}

/** Days of one RRULE's occurrences up to lastDay (inclusive), honouring COUNT and UNTIL. */
function ruleDays(rule: RecurrenceRule, anchor: Anchor, lastDay: number): number[] {
  checkModelled(rule);
  const days: number[] = [];
  for (const { day, valid } of candidates(rule, anchor)) {
    if (day > lastDay) break;
    if (!valid) continue;
    if (!withinUntil(rule, anchor, day)) break;
    days.push(day);
    if (rule.count !== null && days.length >= rule.count) break;
  }
  return days;
}

/**
 * The dates (yyyy-mm-dd, in the event's time zone) on which the event's occurrences start, up to and including
 * the day of untilIso (yyyy-mm-dd, or an ISO date-time whose date part is used). Models RRULE with FREQ=DAILY,
 * WEEKLY (optionally BYDAY and WKST), MONTHLY and YEARLY, INTERVAL, UNTIL and COUNT as RFC 5545 expands them (a
 * monthly rule on the 31st skips months without one, and skipped months do not count), plus RDATE and EXDATE.
 * Anything else throws, so a test never compares against a guess. An event without recurrence gives its start.
 */
export function expandOccurrences(event: Event, untilIso: string): string[] {
  const limit = /^(\d{4})-(\d{2})-(\d{2})/.exec(untilIso);
  if (!limit) throw new Error(`expandOccurrences needs a yyyy-mm-dd limit, not ${untilIso}`);
  const lastDay = dayNumber(+limit[1], +limit[2], +limit[3]);
  const anchor = anchorOf(event.start);
  const startDay = dayNumber(anchor.wall.year, anchor.wall.month, anchor.wall.day);
  const lines = (event.recurrence ?? []).map((text) => {
    const line = parseRecurrenceLine(text);
    if (!line) throw new Error(`Invalid recurrence line: ${text}`);
    return line;
  });
  const days = new Set<number>();
  const excluded = new Set<number>();
  if (!lines.some((line) => line.kind === 'RRULE')) days.add(startDay);
  for (const line of lines) {
    if ('stamps' in line) {
      for (const stamp of line.stamps) (line.kind === 'RDATE' ? days : excluded).add(stampDay(stamp, anchor));
    } else if (line.kind === 'EXRULE') {
      throw new Error('expandOccurrences does not support EXRULE');
    } else {
      for (const day of ruleDays(line.rule, anchor, lastDay)) days.add(day);
    }
  }
  return [...days]
    .filter((day) => day <= lastDay && !excluded.has(day))
    .sort((a, b) => a - b)
    .map(isoDay);
}
