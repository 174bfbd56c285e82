// Uncounted views of the emulated calendar for tests and the playground: JSON copies, oldest first.

import { type CalendarEvent, type CalendarInvitation, type CalendarStore, jsonCopy } from './store';

/** Every event ever inserted, removed ones included (status 'cancelled'). */
export function calendarEventViews(store: CalendarStore): CalendarEvent[] {
  return [...store.events.values()].map((event) => jsonCopy(event));
}

export function calendarInvitationViews(store: CalendarStore): CalendarInvitation[] {
  return store.invitations.map((invitation) => ({ ...invitation }));
}
