// The advanced Calendar service: events on the primary calendar, the API's checks, Meet links, invitations,
// call counting, persistence and the recurrence expansion tests compare the add-on's dates with.

import vm from 'node:vm';
import { expandOccurrences, GoogleJsonResponseException, loadEmulator } from '../../emulator';
import { setup, thrown } from './helpers';

type Event = GoogleAppsScript.Calendar.Schema.Event;

const USER = 'anna@pixelwerk.example';

function meeting(extra: Event = {}): Event {
  return {
    summary: 'Kickoff Website-Relaunch',
    start: { dateTime: '2026-06-22T10:00:00+02:00' },
    end: { dateTime: '2026-06-22T11:00:00+02:00' },
    ...extra,
  };
}

function calendar() {
  const context = setup();
  const { Calendar } = context;
  return { ...context, events: Calendar.Events };
}

/** The message of the GoogleJsonResponseException fn throws. */
function apiError(fn: () => unknown): string {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(GoogleJsonResponseException);
  return error.message;
}

describe('Calendar.Events.insert', () => {
  it('stores the event with the fields Calendar generates', () => {
    const { emu, events } = calendar();
    const event = events.insert(
      meeting({
        description: 'Agenda folgt',
        attendees: [{ email: 'kunde@beispiel.de', displayName: 'Kunde' }],
      }),
      'primary',
    );
    expect(event.id).toMatch(/^[0-9a-v]{26}$/);
    expect(event).toMatchObject({
      status: 'confirmed',
      summary: 'Kickoff Website-Relaunch',
      description: 'Agenda folgt',
      created: '2026-06-15T09:00:00.000Z',
      updated: '2026-06-15T09:00:00.000Z',
      organizer: { email: USER, self: true },
      creator: { email: USER, self: true },
      start: { dateTime: '2026-06-22T10:00:00+02:00' },
      end: { dateTime: '2026-06-22T11:00:00+02:00' },
      attendees: [{ email: 'kunde@beispiel.de', displayName: 'Kunde', responseStatus: 'needsAction' }],
    });
    expect(event.htmlLink).toBe(
      `https://www.google.com/calendar/event?eid=${Buffer.from(`${event.id} ${USER}`).toString('base64url')}`,
    );
    expect(event.hangoutLink).toBeUndefined();
    expect(emu.calendarEvents()).toEqual([event]);
  });

  it('gives the same ids in every run, and takes a valid id of the add-on', () => {
    const first = calendar().events.insert(meeting(), 'primary').id;
    expect(calendar().events.insert(meeting(), 'primary').id).toBe(first);
    const { events } = calendar();
    expect(events.insert(meeting({ id: 'auftrag20260001' }), USER).id).toBe('auftrag20260001');
    expect(apiError(() => events.insert(meeting({ id: 'auftrag20260001' }), 'primary'))).toContain(
      'The requested identifier already exists.',
    );
    expect(apiError(() => events.insert(meeting({ id: 'Auftrag-1' }), 'primary'))).toContain(
      'Invalid resource id value.',
    );
  });

  it('keeps an all-day event and a recurring one as given', () => {
    const { events } = calendar();
    const allDay = events.insert(
      { summary: 'Abgabe', start: { date: '2026-07-01' }, end: { date: '2026-07-02' } },
      'primary',
    );
    expect(allDay).toMatchObject({ start: { date: '2026-07-01' }, end: { date: '2026-07-02' } });
    const recurrence = [
      'RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231T235959Z',
      'EXDATE;TZID=Europe/Berlin:20260706T100000',
    ];
    const jourFixe = events.insert(
      {
        summary: 'Jour fixe',
        start: { dateTime: '2026-06-22T10:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2026-06-22T10:30:00', timeZone: 'Europe/Berlin' },
        recurrence,
      },
      'primary',
    );
    expect(jourFixe.recurrence).toEqual(recurrence);
    expect(jourFixe.start).toEqual({ dateTime: '2026-06-22T10:00:00', timeZone: 'Europe/Berlin' });
  });

  it("knows only the user's primary calendar", () => {
    const { events } = calendar();
    expect(events.insert(meeting(), USER).organizer?.email).toBe(USER);
    const error = thrown(() => events.insert(meeting(), 'team@group.calendar.google.com'));
    expect(error.message).toBe('API call to calendar.events.insert failed with error: Not Found');
    expect(String(error)).toBe(
      'GoogleJsonResponseException: API call to calendar.events.insert failed with error: Not Found',
    );
    expect((error as GoogleJsonResponseException).details).toEqual({
      code: 404,
      message: 'Not Found',
      errors: [{ domain: 'global', reason: 'notFound', message: 'Not Found' }],
    });
    expect(apiError(() => events.list('someone@else.example'))).toContain('calendar.events.list failed');
  });
});

describe('what Calendar refuses', () => {
  const cases: Array<[string, Event, string]> = [
    ['no start', { end: { dateTime: '2026-06-22T11:00:00Z' } }, 'Missing start time.'],
    ['no end', { start: { dateTime: '2026-06-22T11:00:00Z' } }, 'Missing end time.'],
    ['an empty end', { start: { date: '2026-06-22' }, end: {} }, 'Missing end time.'],
    [
      'date and dateTime at once',
      { start: { date: '2026-06-22', dateTime: '2026-06-22T10:00:00Z' }, end: { date: '2026-06-23' } },
      'Invalid start time.',
    ],
    ['a bad date', { start: { date: '2026-02-30' }, end: { date: '2026-03-01' } }, 'Invalid start time.'],
    [
      'a German date-time',
      { start: { dateTime: '22.06.2026 10:00' }, end: { dateTime: '2026-06-22T11:00:00Z' } },
      'Invalid start time.',
    ],
    [
      'a date-time with neither offset nor time zone',
      { start: { dateTime: '2026-06-22T10:00:00' }, end: { dateTime: '2026-06-22T11:00:00Z' } },
      'Missing time zone definition for start time.',
    ],
    [
      'an unknown time zone',
      {
        start: { dateTime: '2026-06-22T10:00:00', timeZone: 'Europe/Bonn' },
        end: { dateTime: '2026-06-22T11:00:00Z' },
      },
      'Invalid time zone definition for start time.',
    ],
    [
      'a date start with a dateTime end',
      { start: { date: '2026-06-22' }, end: { dateTime: '2026-06-22T11:00:00Z' } },
      'Start and end times must either both be date or both be dateTime.',
    ],
    [
      'an end before the start',
      { start: { dateTime: '2026-06-22T10:00:00+02:00' }, end: { dateTime: '2026-06-22T07:59:00Z' } },
      'The specified time range is empty.',
    ],
    [
      'an all-day event ending on its start day',
      { start: { date: '2026-06-22' }, end: { date: '2026-06-22' } },
      'The specified time range is empty.',
    ],
    [
      'a recurring event without start.timeZone',
      meeting({ recurrence: ['RRULE:FREQ=WEEKLY'] }),
      'Missing time zone definition for start time.',
    ],
    [
      'a recurrence line without its property name',
      meeting({
        start: { dateTime: '2026-06-22T10:00:00+02:00', timeZone: 'Europe/Berlin' },
        recurrence: ['FREQ=WEEKLY'],
      }),
      'Invalid recurrence rule.',
    ],
    [
      'an RRULE without FREQ',
      meeting({
        start: { dateTime: '2026-06-22T10:00:00+02:00', timeZone: 'Europe/Berlin' },
        recurrence: ['RRULE:INTERVAL=2'],
      }),
      'Invalid recurrence rule.',
    ],
    [
      'an RRULE with UNTIL and COUNT',
      meeting({
        start: { dateTime: '2026-06-22T10:00:00+02:00', timeZone: 'Europe/Berlin' },
        recurrence: ['RRULE:FREQ=MONTHLY;COUNT=3;UNTIL=20261231'],
      }),
      'Invalid recurrence rule.',
    ],
    [
      'an attendee without e-mail',
      meeting({ attendees: [{ displayName: 'Kunde' }] }),
      'Invalid attendee email.',
    ],
    [
      'an attendee with a name in the e-mail',
      meeting({ attendees: [{ email: 'Kunde <k@beispiel.de>' }] }),
      'Invalid attendee email.',
    ],
    ['a summary over 1024 characters', meeting({ summary: 'x'.repeat(1025) }), 'Bad Request'],
  ];

  it.each(cases)('%s', (_name, resource, message) => {
    const { emu, events } = calendar();
    expect(apiError(() => events.insert(resource, 'primary'))).toBe(
      `API call to calendar.events.insert failed with error: ${message}`,
    );
    expect(emu.calendarEvents()).toEqual([]);
  });

  it('accepts a zero-length timed event, a 1024-character summary and an all-day recurring one without zone', () => {
    const { events } = calendar();
    events.insert(
      meeting({ end: { dateTime: '2026-06-22T08:00:00Z' }, summary: 'x'.repeat(1024) }),
      'primary',
    );
    events.insert(
      { start: { date: '2026-06-22' }, end: { date: '2026-06-23' }, recurrence: ['RRULE:FREQ=YEARLY'] },
      'primary',
    );
  });

  it('names the reason: required for a missing field, timeRangeEmpty for an empty range', () => {
    const { events } = calendar();
    const missing = thrown(() => events.insert({ start: { date: '2026-06-22' } }, 'primary'));
    expect((missing as GoogleJsonResponseException).details.errors?.[0].reason).toBe('required');
    const empty = thrown(() =>
      events.insert({ start: { date: '2026-06-22' }, end: { date: '2026-06-21' } }, 'primary'),
    );
    expect((empty as GoogleJsonResponseException).details).toMatchObject({
      code: 400,
      errors: [{ reason: 'timeRangeEmpty' }],
    });
  });
});

describe('Meet conferences', () => {
  const createRequest = { requestId: 'kickoff-1', conferenceSolutionKey: { type: 'hangoutsMeet' } };

  it('creates a Meet link with conferenceDataVersion 1', () => {
    const { events } = calendar();
    const event = events.insert(meeting({ conferenceData: { createRequest } }), 'primary', {
      conferenceDataVersion: 1,
    });
    expect(event.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    const code = String(event.hangoutLink).slice('https://meet.google.com/'.length);
    expect(event.conferenceData).toMatchObject({
      conferenceId: code,
      conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
      createRequest: { requestId: 'kickoff-1', status: { statusCode: 'success' } },
      entryPoints: [{ entryPointType: 'video', uri: event.hangoutLink, label: `meet.google.com/${code}` }],
    });
    // The same id gives the same link.
    const again = calendar().events.insert(meeting({ conferenceData: { createRequest } }), 'primary', {
      conferenceDataVersion: 1,
    });
    expect(again.hangoutLink).toBe(event.hangoutLink);
  });

  it('ignores conferenceData without conferenceDataVersion 1, as the API does', () => {
    const { events } = calendar();
    const event = events.insert(meeting({ conferenceData: { createRequest } }), 'primary');
    expect(event.hangoutLink).toBeUndefined();
    expect(event.conferenceData).toBeUndefined();
  });

  it('refuses a conference type other than hangoutsMeet', () => {
    const { events } = calendar();
    const request = { createRequest: { requestId: 'x', conferenceSolutionKey: { type: 'eventHangout' } } };
    expect(
      apiError(() =>
        events.insert(meeting({ conferenceData: request }), 'primary', { conferenceDataVersion: 1 }),
      ),
    ).toContain('Invalid conference type value.');
  });

  it('adds a conference by patch', () => {
    const { events } = calendar();
    const { id } = events.insert(meeting(), 'primary');
    const patched = events.patch({ conferenceData: { createRequest } }, 'primary', String(id), {
      conferenceDataVersion: 1,
    });
    expect(patched.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
  });
});

describe('get, list, patch and remove', () => {
  it('get returns a copy; list returns the events not removed', () => {
    const { events } = calendar();
    const first = events.insert(meeting(), 'primary');
    const second = events.insert(meeting({ summary: 'Abnahme' }), USER);
    const read = events.get('primary', String(first.id));
    expect(read).toEqual(first);
    read.summary = 'changed';
    expect(events.get('primary', String(first.id)).summary).toBe('Kickoff Website-Relaunch');
    const list = events.list('primary');
    expect(list).toMatchObject({ kind: 'calendar#events', summary: USER, timeZone: 'Europe/Berlin' });
    expect(list.items?.map((e) => e.summary)).toEqual(['Kickoff Website-Relaunch', 'Abnahme']);
    events.remove('primary', String(second.id));
    expect(events.list('primary').items?.map((e) => e.id)).toEqual([first.id]);
    expect(events.list('primary', { showDeleted: true }).items?.map((e) => e.status)).toEqual([
      'confirmed',
      'cancelled',
    ]);
  });

  it('get of an unknown id is Not Found; a removed event reads cancelled, and removing it again is 410', () => {
    const { emu, events } = calendar();
    expect(apiError(() => events.get('primary', 'unbekannt00000'))).toBe(
      'API call to calendar.events.get failed with error: Not Found',
    );
    const { id } = events.insert(meeting(), 'primary');
    emu.clock.advance(60_000);
    events.remove('primary', String(id));
    expect(events.get('primary', String(id))).toMatchObject({
      status: 'cancelled',
      updated: '2026-06-15T09:01:00.000Z',
    });
    const again = thrown(() => events.remove('primary', String(id)));
    expect(again.message).toBe(
      'API call to calendar.events.remove failed with error: Resource has been deleted',
    );
    expect((again as GoogleJsonResponseException).details.code).toBe(410);
    expect(apiError(() => events.remove('primary', 'unbekannt00000'))).toContain('Not Found');
    expect(emu.calendarEvents().map((e) => e.status)).toEqual(['cancelled']);
  });

  it('patch replaces given fields, merges nested ones, keeps the rest and is checked like insert', () => {
    const { emu, events } = calendar();
    const { id } = events.insert(
      {
        summary: 'Jour fixe',
        location: 'Büro',
        start: { dateTime: '2026-06-22T10:00:00', timeZone: 'Europe/Berlin' },
        end: { dateTime: '2026-06-22T10:30:00', timeZone: 'Europe/Berlin' },
        attendees: [{ email: 'kunde@beispiel.de', responseStatus: 'accepted' }],
      },
      'primary',
    );
    emu.clock.advance(60_000);
    const patched = events.patch(
      {
        summary: 'Jour fixe (neu)',
        end: { dateTime: '2026-06-22T11:00:00' },
        location: null as unknown as string,
        attendees: [{ email: 'kunde@beispiel.de' }, { email: 'zweite@beispiel.de' }],
      },
      'primary',
      String(id),
    );
    expect(patched).toMatchObject({
      id,
      summary: 'Jour fixe (neu)',
      end: { dateTime: '2026-06-22T11:00:00', timeZone: 'Europe/Berlin' },
      created: '2026-06-15T09:00:00.000Z',
      updated: '2026-06-15T09:01:00.000Z',
      attendees: [
        { email: 'kunde@beispiel.de', responseStatus: 'accepted' },
        { email: 'zweite@beispiel.de', responseStatus: 'needsAction' },
      ],
    });
    expect(patched.location).toBeUndefined();
    expect(
      apiError(() => events.patch({ end: { dateTime: '2026-06-22T09:00:00' } }, 'primary', String(id))),
    ).toBe('API call to calendar.events.patch failed with error: The specified time range is empty.');
    // Switching to an all-day event needs dateTime cleared, as in the real API.
    expect(apiError(() => events.patch({ start: { date: '2026-06-22' } }, 'primary', String(id)))).toContain(
      'Invalid start time.',
    );
    expect(events.get('primary', String(id)).summary).toBe('Jour fixe (neu)');
    expect(apiError(() => events.patch({}, 'primary', 'unbekannt00000'))).toContain('Not Found');
  });
});

describe('invitations', () => {
  const guests = [{ email: 'kunde@beispiel.de' }, { email: USER }, { email: 'zweite@beispiel.de' }];

  it('are recorded per guest with sendUpdates all or externalOnly, never for the user or without it', () => {
    const { emu, events } = calendar();
    events.insert(meeting({ attendees: guests }), 'primary');
    events.insert(meeting({ attendees: guests }), 'primary', { sendUpdates: 'none' });
    expect(emu.calendarInvitations()).toEqual([]);
    const { id } = events.insert(meeting({ attendees: guests }), 'primary', { sendUpdates: 'all' });
    const external = events.insert(meeting({ summary: 'Extern', attendees: [guests[0]] }), 'primary', {
      sendUpdates: 'externalOnly',
    });
    expect(emu.calendarInvitations()).toEqual([
      {
        email: 'kunde@beispiel.de',
        eventId: id,
        summary: 'Kickoff Website-Relaunch',
        kind: 'invite',
        at: '2026-06-15T09:00:00.000Z',
      },
      {
        email: 'zweite@beispiel.de',
        eventId: id,
        summary: 'Kickoff Website-Relaunch',
        kind: 'invite',
        at: '2026-06-15T09:00:00.000Z',
      },
      {
        email: 'kunde@beispiel.de',
        eventId: external.id,
        summary: 'Extern',
        kind: 'invite',
        at: '2026-06-15T09:00:00.000Z',
      },
    ]);
    expect(events.get('primary', String(id)).attendees?.[1]).toMatchObject({
      email: USER,
      self: true,
      organizer: true,
    });
  });

  it('a patch invites new guests, updates the others and cancels for removed ones; remove cancels for all', () => {
    const { emu, events } = calendar();
    const { id } = events.insert(meeting({ attendees: [guests[0], guests[2]] }), 'primary');
    events.patch({ attendees: [guests[0], { email: 'dritte@beispiel.de' }] }, 'primary', String(id), {
      sendUpdates: 'all',
    });
    events.remove('primary', String(id), { sendUpdates: 'all' });
    expect(emu.calendarInvitations().map(({ email, kind }) => `${kind} ${email}`)).toEqual([
      'invite dritte@beispiel.de',
      'update kunde@beispiel.de',
      'cancel zweite@beispiel.de',
      'cancel kunde@beispiel.de',
      'cancel dritte@beispiel.de',
    ]);
  });

  it('an unknown sendUpdates value is refused', () => {
    const { events } = calendar();
    expect(apiError(() => events.insert(meeting(), 'primary', { sendUpdates: 'everyone' }))).toContain(
      'Invalid Value',
    );
  });
});

describe('Calendar in the emulator', () => {
  it('counts calls under Calendar (failed ones too) and projects their latency', () => {
    const { emu, Calendar } = setup({ latencyMs: 250 });
    const calendarEvents = Calendar.Events;
    emu.runExecution(() => {
      const { id } = calendarEvents.insert(meeting(), 'primary');
      calendarEvents.get('primary', String(id));
      calendarEvents.list('primary');
      calendarEvents.patch({ summary: 'neu' }, 'primary', String(id));
      calendarEvents.remove('primary', String(id));
      thrown(() => calendarEvents.insert(meeting(), 'other'));
    });
    emu.uncounted(() => calendarEvents.list('primary'));
    expect(emu.calls.byService()).toEqual({ Calendar: 6 });
    expect(emu.calls.byName()).toEqual({
      'Calendar.Events.insert': 2,
      'Calendar.Events.get': 1,
      'Calendar.Events.list': 1,
      'Calendar.Events.patch': 1,
      'Calendar.Events.remove': 1,
    });
    expect(emu.calls.projectedMs()).toBe(6 * 250);
  });

  it('is a global of the vm context the add-on runs in', () => {
    const { emu } = setup();
    const context = vm.createContext({ ...emu.globals });
    const link = vm.runInContext(
      `Calendar.Events.insert({ summary: 'Kickoff', start: { dateTime: '2026-06-22T10:00:00+02:00' },
        end: { dateTime: '2026-06-22T11:00:00+02:00' },
        conferenceData: { createRequest: { requestId: 'r1', conferenceSolutionKey: { type: 'hangoutsMeet' } } } },
        'primary', { conferenceDataVersion: 1 }).hangoutLink`,
      context,
    );
    expect(link).toBe(emu.calendarEvents()[0].hangoutLink);
    expect(() => vm.runInContext(`Calendar.Events.insert({ summary: 'x' }, 'primary')`, context)).toThrow(
      'Missing start time.',
    );
  });

  it('events, invitations and the id counter survive serialize and loadEmulator', () => {
    const { emu, events } = calendar();
    const { id } = events.insert(meeting({ attendees: [{ email: 'kunde@beispiel.de' }] }), 'primary', {
      sendUpdates: 'all',
    });
    events.insert(meeting({ summary: 'weg' }), 'primary');
    events.remove('primary', String(emu.calendarEvents()[1].id));
    const loaded = loadEmulator(emu.serialize());
    expect(loaded.calendarEvents()).toEqual(emu.calendarEvents());
    expect(loaded.calendarInvitations()).toEqual(emu.calendarInvitations());
    expect(loaded.services.Calendar.Events.get('primary', String(id)).summary).toBe(
      'Kickoff Website-Relaunch',
    );
    expect(loaded.services.Calendar.Events.insert(meeting(), 'primary').id).toBe(
      events.insert(meeting(), 'primary').id,
    );
  });

  it('a state saved before Calendar existed loads with an empty calendar', () => {
    const { emu, events } = calendar();
    events.insert(meeting(), 'primary');
    const state = JSON.parse(emu.serialize());
    delete state.calendar;
    const loaded = loadEmulator(JSON.stringify(state));
    expect(loaded.calendarEvents()).toEqual([]);
    expect(loaded.calendarInvitations()).toEqual([]);
  });
});

describe('expandOccurrences', () => {
  const berlin = (date: string, recurrence: string[]): Event => ({
    start: { dateTime: `${date}T10:00:00`, timeZone: 'Europe/Berlin' },
    end: { dateTime: `${date}T11:00:00`, timeZone: 'Europe/Berlin' },
    recurrence,
  });

  it('skips months without the 31st, and those do not count towards COUNT', () => {
    expect(expandOccurrences(berlin('2026-01-31', ['RRULE:FREQ=MONTHLY;COUNT=6']), '2027-12-31')).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
    ]);
    expect(expandOccurrences(berlin('2026-01-31', ['RRULE:FREQ=MONTHLY']), '2026-06-30')).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
    ]);
  });

  it('expands a biweekly rule up to UNTIL, an instant compared with each start', () => {
    // 10:00 in Berlin in summer is 08:00 UTC: an UNTIL of exactly then includes that day, a second earlier not.
    expect(
      expandOccurrences(
        berlin('2026-06-15', ['RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260810T080000Z']),
        '2026-12-31',
      ),
    ).toEqual(['2026-06-15', '2026-06-29', '2026-07-13', '2026-07-27', '2026-08-10']);
    expect(
      expandOccurrences(
        berlin('2026-06-15', ['RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260810T075959Z']),
        '2026-12-31',
      ),
    ).toHaveLength(4);
    expect(
      expandOccurrences(berlin('2026-06-15', ['RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260727']), '2026-12-31'),
    ).toEqual(['2026-06-15', '2026-06-29', '2026-07-13', '2026-07-27']);
  });

  it('stops at the limit day (inclusive) for a rule without end, and honours INTERVAL for months', () => {
    expect(
      expandOccurrences(berlin('2026-06-15', ['RRULE:FREQ=MONTHLY;INTERVAL=3']), '2027-03-15T00:00:00Z'),
    ).toEqual(['2026-06-15', '2026-09-15', '2026-12-15', '2027-03-15']);
  });

  it('expands weekly BYDAY, drops EXDATE and adds RDATE', () => {
    const event = berlin('2026-06-15', [
      'RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5',
      'EXDATE;TZID=Europe/Berlin:20260618T100000',
      'RDATE;VALUE=DATE:20260701',
    ]);
    expect(expandOccurrences(event, '2026-12-31')).toEqual([
      '2026-06-15',
      '2026-06-22',
      '2026-06-25',
      '2026-06-29',
      '2026-07-01',
    ]);
  });

  it('takes the start day in the event zone, all-day events and events without recurrence', () => {
    const lateUtc: Event = {
      start: { dateTime: '2026-06-14T22:30:00Z', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-06-14T23:30:00Z', timeZone: 'Europe/Berlin' },
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=2'],
    };
    expect(expandOccurrences(lateUtc, '2026-12-31')).toEqual(['2026-06-15', '2026-06-22']);
    const allDay: Event = {
      start: { date: '2024-02-29' },
      end: { date: '2024-03-01' },
      recurrence: ['RRULE:FREQ=YEARLY;COUNT=2'],
    };
    expect(expandOccurrences(allDay, '2040-01-01')).toEqual(['2024-02-29', '2028-02-29']);
    expect(expandOccurrences(berlin('2026-06-15', []), '2026-12-31')).toEqual(['2026-06-15']);
    expect(expandOccurrences(berlin('2026-06-15', []), '2026-06-14')).toEqual([]);
  });

  it('throws for rule parts it does not model rather than guess', () => {
    expect(() =>
      expandOccurrences(berlin('2026-06-15', ['RRULE:FREQ=MONTHLY;BYDAY=1MO']), '2026-12-31'),
    ).toThrow('BYDAY with an ordinal');
    expect(() =>
      expandOccurrences(berlin('2026-06-15', ['RRULE:FREQ=MONTHLY;BYMONTHDAY=-1']), '2026-12-31'),
    ).toThrow('BYMONTHDAY');
  });
});
