// Fault injection: the n-th service call of an action throws (quota, timeout). For every n the register
// stays consistent, the user gets an error only if nothing landed, and running the action again succeeds.
import type { AddOn } from '../../emulator/addon';
import type { Result } from '../../src/shared/contract';
import { anInquiry, anInquiryFor } from '../mothers/inputMother';
import { consistencyProblems } from '../support/consistency';
import { createOrder, rowsOf, SHEETS, setUp } from '../support/scenario';

interface Action {
  name: string;
  prepare(addOn: AddOn): void;
  run(addOn: AddOn): Result<unknown>;
  /** What must be true once the action has succeeded exactly once. */
  done(addOn: AddOn): void;
}

const ACTIONS: Action[] = [
  {
    name: 'create inquiry with a new client',
    prepare: () => {},
    run: (a) => a.call('sidebarCreateInquiry', anInquiry()),
    done: (a) => {
      expect(rowsOf(a, SHEETS.orders).map((r) => r.Auftrag)).toEqual(['2026-0001']);
      expect(rowsOf(a, SHEETS.clients).map((r) => r['Kundennr.'])).toEqual(['K-0001']);
    },
  },
  {
    name: 'create inquiry for an existing client',
    prepare: (a) => createOrder(a) && undefined,
    run: (a) => a.call('sidebarCreateInquiry', anInquiryFor('K-0001', { title: 'Zweites' })),
    done: (a) => expect(rowsOf(a, SHEETS.orders).map((r) => r.Auftrag)).toEqual(['2026-0001', '2026-0002']),
  },
  {
    name: 'change stage',
    prepare: (a) => createOrder(a) && undefined,
    run: (a) =>
      a.call('sidebarChangeStage', { orderNo: '2026-0001', target: 'onHold', reason: 'Kunde im Urlaub' }),
    done: (a) =>
      expect(rowsOf(a, SHEETS.orders)[0]).toMatchObject({ Phase: 'Pausiert', Begründung: 'Kunde im Urlaub' }),
  },
  {
    name: 'save settings',
    prepare: () => {},
    run: (a) =>
      a.call('sidebarSaveSettings', { 'company.name': 'Pixelwerk GmbH', 'payment.termsDays': '30' }),
    done: (a) => {
      const values = Object.fromEntries(rowsOf(a, SHEETS.settings).map((r) => [r.Schlüssel, r.Wert]));
      expect(values['company.name']).toBe('Pixelwerk GmbH');
      expect(values['payment.termsDays']).toBe(30);
    },
  },
];

/** Calls the action once without faults to learn how many service calls it makes. */
function callCount(action: Action): number {
  const addOn = setUp();
  action.prepare(addOn);
  addOn.emulator.calls.reset();
  action.run(addOn);
  return addOn.emulator.calls.total();
}

// Unexpected errors are written to the execution log (console.error); here they are the point, not noise.
beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
afterAll(() => jest.restoreAllMocks());

describe.each(ACTIONS)('a fault at every service call of "$name"', (action) => {
  const total = callCount(action);

  it(`makes a bounded number of calls (${total})`, () => {
    expect(total).toBeGreaterThan(5);
  });

  it('never leaves the register inconsistent, and a retry succeeds', () => {
    const outcomes: string[] = [];
    for (let n = 1; n <= total; n++) {
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
        // The fault hit after the commit point: the change landed and the user was told so.
        action.done(addOn);
        outcomes.push('landed');
      } else {
        expect(result.error.code).toBe('unexpected');
        expect(action.run(addOn).ok).toBe(true);
        expect({ n, problems: consistencyProblems(addOn) }).toEqual({ n, problems: [] });
        action.done(addOn);
        outcomes.push('retried');
      }
    }
    expect(outcomes).toContain('retried');
  });
});
