import { invoiceFigures } from '../../../src/domain/invoice/figures';
import { aDeduction, anInvoice, anIssuedInvoice } from '../../mothers/invoiceMother';
import { aPosition, e1Positions } from '../../mothers/quoteMother';

describe('invoice figures (section D 18-21, E 24)', () => {
  it('E1: net 5,415.00, VAT 758.10 + 99.75, gross 6,272.85 with a 5 % discount', () => {
    const f = invoiceFigures(anInvoice({ positions: e1Positions(), discountBp: 500 }));
    expect(f.rates).toEqual([
      { rate: 19, net: 399000, vat: 75810 },
      { rate: 7, net: 142500, vat: 9975 },
    ]);
    expect(f.net).toBe(541500);
    expect(f.vat).toBe(85785);
    expect(f.gross).toBe(627285);
    expect(f.deducted).toBe(0);
    expect(f.due).toBe(627285);
    expect(f.open).toBe(627285);
  });

  it('E2: four positions of 1.25 at 19 % carry VAT 0.95, not 0.96 (D 20)', () => {
    const positions = [1, 2, 3, 4].map(() => aPosition({ qty: 1, price: 1.25 }));
    const f = invoiceFigures(anInvoice({ positions }));
    expect(f.net).toBe(500);
    expect(f.vat).toBe(95);
    expect(f.gross).toBe(595);
  });

  it.each(['smallBusiness', 'reverseCharge'] as const)(
    '%s: no VAT at all, each rate kept in the grouping (A 3, A 4)',
    (treatment) => {
      const f = invoiceFigures(anInvoice({ positions: e1Positions(), discountBp: 500, treatment }));
      expect(f.rates).toEqual([
        { rate: 19, net: 399000, vat: 0 },
        { rate: 7, net: 142500, vat: 0 },
      ]);
      expect(f.vat).toBe(0);
      expect(f.gross).toBe(541500);
    },
  );

  it('E24: a final invoice deducts each down payment as gross; due and open follow', () => {
    const f = invoiceFigures(
      anIssuedInvoice({
        type: 'final',
        positions: [aPosition({ qty: 1, price: 3000 })],
        deductions: [
          aDeduction(),
          aDeduction({ invoiceNumber: 'RE-2026-0002', rates: [{ rate: 19, net: 50000, vat: 9500 }] }),
        ],
        paidCents: 100000,
      }),
    );
    expect(f.gross).toBe(357000);
    expect(f.deducted).toBe(119000 + 59500);
    expect(f.due).toBe(357000 - 178500);
    expect(f.open).toBe(178500 - 100000);
  });

  it('open is never below 0 when overpaid', () => {
    expect(invoiceFigures(anIssuedInvoice({ paidCents: 200000 })).open).toBe(0);
  });

  it('a cancellation is negative and never open (B 10)', () => {
    const positions = [aPosition({ qty: 3, price: -0.335 }), aPosition({ qty: 1, price: -1000, vatRate: 7 })];
    const f = invoiceFigures(anIssuedInvoice({ type: 'cancellation', positions, discountBp: 500 }));
    expect(f.rates).toEqual([
      { rate: 19, net: -96, vat: -18 },
      { rate: 7, net: -95000, vat: -6650 },
    ]);
    expect(f.gross).toBe(-96 - 18 - 95000 - 6650);
    expect(f.open).toBe(0);
  });
});
