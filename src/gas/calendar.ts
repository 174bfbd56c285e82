// CalendarService on the advanced Calendar service (API v3): events on the user's primary calendar, guests invited.
import type { CalendarEventRequest, CalendarService } from '../app/ports';
import { addDays } from '../domain/dates';
import { DomainError } from '../domain/errors';
import { meetingEnd } from '../domain/project/meetingInput';

/** The user's own calendar: scope calendar.events.owned reaches it and nothing the user merely subscribes to. */
const CALENDAR_ID = 'primary';

function api(): GoogleAppsScript.Calendar {
  // The advanced service is enabled in appsscript.json; undefined only in a project that lacks it.
  if (typeof Calendar === 'undefined' || !Calendar?.Events)
    throw new DomainError('err.project.calendar', { detail: 'Calendar API' });
  return Calendar;
}

/** Best effort: an event another undo removed already (410) or that is gone (404) needs nothing more. */
export function removeEvent(id: string): void {
  try {
    api().Events?.remove(CALENDAR_ID, id, { sendUpdates: 'all' });
  } catch {
    /* gone already; the register's undo goes on */
  }
}

export class GasCalendar implements CalendarService {
  constructor(private readonly timeZone: () => string) {}

  create(event: CalendarEventRequest): { id: string; url: string; videoLink: string } {
    const zone = this.timeZone();
    const end = meetingEnd(event.start, event.durationMin);
    const resource: GoogleAppsScript.Calendar.Schema.Event = {
      summary: event.title,
      description: event.description,
      location: event.place || undefined,
      // Local wall-clock times with the sheet's zone: Google places them, summer time included.
      start: { dateTime: `${event.date}T${event.start}:00`, timeZone: zone },
      end: { dateTime: `${addDays(event.date, end.days)}T${end.time}:00`, timeZone: zone },
      attendees: event.guests.map((email) => ({ email })),
      recurrence: event.recurrence ? [event.recurrence] : undefined,
      conferenceData: event.video
        ? {
            createRequest: {
              requestId: Utilities.getUuid(),
              conferenceSolutionKey: { type: 'hangoutsMeet' },
            },
          }
        : undefined,
    };
    const created = api().Events?.insert(resource, CALENDAR_ID, {
      sendUpdates: 'all',
      conferenceDataVersion: event.video ? 1 : 0,
    });
    if (!created?.id) throw new DomainError('err.project.calendar', { detail: 'no event id' });
    return { id: created.id, url: created.htmlLink ?? '', videoLink: created.hangoutLink ?? '' };
  }

  remove(id: string): void {
    api().Events?.remove(CALENDAR_ID, id, { sendUpdates: 'all' });
  }
}
