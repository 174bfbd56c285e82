// Shared state every emulated service sees: settings, clock, call counting, executions and hooks.

import { CallLog } from './call-log';
import { EmuClock } from './clock';
import { createEmulatedDate } from './emulated-date';
import { ExecutionTracker } from './executions';
import type { EmulatorSettings } from './options';
import { UiRecorder } from './ui-recorder';

export interface EmulatorHooks {
  /** Runs before every counted call; index is the 1-based call number within the current execution. */
  beforeCall?: (method: string, index: number) => void;
}

export class EmuContext {
  readonly clock: EmuClock;
  readonly calls: CallLog;
  readonly executions = new ExecutionTracker();
  readonly hooks: EmulatorHooks = {};
  /** The Date constructor the add-on sees; its zero-argument form reads the emulated clock. */
  readonly Date: DateConstructor;
  readonly logLines: string[] = [];
  readonly ui = new UiRecorder();
  /** Where template expressions look up names the template does not define: the add-on's globals. */
  globalScope: object = {};
  /** Seeds Utilities.getUuid so ids are reproducible; saved so a reloaded playground never repeats one. */
  uuidCounter = 0;
  private suspended = 0;

  constructor(readonly settings: EmulatorSettings) {
    this.clock = new EmuClock(settings.now);
    this.calls = new CallLog(settings.latencyMs);
    this.Date = createEmulatedDate(() => this.clock.nowMs());
  }

  /** Records one service call. The hook runs first, so a throwing hook fails the call before any effect. */
  count(method: string): void {
    if (this.suspended > 0) return;
    const execution = this.executions.current();
    // A call that fails still was a call: its index is used up, so a hook throwing at n fires once, not forever.
    const index = execution.callIndex + 1;
    execution.callIndex = index;
    this.hooks.beforeCall?.(method, index);
    this.calls.record(method, execution.id, execution.label);
  }

  /** Runs fn without counting calls or firing hooks: for test setup and inspection. */
  uncounted<T>(fn: () => T): T {
    this.suspended += 1;
    try {
      return fn();
    } finally {
      this.suspended -= 1;
    }
  }
}
