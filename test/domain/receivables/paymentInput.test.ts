import { DomainErrors } from '../../../src/domain/errors';
import { MAX_CENTS } from '../../../src/domain/money';
import { checkPaymentInput } from '../../../src/domain/receivables/settlement';

const valid = {
  amountCents: 116_620,
  date: '2025-06-11',
  note: '',
  issueDate: '2025-06-01',
  today: '2025-06-20',
};

function problems(input: typeof valid): { key: string; field: string | null }[] {
  try {
    checkPaymentInput(input);
  } catch (e) {
    if (e instanceof DomainErrors) return e.errors.map((x) => ({ key: x.key, field: x.field }));
    throw e;
  }
  return [];
}

describe('checkPaymentInput', () => {
  it('accepts a valid payment, including on the issue date and today', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, date: '2025-06-01' })).toEqual([]);
    expect(problems({ ...valid, date: '2025-06-20' })).toEqual([]);
    expect(problems({ ...valid, amountCents: MAX_CENTS })).toEqual([]);
    expect(problems({ ...valid, note: 'x'.repeat(500) })).toEqual([]);
  });

  it('refuses an amount of zero, below zero, fractional cents or above 1 bn €', () => {
    for (const amountCents of [0, -100, 1.5, Number.NaN]) {
      expect(problems({ ...valid, amountCents })).toEqual([
        { key: 'err.receivables.amount', field: 'amount' },
      ]);
    }
    expect(problems({ ...valid, amountCents: MAX_CENTS + 1 })).toEqual([
      { key: 'err.receivables.amountTooLarge', field: 'amount' },
    ]);
  });

  it('refuses a date before the issue date, after today, or not a date', () => {
    expect(problems({ ...valid, date: '2025-05-31' })).toEqual([
      { key: 'err.receivables.dateBeforeIssue', field: 'date' },
    ]);
    expect(problems({ ...valid, date: '2025-06-21' })).toEqual([
      { key: 'err.receivables.dateInFuture', field: 'date' },
    ]);
    expect(problems({ ...valid, date: '2025-02-30' })).toEqual([
      { key: 'err.receivables.dateInvalid', field: 'date' },
    ]);
  });

  it('refuses a note longer than 500 characters (an emoji counts once)', () => {
    expect(problems({ ...valid, note: '😀'.repeat(500) })).toEqual([]);
    expect(problems({ ...valid, note: 'x'.repeat(501) })).toEqual([
      { key: 'err.receivables.noteTooLong', field: 'note' },
    ]);
  });

  it('lists every problem at once, with the note length as parameters', () => {
    try {
      checkPaymentInput({ ...valid, amountCents: 0, date: '2026-01-01', note: 'x'.repeat(501) });
      throw new Error('expected DomainErrors');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainErrors);
      const errors = (e as DomainErrors).errors;
      expect(errors.map((x) => x.field)).toEqual(['amount', 'date', 'note']);
      expect(errors[2].params).toEqual({ length: 501, max: 500 });
    }
  });
});
