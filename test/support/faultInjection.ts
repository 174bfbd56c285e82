// Runs an action with the n-th service call of its execution throwing, as a quota error or timeout would.
import type { AddOn } from '../../emulator/addon';
import type { Result } from '../../src/shared/contract';
import { consistencyProblems } from './consistency';
import { ok, setUp } from './scenario';

export interface FaultAction {
  name: string;
  prepare(addOn: AddOn): void;
  run(addOn: AddOn): Result<unknown>;
  /** What must be true once the action has succeeded exactly once. */
  done(addOn: AddOn): void;
}

/** Runs the action once without faults to learn how many service calls it makes. */
export function callCount(action: FaultAction): number {
  const addOn = setUp();
  action.prepare(addOn);
  addOn.emulator.calls.reset();
  ok(action.run(addOn));
  return addOn.emulator.calls.total();
}

/**
 * For each n: a fresh register, the action with its n-th call failing, then the checks: the register is
 * consistent; the change landed (the fault hit after the commit point) or the user got "unexpected" and a
 * retry succeeds. Returns how often each outcome happened.
 */
export async function faultAtEach(
  action: FaultAction,
  positions: readonly number[],
): Promise<Record<'landed' | 'retried', number>> {
  const outcomes = { landed: 0, retried: 0 };
  for (const n of positions) {
    // Node frees a finished vm context only once the current job ends: yield, or hundreds of add-ons pile up.
    await new Promise((resolve) => setImmediate(resolve));
    const addOn = setUp();
    action.prepare(addOn);
    let target = 0;
    addOn.emulator.hooks.beforeCall = (method, index) => {
      const execution = addOn.emulator.currentExecution();
      if (target === 0) target = execution.id;
      if (execution.id === target && index === n) throw new Error(`Service error: injected at ${method}`);
    };
    const result = action.run(addOn);
    addOn.emulator.hooks.beforeCall = undefined;
    expect({ n, problems: consistencyProblems(addOn) }).toEqual({ n, problems: [] });
    if (result.ok) {
      action.done(addOn);
      outcomes.landed += 1;
    } else {
      expect({ n, code: result.error.code }).toEqual({ n, code: 'unexpected' });
      expect({ n, retry: action.run(addOn).ok }).toEqual({ n, retry: true });
      expect({ n, problems: consistencyProblems(addOn) }).toEqual({ n, problems: [] });
      action.done(addOn);
      outcomes.retried += 1;
    }
  }
  return outcomes;
}

/**
 * Silences the server's console.error (every injected fault logs one) without a jest spy: a spy keeps every
 * call's arguments, and each Error holds its add-on's whole vm context alive through its stack frames.
 */
export function silenceConsoleErrors(): void {
  const original = console.error;
  beforeAll(() => {
    console.error = () => {};
  });
  afterAll(() => {
    console.error = original;
  });
}

/** Every register call (the first `head` and the last 100) and every 9th document call between them. */
export function faultPositions(total: number, head = 70): number[] {
  return Array.from({ length: total }, (_, i) => i + 1).filter(
    (n) => n <= head || n > total - 100 || n % 9 === 0,
  );
}

/** One test per action: a fault at each position leaves the register consistent, and a retry succeeds. */
export function describeFaults(actions: readonly FaultAction[], head = 70): void {
  silenceConsoleErrors();
  describe.each(actions)('a fault in "$name"', (action) => {
    const positions = faultPositions(callCount(action), head);
    it(`leaves a consistent register at each of ${positions.length} fault positions, and a retry succeeds`, async () => {
      expect((await faultAtEach(action, positions)).retried).toBeGreaterThan(0);
    }, 300_000);
  });
}
