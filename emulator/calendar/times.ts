// Dates and times of Calendar events: RFC 3339 parsing, time zone checks and day numbers for recurrence.

import { fromWallClock, type WallClock, wallClockOf } from '../core/time-zone';

type EventDateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

export const MS_PER_DAY = 86_400_000;

/** A wall-clock time to the second, as RFC 3339 writes it. */
export type Wall = Omit<WallClock, 'millisecond' | 'weekday'>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})?$/;

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function isoDay(dayNo: number): string {
  return new Date(dayNo * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday, as Date.getUTCDay. */
export function weekdayOf(dayNo: number): number {
  return new Date(dayNo * MS_PER_DAY).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(wall: Wall): boolean {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  return (
    date.getUTCFullYear() === wall.year &&
    date.getUTCMonth() === wall.month - 1 &&
    date.getUTCDate() === wall.day
  );
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A yyyy-mm-dd that names a real day, or null. */
export function parseDate(text: unknown): Wall | null {
  const match = typeof text === 'string' ? DATE.exec(text) : null;
  if (!match) return null;
  const wall = { year: +match[1], month: +match[2], day: +match[3], hour: 0, minute: 0, second: 0 };
  return isRealDate(wall) ? wall : null;
}

/** An RFC 3339 date-time; offsetMinutes is null when it has no offset (then a timeZone must say where). */
export function parseDateTime(text: unknown): { wall: Wall; offsetMinutes: number | null } | null {
  const match = typeof text === 'string' ? DATE_TIME.exec(text) : null;
  if (!match) return null;
  const wall = {
    year: +match[1],
    month: +match[2],
    day: +match[3],
    hour: +match[4],
    minute: +match[5],
    second: +match[6],
  };
  if (!isRealDate(wall) || wall.hour > 23 || wall.minute > 59 || wall.second > 59) return null;
  const zone = match[7];
  if (zone === undefined) return { wall, offsetMinutes: null };
  if (zone.toUpperCase() === 'Z') return { wall, offsetMinutes: 0 };
  const sign = zone.startsWith('-') ? -1 : 1;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
  return minutes < 24 * 60 ? { wall, offsetMinutes: sign * minutes } : null;
}

/** Where an occurrence happens: its wall clock, and how that wall time on another day becomes an instant. */
export interface Anchor {
  allDay: boolean;
  wall: Wall;
  /** The zone recurrences expand in (start.timeZone), or null for a fixed offset or an all-day event. */
  zone: string | null;
  offsetMinutes: number;
}

/** The anchor of a start or end the API accepted; throws for one it would not have. */
export function anchorOf(time: EventDateTime | undefined): Anchor {
  const date = parseDate(time?.date);
  if (date) return { allDay: true, wall: date, zone: null, offsetMinutes: 0 };
  const parsed = parseDateTime(time?.dateTime);
  const zone = time?.timeZone && isValidTimeZone(time.timeZone) ? time.timeZone : null;
  if (!parsed || (parsed.offsetMinutes === null && !zone)) throw new Error('The event has no valid start');
  if (!zone)
    return { allDay: false, wall: parsed.wall, zone: null, offsetMinutes: parsed.offsetMinutes ?? 0 };
  const { wall, offsetMinutes } = parsed;
  if (offsetMinutes === null) return { allDay: false, wall, zone, offsetMinutes: 0 };
  // An instant with an offset, shown in the event's zone (the wall clock the recurrence repeats).
  const ms =
    Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) -
    offsetMinutes * 60_000;
  const local = wallClockOf(ms, zone);
  return { allDay: false, wall: { ...local }, zone, offsetMinutes: 0 };
}

/** The instant of the anchor's wall time on another day (all-day events: midnight UTC). */
export function instantOn(anchor: Anchor, dayNo: number): number {
  const date = new Date(dayNo * MS_PER_DAY);
  const { hour, minute, second } = anchor.allDay ? { hour: 0, minute: 0, second: 0 } : anchor.wall;
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  if (anchor.zone) return fromWallClock(anchor.zone, year, month, day, hour, minute, second);
  return Date.UTC(year, month - 1, day, hour, minute, second) - anchor.offsetMinutes * 60_000;
}

/** The instant of a start or end the API accepted (an all-day date: its midnight UTC), for comparing them. */
export function instantOf(time: EventDateTime | undefined): number {
  const anchor = anchorOf(time);
  return instantOn(anchor, dayNumber(anchor.wall.year, anchor.wall.month, anchor.wall.day));
}
