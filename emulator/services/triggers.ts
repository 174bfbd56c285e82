// Installable time-driven triggers: the ScriptApp builders, the stored triggers, their schedule and firing.

// Scheduling is deterministic where Apps Script picks a random time:
// - everyMinutes(n) / everyHours(n): first run n minutes / hours after create(), then every n. With nearMinute(m),
//   everyHours runs at minute m: first at the next wall-clock minute m after create(), then every n hours.
// - everyDays(n) / everyWeeks(n): at atHour(h):nearMinute(m) in the trigger's time zone (inTimezone, else the
//   script's); atHour without nearMinute means minute 0, no atHour means the hour and minute of create(). The first
//   run is the first such time after create() (on onWeekDay's day for weeks), then every n days / weeks.
//   nearMinute is exact here (Apps Script allows +/- 15 minutes).
// Missed runs are not caught up: firing moves a trigger to its first slot after the current time.

import { createHash } from 'node:crypto';
import type { EmuContext } from '../core/context';
import { enumName, typedEnums, Weekday, type WeekdayName } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { EmuService, unwrapService } from '../core/service';
import { fromWallClock, wallClockOf } from '../core/time-zone';

type Trigger = GoogleAppsScript.Script.Trigger;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;

/** Apps Script's limit of installable triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;

export const triggerMessages = {
  tooMany:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  functionNotFound: (name: string) => `Script function not found: ${name}`,
} as const;

export type ClockSchedule =
  | { kind: 'minutes'; every: number }
  | { kind: 'hours'; every: number; minute: number | null }
  | { kind: 'days'; every: number; hour: number; minute: number }
  | { kind: 'weeks'; every: number; weekday: WeekdayName; hour: number; minute: number };

export interface TriggerModel {
  id: string;
  handler: string;
  owner: string;
  /** The container document the trigger was created from; getUserTriggers(document) lists by it. */
  documentId: string;
  timeZone: string;
  schedule: ClockSchedule;
  createdMs: number;
  /** The first scheduled run; later runs are whole periods after it. */
  anchorMs: number;
  nextRunMs: number;
}

export class TriggerStore {
  readonly triggers: TriggerModel[] = [];
  /** Ids come from a counter (saved with the state), so every run of a test sees the same ids. */
  nextId = 0;

  /** Numeric ids like Apps Script's (up to 19 digits). */
  newId(): string {
    this.nextId += 1;
    const digest = createHash('sha256').update(`emulated-trigger:${this.nextId}`).digest();
    const digits = Array.from(digest.subarray(0, 19), (byte) => byte % 10);
    digits[0] = (digits[0] % 9) + 1;
    return digits.join('');
  }

  get(id: string): TriggerModel | undefined {
    return this.triggers.find((trigger) => trigger.id === id);
  }
}

const MINUTE_MS = 60_000;
const WEEKDAYS = Object.keys(Weekday) as WeekdayName[];
const HOUR_MS = 3_600_000;

function periodMs(schedule: ClockSchedule): number | null {
  if (schedule.kind === 'minutes') return schedule.every * MINUTE_MS;
  if (schedule.kind === 'hours') return schedule.every * HOUR_MS;
  return null;
}

/** Calendar-day step of a daily or weekly schedule. */
function stepDays(schedule: ClockSchedule): number {
  return schedule.kind === 'weeks' ? 7 * schedule.every : schedule.every;
}

/** The run k steps after the anchor (wall-clock days, so daylight saving does not shift the hour). */
function calendarRun(trigger: Pick<TriggerModel, 'anchorMs' | 'timeZone' | 'schedule'>, k: number): number {
  const { schedule, timeZone } = trigger;
  const anchor = wallClockOf(trigger.anchorMs, timeZone);
  const hour = schedule.kind === 'days' || schedule.kind === 'weeks' ? schedule.hour : anchor.hour;
  const minute = schedule.kind === 'days' || schedule.kind === 'weeks' ? schedule.minute : anchor.minute;
  return fromWallClock(
    timeZone,
    anchor.year,
    anchor.month,
    anchor.day + k * stepDays(schedule),
    hour,
    minute,
  );
}

/** The first scheduled run strictly after afterMs. */
export function nextRunAfter(
  trigger: Pick<TriggerModel, 'anchorMs' | 'timeZone' | 'schedule'>,
  afterMs: number,
): number {
  if (trigger.anchorMs > afterMs) return trigger.anchorMs;
  const period = periodMs(trigger.schedule);
  if (period !== null)
    return trigger.anchorMs + (Math.floor((afterMs - trigger.anchorMs) / period) + 1) * period;
  let k = Math.max(
    0,
    Math.floor((afterMs - trigger.anchorMs) / (stepDays(trigger.schedule) * 86_400_000)) - 1,
  );
  while (calendarRun(trigger, k) <= afterMs) k += 1;
  return calendarRun(trigger, k);
}

function weekdayName(epochMs: number, timeZone: string): WeekdayName {
  return WEEKDAYS[wallClockOf(epochMs, timeZone).weekday];
}

/** The first run of a new trigger created at createdMs. */
function firstRun(schedule: ClockSchedule, timeZone: string, createdMs: number): number {
  const now = wallClockOf(createdMs, timeZone);
  switch (schedule.kind) {
    case 'minutes':
      return createdMs + schedule.every * MINUTE_MS;
    case 'hours': {
      if (schedule.minute === null) return createdMs + schedule.every * HOUR_MS;
      let run = fromWallClock(timeZone, now.year, now.month, now.day, now.hour, schedule.minute);
      while (run <= createdMs) run += HOUR_MS;
      return run;
    }
    case 'days':
    case 'weeks': {
      const wanted = schedule.kind === 'weeks' ? schedule.weekday : null;
      for (let day = 0; day < 8; day += 1) {
        const run = fromWallClock(
          timeZone,
          now.year,
          now.month,
          now.day + day,
          schedule.hour,
          schedule.minute,
        );
        if (run > createdMs && (wanted === null || weekdayName(run, timeZone) === wanted)) return run;
      }
      throw new Error('unreachable: a weekday recurs within eight days');
    }
  }
}

/** Uncounted view of a trigger for tests and the playground. */
export interface TriggerInfo {
  id: string;
  handler: string;
  eventType: 'CLOCK';
  timeZone: string;
  schedule: ClockSchedule;
  /** ISO time of the next scheduled run. */
  nextRun: string;
}

export function triggerViews(store: TriggerStore): TriggerInfo[] {
  return store.triggers.map((trigger) => ({
    id: trigger.id,
    handler: trigger.handler,
    eventType: 'CLOCK',
    timeZone: trigger.timeZone,
    schedule: { ...trigger.schedule },
    nextRun: new Date(trigger.nextRunMs).toISOString(),
  }));
}

/** ISO 8601 week number of a UTC date. */
function isoWeek(date: Date): number {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
}

/** The event object Apps Script passes to a time-driven trigger's handler; its time fields are in UTC. */
export function timeDrivenEvent(triggerUid: string, nowMs: number): GoogleAppsScript.Events.TimeDriven {
  const now = new Date(nowMs);
  return {
    authMode: typedEnums.AuthMode.FULL,
    triggerUid,
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    // 1 = Monday ... 7 = Sunday
    'day-of-week': ((now.getUTCDay() + 6) % 7) + 1,
    'week-of-year': isoWeek(now),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/**
 * Runs one trigger's handler now, as its own execution labelled with the handler's name. The handler is looked
 * up by name in the global scope (the add-on's vm context once setGlobalScope was called).
 */
export function runTrigger(ctx: EmuContext, trigger: TriggerModel): void {
  const event = timeDrivenEvent(trigger.id, ctx.clock.nowMs());
  ctx.executions.run(() => {
    const handler = (ctx.globalScope as Record<string, unknown>)[trigger.handler];
    if (typeof handler !== 'function')
      throw new EmuException(triggerMessages.functionNotFound(trigger.handler));
    handler(event);
  }, trigger.handler);
}

/**
 * Fires every trigger whose next run is due at the emulated clock's time, earliest first; each is first moved to
 * its next slot after now (missed runs are skipped, as in Apps Script). A handler that throws does not stop the
 * others; the first error is rethrown once all due triggers ran. Returns how many fired.
 */
export function fireDueTriggers(ctx: EmuContext, store: TriggerStore): number {
  const nowMs = ctx.clock.nowMs();
  const due = store.triggers.filter((trigger) => trigger.nextRunMs <= nowMs);
  due.sort((a, b) => a.nextRunMs - b.nextRunMs);
  const errors: unknown[] = [];
  for (const trigger of due) {
    trigger.nextRunMs = nextRunAfter(trigger, nowMs);
    try {
      runTrigger(ctx, trigger);
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
  return due.length;
}

/**
 * Moves the emulated clock forward by ms, stopping at every scheduled run on the way to fire what is due then,
 * so each handler sees its own run time. Returns how many triggers fired. A throwing handler ends it there, with
 * the clock at that run.
 */
export function advanceWithTriggers(ctx: EmuContext, store: TriggerStore, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0)
    throw new RangeError(`advanceWithTriggers needs a non-negative number, got ${ms}`);
  const targetMs = ctx.clock.nowMs() + ms;
  let fired = 0;
  for (;;) {
    const next = Math.min(...store.triggers.map((trigger) => trigger.nextRunMs));
    if (!(next <= targetMs)) break;
    if (next > ctx.clock.nowMs()) ctx.clock.set(new Date(next));
    fired += fireDueTriggers(ctx, store);
  }
  ctx.clock.set(new Date(targetMs));
  return fired;
}

export class EmuTrigger
  extends EmuService
  implements Pick<Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource'>
{
  constructor(
    ctx: EmuContext,
    readonly triggerId: string,
    private readonly handler: string,
  ) {
    super(ctx, 'Trigger');
  }

  asTrigger(): Trigger {
    return this as unknown as Trigger;
  }

  getHandlerFunction(): string {
    this.track('getHandlerFunction');
    return this.handler;
  }

  getUniqueId(): string {
    this.track('getUniqueId');
    return this.triggerId;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    this.track('getEventType');
    return typedEnums.EventType.CLOCK;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.track('getTriggerSource');
    return typedEnums.TriggerSource.CLOCK;
  }
}

export function triggerOf(ctx: EmuContext, model: TriggerModel): Trigger {
  return new EmuTrigger(ctx, model.id, model.handler).asTrigger();
}

/** What create() needs besides the builder's settings. */
export interface TriggerEnvironment {
  store: TriggerStore;
  documentId: () => string;
}

export class EmuTriggerBuilder
  extends EmuService
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'>
{
  constructor(
    ctx: EmuContext,
    private readonly env: TriggerEnvironment,
    private readonly handler: string,
  ) {
    super(ctx, 'TriggerBuilder');
  }

  timeBased(): ClockTriggerBuilder {
    this.track('timeBased');
    return new EmuClockTriggerBuilder(this.ctx, this.env, this.handler) as unknown as ClockTriggerBuilder;
  }
}

const MINUTE_STEPS = [1, 5, 10, 15, 30];
const HOUR_STEPS = [1, 2, 4, 6, 8, 12];

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

type Frequency = { kind: 'minutes' | 'hours' | 'days' | 'weeks'; every: number };

export class EmuClockTriggerBuilder
  extends EmuService
  implements
    Pick<
      ClockTriggerBuilder,
      | 'everyMinutes'
      | 'everyHours'
      | 'everyDays'
      | 'everyWeeks'
      | 'onWeekDay'
      | 'atHour'
      | 'nearMinute'
      | 'inTimezone'
      | 'create'
    >
{
  private frequency: Frequency | null = null;
  private hour: number | null = null;
  private minute: number | null = null;
  private weekday: WeekdayName | null = null;
  private timeZone: string | null = null;

  constructor(
    ctx: EmuContext,
    private readonly env: TriggerEnvironment,
    private readonly handler: string,
  ) {
    super(ctx, 'ClockTriggerBuilder');
  }

  private self(): ClockTriggerBuilder {
    return this as unknown as ClockTriggerBuilder;
  }

  private every(kind: Frequency['kind'], n: unknown, allowed: number[] | null): ClockTriggerBuilder {
    const every = Number(n);
    if (!Number.isInteger(every) || every < 1 || (allowed && !allowed.includes(every)))
      throw new EmuException(
        messages.invalidArgument(
          allowed ? `${kind} must be one of ${allowed.join(', ')}, got ${String(n)}` : `${kind} ${String(n)}`,
        ),
      );
    if (this.frequency && this.frequency.kind !== kind)
      throw new EmuException(
        messages.invalidArgument(`the trigger already runs every ${this.frequency.kind}`),
      );
    this.frequency = { kind, every };
    return this.self();
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    this.track('everyMinutes');
    return this.every('minutes', n, MINUTE_STEPS);
  }

  everyHours(n: number): ClockTriggerBuilder {
    this.track('everyHours');
    return this.every('hours', n, HOUR_STEPS);
  }

  everyDays(n: number): ClockTriggerBuilder {
    this.track('everyDays');
    return this.every('days', n, null);
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    this.track('everyWeeks');
    return this.every('weeks', n, null);
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    this.track('onWeekDay');
    this.weekday = enumName(day, Weekday, 'Weekday');
    return this.self();
  }

  atHour(hour: number): ClockTriggerBuilder {
    this.track('atHour');
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw new EmuException(messages.invalidArgument(`hour ${String(hour)}`));
    this.hour = hour;
    return this.self();
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    this.track('nearMinute');
    if (!Number.isInteger(minute) || minute < 0 || minute > 59)
      throw new EmuException(messages.invalidArgument(`minute ${String(minute)}`));
    this.minute = minute;
    return this.self();
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    this.track('inTimezone');
    if (!isValidTimeZone(String(timezone)))
      throw new EmuException(messages.invalidArgument(`timezone ${String(timezone)}`));
    this.timeZone = String(timezone);
    return this.self();
  }

  private schedule(createdMs: number, timeZone: string): ClockSchedule {
    // onWeekDay alone means weekly, as in Apps Script's own examples.
    const frequency = this.frequency ?? (this.weekday ? { kind: 'weeks' as const, every: 1 } : null);
    if (!frequency)
      throw new EmuException(
        messages.invalidArgument(
          'a time-based trigger needs everyMinutes, everyHours, everyDays or everyWeeks',
        ),
      );
    if (this.weekday && frequency.kind !== 'weeks')
      throw new EmuException(messages.invalidArgument('onWeekDay only goes with everyWeeks'));
    if (frequency.kind === 'minutes' && (this.hour !== null || this.minute !== null))
      throw new EmuException(messages.invalidArgument('atHour and nearMinute do not go with everyMinutes'));
    if (frequency.kind === 'hours') {
      if (this.hour !== null)
        throw new EmuException(messages.invalidArgument('atHour does not go with everyHours'));
      return { kind: 'hours', every: frequency.every, minute: this.minute };
    }
    if (frequency.kind === 'minutes') return { kind: 'minutes', every: frequency.every };
    const created = wallClockOf(createdMs, timeZone);
    const hour = this.hour ?? created.hour;
    const minute = this.minute ?? (this.hour === null ? created.minute : 0);
    if (frequency.kind === 'days') return { kind: 'days', every: frequency.every, hour, minute };
    const weekday = this.weekday ?? WEEKDAYS[created.weekday];
    return { kind: 'weeks', every: frequency.every, weekday, hour, minute };
  }

  create(): Trigger {
    this.track('create');
    const { store } = this.env;
    const owner = this.ctx.settings.userEmail;
    const createdMs = this.ctx.clock.nowMs();
    const timeZone = this.timeZone ?? this.ctx.settings.timeZone;
    const schedule = this.schedule(createdMs, timeZone);
    if (store.triggers.filter((trigger) => trigger.owner === owner).length >= MAX_TRIGGERS_PER_USER)
      throw new EmuException(triggerMessages.tooMany);
    const anchorMs = firstRun(schedule, timeZone, createdMs);
    const model: TriggerModel = {
      id: store.newId(),
      handler: this.handler,
      owner,
      documentId: this.env.documentId(),
      timeZone,
      schedule,
      createdMs,
      anchorMs,
      nextRunMs: anchorMs,
    };
    store.triggers.push(model);
    return triggerOf(this.ctx, model);
  }
}

/** The trigger a deleteTrigger argument names: one of ours (from create or a listing). */
export function triggerIdOf(value: unknown): string {
  return unwrapService<EmuTrigger>(value, 'Trigger').triggerId;
}
