// Fault injection in the project phase: the n-th service call of scheduling a kick-off (calendar event, agenda),
// writing minutes, requesting an acceptance and handing over throws. Afterwards no calendar event or document is
// left without its row, no row without its event, and a retry succeeds.
import type { AddOn } from '../../emulator/addon';
import type { Result } from '../../src/shared/contract';
import type { ProjectResultDto } from '../../src/shared/projectContract';
import { describeFaults, type FaultAction } from '../support/faultInjection';
import { confirmedOrder, fillInAgency } from '../support/invoiceScenario';
import { acceptedOrder } from '../support/projectScenario';
import { ok, rowsOf } from '../support/scenario';

/** Set-ups are reused per fault position; each builds its own register, so numbers and ids repeat. */
let orderNo = '';
let meetingId = '';

const DAY = 86_400_000;

function confirmed(a: AddOn): void {
  fillInAgency(a);
  orderNo = confirmedOrder(a, 'Relaunch Website', [{ date: '2026-08-01', label: 'Entwurf' }]);
}

function kickoffInput() {
  return {
    orderNo,
    date: '22.06.2026',
    start: '10:00',
    durationMin: '60',
    place: '',
    video: true,
    guests: 'erika@kunde.example',
    openQuestions: 'Texte?',
  };
}

const ACTIONS: FaultAction[] = [
  {
    name: 'schedule the kick-off',
    prepare: confirmed,
    run: (a) => a.call<Result<unknown>>('kickoffSchedule', kickoffInput()),
    done: (a) => {
      expect(rowsOf(a, 'Besprechungen').map((m) => m.Art)).toEqual(['Kick-off']);
      expect(a.emulator.calendarEvents().filter((e) => e.status !== 'cancelled')).toHaveLength(1);
    },
  },
  {
    name: 'write minutes',
    prepare: (a) => {
      confirmed(a);
      ok(a.call('kickoffSchedule', kickoffInput()));
      const series = ok(
        a.call<Result<ProjectResultDto>>('jourFixeSchedule', {
          ...kickoffInput(),
          date: '24.06.2026',
          video: false,
          interval: 'biweekly',
          until: '22.07.2026',
        }),
      );
      meetingId = series.project.meetings.filter((m) => m.kind === 'jourFixe')[0].id;
      a.emulator.clock.set(new Date(a.emulator.clock.now().getTime() + 10 * DAY));
    },
    run: (a) =>
      a.call<Result<unknown>>('minutesWrite', {
        meetingId,
        attendees: 'Erika',
        notes: 'Entwürfe',
        decisions: '',
        close: [],
        items: [{ text: 'Texte liefern', owner: 'Erika', due: '' }],
      }),
    done: (a) => {
      expect(rowsOf(a, 'Aufgaben').map((i) => i.Aufgabe)).toEqual(['Texte liefern']);
      expect(rowsOf(a, 'Besprechungen').filter((m) => m['Protokoll am'] !== '')).toHaveLength(1);
    },
  },
  {
    // A column of the user's own before the hidden id: the row is appended in two blocks, and undo must find a
    // row whose id block was never written at its planned place.
    name: 'record time beside a column of the user',
    prepare: (a) => {
      confirmed(a);
      a.emulator.uncounted(() => {
        const sheet = a.emulator.spreadsheet.getSheetByName('Zeiten');
        sheet?.insertColumnBefore(8);
        sheet?.getRange(1, 8).setValue('Eigene Spalte');
      });
    },
    run: (a) =>
      a.call<Result<unknown>>('timeRecord', {
        orderNo,
        date: '15.06.2026',
        person: 'Anna',
        service: 'Gestaltung',
        hours: '2,5',
        billable: true,
        note: 'Entwürfe',
      }),
    done: (a) => expect(rowsOf(a, 'Zeiten').map((r) => r.Stunden)).toEqual([2.5]),
  },
  {
    name: 'hand over',
    prepare: (a) => {
      confirmed(a);
      acceptedOrder(a, orderNo);
      ok(
        a.call('checklistSave', {
          orderNo,
          done: ['finalFiles', 'sourceFiles', 'accessData', 'licences', 'usageRights', 'folderShared'],
        }),
      );
    },
    run: (a) => a.call<Result<unknown>>('handoverCreate', { orderNo, shareWith: '' }),
    done: (a) => {
      expect(rowsOf(a, 'Nachbetreuung')).toHaveLength(3);
      expect(rowsOf(a, 'Aufträge')[0].Phase).toBe('Übergeben');
    },
  },
];

describeFaults(ACTIONS, 80);
