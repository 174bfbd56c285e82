import * as fc from 'fast-check';
import { DomainError, DomainErrors } from '../../../src/domain/errors';
import { invoiceFigures } from '../../../src/domain/invoice/figures';
import {
  assertFinalAllowed,
  cancellationOf,
  downPaymentPositions,
  finalDeductions,
  partialPositions,
  unbilled,
} from '../../../src/domain/invoice/kinds';
import { positionNet } from '../../../src/domain/quote/position';
import { aDeduction, anInvoice, anIssuedDownPayment, anIssuedInvoice } from '../../mothers/invoiceMother';
import { aPosition, e1Positions } from '../../mothers/quoteMother';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

/** E1's confirmed positions without the option: 19 % 3,990.00 and 7 % 1,425.00 after 5 % discount. */
const confirmed = () => e1Positions().filter((p) => !p.optional);

describe('down payments (section E 23)', () => {
  it('splits 30 % of the E1 order per rate, proportional to the net after discount', () => {
    const positions = downPaymentPositions(confirmed(), { percentBp: 3000 }, 'Anzahlung 30 %', 500);
    // 30 % of 5,415.00 = 1,624.50: 19 % share 1,197.00, 7 % share 427.50.
    expect(positions.map((p) => [p.vatRate, positionNet(p), p.unit, p.description])).toEqual([
      [19, 119700, 'lumpSum', 'Anzahlung 30 % (19 %)'],
      [7, 42750, 'lumpSum', 'Anzahlung 30 % (7 %)'],
    ]);
    const f = invoiceFigures(anInvoice({ type: 'downPayment', positions }));
    expect(f.net).toBe(162450);
    expect(f.rates).toEqual([
      { rate: 19, net: 119700, vat: 22743 },
      { rate: 7, net: 42750, vat: 2993 },
    ]);
  });

  it('sums exactly to a requested amount, the remainder on the largest rate', () => {
    const positions = downPaymentPositions(
      [
        aPosition({ qty: 1, price: 100 }),
        aPosition({ qty: 1, price: 100, vatRate: 7 }),
        aPosition({ qty: 1, price: 100, vatRate: 0 }),
      ],
      { amountCents: 100 },
      'Anzahlung',
      0,
    );
    const nets = positions.map(positionNet);
    expect(nets.reduce((a, b) => a + b, 0)).toBe(100);
    expect(nets).toEqual([34, 33, 33]);
  });

  it('sums exactly for any share (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ cents: fc.integer({ min: 1, max: 10_000_000 }), rate: fc.constantFrom(19, 7, 0) }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (lines, discountBp, percentBp) => {
          const order = lines.map((l) =>
            aPosition({ qty: 1, price: l.cents / 100, vatRate: l.rate as 19 | 7 | 0 }),
          );
          const total = invoiceFigures(anInvoice({ positions: order, discountBp })).net;
          const wanted = Math.round((total * percentBp) / 10_000);
          if (wanted <= 0) return;
          const dp = downPaymentPositions(order, { percentBp }, 'A', discountBp);
          expect(dp.reduce((sum, p) => sum + positionNet(p), 0)).toBe(wanted);
        },
      ),
    );
  });

  it.each([
    [{ percentBp: 0 }, 'err.invoice.shareInvalid'],
    [{ percentBp: -500 }, 'err.invoice.shareInvalid'],
    [{ amountCents: 0 }, 'err.invoice.shareInvalid'],
    [{ amountCents: -1 }, 'err.invoice.shareInvalid'],
    [{ percentBp: 10_001 }, 'err.invoice.shareAboveTotal'],
    [{ amountCents: 541501 }, 'err.invoice.shareAboveTotal'],
  ])('refuses the share %p', (share, key) => {
    const e = errorOf(() => downPaymentPositions(confirmed(), share, 'A', 500));
    expect(e.key).toBe(key);
    expect(e.field).toBe('share');
  });

  it('allows the whole order total', () => {
    const positions = downPaymentPositions(confirmed(), { amountCents: 541500 }, 'A', 500);
    expect(positions.map(positionNet)).toEqual([399000, 142500]);
  });
});

describe('final invoice (section E 24)', () => {
  it('deducts each issued, not cancelled down payment with number, date, net and VAT', () => {
    const paid = anIssuedDownPayment({ number: 'RE-2026-0010', issueDate: '2026-05-02' });
    const cancelled = anIssuedDownPayment({ status: 'cancelled', cancelledBy: 'RE-2026-0012' });
    const draft = anIssuedDownPayment({ status: 'draft', number: '', issueDate: null });
    const standard = anIssuedInvoice();
    expect(finalDeductions([paid, cancelled, draft, standard])).toEqual([
      {
        invoiceNumber: 'RE-2026-0010',
        issueDate: '2026-05-02',
        rates: [{ rate: 19, net: 100000, vat: 19000 }],
      },
    ]);
  });

  it('refuses while a linked down payment is unpaid, unless resolved explicitly', () => {
    const unpaid = anIssuedDownPayment({ id: 'D-9', number: 'RE-2026-0011', paidCents: 100000 });
    const paid = anIssuedDownPayment();
    const e = errorOf(() => assertFinalAllowed([paid, unpaid], []));
    expect(e.key).toBe('err.invoice.downPaymentUnpaid');
    expect(e.params).toEqual({ number: 'RE-2026-0011', open: '190.00 EUR' });
    expect(() => assertFinalAllowed([paid, unpaid], ['D-9'])).not.toThrow();
  });

  it('names every unpaid down payment at once', () => {
    const a = anIssuedDownPayment({ paidCents: 0 });
    const b = anIssuedDownPayment({ paidCents: 0 });
    expect(() => assertFinalAllowed([a, b], [])).toThrow(DomainErrors);
  });

  it('ignores cancelled and draft down payments', () => {
    const cancelled = anIssuedDownPayment({ status: 'cancelled', paidCents: 0 });
    const draft = anIssuedDownPayment({ status: 'draft', paidCents: 0 });
    expect(() => assertFinalAllowed([cancelled, draft], [])).not.toThrow();
  });
});

describe('cancellation (section B 10, A 6)', () => {
  const original = () =>
    anIssuedInvoice({
      number: 'RE-2026-0042',
      issueDate: '2026-06-15',
      type: 'final',
      positions: [...confirmed(), aPosition({ qty: 3, price: 0.335 })],
      discountBp: 500,
      skonto: { percentBp: 200, days: 10 },
      deductions: [aDeduction()],
      paidCents: 5000,
    });

  it('negates every amount exactly and names the original number and date', () => {
    const o = original();
    const c = cancellationOf(o, 'D-77', '2026-07-01');
    const [fo, fc2] = [invoiceFigures(o), invoiceFigures(c)];
    expect(fc2.rates).toEqual(fo.rates.map((r) => ({ rate: r.rate, net: -r.net, vat: -r.vat })));
    expect([fc2.net, fc2.vat, fc2.gross, fc2.deducted, fc2.due]).toEqual([
      -fo.net,
      -fo.vat,
      -fo.gross,
      -fo.deducted,
      -fo.due,
    ]);
    expect(fc2.open).toBe(0);
    expect(c).toMatchObject({
      id: 'D-77',
      number: '',
      type: 'cancellation',
      status: 'draft',
      issueDate: '2026-07-01',
      cancels: { number: 'RE-2026-0042', issueDate: '2026-06-15' },
      recipient: o.recipient,
      supply: o.supply,
      treatment: o.treatment,
      discountBp: 500,
      paidCents: 0,
      skonto: null,
      dataHash: '',
    });
  });

  it('A6: is titled Stornorechnung, never Gutschrift', () => {
    const c = cancellationOf(original(), 'D-77', '2026-07-01');
    expect(c.title).toBe('Stornorechnung zu Rechnung RE-2026-0042 vom 15.06.2026');
    expect(c.title).not.toMatch(/gutschrift/i);
  });

  it('negates exactly for any prices (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            qty: fc.integer({ min: 1, max: 100_000 }),
            price: fc.integer({ min: 1, max: 10_000_000 }),
            rate: fc.constantFrom(19, 7, 0),
            bp: fc.integer({ min: 0, max: 10_000 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.integer({ min: 0, max: 10_000 }),
        (lines, discountBp) => {
          const positions = lines.map((l) => ({
            ...aPosition({ vatRate: l.rate as 19 | 7 | 0, discountBp: l.bp }),
            quantity: l.qty,
            unitPrice: l.price,
          }));
          const o = anIssuedInvoice({ positions, discountBp });
          const [fo, fcx] = [invoiceFigures(o), invoiceFigures(cancellationOf(o, 'x', '2026-07-01'))];
          expect([fcx.net, fcx.vat, fcx.gross]).toEqual([0 - fo.net, 0 - fo.vat, 0 - fo.gross]);
        },
      ),
    );
  });

  it.each([
    ['a draft', anInvoice(), 'err.invoice.cancelDraft'],
    [
      'a cancelled invoice',
      anIssuedInvoice({ status: 'cancelled', cancelledBy: 'RE-2026-0050' }),
      'err.invoice.alreadyCancelled',
    ],
    ['a cancellation', anIssuedInvoice({ type: 'cancellation' }), 'err.invoice.cancelCancellation'],
  ])('refuses to cancel %s', (_name, invoice, key) => {
    expect(errorOf(() => cancellationOf(invoice, 'x', '2026-07-01')).key).toBe(key);
  });
});

describe('partial invoices and what is left to bill', () => {
  it('takes the picked items with the picked quantity, in the confirmation order', () => {
    const positions = partialPositions(confirmed(), [
      { id: 'dev', quantity: 2500 },
      { id: 'design', quantity: 12000 },
    ]);
    expect(positions.map((p) => [p.id, p.quantity])).toEqual([
      ['design', 12000],
      ['dev', 2500],
    ]);
  });

  it('refuses unknown ids, zero and more than is left, naming each', () => {
    expect(errorOf(() => partialPositions(confirmed(), [{ id: 'nope', quantity: 1000 }])).key).toBe(
      'err.invoice.unknownPosition',
    );
    expect(errorOf(() => partialPositions(confirmed(), [{ id: 'dev', quantity: 0 }])).key).toBe(
      'err.invoice.pickQuantity',
    );
    const rest = new Map([['dev', 5000]]);
    const e = errorOf(() => partialPositions(confirmed(), [{ id: 'dev', quantity: 5500 }], rest));
    expect(e.params).toEqual({ description: expect.any(String), max: '5' });
    expect(() =>
      partialPositions(confirmed(), [
        { id: 'dev', quantity: 0 },
        { id: 'nope', quantity: 1 },
      ]),
    ).toThrow(DomainErrors);
  });

  it('counts only issued, not cancelled standard, partial and final invoices', () => {
    const c = confirmed();
    const dev = c.find((p) => p.id === 'dev');
    if (!dev) throw new Error('no dev');
    const invoices = [
      anIssuedInvoice({ type: 'partial', positions: [{ ...dev, quantity: 2500 }] }),
      anIssuedInvoice({ type: 'partial', positions: [{ ...dev, quantity: 1000 }], status: 'cancelled' }),
      anInvoice({ type: 'partial', positions: [{ ...dev, quantity: 1000 }] }),
      anIssuedDownPayment(),
      anIssuedInvoice({ type: 'cancellation', positions: [{ ...dev, quantity: 1000, unitPrice: -880000 }] }),
      anIssuedInvoice({ type: 'standard', positions: c.filter((p) => p.id === 'rights') }),
    ];
    const rest = unbilled(c, invoices);
    expect(Object.fromEntries(rest)).toEqual({ design: 12000, concept: 1000, dev: 5000, rights: 0 });
  });
});
