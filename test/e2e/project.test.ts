// The project phase on the built bundle: confirmed order -> kick-off -> jour fixe and minutes -> time and deviations ->
// acceptance with rework -> handover -> final invoice -> paid -> after-care -> closed; documents and sheets checked.
import type { AddOn } from '../../emulator/addon';
import { expandOccurrences } from '../../emulator/calendar/recurrence';
import type { ErrorDto, OrderDto, Result } from '../../src/shared/contract';
import type { IssueResultDto } from '../../src/shared/invoiceContract';
import type {
  DeviationsRefreshDto,
  FollowOnDto,
  ProjectDto,
  ProjectResultDto,
} from '../../src/shared/projectContract';
import { consistencyProblems } from '../support/consistency';
import { confirmedOrder, setUpAgency } from '../support/invoiceScenario';
import { createOrder, ok, rowsOf, SHEETS, snapshot } from '../support/scenario';

const DAY = 24 * 60 * 60 * 1000;

function fail(result: Result<unknown>): ErrorDto {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.data).slice(0, 300)}`);
  return result.error;
}

function docText(addOn: AddOn, url: string): string {
  return addOn.emulator.documentText(/\/d\/([^/]+)/.exec(url)?.[1] ?? '');
}

function act(addOn: AddOn, name: string, input: unknown): ProjectResultDto {
  return ok(addOn.call<Result<ProjectResultDto>>(name, input));
}

/** The call fails naming `field`, and no sheet changed. */
function refused(addOn: AddOn, name: string, input: unknown, field: string): ErrorDto {
  const before = snapshot(addOn);
  const error = fail(addOn.call(name, input));
  expect(error.fields.map((f) => f.field)).toContain(field);
  expect(snapshot(addOn)).toBe(before);
  return error;
}

const meeting = (orderNo: string, over: Record<string, unknown> = {}) => ({
  orderNo,
  date: '22.06.2026',
  start: '10:00',
  durationMin: '90',
  place: 'Agentur, Torstraße 109',
  video: true,
  guests: 'erika@sonnenschein.example, tom@pixelwerk.example',
  ...over,
});

function stageOf(addOn: AddOn, orderNo: string): unknown {
  return rowsOf(addOn, SHEETS.orders).find((r) => r.Auftrag === orderNo)?.Phase;
}

describe('project phase (end to end on dist/Code.js)', () => {
  it('walks a confirmed order to closed, with documents, sheets and the calendar', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn, 'Relaunch Website', [
      { date: '2026-07-15', label: 'Design abgestimmt' },
      { date: '2026-09-01', label: 'Website online' },
    ]);

    // Kick-off: a date in the past is refused at its field; nothing written.
    refused(
      addOn,
      'kickoffSchedule',
      { ...meeting(orderNo, { date: '01.06.2026' }), openQuestions: '' },
      'date',
    );
    const kickoff = act(addOn, 'kickoffSchedule', {
      ...meeting(orderNo),
      openQuestions: 'Wer liefert die Texte?\nZugang zum Hosting?',
    });
    expect(kickoff.project.stage).toBe('kickoff');
    const events = addOn.emulator.calendarEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      summary: `Kick-off ${orderNo}: Relaunch Website`,
      start: { dateTime: '2026-06-22T10:00:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-06-22T11:30:00', timeZone: 'Europe/Berlin' },
    });
    expect(events[0].hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
    expect(addOn.emulator.calendarInvitations().map((i) => i.email)).toEqual([
      'erika@sonnenschein.example',
      'tom@pixelwerk.example',
    ]);
    const agenda = docText(addOn, kickoff.docUrl);
    for (const text of [
      'Gestaltung',
      'Umsetzung',
      'PO-1',
      '30.09.2026',
      'Design abgestimmt',
      'Wer liefert die Texte?',
    ])
      expect(agenda).toContain(text);
    expect(agenda).not.toMatch(/\{\{/);
    const meetings = rowsOf(addOn, 'Besprechungen');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ Art: 'Kick-off', Beginn: '10:00', Auftrag: orderNo });
    expect(stageOf(addOn, orderNo)).toBe('Kick-off');

    // Jour fixe: an interval of 0 is refused; weekly until 22.07. makes five meetings, as the calendar expands.
    refused(
      addOn,
      'jourFixeSchedule',
      { ...meeting(orderNo, { date: '24.06.2026' }), interval: '0', until: '' },
      'interval',
    );
    const series = act(addOn, 'jourFixeSchedule', {
      ...meeting(orderNo, { date: '24.06.2026', start: '9:30', durationMin: '30', video: false }),
      interval: 'weekly',
      until: '22.07.2026',
    });
    const jf = series.project.meetings.filter((m) => m.kind === 'jourFixe');
    expect(jf.map((m) => m.date)).toEqual([
      '2026-06-24',
      '2026-07-01',
      '2026-07-08',
      '2026-07-15',
      '2026-07-22',
    ]);
    const seriesEvent = addOn.emulator.calendarEvents()[1];
    expect(seriesEvent.recurrence?.[0]).toBe('RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=5');
    expect(expandOccurrences(seriesEvent, '2027-01-01')).toEqual(jf.map((m) => m.date));

    // In progress only once the kick-off took place.
    expect(fail(addOn.call('sidebarChangeStage', { orderNo, target: 'inProgress', reason: '' })).field).toBe(
      'target',
    );
    addOn.emulator.clock.advance(9 * DAY); // 24.06.2026
    ok(addOn.call<Result<OrderDto>>('sidebarChangeStage', { orderNo, target: 'inProgress', reason: '' }));

    // First minutes: two new action items; the user's text stays literal in the document.
    const first = act(addOn, 'minutesWrite', {
      meetingId: jf[0].id,
      attendees: 'Erika Muster, Anna',
      notes: 'Startseite: =SUM(A1) bleibt Text\nFarben {{client.name}} wie besprochen',
      decisions: 'Hosting bei <b>Kunde</b>',
      close: [],
      items: [
        { text: 'Texte liefern', owner: 'Erika', due: '01.07.2026' },
        { text: 'Moodboard', owner: 'Anna', due: '30.06.2026' },
      ],
    });
    const minutes1 = docText(addOn, first.docUrl);
    expect(minutes1).toContain('=SUM(A1) bleibt Text');
    expect(minutes1).toContain('Farben {{client.name}} wie besprochen');
    expect(minutes1).toContain('Hosting bei <b>Kunde</b>');
    expect(minutes1).toContain('Texte liefern');
    const items = rowsOf(addOn, 'Aufgaben');
    expect(items.map((i) => [i.Aufgabe, i.Status])).toEqual([
      ['Texte liefern', 'Offen'],
      ['Moodboard', 'Offen'],
    ]);

    // The Moodboard is closed in the sheet by hand; the next minutes carry only the texts over.
    const statusCol = addOn.emulator.values('Aufgaben')[0].indexOf('Status');
    addOn.emulator.uncounted(() =>
      addOn.emulator.spreadsheet
        .getSheetByName('Aufgaben')
        ?.getRange(3, statusCol + 1)
        .setValue('Erledigt'),
    );
    addOn.emulator.clock.advance(7 * DAY); // 01.07.2026
    const second = act(addOn, 'minutesWrite', {
      meetingId: jf[1].id,
      attendees: 'Erika Muster',
      notes: 'Entwürfe gezeigt',
      decisions: '',
      close: [],
      items: [],
    });
    const minutes2 = docText(addOn, second.docUrl);
    expect(minutes2).toContain('Texte liefern');
    expect(minutes2).not.toContain('Moodboard');
    expect(
      fail(
        addOn.call('minutesWrite', {
          meetingId: jf[1].id,
          attendees: '',
          notes: '',
          decisions: '',
          close: [],
          items: [],
        }),
      ).message,
    ).toMatch(/Protokoll/);

    // Time: negative and over 24 hours refused; 61 h of design at 95 € overrun the confirmed net.
    const time = (hours: string, over = {}) => ({
      orderNo,
      date: '01.07.2026',
      person: 'Anna',
      service: 'Gestaltung',
      hours,
      billable: true,
      note: '',
      ...over,
    });
    refused(addOn, 'timeRecord', time('-2'), 'hours');
    refused(addOn, 'timeRecord', time('25'), 'hours');
    act(addOn, 'timeRecord', time('20'));
    refused(addOn, 'timeRecord', time('5'), 'hours'); // 20 + 5 > 24 on one day
    act(addOn, 'timeRecord', time('20', { date: '26.06.2026' }));
    act(addOn, 'timeRecord', time('21', { date: '29.06.2026' }));
    const progress = act(addOn, 'progressSave', {
      orderNo,
      milestones: [
        { index: 0, progress: '50' },
        { index: 1, progress: '10' },
      ],
    });
    expect(progress.project.milestones.map((m) => m.progress)).toEqual([50, 10]);
    // 61 h × 95 € = 5,795 € against 5,700 € confirmed at list prices (budget and effort both before the discount).
    expect(progress.project.figures.hours).toBe(6100);
    expect(progress.project.figures.deviations.map((d) => d.key)).toContain('budget100');
    expect(progress.project.overrun).toBe(true);

    // The register-wide refresh writes the same flags.
    const refresh = ok(addOn.call<Result<DeviationsRefreshDto>>('deviationsRefresh'));
    expect(refresh.flagged).toBeGreaterThanOrEqual(1);
    const row = rowsOf(addOn, SHEETS.orders).find((r) => r.Auftrag === orderNo);
    expect(String(row?.Abweichungen)).toContain('Budget überschritten');
    expect(Number(row?.['Budget %'])).toBeGreaterThan(100);

    // Change request: a new order for the same client with a draft quote of the overrun.
    const cr = ok(addOn.call<Result<FollowOnDto>>('followOnCreate', { orderNo, kind: 'changeRequest' }));
    const crQuote = rowsOf(addOn, 'Angebote').find((q) => String(q.Auftrag) === cr.orderNo);
    expect(crQuote).toBeDefined();
    const quoted = (quote: unknown) =>
      rowsOf(addOn, 'Positionen')
        .filter((p) => String(p.Dokument) === quote)
        .map((p) => p.Menge);
    // The confirmed design was a free-text position: every billable Gestaltung hour is beyond it.
    expect(quoted(crQuote?.['Angebotsnr.'])).toEqual([61]);
    expect(rowsOf(addOn, SHEETS.orders).find((r) => r.Auftrag === cr.orderNo)?.['Folgeauftrag von']).toBe(
      orderNo,
    );
    // A second change request quotes only the hours booked since the first.
    act(addOn, 'timeRecord', time('3', { date: '30.06.2026' }));
    const cr2 = ok(addOn.call<Result<FollowOnDto>>('followOnCreate', { orderNo, kind: 'changeRequest' }));
    const cr2Quote = rowsOf(addOn, 'Angebote').find((q) => String(q.Auftrag) === cr2.orderNo);
    expect(quoted(cr2Quote?.['Angebotsnr.'])).toEqual([3]);
    expect(ok(addOn.call<Result<ProjectDto>>('projectLoad', { orderNo })).overrun).toBe(false);
    expect(fail(addOn.call('followOnCreate', { orderNo, kind: 'changeRequest' })).message).toMatch(
      /Mehraufwand/,
    );

    // Acceptance: without deliverables refused; round 1 finds a defect, the order goes to rework.
    refused(addOn, 'acceptanceRequest', { orderNo, deliverables: ' \n ' }, 'deliverables');
    const requested = act(addOn, 'acceptanceRequest', { orderNo, deliverables: 'Website\nStyleguide' });
    expect(requested.project.stage).toBe('acceptance');
    const protocol = docText(addOn, requested.docUrl);
    expect(protocol).toContain('Website');
    expect(protocol).toContain('Styleguide');
    const round1 = requested.project.acceptances[0];
    const defects = act(addOn, 'acceptanceDecide', {
      acceptanceId: round1.id,
      date: '01.07.2026',
      accepted: ['Styleguide'],
      defects: [{ text: 'Kontaktformular sendet nicht', due: '08.07.2026' }],
    });
    expect(defects.project.stage).toBe('rework');
    expect(stageOf(addOn, orderNo)).toBe('Nachbesserung');
    const rework = defects.project.items.find((i) => i.kind === 'rework');
    expect(rework?.text).toBe('Kontaktformular sendet nicht');
    // The final invoice waits for the acceptance.
    expect(
      fail(
        addOn.call('invoiceCreateDraft', {
          orderNo,
          type: 'final',
          share: '',
          picks: [],
          supplyFrom: '',
          supplyTo: '',
          skontoPercent: '',
          skontoDays: '',
          resolved: [],
        }),
      ).field,
    ).toBe('type');
    // A new request waits until the rework is done.
    expect(fail(addOn.call('acceptanceRequest', { orderNo, deliverables: 'Website' })).message).toMatch(
      /Nachbesserungen: 1/,
    );
    act(addOn, 'itemsUpdate', { orderNo, close: [rework?.id], items: [] });
    const round2 = act(addOn, 'acceptanceRequest', { orderNo, deliverables: 'Website\nStyleguide' });
    addOn.emulator.clock.advance(2 * DAY); // 03.07.2026
    const accepted = act(addOn, 'acceptanceDecide', {
      acceptanceId: round2.project.acceptances[1].id,
      date: '03.07.2026',
      accepted: ['Website', 'Styleguide'],
      defects: [],
    });
    expect(accepted.project.acceptedOn).toBe('2026-07-03');

    // Handed over only through the handover itself, never the stage picker.
    expect(
      fail(addOn.call('sidebarChangeStage', { orderNo, target: 'handedOver', reason: '' })).message,
    ).toMatch(/Übergabeprotokoll erstellen/);
    // Handover: refused while the checklist is open; the folder is shared by the handover itself.
    expect(fail(addOn.call('handoverCreate', { orderNo, shareWith: '' })).message).toMatch(/Checkliste/);
    act(addOn, 'checklistSave', {
      orderNo,
      done: ['finalFiles', 'sourceFiles', 'accessData', 'licences', 'usageRights'],
    });
    const handover = act(addOn, 'handoverCreate', { orderNo, shareWith: 'erika@sonnenschein.example' });
    expect(handover.project.stage).toBe('handedOver');
    expect(handover.project.checklist.every((c) => c.done)).toBe(true);
    expect(handover.project.followUps.map((f) => f.due)).toEqual(['2026-08-02', '2026-10-01', '2027-07-03']);
    const handoverText = docText(addOn, handover.docUrl);
    expect(handoverText).toContain('Nutzungsrechte');
    expect(handoverText).not.toMatch(/\{\{/);
    const folder = addOn.emulator
      .driveFiles()
      .find((f) => f.mimeType === 'application/vnd.google-apps.folder' && f.name.startsWith(orderNo));
    expect(JSON.stringify(folder)).toContain('erika@sonnenschein.example');

    // The final invoice takes the acceptance date as its supply date.
    const finalDraft = ok(
      addOn.call<Result<OrderDto>>('invoiceCreateDraft', {
        orderNo,
        type: 'final',
        share: '',
        picks: [],
        supplyFrom: '',
        supplyTo: '',
        skontoPercent: '',
        skontoDays: '',
        resolved: [],
      }),
    );
    const fin = finalDraft.billing?.invoices.find((i) => i.type === 'final' && i.status === 'draft');
    expect(fin).toBeDefined();
    const finRow = rowsOf(addOn, 'Rechnungen').find((r) => r.ID === fin?.id);
    expect(finRow?.['Leistung von']).toEqual(new Date('2026-07-03T00:00:00+02:00'));

    // After-care: a follow-up before the handover is refused; closing waits for the due follow-up.
    const f1 = handover.project.followUps[0];
    refused(
      addOn,
      'followUpRecord',
      { followUpId: f1.id, date: '01.07.2026', outcome: 'Alles gut', satisfaction: '5' },
      'date',
    );
    const issued = ok(addOn.call<Result<IssueResultDto>>('invoiceIssue', { id: fin?.id }));
    expect(issued.number).toMatch(/^RE-/);
    expect(stageOf(addOn, orderNo)).toBe('Abgerechnet');
    ok(
      addOn.call<Result<unknown>>('paymentRecord', {
        invoiceId: fin?.id,
        date: '03.07.2026',
        amount: '6.272,85',
        method: 'transfer',
        note: '',
      }),
    );
    expect(stageOf(addOn, orderNo)).toBe('Bezahlt');
    ok(addOn.call<Result<OrderDto>>('sidebarChangeStage', { orderNo, target: 'aftercare', reason: '' }));
    addOn.emulator.clock.advance(31 * DAY); // 03.08.2026: the 30-day follow-up is due
    const sidebar = ok(addOn.call<Result<{ followUps: { orderNo: string }[] }>>('sidebarLoad'));
    expect(sidebar.followUps.map((f) => f.orderNo)).toContain(orderNo);
    expect(fail(addOn.call('sidebarChangeStage', { orderNo, target: 'closed', reason: '' })).field).toBe(
      'target',
    );
    const recorded = act(addOn, 'followUpRecord', {
      followUpId: f1.id,
      date: '03.08.2026',
      outcome: 'Sehr zufrieden, will Newsletter',
      satisfaction: '5',
    });
    expect(recorded.project.followUps[0]).toMatchObject({ doneOn: '2026-08-03', satisfaction: 5 });
    const maintenance = ok(
      addOn.call<Result<FollowOnDto>>('followOnCreate', { orderNo, kind: 'maintenance' }),
    );
    expect(maintenance.orderNo).not.toBe(orderNo);
    const closed = ok(
      addOn.call<Result<OrderDto>>('sidebarChangeStage', { orderNo, target: 'closed', reason: '' }),
    );
    expect(closed.stage).toBe('closed');

    const project = ok(addOn.call<Result<ProjectDto>>('projectLoad', { orderNo }));
    expect(project.handedOverOn).toBe('2026-07-03');
    expect(consistencyProblems(addOn)).toEqual([]);
  });

  it('a deleted Meetings sheet stops the kick-off with its name: no event, no document, nothing written', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    const e = addOn.emulator;
    e.uncounted(() => {
      const sheet = e.spreadsheet.getSheetByName('Besprechungen');
      if (sheet) e.spreadsheet.deleteSheet(sheet);
    });
    const before = snapshot(addOn);
    const files = e.driveFiles().length;
    const error = fail(addOn.call('kickoffSchedule', { ...meeting(orderNo), openQuestions: '' }));
    expect(error.message).toMatch(/Besprechungen/);
    expect(snapshot(addOn)).toBe(before);
    expect(e.calendarEvents()).toEqual([]);
    expect(e.driveFiles()).toHaveLength(files);
    // Setup makes the sheet again; a jour fixe waits for a running order, the kick-off goes through.
    addOn.call('menuSetupRegister');
    const inquiry = createOrder(addOn, { title: 'Nur eine Anfrage', clientId: 'K-0001', newClient: null });
    expect(
      fail(addOn.call('jourFixeSchedule', { ...meeting(inquiry.number), interval: 'weekly', until: '' }))
        .message,
    ).toMatch(/laufenden Auftrag/);
    expect(act(addOn, 'kickoffSchedule', { ...meeting(orderNo), openQuestions: '' }).project.stage).toBe(
      'kickoff',
    );
  });
});
