// Concurrency: other users' actions interleaved at every service call of an action, on the emulator's
// contended document lock. No duplicate number, no lost row; a blocked user is told to try again.
import type { AddOn } from '../../emulator/addon';
import type { OrderDto, Result } from '../../src/shared/contract';
import type { IssueResultDto } from '../../src/shared/invoiceContract';
import { anInquiryFor } from '../mothers/inputMother';
import { consistencyProblems } from '../support/consistency';
import { confirmedOrder, draft, INVOICES, issuedInvoice, setUpAgency } from '../support/invoiceScenario';
import { createOrder, rowsOf, SHEETS, setUp } from '../support/scenario';

type Outcome = Result<OrderDto>;

function inquiry(addOn: AddOn, title: string): Outcome {
  return addOn.call<Outcome>('sidebarCreateInquiry', anInquiryFor('K-0001', { title }));
}

function busy(result: Outcome): boolean {
  return !result.ok && result.error.code === 'err.busy';
}

describe('two users creating inquiries at the same moment', () => {
  const total = (() => {
    const addOn = setUp();
    createOrder(addOn);
    addOn.emulator.calls.reset();
    inquiry(addOn, 'probe');
    return addOn.emulator.calls.total();
  })();

  it(`get different numbers and both rows exist, wherever the second one cuts in (${total} positions)`, () => {
    const seen = { ran: 0, busy: 0 };
    for (let n = 1; n <= total; n++) {
      const addOn = setUp();
      createOrder(addOn);
      let first = 0;
      let second: Outcome | null = null;
      addOn.emulator.hooks.beforeCall = (_method, index) => {
        const execution = addOn.emulator.currentExecution();
        if (first === 0) first = execution.id;
        if (execution.id === first && index === n && second === null) second = inquiry(addOn, 'B');
      };
      const a = inquiry(addOn, 'A');
      addOn.emulator.hooks.beforeCall = undefined;
      expect(a.ok).toBe(true);
      const b = second as Outcome | null;
      if (b === null) throw new Error('the second user never ran');
      if (busy(b)) {
        seen.busy++;
        expect(b.ok ? '' : b.error.message).toBe(
          'Gerade arbeitet jemand anderes am Register. Bitte in ein paar Sekunden noch einmal versuchen.',
        );
        expect(inquiry(addOn, 'B').ok).toBe(true); // trying again works
      } else {
        seen.ran++;
        expect(b.ok).toBe(true);
      }
      const rows = rowsOf(addOn, SHEETS.orders);
      expect(rows.map((r) => r.Projekt).sort()).toEqual(['A', 'B', 'Relaunch Website']);
      expect(new Set(rows.map((r) => r.Auftrag)).size).toBe(3);
      expect({ n, problems: consistencyProblems(addOn) }).toEqual({ n, problems: [] });
    }
    // Both paths were exercised: the other user got in before the lock, and was turned away while it was held.
    expect(seen.ran).toBeGreaterThan(0);
    expect(seen.busy).toBeGreaterThan(0);
  });
});

describe('twenty users', () => {
  it('interleaved at random call positions: twenty distinct numbers, twenty rows, busy ones succeed on retry', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const addOn = setUp();
    createOrder(addOn);
    const pending = Array.from({ length: 20 }, (_, i) => `Anfrage ${i + 1}`);
    const results = new Map<string, Outcome>();
    // At a random call of whatever execution is running, the next user starts (nested = concurrent).
    addOn.emulator.hooks.beforeCall = () => {
      if (pending.length > 0 && random() < 0.08) {
        const title = pending.shift() as string;
        results.set(title, inquiry(addOn, title));
      }
    };
    while (pending.length > 0) {
      const title = pending.shift() as string;
      results.set(title, inquiry(addOn, title));
    }
    addOn.emulator.hooks.beforeCall = undefined;
    const turnedAway = [...results].filter(([, r]) => busy(r)).map(([title]) => title);
    for (const result of results.values()) if (!busy(result)) expect(result.ok).toBe(true);
    for (const title of turnedAway) expect(inquiry(addOn, title).ok).toBe(true);

    const rows = rowsOf(addOn, SHEETS.orders);
    expect(rows).toHaveLength(21);
    expect(new Set(rows.map((r) => r.Auftrag)).size).toBe(21);
    expect(consistencyProblems(addOn)).toEqual([]);
    expect(turnedAway.length).toBeGreaterThan(0);
  });
});

/** At a random call of whatever execution is running, the next user starts (nested = concurrent). */
function interleave<T>(addOn: AddOn, jobs: string[], run: (job: string) => Result<T>, seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pending = [...jobs];
  const results = new Map<string, Result<T>>();
  addOn.emulator.hooks.beforeCall = () => {
    if (pending.length > 0 && random() < 0.08) {
      const job = pending.shift() as string;
      results.set(job, run(job));
    }
  };
  while (pending.length > 0) {
    const job = pending.shift() as string;
    results.set(job, run(job));
  }
  addOn.emulator.hooks.beforeCall = undefined;
  const turnedAway = [...results].filter(([, r]) => !r.ok && r.error.code === 'err.busy').map(([job]) => job);
  for (const [job, result] of results)
    if (!turnedAway.includes(job)) expect({ job, ok: result.ok }).toEqual({ job, ok: true });
  for (const job of turnedAway) expect(run(job).ok).toBe(true);
  return turnedAway;
}

describe('twenty users issuing invoices', () => {
  it('interleaved at random call positions: twenty gapless distinct numbers, every draft issued once', () => {
    const addOn = setUpAgency();
    const drafts = Array.from(
      { length: 20 },
      (_, i) => draft(addOn, { orderNo: confirmedOrder(addOn, `Auftrag ${i + 1}`) }).id,
    );
    const turnedAway = interleave(
      addOn,
      drafts,
      (id) => addOn.call<Result<IssueResultDto>>('invoiceIssue', { id }),
      7,
    );
    const invoices = rowsOf(addOn, INVOICES);
    expect(invoices.map((r) => r.Status)).toEqual(Array(20).fill('Gestellt'));
    const numbers = invoices.map((r) => String(r['Rechnungsnr.'])).sort();
    expect(numbers).toEqual(
      Array.from({ length: 20 }, (_, i) => `RE-2026-${String(i + 1).padStart(4, '0')}`),
    );
    expect(consistencyProblems(addOn)).toEqual([]);
    expect(turnedAway.length).toBeGreaterThan(0);
  });
});

describe('twenty payments on one invoice', () => {
  it('interleaved: every payment is booked once and the invoice shows their sum', () => {
    const addOn = setUpAgency();
    const invoiceId = issuedInvoice(addOn).id;
    const notes = Array.from({ length: 20 }, (_, i) => `Rate ${i + 1}`);
    interleave(
      addOn,
      notes,
      (note) =>
        addOn.call<Result<unknown>>('paymentRecord', {
          invoiceId,
          date: '15.06.2026',
          amount: '10,00',
          method: 'cash',
          note,
        }),
      11,
    );
    const payments = rowsOf(addOn, 'Zahlungen');
    expect(payments.map((p) => p.Notiz).sort()).toEqual([...notes].sort());
    expect(rowsOf(addOn, INVOICES)[0].Bezahlt).toBe(200);
    expect(consistencyProblems(addOn)).toEqual([]);
  });
});
