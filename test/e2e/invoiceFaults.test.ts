// Fault injection in invoicing: the n-th service call of drafting, issuing and cancelling throws. Afterwards no
// number exists without its invoice and log entry, no document link points at a missing file, and a retry works.
import type { AddOn } from '../../emulator/addon';
import type { Result } from '../../src/shared/contract';
import { describeFaults, type FaultAction } from '../support/faultInjection';
import {
  confirmedOrder,
  draft,
  fillInAgency,
  INVOICES,
  issue,
  setUpAgency,
} from '../support/invoiceScenario';
import { ok, rowsOf } from '../support/scenario';

/** Set-ups are reused per fault position, so each builds its own register; ids are the same in each. */
let draftId = '';

const draftInput = {
  orderNo: '2026-0001',
  type: 'standard',
  share: '',
  picks: [],
  supplyFrom: '2026-06-01',
  supplyTo: '2026-06-30',
  skontoPercent: '',
  skontoDays: '',
  resolved: [],
};

function withOrder(a: AddOn): string {
  fillInAgency(a);
  return confirmedOrder(a);
}

function withDraft(a: AddOn): void {
  draftId = draft(a, { orderNo: withOrder(a) }).id;
}

const ACTIONS: FaultAction[] = [
  {
    name: 'draft an invoice',
    prepare: (a) => withOrder(a) && undefined,
    run: (a) => a.call<Result<unknown>>('invoiceCreateDraft', draftInput),
    done: (a) => expect(rowsOf(a, INVOICES).map((r) => r.Status)).toEqual(['Entwurf']),
  },
  {
    name: 'issue an invoice',
    prepare: withDraft,
    run: (a) => a.call<Result<unknown>>('invoiceIssue', { id: draftId }),
    done: (a) => expect(rowsOf(a, INVOICES).map((r) => r['Rechnungsnr.'])).toEqual(['RE-2026-0001']),
  },
  {
    name: 'cancel an invoice',
    prepare: (a) => {
      withDraft(a);
      issue(a, draftId);
    },
    run: (a) => a.call<Result<unknown>>('invoiceCancel', { id: draftId }),
    done: (a) =>
      expect(rowsOf(a, INVOICES).map((r) => [r['Rechnungsnr.'], r.Status])).toEqual([
        ['RE-2026-0001', 'Storniert'],
        ['RE-2026-0002', 'Gestellt'],
      ]),
  },
];

describeFaults(ACTIONS);

it('the set-ups reach the states the actions need', () => {
  const addOn = setUpAgency();
  draftId = draft(addOn, { orderNo: confirmedOrder(addOn) }).id;
  expect(ok(addOn.call<Result<{ number: string }>>('invoiceIssue', { id: draftId })).number).toBe(
    'RE-2026-0001',
  );
});
