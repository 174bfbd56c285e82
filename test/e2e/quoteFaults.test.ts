// Fault injection in the quote flow: the n-th service call of save, document, accept and confirmation throws.
// Afterwards the register is consistent (no orphan positions, no link to a missing document, every quote
// logged), the user got an error only if nothing landed, and running the action again succeeds.
import type { AddOn } from '../../emulator/addon';
import type { Result } from '../../src/shared/contract';
import { aDraftInput, aPositionInput } from '../mothers/quoteMother';
import { consistencyProblems } from '../support/consistency';
import { callCount, type FaultAction, faultAtEach, silenceConsoleErrors } from '../support/faultInjection';
import { createOrder, ok, rowsOf, SHEETS, setUp } from '../support/scenario';

const QUOTE = 'A-2026-0001-1';

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

const ACTIONS: FaultAction[] = [
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

/**
 * Every call where the register is read or written (the first 60 and the last 90) and every 9th call of the
 * document filling between them: a fault there ends in the same place (the copy is trashed), so a sample covers it.
 */
function faultPositions(total: number): number[] {
  return Array.from({ length: total }, (_, i) => i + 1).filter(
    (n) => n <= 60 || n > total - 90 || n % 9 === 0,
  );
}

silenceConsoleErrors();

describe.each(ACTIONS)('a fault in "$name"', (action) => {
  const total = callCount(action);
  const positions = faultPositions(total);

  it(`leaves a consistent register at each of ${positions.length} fault positions, and a retry succeeds`, async () => {
    expect((await faultAtEach(action, positions)).retried).toBeGreaterThan(0);
  }, 300_000);
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
