// ScriptApp time-driven triggers: building, listing, deleting, the per-user limit, schedules and firing.

import vm from 'node:vm';
import { fireTimeTriggers, loadEmulator } from '../../emulator';
import { setup, thrown } from './helpers';

type Handler = (event: GoogleAppsScript.Events.TimeDriven) => void;

/** Makes fn a global function of the emulator, where fired triggers look their handler up. */
function defineHandler(globals: Record<string, unknown>, name: string, fn: Handler): void {
  globals[name] = fn;
}

describe('creating and listing triggers', () => {
  it('a daily trigger is listed by getProjectTriggers and getUserTriggers with its handler, id and type', () => {
    const { emu, ScriptApp, SpreadsheetApp } = setup();
    const created = ScriptApp.newTrigger('sendReminders')
      .timeBased()
      .everyDays(1)
      .atHour(7)
      .nearMinute(30)
      .inTimezone('Europe/Berlin')
      .create();
    expect(created.getHandlerFunction()).toBe('sendReminders');
    expect(created.getUniqueId()).toMatch(/^[1-9]\d{18}$/);
    expect(created.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(created.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    const [listed] = ScriptApp.getProjectTriggers();
    expect(listed.getUniqueId()).toBe(created.getUniqueId());
    expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map((t) => t.getHandlerFunction())).toEqual([
      'sendReminders',
    ]);
    // 11:00 in Berlin when created, so the first run is tomorrow at 07:30 Berlin time.
    expect(emu.triggers()).toEqual([
      {
        id: created.getUniqueId(),
        handler: 'sendReminders',
        eventType: 'CLOCK',
        timeZone: 'Europe/Berlin',
        schedule: { kind: 'days', every: 1, hour: 7, minute: 30 },
        nextRun: '2026-06-16T05:30:00.000Z',
      },
    ]);
    expect(emu.calls.count('ScriptApp.newTrigger')).toBe(1);
    expect(emu.calls.byService().ClockTriggerBuilder).toBe(5);
  });

  it('deleteTrigger removes a trigger (twice is harmless); other triggers stay', () => {
    const { emu, ScriptApp } = setup();
    ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
    const b = ScriptApp.newTrigger('b').timeBased().everyHours(4).create();
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    ScriptApp.deleteTrigger(b);
    expect(emu.triggers()).toEqual([]);
    expect(thrown(() => ScriptApp.deleteTrigger({} as GoogleAppsScript.Script.Trigger)).message).toContain(
      'Invalid argument',
    );
  });

  it('at most 20 triggers per user; deleting one makes room', () => {
    const { ScriptApp } = setup();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`job${i}`).timeBased().everyDays(1).create();
    expect(thrown(() => ScriptApp.newTrigger('one-more').timeBased().everyDays(1).create()).message).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[3]);
    ScriptApp.newTrigger('one-more').timeBased().everyDays(1).create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(20);
  });

  it('rejects frequencies Apps Script does not offer and incomplete builders', () => {
    const { ScriptApp } = setup();
    const builder = () => ScriptApp.newTrigger('job').timeBased();
    expect(thrown(() => builder().everyHours(3)).message).toContain('Invalid argument');
    expect(thrown(() => builder().everyMinutes(2)).message).toContain('Invalid argument');
    expect(thrown(() => builder().everyDays(0)).message).toContain('Invalid argument');
    expect(thrown(() => builder().atHour(24)).message).toContain('Invalid argument');
    expect(thrown(() => builder().nearMinute(60)).message).toContain('Invalid argument');
    expect(thrown(() => builder().inTimezone('Mars/Olympus')).message).toContain('Invalid argument');
    expect(thrown(() => builder().atHour(5).create()).message).toContain('needs everyMinutes');
    expect(thrown(() => builder().everyHours(1).atHour(5).create()).message).toContain('Invalid argument');
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
  });

  it('triggers survive serialize and loadEmulator and still fire', () => {
    const { emu, ScriptApp } = setup();
    const id = ScriptApp.newTrigger('nightly').timeBased().everyDays(1).atHour(2).create().getUniqueId();
    const loaded = loadEmulator(emu.serialize());
    expect(loaded.triggers()).toEqual(emu.triggers());
    const runs: string[] = [];
    defineHandler(loaded.globals, 'nightly', (e) => runs.push(e.triggerUid));
    expect(loaded.advanceWithTriggers(86_400_000)).toBe(1);
    expect(runs).toEqual([id]);
    // The id counter was saved too, so a new trigger gets a new id.
    expect(
      loaded.services.ScriptApp.newTrigger('x').timeBased().everyDays(1).create().getUniqueId(),
    ).not.toBe(id);
  });
});

describe('firing triggers', () => {
  it('fires a due trigger once in its own execution with a time-driven event object', () => {
    const { emu, ScriptApp, SpreadsheetApp } = setup();
    const events: GoogleAppsScript.Events.TimeDriven[] = [];
    const executions: string[] = [];
    defineHandler(emu.globals, 'sendReminders', (e) => {
      events.push(e);
      executions.push(emu.currentExecution().label);
      SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('reminded');
    });
    const id = ScriptApp.newTrigger('sendReminders')
      .timeBased()
      .everyDays(1)
      .atHour(7)
      .nearMinute(30)
      .create()
      .getUniqueId();
    expect(fireTimeTriggers(emu)).toBe(0);
    emu.clock.set(new Date('2026-06-16T05:29:59Z'));
    expect(fireTimeTriggers(emu)).toBe(0);
    emu.clock.set(new Date('2026-06-16T05:30:00Z'));
    expect(fireTimeTriggers(emu)).toBe(1);
    expect(fireTimeTriggers(emu)).toBe(0);
    expect(events).toEqual([
      {
        authMode: ScriptApp.AuthMode.FULL,
        triggerUid: id,
        year: 2026,
        month: 6,
        'day-of-month': 16,
        'day-of-week': 2,
        'week-of-year': 25,
        hour: 5,
        minute: 30,
        second: 0,
        timezone: 'UTC',
      },
    ]);
    expect(executions).toEqual(['sendReminders']);
    expect(emu.values(emu.sheetNames()[0])[0][0]).toBe('reminded');
    expect(emu.triggers()[0].nextRun).toBe('2026-06-17T05:30:00.000Z');
  });

  it('missed runs are not caught up: after three days a daily trigger fires once', () => {
    const { emu, ScriptApp } = setup();
    let runs = 0;
    defineHandler(emu.globals, 'daily', () => {
      runs += 1;
    });
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
    emu.clock.advance(3 * 86_400_000);
    expect(emu.fireTimeTriggers()).toBe(1);
    expect(runs).toBe(1);
    expect(emu.triggers()[0].nextRun).toBe('2026-06-19T04:00:00.000Z');
  });

  it('advanceWithTriggers stops at every run: an every-2-hours trigger fires 12 times a day', () => {
    const { emu, ScriptApp } = setup();
    const times: string[] = [];
    defineHandler(emu.globals, 'poll', () => times.push(emu.clock.now().toISOString()));
    ScriptApp.newTrigger('poll').timeBased().everyHours(2).create();
    expect(emu.advanceWithTriggers(86_400_000)).toBe(12);
    expect(times[0]).toBe('2026-06-15T11:00:00.000Z');
    expect(times[11]).toBe('2026-06-16T09:00:00.000Z');
    expect(emu.clock.now().toISOString()).toBe('2026-06-16T09:00:00.000Z');
  });

  it('a daily trigger keeps its wall-clock hour across the change from summer time', () => {
    const { emu, ScriptApp } = setup({ now: new Date('2026-10-23T12:00:00Z') });
    const times: string[] = [];
    defineHandler(emu.globals, 'morning', () => times.push(emu.clock.now().toISOString()));
    ScriptApp.newTrigger('morning').timeBased().everyDays(1).atHour(9).create();
    emu.advanceWithTriggers(3 * 86_400_000);
    expect(times).toEqual([
      '2026-10-24T07:00:00.000Z',
      '2026-10-25T08:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
    ]);
  });

  it('a weekly trigger runs on its weekday', () => {
    const { emu, ScriptApp } = setup();
    const times: string[] = [];
    defineHandler(emu.globals, 'weekly', () => times.push(emu.clock.now().toISOString()));
    ScriptApp.newTrigger('weekly').timeBased().onWeekDay(ScriptApp.WeekDay.FRIDAY).atHour(8).create();
    emu.advanceWithTriggers(15 * 86_400_000);
    // 2026-06-15 is a Monday; Fridays at 08:00 Berlin (06:00 UTC).
    expect(times).toEqual(['2026-06-19T06:00:00.000Z', '2026-06-26T06:00:00.000Z']);
  });

  it('a failing or missing handler does not stop the other due triggers; the first error is rethrown', () => {
    const { emu, ScriptApp } = setup();
    let ran = false;
    defineHandler(emu.globals, 'broken', () => {
      throw new Error('kaputt');
    });
    defineHandler(emu.globals, 'fine', () => {
      ran = true;
    });
    ScriptApp.newTrigger('missing').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('broken').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('fine').timeBased().everyHours(1).create();
    emu.clock.advance(3_600_000);
    expect(thrown(() => emu.fireTimeTriggers()).message).toBe('Script function not found: missing');
    expect(ran).toBe(true);
    expect(emu.triggers().map((t) => t.nextRun)).toEqual(Array(3).fill('2026-06-15T11:00:00.000Z'));
  });

  it('fireTrigger runs one trigger now without moving its schedule', () => {
    const { emu, ScriptApp } = setup();
    let runs = 0;
    defineHandler(emu.globals, 'job', () => {
      runs += 1;
    });
    const id = ScriptApp.newTrigger('job').timeBased().everyDays(1).create().getUniqueId();
    const before = emu.triggers()[0].nextRun;
    emu.fireTrigger(id);
    expect(runs).toBe(1);
    expect(emu.triggers()[0].nextRun).toBe(before);
    expect(() => emu.fireTrigger('123')).toThrow('No trigger with id 123');
  });

  it('add-on code in a vm context creates a trigger whose handler runs there', () => {
    const { emu } = setup();
    const context = vm.createContext({ ...emu.globals });
    emu.setGlobalScope(context);
    vm.runInContext(
      `function install() {
         ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
         ScriptApp.newTrigger('nightly').timeBased().everyDays(1).atHour(3).create();
       }
       function nightly(e) {
         MailApp.sendEmail('chef@pixelwerk.example', 'Bericht ' + e['day-of-month'] + '.' + e.month, 'ok');
       }`,
      context,
    );
    emu.runExecution(() => vm.runInContext('install(); install();', context), 'install');
    expect(emu.triggers()).toHaveLength(1);
    expect(emu.advanceWithTriggers(2 * 86_400_000)).toBe(2);
    expect(emu.sentMails().map((m) => m.subject)).toEqual(['Bericht 16.6', 'Bericht 17.6']);
  });
});
