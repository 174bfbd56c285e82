// The emulated primary calendar as plain data: events (Calendar API v3 resources) and the invitations sent.

import { createHash } from 'node:crypto';

export type CalendarEvent = GoogleAppsScript.Calendar.Schema.Event & { id: string };

export type InvitationKind = 'invite' | 'update' | 'cancel';

/** An e-mail Calendar would have sent an attendee because the add-on asked for sendUpdates. */
export interface CalendarInvitation {
  email: string;
  eventId: string;
  summary: string;
  kind: InvitationKind;
  /** ISO time of the emulated clock when it was sent. */
  at: string;
}

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/** Events of the primary calendar (removed ones stay, status 'cancelled'), kept by the world and saved. */
export class CalendarStore {
  /** In insertion order, which is the order list() returns. */
  readonly events = new Map<string, CalendarEvent>();
  readonly invitations: CalendarInvitation[] = [];
  /** Ids come from a counter (saved with the state), so every run of a test sees the same ids. */
  nextId = 0;

  /** 26 lowercase base32hex characters, like the ids Calendar generates. */
  newId(): string {
    for (;;) {
      this.nextId += 1;
      const digest = createHash('sha256').update(`emulated-calendar-event:${this.nextId}`).digest();
      const id = Array.from(digest.subarray(0, 26), (byte) => BASE32HEX[byte % 32]).join('');
      if (!this.events.has(id)) return id;
    }
  }
}

/** A deep copy through JSON: what the API would return, and safe from later changes on either side. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
