import {
  importedSources,
  isPaymentMethod,
  PAYMENT_METHODS,
  settledCents,
} from '../../../src/domain/receivables/payment';

describe('payments', () => {
  it('settle an invoice by money received plus Skonto granted', () => {
    expect(settledCents([])).toBe(0);
    expect(
      settledCents([
        { amountCents: 50_000, skontoCents: 0 },
        { amountCents: 66_620, skontoCents: 2_380 },
      ]),
    ).toBe(119_000);
  });

  it('remember the bank transactions they came from, not hand-entered ones (G 31)', () => {
    expect(
      importedSources([{ source: 'T-1' }, { source: '' }, { source: 'T-2' }, { source: 'T-1' }]),
    ).toEqual(new Set(['T-1', 'T-2']));
  });

  it('know their methods', () => {
    expect(PAYMENT_METHODS).toEqual(['transfer', 'cash', 'card', 'paypal', 'other']);
    expect(isPaymentMethod('cash')).toBe(true);
    expect(isPaymentMethod('cheque')).toBe(false);
  });
});
