// The checks Calendar.Events.insert and patch make on an event before storing it, with the API's messages.

import { calendarErrors, type EventsMethod, calendarMessages as msg } from './errors';
import { parseRecurrenceLine } from './recurrence';
import { instantOf, isValidTimeZone, parseDate, parseDateTime } from './times';

type Event = GoogleAppsScript.Calendar.Schema.Event;
type Which = 'start' | 'end';

const MAX_SUMMARY_LENGTH = 1024;
const STATUSES = ['confirmed', 'tentative', 'cancelled'];
// A plain address (no display name): local part, @, a domain with at least one dot.
const EMAIL =
  /^[^\s@<>(),;:"[\]\\]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

export function isValidEmail(value: unknown): boolean {
  return typeof value === 'string' && EMAIL.test(value);
}

/** 'date' or 'dateTime', after checking the value has exactly one of them, well formed and placed in time. */
function timeKind(method: EventsMethod, which: Which, event: Event): 'date' | 'dateTime' {
  const time = event[which];
  if (typeof time !== 'object' || time === null)
    throw calendarErrors.invalid(method, msg.missingTime(which), 'required');
  const hasDate = time.date !== undefined && time.date !== null;
  const hasDateTime = time.dateTime !== undefined && time.dateTime !== null;
  if (!hasDate && !hasDateTime) throw calendarErrors.invalid(method, msg.missingTime(which), 'required');
  if (hasDate && hasDateTime) throw calendarErrors.invalid(method, msg.invalidTime(which));
  if (time.timeZone !== undefined && time.timeZone !== null && !isValidTimeZone(String(time.timeZone)))
    throw calendarErrors.invalid(method, msg.invalidTimeZone(which));
  if (hasDate) {
    if (!parseDate(time.date)) throw calendarErrors.invalid(method, msg.invalidTime(which));
    return 'date';
  }
  const parsed = parseDateTime(time.dateTime);
  if (!parsed) throw calendarErrors.invalid(method, msg.invalidTime(which));
  if (parsed.offsetMinutes === null && !time.timeZone)
    throw calendarErrors.invalid(method, msg.missingTimeZone(which), 'required');
  return 'dateTime';
}

function checkTimes(method: EventsMethod, event: Event): void {
  const startKind = timeKind(method, 'start', event);
  const endKind = timeKind(method, 'end', event);
  if (startKind !== endKind) throw calendarErrors.invalid(method, msg.mixedKinds);
  const start = instantOf(event.start);
  const end = instantOf(event.end);
  // An all-day event's end date is exclusive, so it must be a later day; a timed event may last no time at all.
  if (end < start || (startKind === 'date' && end === start))
    throw calendarErrors.invalid(method, msg.emptyRange, 'timeRangeEmpty');
}

function checkRecurrence(method: EventsMethod, event: Event): void {
  const lines = event.recurrence;
  if (lines === undefined || lines === null) return;
  if (!Array.isArray(lines)) throw calendarErrors.invalid(method, msg.invalidRecurrence);
  if (lines.length === 0) return;
  // The zone the recurrence is expanded in; all-day events have no time to place.
  if (event.start?.dateTime && !event.start.timeZone)
    throw calendarErrors.invalid(method, msg.missingTimeZone('start'), 'required');
  for (const line of lines)
    if (!parseRecurrenceLine(line)) throw calendarErrors.invalid(method, msg.invalidRecurrence);
}

/** Throws the API's error for an event it refuses; order: times, summary, status, attendees, recurrence. */
export function validateEvent(method: EventsMethod, event: Event): void {
  checkTimes(method, event);
  if (event.summary !== undefined && event.summary !== null) {
    if (String(event.summary).length > MAX_SUMMARY_LENGTH)
      throw calendarErrors.invalid(method, msg.badRequest);
  }
  if (event.status !== undefined && !STATUSES.includes(String(event.status)))
    throw calendarErrors.invalid(method, msg.invalidValue);
  const attendees = event.attendees ?? [];
  if (!Array.isArray(attendees)) throw calendarErrors.invalid(method, msg.invalidAttendee);
  for (const attendee of attendees)
    if (!isValidEmail(attendee?.email)) throw calendarErrors.invalid(method, msg.invalidAttendee);
  checkRecurrence(method, event);
}
