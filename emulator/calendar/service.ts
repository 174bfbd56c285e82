// The emulated advanced Calendar service (v3): the Events collection over one CalendarStore.

import type { EmuContext } from '../core/context';
import { EmuCalendarEvents } from './events';
import type { CalendarStore } from './store';

type EventsCollection = GoogleAppsScript.Calendar.Collection.EventsCollection;

/** Only Events exists; the add-on uses nothing else, and a missing collection reads undefined. */
export class EmuCalendar implements Pick<GoogleAppsScript.Calendar, 'Events'> {
  readonly Events: EventsCollection;

  constructor(ctx: EmuContext, store: CalendarStore) {
    this.Events = new EmuCalendarEvents(ctx, store) as unknown as EventsCollection;
  }
}
