import { positionCost, positionNet } from '../../../src/domain/quote/position';
import { computeTotals, subtotals, withVat } from '../../../src/domain/quote/totals';
import { aPosition, e1Positions } from '../../mothers/quoteMother';

const regular = { discountBp: 0, vatMode: 'regular' as const };

describe('position net (section D 19)', () => {
  it.each([
    [12, 95, 0, 114000],
    [7.5, 88, 0, 66000],
    [1, 0.0049, 0, 0],
    [1, 0.005, 0, 1],
    [3, 0.3333, 0, 100],
    [0.333, 1.5, 0, 50],
    [10, 99.99, 1000, 89991],
    [1, 10, 1250, 875],
    [2.5, 0.1235, 0, 31],
    [1000, 999_999.9999, 0, 99_999_999_990],
    [999.999, 999_999.9999, 150, 98_499_901_490],
  ])('%p x %p less %p bp = %p cents', (qty, price, discountBp, cents) => {
    expect(positionNet(aPosition({ qty, price, discountBp }))).toBe(cents);
  });

  it('rounds half away from zero exactly, where floating point would not', () => {
    // 1.005 x 1 is 100.49999... in binary floating point; in cents it is exactly 100.5 -> 101.
    expect(positionNet(aPosition({ qty: 1, price: 1.005 }))).toBe(101);
    expect(positionNet(aPosition({ qty: 3, price: 0.335 }))).toBe(101);
  });

  it('rounds negative amounts half away from zero too, mirroring the positive (D 18)', () => {
    expect(positionNet(aPosition({ qty: 1, price: -1.005 }))).toBe(-101);
    expect(positionNet(aPosition({ qty: 3, price: -0.335 }))).toBe(-101);
    expect(positionNet(aPosition({ qty: -3, price: 0.335 }))).toBe(-101);
    expect(positionNet(aPosition({ qty: 1, price: -0.0049 }))).toBe(0);
    expect(Object.is(positionNet(aPosition({ qty: 1, price: -0.0049 })), 0)).toBe(true);
  });

  it('costs quantity x cost rate', () => {
    expect(positionCost(aPosition({ qty: 7.5, unitCost: 4000 }))).toBe(30000);
  });
});

describe('document totals (section D 20-22)', () => {
  it('E1: net per rate, discount per rate, VAT per rate on the sum, optional kept out', () => {
    const totals = computeTotals(e1Positions(), { discountBp: 500, vatMode: 'regular' });
    expect(totals.rates).toEqual([
      { rate: 19, net: 420000, discount: 21000, netAfterDiscount: 399000, vat: 75810 },
      { rate: 7, net: 150000, discount: 7500, netAfterDiscount: 142500, vat: 9975 },
    ]);
    expect(totals.netAfterDiscount).toBe(541500);
    expect(totals.gross).toBe(627285);
    expect(totals.optionalNet).toBe(80000);
  });

  it('E1 with the optional position accepted: 19 % base 4,750.00, VAT 902.50', () => {
    const totals = computeTotals(e1Positions(), {
      discountBp: 500,
      vatMode: 'regular',
      acceptedOptions: ['option'],
    });
    expect(totals.rates[0]).toMatchObject({ rate: 19, netAfterDiscount: 475000, vat: 90250 });
    expect(totals.optionalNet).toBe(0);
  });

  it('E2: four positions of 1.25 at 19 % carry 0.95 VAT, not 4 x 0.24', () => {
    const positions = [1, 2, 3, 4].map(() => aPosition({ qty: 1, price: 1.25 }));
    expect(computeTotals(positions, regular).vat).toBe(95);
  });

  it('Kleinunternehmer charge no VAT', () => {
    const totals = computeTotals(e1Positions(), { discountBp: 0, vatMode: 'smallBusiness' });
    expect(totals.vat).toBe(0);
    expect(totals.gross).toBe(totals.netAfterDiscount);
  });

  it('titles and subtotals do not count; subtotals sum their section', () => {
    const positions = [
      aPosition({ id: 't1', kind: 'title', description: 'Konzept' }),
      aPosition({ qty: 2, price: 100 }),
      aPosition({ qty: 1, price: 50, optional: true }),
      aPosition({ id: 's1', kind: 'subtotal' }),
      aPosition({ id: 't2', kind: 'title', description: 'Umsetzung' }),
      aPosition({ qty: 1, price: 30 }),
      aPosition({ id: 's2', kind: 'subtotal' }),
    ];
    expect(computeTotals(positions, regular).net).toBe(23000);
    expect(subtotals(positions)).toEqual(
      new Map([
        ['s1', 20000],
        ['s2', 3000],
      ]),
    );
  });

  it('margin is net after discount less internal cost', () => {
    const totals = computeTotals([aPosition({ qty: 10, price: 95, unitCost: 4500 })], {
      discountBp: 1000,
      vatMode: 'regular',
    });
    expect(totals.cost).toBe(45000);
    expect(totals.margin).toBe(85500 - 45000);
  });

  it('a 100 % discount leaves nothing, an empty quote is all zero', () => {
    expect(computeTotals(e1Positions(), { discountBp: 10_000, vatMode: 'regular' }).gross).toBe(0);
    expect(computeTotals([], regular)).toMatchObject({ net: 0, vat: 0, gross: 0, rates: [] });
  });

  it('gross prices for consumers round once per amount', () => {
    expect(withVat(9500, 19, 'regular')).toBe(11305);
    expect(withVat(125, 19, 'regular')).toBe(149);
    expect(withVat(9500, 19, 'smallBusiness')).toBe(9500);
  });
});
