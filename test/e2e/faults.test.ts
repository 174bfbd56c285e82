// Fault injection: the n-th service call of an action throws (quota, timeout). For every n the register
// stays consistent, the user gets an error only if nothing landed, and running the action again succeeds.
import { anInquiry, anInquiryFor } from '../mothers/inputMother';
import { callCount, type FaultAction, faultAtEach, silenceConsoleErrors } from '../support/faultInjection';
import { createOrder, rowsOf, SHEETS } from '../support/scenario';

const ACTIONS: FaultAction[] = [
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

// Unexpected errors are written to the execution log (console.error); here they are the point, not noise.
silenceConsoleErrors();

describe.each(ACTIONS)('a fault at every service call of "$name"', (action) => {
  const total = callCount(action);

  it(`makes a bounded number of calls (${total})`, () => {
    expect(total).toBeGreaterThan(5);
  });

  it('never leaves the register inconsistent, and a retry succeeds', async () => {
    const outcomes = await faultAtEach(
      action,
      Array.from({ length: total }, (_, i) => i + 1),
    );
    expect(outcomes.retried).toBeGreaterThan(0);
  }, 300_000);
});
