// Emulated Calendar.Events (v3) on the user's primary calendar: insert, get, list, patch and remove.

import type { EmuContext } from '../core/context';
import { EmuService } from '../core/service';
import { calendarErrors, calendarMessages, type EventsMethod } from './errors';
import { newEvent, patchedEvent, type WriteContext } from './resource';
import { type CalendarEvent, type CalendarStore, type InvitationKind, jsonCopy } from './store';
import { validateEvent } from './validate';

type Events = GoogleAppsScript.Calendar.Collection.EventsCollection;
type Event = GoogleAppsScript.Calendar.Schema.Event;
type EventList = GoogleAppsScript.Calendar.Schema.Events;
type SendUpdates = 'all' | 'externalOnly' | 'none';

const SEND_UPDATES: readonly string[] = ['all', 'externalOnly', 'none'];

function option(args: object | undefined, name: string): unknown {
  return typeof args === 'object' && args !== null ? (args as Record<string, unknown>)[name] : undefined;
}

/** Attendees other than the user: those Calendar mails when asked to. */
function guests(event: Event): string[] {
  return (event.attendees ?? []).filter((a) => !a.self && a.email).map((a) => String(a.email));
}

export class EmuCalendarEvents
  extends EmuService
  implements Pick<Events, 'insert' | 'get' | 'list' | 'patch' | 'remove'>
{
  constructor(
    ctx: EmuContext,
    private readonly store: CalendarStore,
  ) {
    super(ctx, 'Calendar.Events');
  }

  /** Only the primary calendar exists: 'primary' or the user's address; any other id is not found. */
  private checkCalendar(method: EventsMethod, calendarId: unknown): void {
    const id = String(calendarId);
    if (id !== 'primary' && id.toLowerCase() !== this.ctx.settings.userEmail.toLowerCase())
      throw calendarErrors.notFound(method);
  }

  private find(method: EventsMethod, calendarId: unknown, eventId: unknown): CalendarEvent {
    this.checkCalendar(method, calendarId);
    const event = this.store.events.get(String(eventId));
    if (!event) throw calendarErrors.notFound(method);
    return event;
  }

  /** sendUpdates (or the deprecated sendNotifications: true) says whether guests are mailed; default none. */
  private sendUpdates(method: EventsMethod, args: object | undefined): SendUpdates {
    const value = option(args, 'sendUpdates');
    if (value === undefined || value === null)
      return option(args, 'sendNotifications') === true ? 'all' : 'none';
    if (!SEND_UPDATES.includes(String(value)))
      throw calendarErrors.invalid(method, calendarMessages.invalidValue);
    return String(value) as SendUpdates;
  }

  private writeContext(method: EventsMethod, args: object | undefined): WriteContext {
    const version = option(args, 'conferenceDataVersion') ?? 0;
    if (Number(version) !== 0 && Number(version) !== 1)
      throw calendarErrors.invalid(method, calendarMessages.invalidValue);
    return {
      method,
      userEmail: this.ctx.settings.userEmail,
      nowMs: this.ctx.clock.nowMs(),
      conferenceDataVersion: Number(version),
    };
  }

  private notify(event: Event, emails: string[], kind: InvitationKind): void {
    const at = this.ctx.clock.now().toISOString();
    for (const email of emails)
      this.store.invitations.push({
        email,
        eventId: String(event.id),
        summary: event.summary ?? '',
        kind,
        at,
      });
  }

  /** A client-chosen id must be 5-1024 base32hex characters and new; otherwise Calendar makes one. */
  private idFor(method: EventsMethod, resource: Event | undefined): string {
    const wanted = resource?.id;
    if (wanted === undefined || wanted === null) return this.store.newId();
    if (!/^[0-9a-v]{5,1024}$/.test(String(wanted)))
      throw calendarErrors.invalid(method, calendarMessages.invalidId);
    if (this.store.events.has(String(wanted))) throw calendarErrors.duplicate(method);
    return String(wanted);
  }

  insert(resource: Event, calendarId: string, optionalArgs?: object, _headers?: object): Event {
    this.track('insert');
    const method = 'insert';
    this.checkCalendar(method, calendarId);
    const sendUpdates = this.sendUpdates(method, optionalArgs);
    const context = this.writeContext(method, optionalArgs);
    const id = this.idFor(method, resource);
    const event = newEvent(context, id, resource);
    validateEvent(method, event);
    this.store.events.set(id, event);
    if (sendUpdates !== 'none') this.notify(event, guests(event), 'invite');
    return jsonCopy(event);
  }

  /** A removed event still reads, with status 'cancelled'. */
  get(calendarId: string, eventId: string, _optionalArgs?: object, _headers?: object): Event {
    this.track('get');
    return jsonCopy(this.find('get', calendarId, eventId));
  }

  /** Every event in insertion order, removed ones only with showDeleted: true (no paging, no filters). */
  list(calendarId: string, optionalArgs?: object, _headers?: object): EventList {
    this.track('list');
    this.checkCalendar('list', calendarId);
    const showDeleted = option(optionalArgs, 'showDeleted') === true;
    const items = [...this.store.events.values()].filter((e) => showDeleted || e.status !== 'cancelled');
    return {
      kind: 'calendar#events',
      summary: this.ctx.settings.userEmail,
      updated: this.ctx.clock.now().toISOString(),
      timeZone: this.ctx.settings.timeZone,
      accessRole: 'owner',
      defaultReminders: [{ method: 'popup', minutes: 30 }],
      items: items.map((event) => jsonCopy(event)),
    };
  }

  /** Given fields replace, nested objects merge, null clears; guests are told of what changed for them. */
  patch(
    resource: Event,
    calendarId: string,
    eventId: string,
    optionalArgs?: object,
    _headers?: object,
  ): Event {
    this.track('patch');
    const method = 'patch';
    const existing = this.find(method, calendarId, eventId);
    const sendUpdates = this.sendUpdates(method, optionalArgs);
    const event = patchedEvent(this.writeContext(method, optionalArgs), existing, resource);
    validateEvent(method, event);
    this.store.events.set(existing.id, event);
    if (sendUpdates !== 'none') {
      const before = guests(existing).map((email) => email.toLowerCase());
      const after = guests(event);
      const afterLower = after.map((email) => email.toLowerCase());
      this.notify(
        event,
        after.filter((email) => !before.includes(email.toLowerCase())),
        'invite',
      );
      this.notify(
        event,
        after.filter((email) => before.includes(email.toLowerCase())),
        'update',
      );
      this.notify(
        existing,
        guests(existing).filter((email) => !afterLower.includes(email.toLowerCase())),
        'cancel',
      );
    }
    return jsonCopy(event);
  }

  /** Marks the event cancelled (get still finds it); removing it again is 410 Resource has been deleted. */
  remove(calendarId: string, eventId: string, optionalArgs?: object, _headers?: object): void {
    this.track('remove');
    const method = 'remove';
    const event = this.find(method, calendarId, eventId);
    if (event.status === 'cancelled') throw calendarErrors.deleted(method);
    const sendUpdates = this.sendUpdates(method, optionalArgs);
    event.status = 'cancelled';
    event.updated = this.ctx.clock.now().toISOString();
    if (sendUpdates !== 'none') this.notify(event, guests(event), 'cancel');
  }
}
