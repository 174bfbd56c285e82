// Saves and restores the emulated calendar: its events (already JSON resources), invitations and id counter.

import { type CalendarEvent, type CalendarInvitation, type CalendarStore, jsonCopy } from '../calendar/store';

export interface SavedCalendar {
  nextId: number;
  events: CalendarEvent[];
  invitations: CalendarInvitation[];
}

export function saveCalendar(store: CalendarStore): SavedCalendar {
  return {
    nextId: store.nextId,
    events: [...store.events.values()].map((event) => jsonCopy(event)),
    invitations: store.invitations.map((invitation) => ({ ...invitation })),
  };
}

/** Replaces the store's contents in place, so views holding the store stay live. */
export function restoreCalendar(store: CalendarStore, saved: SavedCalendar): void {
  store.nextId = saved.nextId;
  store.events.clear();
  for (const event of saved.events) store.events.set(event.id, jsonCopy(event));
  store.invitations.length = 0;
  store.invitations.push(...saved.invitations.map((invitation) => ({ ...invitation })));
}
