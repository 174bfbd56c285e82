// Builds the event Calendar stores from what the add-on passes: generated fields, attendees, a Meet conference,
// and patches merged the way the API merges them.

import { createHash } from 'node:crypto';
import { calendarErrors, calendarMessages, type EventsMethod } from './errors';
import { type CalendarEvent, jsonCopy } from './store';

type Event = GoogleAppsScript.Calendar.Schema.Event;
type Attendee = GoogleAppsScript.Calendar.Schema.EventAttendee;
type ConferenceData = GoogleAppsScript.Calendar.Schema.ConferenceData;
type Fields = Record<string, unknown>;

/** Set by Calendar; what the add-on passes for them is ignored (conferenceData is handled on its own). */
const READ_ONLY = [
  'kind',
  'etag',
  'id',
  'htmlLink',
  'created',
  'updated',
  'creator',
  'organizer',
  'iCalUID',
  'hangoutLink',
  'recurringEventId',
  'conferenceData',
];
const MEET_ICON =
  'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png';

export interface WriteContext {
  method: EventsMethod;
  userEmail: string;
  nowMs: number;
  /** 1 when the add-on passed conferenceDataVersion: 1; otherwise conferenceData is ignored. */
  conferenceDataVersion: number;
}

/** Calendar's event links carry base64 of "<event id> <calendar id>". */
export function htmlLinkFor(eventId: string, calendarId: string): string {
  const eid = Buffer.from(`${eventId} ${calendarId}`).toString('base64url');
  return `https://www.google.com/calendar/event?eid=${eid}`;
}

/** A Meet code like abc-defg-hij, derived from the event id so it is the same in every run. */
export function meetCodeFor(eventId: string): string {
  const digest = createHash('sha256').update(`emulated-meet:${eventId}`).digest();
  const letters = Array.from(digest.subarray(0, 10), (byte) => String.fromCharCode(97 + (byte % 26))).join(
    '',
  );
  return `${letters.slice(0, 3)}-${letters.slice(3, 7)}-${letters.slice(7, 10)}`;
}

function isPlainObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The resource without read-only fields, as a JSON copy (undefined fields gone, nulls kept). */
function writableFields(resource: Event | undefined): Fields {
  const fields = isPlainObject(resource) ? (jsonCopy(resource) as Fields) : {};
  for (const key of READ_ONLY) delete fields[key];
  return fields;
}

/** Attendees as stored: the user marked self and organizer; a response kept from before, else needsAction. */
function attendeesOf(given: Attendee[], previous: Attendee[], userEmail: string): Attendee[] {
  return given.map((entry) => {
    const attendee: Attendee = isPlainObject(entry) ? entry : {};
    const email = String(attendee.email);
    const before = previous.find((other) => other.email?.toLowerCase() === email.toLowerCase());
    const stored: Attendee = {
      ...attendee,
      responseStatus: attendee.responseStatus ?? before?.responseStatus ?? 'needsAction',
    };
    delete stored.self;
    delete stored.organizer;
    if (email.toLowerCase() === userEmail.toLowerCase())
      Object.assign(stored, { organizer: true, self: true });
    return stored;
  });
}

function meetConference(ctx: WriteContext, eventId: string, request: Fields): ConferenceData {
  const key = isPlainObject(request.conferenceSolutionKey) ? request.conferenceSolutionKey : {};
  if (key.type !== 'hangoutsMeet')
    throw calendarErrors.invalid(ctx.method, calendarMessages.invalidConferenceType);
  const code = meetCodeFor(eventId);
  return {
    createRequest: {
      ...(request.requestId === undefined ? {} : { requestId: String(request.requestId) }),
      conferenceSolutionKey: { type: 'hangoutsMeet' },
      status: { statusCode: 'success' },
    },
    entryPoints: [
      { entryPointType: 'video', uri: `https://meet.google.com/${code}`, label: `meet.google.com/${code}` },
    ],
    conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet', iconUri: MEET_ICON },
    conferenceId: code,
  };
}

/** Applies resource.conferenceData (only with conferenceDataVersion 1): a createRequest makes a Meet once. */
function applyConference(ctx: WriteContext, event: CalendarEvent, resource: Event | undefined): void {
  if (ctx.conferenceDataVersion !== 1 || !isPlainObject(resource) || !('conferenceData' in resource)) return;
  const given = resource.conferenceData as unknown;
  if (given === null) {
    delete event.conferenceData;
    delete event.hangoutLink;
    return;
  }
  if (!isPlainObject(given)) return;
  if (isPlainObject(given.createRequest)) {
    if (event.conferenceData) return;
    event.conferenceData = meetConference(ctx, event.id, given.createRequest);
  } else {
    event.conferenceData = jsonCopy(given) as ConferenceData;
  }
  const video = event.conferenceData.entryPoints?.find((entry) => entry.entryPointType === 'video');
  if (event.conferenceData.conferenceSolution?.key?.type === 'hangoutsMeet' && video?.uri)
    event.hangoutLink = video.uri;
}

function etagOf(ms: number): string {
  return `"${ms}000"`;
}

/** The event insert would store (not yet validated). */
export function newEvent(ctx: WriteContext, id: string, resource: Event | undefined): CalendarEvent {
  const { status, attendees, ...fields } = writableFields(resource);
  const now = new Date(ctx.nowMs).toISOString();
  const user = { email: ctx.userEmail, self: true };
  const event: CalendarEvent = {
    kind: 'calendar#event',
    etag: etagOf(ctx.nowMs),
    id,
    status: status === undefined ? 'confirmed' : (status as string),
    htmlLink: htmlLinkFor(id, ctx.userEmail),
    created: now,
    updated: now,
    ...(fields as Event),
    creator: { ...user },
    organizer: { ...user },
    iCalUID: `${id}@google.com`,
    sequence: typeof fields.sequence === 'number' ? fields.sequence : 0,
    reminders: (fields.reminders as Event['reminders']) ?? { useDefault: true },
    eventType: (fields.eventType as Event['eventType']) ?? 'default',
  };
  if (Array.isArray(attendees)) event.attendees = attendeesOf(attendees as Attendee[], [], ctx.userEmail);
  applyConference(ctx, event, resource);
  return event;
}

/** Patch semantics: given fields replace, nested objects merge, arrays are replaced whole, null clears. */
function merge(target: Fields, patch: Fields): void {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (value === null) delete target[key];
    else if (isPlainObject(value) && isPlainObject(current)) merge(current, value);
    else target[key] = value;
  }
}

/** The event patch would store (not yet validated); the stored one is left alone. */
export function patchedEvent(
  ctx: WriteContext,
  existing: CalendarEvent,
  resource: Event | undefined,
): CalendarEvent {
  const fields = writableFields(resource);
  const event = jsonCopy(existing);
  merge(event as unknown as Fields, fields);
  if (Array.isArray(fields.attendees))
    event.attendees = attendeesOf(fields.attendees as Attendee[], existing.attendees ?? [], ctx.userEmail);
  applyConference(ctx, event, resource);
  event.updated = new Date(ctx.nowMs).toISOString();
  event.etag = etagOf(ctx.nowMs);
  return event;
}
