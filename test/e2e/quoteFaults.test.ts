// Fault injection in the quote flow: the n-th service call of save, document, accept and confirmation throws.
// Afterwards the register is consistent (no orphan positions, no link to a missing document, every quote
// logged), the user got an error only if nothing landed, and running the action again succeeds.
import type { AddOn } from '../../emulator/addon';
import type { Result } from '../../src/shared/contract';
import { aDraftInput, aPositionInput } from '../mothers/quoteMother';
import { consistencyProblems } from '../support/consistency';
import { createOrder, ok, rowsOf, SHEETS, setUp } from '../support/scenario';

const QUOTE = 'A-2026-0001-1';

interface Action {
  name: string;
  prepare(addOn: AddOn): void;
  run(addOn: AddOn): Result<unknown>;
  done(addOn: AddOn): void;
}

const draft = () =>
  aDraftInput({
    positions: [
      aPositionInput({ id: 'a', description: 'Gestaltung', quantity: '10' }),
      aPositionInput({ id: 'b', description: 'Option', optional: true }),
    ],
  });
const save = (a: AddOn) =>
  a.call<Result<unknown>>('quoteSave', { orderNo: '2026-0001', baseNumber: '', draft: draft() });
const makeDocument = (a: AddOn) => a.call<Result<unknown>>('quoteCreateDocument', { number: QUOTE });
const accept = (a: AddOn) =>
  a.call<Result<unknown>>('quoteAccept', {
    number: QUOTE,
    date: '2026-06-20',
    by: 'Marie',
    reference: 'PO-7',
    options: ['b'],
  });
const confirm = (a: AddOn) =>
  a.call<Result<unknown>>('confirmationCreate', {
    orderNo: '2026-0001',
    deadline: '2026-09-30',
    milestones: [{ date: '2026-08-01', label: 'Entwurf' }],
    deviationNote: '',
  });
const quoteRow = (a: AddOn) => rowsOf(a, 'Angebote')[0];

const ACTIONS: Action[] = [
  {
    name: 'save the first quote',
    prepare: (a) => createOrder(a) && undefined,
    run: save,
    done: (a) => {
      expect(rowsOf(a, 'Angebote').map((q) => q['Angebotsnr.'])).toEqual([QUOTE]);
      expect(rowsOf(a, 'Positionen').map((p) => p.Dokument)).toEqual([QUOTE, QUOTE]);
    },
  },
  {
    name: 'create the quote document',
    prepare: (a) => {
      createOrder(a);
      ok(save(a));
    },
    run: makeDocument,
    done: (a) => expect(String(quoteRow(a).Dokument)).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//),
  },
  {
    name: 'accept the quote',
    prepare: (a) => {
      createOrder(a);
      ok(save(a));
      ok(makeDocument(a));
    },
    run: accept,
    done: (a) => expect(rowsOf(a, SHEETS.orders)[0].Phase).toBe('Beauftragt'),
  },
  {
    name: 'create the order confirmation',
    prepare: (a) => {
      createOrder(a);
      ok(save(a));
      ok(makeDocument(a));
      ok(accept(a));
    },
    run: confirm,
    done: (a) => {
      expect(rowsOf(a, SHEETS.orders)[0].Phase).toBe('Bestätigt');
      expect(String(rowsOf(a, 'Auftragsbestätigungen')[0].Dokument)).toMatch(/^https:\/\/docs\.google/);
    },
  },
];

function callCount(action: Action): number {
  const addOn = setUp();
  action.prepare(addOn);
  addOn.emulator.calls.reset();
  ok(action.run(addOn));
  return addOn.emulator.calls.total();
}

/**
 * Every call where the register is read or written (the first 60 and the last 90) and every 9th call of the
 * document filling between them: a fault there ends in the same place (the copy is trashed), so a sample covers it.
 */
function faultPositions(total: number): number[] {
  return Array.from({ length: total }, (_, i) => i + 1).filter(
    (n) => n <= 60 || n > total - 90 || n % 9 === 0,
  );
}

beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
afterAll(() => jest.restoreAllMocks());

describe.each(ACTIONS)('a fault in "$name"', (action) => {
  const total = callCount(action);
  const positions = faultPositions(total);

  it(`leaves a consistent register at each of ${positions.length} fault positions, and a retry succeeds`, () => {
    const outcomes = new Set<string>();
    for (const n of positions) {
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
        outcomes.add('landed');
      } else {
        expect({ n, code: result.error.code }).toEqual({ n, code: 'unexpected' });
        expect({ n, retry: action.run(addOn).ok }).toEqual({ n, retry: true });
        expect({ n, problems: consistencyProblems(addOn) }).toEqual({ n, problems: [] });
        action.done(addOn);
        outcomes.add('retried');
      }
    }
    expect(outcomes.has('retried')).toBe(true);
  });
});

describe('the consistency check itself', () => {
  it('notices a link to a trashed document and a position without its quote', () => {
    const addOn = setUp();
    createOrder(addOn);
    ok(save(addOn));
    ok(makeDocument(addOn));
    expect(consistencyProblems(addOn)).toEqual([]);
    const id = /\/d\/([\w-]+)/.exec(String(quoteRow(addOn).Dokument))?.[1] ?? '';
    const e = addOn.emulator;
    e.uncounted(() => (e.globals.Drive as GoogleAppsScript.Drive).Files?.update({ trashed: true }, id));
    e.uncounted(() => e.spreadsheet.getSheetByName('Positionen')?.getRange(2, 1).setValue('A-2099-9999-1'));
    const problems = consistencyProblems(addOn).join('\n');
    expect(problems).toMatch(/link to a missing document/);
    expect(problems).toMatch(/position of unknown document/);
  });
});
