// Invoicing on the built bundle: confirmation -> down payment -> issue -> final invoice with its deduction ->
// cancellation of the final invoice -> new final invoice; refusals, tamper detection, concurrent issuing.
import type { AddOn } from '../../emulator/addon';
import { descendants, type TextNode } from '../../emulator/docs/model';
import type { ErrorDto, OrderDto, Result } from '../../src/shared/contract';
import type { IssueResultDto } from '../../src/shared/invoiceContract';
import { consistencyProblems } from '../support/consistency';
import { confirmedOrder, draft, INVOICES, issue, setUpAgency } from '../support/invoiceScenario';
import { acceptedOrder, handedOverOrder } from '../support/projectScenario';
import { ok, rowsOf, SHEETS, setUp, snapshot } from '../support/scenario';

function fail(result: Result<unknown>): ErrorDto {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.data).slice(0, 200)}`);
  return result.error;
}

/** Whether the first run of `text` in the saved document is bold. */
function boldOf(addOn: AddOn, url: string, text: string): boolean | undefined {
  const doc = addOn.emulator.savedDocument(/\/d\/([^/]+)/.exec(url)?.[1] ?? '');
  const nodes = doc ? descendants(doc.body).filter((n): n is TextNode => n.type === 'TEXT') : [];
  const node = nodes.find((n) => n.text.includes(text));
  return node ? node.styles[node.text.indexOf(text)]?.bold : undefined;
}

function docText(addOn: AddOn, url: string): string {
  return addOn.emulator.documentText(/\/d\/([^/]+)/.exec(url)?.[1] ?? '');
}

describe('invoices (end to end on dist/Code.js)', () => {
  it('down payment, final invoice with its deduction, cancellation, new final invoice', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);

    // 30 % down payment of the net after discount (5,415.00 -> 1,624.50), supply not yet fixed.
    const dp = draft(addOn, { orderNo, type: 'downPayment', share: '30 %', supplyFrom: '', supplyTo: '' });
    expect(dp).toMatchObject({ number: '', status: 'draft', type: 'downPayment' });
    const dpIssued = issue(addOn, dp.id);
    expect(dpIssued.number).toBe('RE-2026-0001');
    const dpRow = rowsOf(addOn, INVOICES).find((r) => r['Rechnungsnr.'] === 'RE-2026-0001');
    expect(dpRow).toMatchObject({ Netto: 1624.5, Status: 'Gestellt' });
    const dpText = docText(addOn, String(dpRow?.Dokument));
    expect(dpText).toContain('RE-2026-0001');
    expect(dpText).toMatch(/Anzahlung/);
    expect(dpText).not.toMatch(/\{\{/);
    // A value takes its placeholder's formatting: the template's bold last totals row stays bold.
    expect(boldOf(addOn, String(dpRow?.Dokument), 'Gesamtbetrag')).toBe(true);
    // The document and PDF are frozen; the log holds the PDF's hash.
    const files = addOn.emulator.driveFiles();
    const dpDocId = /\/d\/([^/]+)/.exec(String(dpRow?.Dokument))?.[1];
    expect(files.find((f) => f.id === dpDocId)?.readOnly).toBe(true);
    const log = rowsOf(addOn, SHEETS.log);
    expect(String(log.find((l) => l.Aktion === 'Rechnung gestellt')?.['Neuer Wert'])).toMatch(
      /SHA-256 [0-9a-f]{64}/,
    );

    // The final invoice waits for the acceptance; once accepted, it is refused while the down payment is unpaid.
    acceptedOrder(addOn, orderNo);
    const refused = fail(
      addOn.call('invoiceCreateDraft', {
        orderNo,
        type: 'final',
        share: '',
        picks: [],
        supplyFrom: '2026-06-01',
        supplyTo: '2026-06-30',
        skontoPercent: '',
        skontoDays: '',
        resolved: [],
      }),
    );
    expect(refused.message).toMatch(/RE-2026-0001/);

    // The client pays the down payment, booked as a payment.
    const dpGross = dpIssued.order.billing?.invoices[0].grossCents ?? 0;
    // 1,197.00 at 19 % and 427.50 at 7 %: VAT 227.43 + 29.93.
    expect(dpGross).toBe(162450 + 22743 + 2993);
    ok(
      addOn.call<Result<unknown>>('paymentRecord', {
        invoiceId: dp.id,
        date: dpIssued.order.billing?.invoices[0].issueDate,
        amount: (dpGross / 100).toFixed(2).replace('.', ','),
        method: 'transfer',
        note: '',
      }),
    );

    const fin = draft(addOn, { orderNo, type: 'final', skontoPercent: '2', skontoDays: '10' });
    const finIssued = issue(addOn, fin.id);
    expect(finIssued.number).toBe('RE-2026-0002');
    const finSummary = finIssued.order.billing?.invoices.find((i) => i.number === 'RE-2026-0002');
    // Gross 6,272.85 less the paid down payment's gross.
    expect(finSummary?.grossCents).toBe(627285);
    expect(finSummary?.dueCents).toBe(627285 - dpGross);
    const finText = docText(addOn, finSummary?.docUrl ?? '');
    expect(finText).toContain('RE-2026-0001');
    expect(finText).toMatch(/Schlussrechnung/);
    expect(finText).toMatch(/Skonto/);
    // The quote's "without deduction" terms would contradict the agreed Skonto: left out.
    expect(finText).not.toMatch(/ohne Abzug/);

    // Cancel the final invoice: its own number, naming the original, every amount negated.
    const cancelled = ok(addOn.call<Result<IssueResultDto>>('invoiceCancel', { id: fin.id }));
    expect(cancelled.number).toBe('RE-2026-0003');
    const billing = cancelled.order.billing;
    const storno = billing?.invoices.find((i) => i.number === 'RE-2026-0003');
    expect(storno).toMatchObject({ type: 'cancellation', cancels: 'RE-2026-0002', grossCents: -627285 });
    expect(billing?.invoices.find((i) => i.number === 'RE-2026-0002')).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'RE-2026-0003',
    });
    const stornoText = docText(addOn, storno?.docUrl ?? '');
    expect(stornoText).toMatch(/Storno/);
    expect(stornoText).not.toMatch(/Gutschrift/);
    // Cancelling again, or cancelling the cancellation, is refused and numbers nothing.
    const before = snapshot(addOn);
    expect(fail(addOn.call('invoiceCancel', { id: fin.id })).message).toMatch(/RE-2026-0002/);
    expect(fail(addOn.call('invoiceCancel', { id: storno?.id ?? '' })).message).toBeTruthy();
    expect(snapshot(addOn)).toBe(before);

    // A new final invoice.
    const fin2 = draft(addOn, { orderNo, type: 'final' });
    expect(issue(addOn, fin2.id).number).toBe('RE-2026-0004');
    expect(consistencyProblems(addOn)).toEqual([]);
  });

  it('an invoice over everything after handover moves the order to Invoiced; the row shows the sums', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    expect(handedOverOrder(addOn, orderNo).project.stage).toBe('handedOver');
    const result = issue(addOn, draft(addOn, { orderNo }).id);
    expect(result.order.stage).toBe('invoiced');
    expect(result.order.billing).toMatchObject({ invoicedCents: 627285, paidCents: 0, openCents: 627285 });
    expect(result.order.billing?.unbilled).toEqual([]);
    const row = rowsOf(addOn, SHEETS.orders)[0];
    expect(row).toMatchObject({ Phase: 'Abgerechnet', Abgerechnet: 6272.85, Offen: 6272.85 });
  });

  it('lists every missing mandatory field and numbers nothing', () => {
    const addOn = setUp(); // no company data in the settings
    const orderNo = confirmedOrder(addOn);
    const d = draft(addOn, { orderNo });
    const before = snapshot(addOn);
    const error = fail(addOn.call('invoiceIssue', { id: d.id }));
    expect(error.fields.length).toBeGreaterThanOrEqual(3);
    expect(snapshot(addOn)).toBe(before);
    expect(rowsOf(addOn, INVOICES).every((r) => r['Rechnungsnr.'] === '')).toBe(true);
  });

  it('refuses bad drafts with a message at the field, writing nothing', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    const before = snapshot(addOn);
    const base = { orderNo, picks: [], skontoPercent: '', skontoDays: '', resolved: [] };
    const tooMuch = fail(
      addOn.call('invoiceCreateDraft', {
        ...base,
        type: 'downPayment',
        share: '99.999,00',
        supplyFrom: '',
        supplyTo: '',
      }),
    );
    expect(tooMuch.field).toBe('share');
    const zero = fail(
      addOn.call('invoiceCreateDraft', {
        ...base,
        type: 'downPayment',
        share: '0',
        supplyFrom: '',
        supplyTo: '',
      }),
    );
    expect(zero.field).toBe('share');
    const noSupply = fail(
      addOn.call('invoiceCreateDraft', {
        ...base,
        type: 'standard',
        share: '',
        supplyFrom: '',
        supplyTo: '',
      }),
    );
    expect(noSupply.field).toBe('supplyFrom');
    expect(snapshot(addOn)).toBe(before);
    // A draft cannot be cancelled.
    const d = draft(addOn, { orderNo });
    expect(fail(addOn.call('invoiceCancel', { id: d.id })).message).toBeTruthy();
  });

  it('an issued invoice edited by hand is reported and never acted on', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    const d = draft(addOn, { orderNo });
    issue(addOn, d.id);
    const e = addOn.emulator;
    const header = e.values(INVOICES)[0];
    e.uncounted(() =>
      e.spreadsheet
        .getSheetByName(INVOICES)
        ?.getRange(2, header.indexOf('Brutto') + 1)
        .setValue(1),
    );
    const order = ok(addOn.call<Result<OrderDto>>('sidebarSelectOrder', { orderNo }));
    expect(order.billing?.invoices[0].tampered).toBe(true);
    expect(fail(addOn.call('invoiceCancel', { id: d.id })).message).toMatch(/von Hand/);
  });

  it('two users issuing at once get distinct numbers, wherever the second one cuts in', () => {
    const prepare = () => {
      const addOn = setUpAgency();
      const a = draft(addOn, { orderNo: confirmedOrder(addOn, 'A') });
      const b = draft(addOn, { orderNo: confirmedOrder(addOn, 'B') });
      return { addOn, a: a.id, b: b.id };
    };
    const probe = prepare();
    probe.addOn.emulator.calls.reset();
    issue(probe.addOn, probe.a);
    const total = probe.addOn.emulator.calls.total();
    const seen = { ran: 0, busy: 0 };
    // Every 40th call and the last 25 (where the number is taken and written): a sample of every phase.
    for (let n = 1; n <= total; n++) {
      if (n % 40 !== 0 && n <= total - 25) continue;
      const { addOn, a, b } = prepare();
      let first = 0;
      let second: Result<IssueResultDto> | null = null;
      addOn.emulator.hooks.beforeCall = (_method, index) => {
        const execution = addOn.emulator.currentExecution();
        if (first === 0) first = execution.id;
        if (execution.id === first && index === n && second === null)
          second = addOn.call<Result<IssueResultDto>>('invoiceIssue', { id: b });
      };
      const resultA = addOn.call<Result<IssueResultDto>>('invoiceIssue', { id: a });
      addOn.emulator.hooks.beforeCall = undefined;
      expect(resultA.ok).toBe(true);
      const resultB = second as Result<IssueResultDto> | null;
      if (resultB === null) throw new Error('the second user never ran');
      if (!resultB.ok && resultB.error.code === 'err.busy') {
        seen.busy++;
        expect(addOn.call<Result<IssueResultDto>>('invoiceIssue', { id: b }).ok).toBe(true);
      } else {
        seen.ran++;
        expect(resultB.ok).toBe(true);
      }
      const numbers = rowsOf(addOn, INVOICES).map((r) => r['Rechnungsnr.']);
      expect(numbers.sort()).toEqual(['RE-2026-0001', 'RE-2026-0002']);
      expect({ n, problems: consistencyProblems(addOn) }).toEqual({ n, problems: [] });
    }
    expect(seen.busy).toBeGreaterThan(0);
    expect(seen.ran).toBeGreaterThan(0);
  });
});
