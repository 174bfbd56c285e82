import { type SettlementInput, settle, skontoAmount } from '../../../src/domain/receivables/settlement';

/** 1,190.00 issued 2025-06-01 with 2 % Skonto within 14 days (period ends 2025-06-15). */
const base: SettlementInput = {
  dueCents: 119_000,
  settledBefore: 0,
  amountCents: 119_000,
  paymentDate: '2025-06-20',
  issueDate: '2025-06-01',
  skonto: { percentBp: 200, days: 14 },
};

describe('skontoAmount', () => {
  it('is 2 % of 1,190.00 = 23.80', () => {
    expect(skontoAmount(119_000, 200)).toBe(2_380);
  });

  it('rounds half away from zero (D 18)', () => {
    expect(skontoAmount(125, 200)).toBe(3); // 2.5 -> 3
    expect(skontoAmount(124, 200)).toBe(2); // 2.48 -> 2
    expect(skontoAmount(-125, 200)).toBe(-3);
    expect(skontoAmount(100_001, 250)).toBe(2_500); // 2500.025
  });
});

describe('settle (rule G 30)', () => {
  it('full amount: paid, nothing open', () => {
    expect(settle(base)).toEqual({ status: 'paid', skontoCents: 0, openAfter: 0, overpaidCents: 0 });
  });

  it('full amount within the Skonto period is paid, without Skonto', () => {
    expect(settle({ ...base, paymentDate: '2025-06-05' })).toEqual({
      status: 'paid',
      skontoCents: 0,
      openAfter: 0,
      overpaidCents: 0,
    });
  });

  it('gross less Skonto on day 10 of 14: paid with Skonto 23.80, nothing open', () => {
    expect(settle({ ...base, amountCents: 116_620, paymentDate: '2025-06-11' })).toEqual({
      status: 'paidWithSkonto',
      skontoCents: 2_380,
      openAfter: 0,
      overpaidCents: 0,
    });
  });

  it('the last day of the period still counts (issue + days); the day after does not', () => {
    const onLastDay = settle({ ...base, amountCents: 116_620, paymentDate: '2025-06-15' });
    expect(onLastDay.status).toBe('paidWithSkonto');
    const late = settle({ ...base, amountCents: 116_620, paymentDate: '2025-06-16' });
    expect(late).toEqual({ status: 'partial', skontoCents: 0, openAfter: 2_380, overpaidCents: 0 });
  });

  it('a payer deducting a cent less than the agreed Skonto settles the invoice with that smaller Skonto', () => {
    const s = settle({ ...base, amountCents: 116_621, paymentDate: '2025-06-11' });
    expect(s).toEqual({ status: 'paidWithSkonto', skontoCents: 2_379, openAfter: 0, overpaidCents: 0 });
  });

  it('deducting more than the agreed Skonto is partial, the rest open', () => {
    const s = settle({ ...base, amountCents: 116_619, paymentDate: '2025-06-11' });
    expect(s).toEqual({ status: 'partial', skontoCents: 0, openAfter: 2_381, overpaidCents: 0 });
  });

  it('without agreed Skonto the Skonto amount is partial', () => {
    const s = settle({ ...base, skonto: null, amountCents: 116_620, paymentDate: '2025-06-02' });
    expect(s).toEqual({ status: 'partial', skontoCents: 0, openAfter: 2_380, overpaidCents: 0 });
  });

  it('less: partial, the rest open', () => {
    expect(settle({ ...base, amountCents: 50_000 })).toEqual({
      status: 'partial',
      skontoCents: 0,
      openAfter: 69_000,
      overpaidCents: 0,
    });
  });

  it('more: overpaid, flagged with the excess', () => {
    expect(settle({ ...base, amountCents: 120_000 })).toEqual({
      status: 'overpaid',
      skontoCents: 0,
      openAfter: 0,
      overpaidCents: 1_000,
    });
  });

  it('a second partial payment completing the invoice: paid', () => {
    expect(settle({ ...base, settledBefore: 50_000, amountCents: 69_000 })).toEqual({
      status: 'paid',
      skontoCents: 0,
      openAfter: 0,
      overpaidCents: 0,
    });
  });

  it('a second partial payment that still leaves some open: partial with the new rest', () => {
    expect(settle({ ...base, settledBefore: 50_000, amountCents: 60_000 }).openAfter).toBe(9_000);
  });

  it('a partial payment in the period, then the rest less Skonto (on the whole invoice) in the period', () => {
    const s = settle({ ...base, settledBefore: 50_000, amountCents: 66_620, paymentDate: '2025-06-14' });
    expect(s).toEqual({ status: 'paidWithSkonto', skontoCents: 2_380, openAfter: 0, overpaidCents: 0 });
  });

  it('a payment on an invoice already settled is overpaid by the whole payment', () => {
    expect(settle({ ...base, settledBefore: 119_000, amountCents: 500 })).toMatchObject({
      status: 'overpaid',
      overpaidCents: 500,
      openAfter: 0,
    });
  });

  it('never reports a negative open amount', () => {
    for (const amountCents of [1, 60_000, 116_620, 119_000, 119_001, 500_000]) {
      const s = settle({ ...base, amountCents, paymentDate: '2025-06-11' });
      expect(s.openAfter).toBeGreaterThanOrEqual(0);
      expect(s.overpaidCents).toBeGreaterThanOrEqual(0);
      expect(s.status === 'overpaid').toBe(s.overpaidCents > 0);
      expect(s.status === 'paidWithSkonto').toBe(s.skontoCents > 0);
    }
  });
});
