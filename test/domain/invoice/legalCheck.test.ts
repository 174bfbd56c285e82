import { formatDate } from '../../../src/domain/dates';
import type { Invoice } from '../../../src/domain/invoice/invoice';
import {
  checkIssue,
  dueDate,
  issueBlocked,
  reverseChargeDeadline,
  skontoCents,
  skontoUntil,
} from '../../../src/domain/invoice/legalCheck';
import { aDeduction, anEuRecipient, anInvoice, aRecipient, aSupplier } from '../../mothers/invoiceMother';
import { aPosition } from '../../mothers/quoteMother';

const today = '2026-06-15';
const keys = (items: { key: string }[]) => items.map((i) => i.key);
const check = (invoice: Invoice, supplier = aSupplier()) => checkIssue(invoice, supplier, today);

describe('legal check before issue (section A 1)', () => {
  it('passes a complete invoice with nothing missing, refused or warned', () => {
    const result = check(anInvoice());
    expect(result).toEqual({ missing: [], refusals: [], warnings: [] });
    expect(issueBlocked(result)).toBe(false);
  });

  it('A1: lists everything missing at once', () => {
    const invoice = anInvoice({
      recipient: aRecipient({ name: ' ', city: '' }),
      supply: { from: null, to: null },
      positions: [
        aPosition({ description: '' }),
        { ...aPosition(), quantity: 0 },
        { ...aPosition(), unit: 'furlong' as never },
      ],
    });
    const result = check(invoice, aSupplier({ name: '', postcode: '', taxNumber: '', vatId: '' }));
    expect(keys(result.missing)).toEqual([
      'missing.supplierName',
      'missing.supplierAddress',
      'missing.supplierTaxId',
      'missing.recipientName',
      'missing.recipientAddress',
      'missing.supply',
      'missing.positionDescription',
      'missing.positionQuantity',
      'missing.positionUnit',
    ]);
    expect(result.missing.slice(-3).map((m) => m.params)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(issueBlocked(result)).toBe(true);
  });

  it('A1: either the Steuernummer or the USt-IdNr. is enough outside reverse charge', () => {
    expect(check(anInvoice(), aSupplier({ taxNumber: '' })).missing).toEqual([]);
    expect(check(anInvoice(), aSupplier({ vatId: '' })).missing).toEqual([]);
  });

  it('E23: a down payment names the quote or order it rests on', () => {
    expect(keys(check(anInvoice({ type: 'downPayment', basis: ' ' })).missing)).toEqual(['missing.basis']);
    expect(check(anInvoice({ type: 'standard', basis: '' })).missing).toEqual([]);
  });

  it('A1: an invoice without positions lacks positions', () => {
    expect(keys(check(anInvoice({ positions: [] })).missing)).toEqual(['missing.positions']);
  });

  it('A1: a down payment may leave the supply "not yet fixed", other invoices may not', () => {
    expect(check(anInvoice({ type: 'downPayment', supply: { from: null, to: null } })).missing).toEqual([]);
    expect(keys(check(anInvoice({ supply: { from: '2026-06-01', to: null } })).missing)).toEqual([
      'missing.supply',
    ]);
    expect(check(anInvoice({ supply: { from: '2026-06-01', to: '2026-06-01' } })).missing).toEqual([]);
  });

  it('refuses a supply period that ends before it starts', () => {
    expect(keys(check(anInvoice({ supply: { from: '2026-06-10', to: '2026-06-01' } })).refusals)).toEqual([
      'err.invoice.supplyReversed',
    ]);
  });

  it('refuses an amount of 0 and a due date before the issue date', () => {
    const result = check(
      anInvoice({ positions: [aPosition({ price: 0 })], issueDate: today, dueDate: '2026-06-14' }),
    );
    expect(keys(result.refusals)).toEqual(['err.invoice.amountZero', 'err.invoice.dueBeforeIssue']);
    expect(result.refusals[1].field).toBe('dueDate');
    expect(check(anInvoice({ issueDate: today, dueDate: today })).refusals).toEqual([]);
  });
});

describe('VAT rates and treatments (section A 2-4)', () => {
  it('A2: a 7 % position is allowed but warned about', () => {
    const p = aPosition({ vatRate: 7, description: 'Nutzungsrechte', price: 1500 });
    const result = check(anInvoice({ positions: [aPosition({ price: 1000 }), p] }));
    expect(result.refusals).toEqual([]);
    expect(result.warnings).toEqual([
      {
        key: 'warn.invoice.reducedRate',
        params: { n: 2, description: 'Nutzungsrechte' },
        field: `positions.${p.id}.vatRate`,
      },
    ]);
  });

  it('A3: 19 % or 7 % in Kleinunternehmer mode is refused, 0 % is fine', () => {
    const result = check(
      anInvoice({
        treatment: 'smallBusiness',
        positions: [aPosition(), aPosition({ vatRate: 7 }), aPosition({ vatRate: 0 })],
      }),
    );
    expect(result.refusals.map((e) => [e.key, e.params])).toEqual([
      ['err.invoice.rateInSmallBusiness', { n: 1, rate: 19 }],
      ['err.invoice.rateInSmallBusiness', { n: 2, rate: 7 }],
    ]);
    expect(
      check(anInvoice({ treatment: 'smallBusiness', positions: [aPosition({ vatRate: 0 })] })).refusals,
    ).toEqual([]);
  });

  const reverseCharge = (values: Partial<Invoice> = {}) =>
    anInvoice({ treatment: 'reverseCharge', recipient: anEuRecipient(), issueDate: today, ...values });

  it('A4: reverse charge needs both VAT ids, not only the Steuernummer', () => {
    const result = check(
      reverseCharge({ recipient: anEuRecipient({ vatId: '' }) }),
      aSupplier({ vatId: '' }),
    );
    expect(keys(result.missing)).toEqual(['missing.supplierVatId', 'missing.recipientVatId']);
    expect(check(reverseCharge()).missing).toEqual([]);
  });

  it('A4: reverse charge with VAT is refused (a deduction carrying VAT)', () => {
    const result = check(
      reverseCharge({
        type: 'final',
        positions: [aPosition({ qty: 10, price: 500 })],
        deductions: [aDeduction()],
      }),
    );
    expect(keys(result.refusals)).toEqual(['err.invoice.vatInReverseCharge']);
  });

  it('A4: reverse charge issued after the 15th of the month after supply is warned about', () => {
    const supply = { from: '2026-04-20', to: '2026-05-31' };
    expect(check(reverseCharge({ supply, issueDate: '2026-06-15' })).warnings).toEqual([]);
    expect(check(reverseCharge({ supply, issueDate: '2026-06-16' })).warnings).toEqual([
      { key: 'warn.invoice.reverseChargeLate', params: { deadline: '2026-06-15' }, field: 'issueDate' },
    ]);
    expect(reverseChargeDeadline('2025-12-03')).toBe('2026-01-15');
  });
});

describe('small-amount invoices (section A 5)', () => {
  const gross = (cents: number, values: Partial<Invoice> = {}) =>
    anInvoice({ positions: [aPosition({ qty: 1, price: cents / 100, vatRate: 0 })], ...values });

  it('A5: 250.00 gross qualifies, 250.01 does not', () => {
    expect(keys(check(gross(25000)).warnings)).toEqual(['warn.invoice.smallAmount']);
    expect(check(gross(25001)).warnings).toEqual([]);
  });

  it('A5: the limit is gross: 210.08 net + 19 % = 250.00 qualifies, 210.09 net = 250.01 gross does not', () => {
    expect(check(anInvoice({ positions: [aPosition({ qty: 1, price: 210.08 })] })).warnings).toHaveLength(1); // 250.00
    expect(check(anInvoice({ positions: [aPosition({ qty: 1, price: 210.09 })] })).warnings).toEqual([]); // 250.01
  });

  it('A5: never with reverse charge', () => {
    const invoice = gross(10000, { treatment: 'reverseCharge', recipient: anEuRecipient() });
    expect(keys(check(invoice).warnings)).not.toContain('warn.invoice.smallAmount');
  });
});

describe('due date and Skonto (section A 7)', () => {
  it('due after the payment terms', () => {
    expect(dueDate('2026-06-15', 14)).toBe('2026-06-29');
    expect(dueDate('2026-12-20', 30)).toBe('2027-01-19');
  });

  it('A7: "2 % Skonto bei Zahlung bis 13.06.2026"', () => {
    const skonto = { percentBp: 200, days: 10 };
    expect(formatDate(skontoUntil('2026-06-03', skonto), 'de')).toBe('13.06.2026');
    expect(skontoCents(119000, skonto)).toBe(2380);
    expect(skontoCents(12345, skonto)).toBe(247);
  });

  it('refuses a Skonto outside 0-100 %', () => {
    expect(keys(check(anInvoice({ skonto: { percentBp: 0, days: 10 } })).refusals)).toEqual([
      'err.invoice.skontoInvalid',
    ]);
    expect(check(anInvoice({ skonto: { percentBp: 200, days: 10 } })).refusals).toEqual([]);
  });
});
