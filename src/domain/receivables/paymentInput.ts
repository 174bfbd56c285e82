// Validation of a hand-entered payment: amount, date and note, each error naming its field.
import { type IsoDate, isIsoDate } from '../dates';
import { DomainError, DomainErrors } from '../errors';
import { type Cents, MAX_CENTS } from '../money';

export const NOTE_MAX_LENGTH = 500;

/**
 * Amount > 0 and <= 1 bn €, a valid date not before the issue date and not after today, a note of at most
 * 500 characters. Throws DomainErrors listing every problem, fields 'amount', 'date', 'note'.
 */
export function checkPaymentInput(input: {
  amountCents: Cents;
  date: IsoDate;
  note: string;
  issueDate: IsoDate;
  today: IsoDate;
}): void {
  const errors: DomainError[] = [];
  const amount = input.amountCents;
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    errors.push(new DomainError('err.receivables.amount', {}, 'amount'));
  } else if (amount > MAX_CENTS) {
    errors.push(new DomainError('err.receivables.amountTooLarge', {}, 'amount'));
  }
  if (!isIsoDate(input.date)) errors.push(new DomainError('err.receivables.dateInvalid', {}, 'date'));
  else if (input.date < input.issueDate)
    errors.push(new DomainError('err.receivables.dateBeforeIssue', {}, 'date'));
  else if (input.date > input.today) errors.push(new DomainError('err.receivables.dateInFuture', {}, 'date'));
  const length = Array.from(input.note).length;
  if (length > NOTE_MAX_LENGTH) {
    errors.push(new DomainError('err.receivables.noteTooLong', { length, max: NOTE_MAX_LENGTH }, 'note'));
  }
  if (errors.length > 0) throw new DomainErrors(errors);
}
