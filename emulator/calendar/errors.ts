// The Calendar API's errors as Apps Script throws them: "API call to calendar.events.insert failed with error: …".

import { GoogleJsonResponseException } from '../drive/errors';

export type EventsMethod = 'insert' | 'get' | 'list' | 'patch' | 'remove';

/** The API's messages, in one place so tests and the service agree on the wording. */
export const calendarMessages = {
  notFound: 'Not Found',
  deleted: 'Resource has been deleted',
  badRequest: 'Bad Request',
  invalidValue: 'Invalid Value',
  missingTime: (which: 'start' | 'end') => `Missing ${which} time.`,
  invalidTime: (which: 'start' | 'end') => `Invalid ${which} time.`,
  missingTimeZone: (which: 'start' | 'end') => `Missing time zone definition for ${which} time.`,
  invalidTimeZone: (which: 'start' | 'end') => `Invalid time zone definition for ${which} time.`,
  mixedKinds: 'Start and end times must either both be date or both be dateTime.',
  emptyRange: 'The specified time range is empty.',
  invalidRecurrence: 'Invalid recurrence rule.',
  invalidAttendee: 'Invalid attendee email.',
  invalidConferenceType: 'Invalid conference type value.',
  invalidId: 'Invalid resource id value.',
  duplicateId: 'The requested identifier already exists.',
} as const;

function error(method: EventsMethod, code: number, message: string, reason: string) {
  return new GoogleJsonResponseException(`events.${method}`, code, message, 'calendar', reason);
}

export const calendarErrors = {
  notFound: (method: EventsMethod) => error(method, 404, calendarMessages.notFound, 'notFound'),
  deleted: (method: EventsMethod) => error(method, 410, calendarMessages.deleted, 'deleted'),
  /** 400 with the API's message; reason 'required' for a missing field, 'invalid' otherwise. */
  invalid: (method: EventsMethod, message: string, reason = 'invalid') => error(method, 400, message, reason),
  duplicate: (method: EventsMethod) => error(method, 409, calendarMessages.duplicateId, 'duplicate'),
};
