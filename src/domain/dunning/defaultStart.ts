// When a client is in default (Verzug, § 286 BGB): agreed date, 30 days after the invoice, or a reminder.
import { addDays, type IsoDate } from '../dates';
import { earliest } from './calendar';
import { type FederalState, nextWorkingDay } from './holidays';

export interface DefaultInput {
  clientKind: 'business' | 'consumer';
  /** When the client received the invoice (the app passes the issue date: invoices go out by e-mail the same day). */
  received: IsoDate;
  /** An agreed calendar due date, or null. */
  agreedDueDate: IsoDate | null;
  /** Consumers: whether the invoice told them about default after 30 days (§ 286 Abs. 3 BGB). */
  consumerNotified: boolean;
  /** The deadline of the first reminder/dunning letter sent, if any (a reminder puts a consumer in default after its deadline). */
  firstReminderDeadline: IsoDate | null;
  /** The debtor's state: § 193 BGB looks at the place of performance, for money debts the debtor's seat. */
  state: FederalState | null;
}

/**
 * First day in default, or null when not (yet) determinable (consumer without notice and without reminder).
 * - Agreed calendar date D (§ 286 Abs. 2 Nr. 1, for consumers too): the day after D; a D on a weekend or
 *   holiday first moves to the next working day (§ 193 BGB). A reminder cannot bring default earlier,
 *   because before D the claim is not due.
 * - Otherwise the earlier of: the day after the 30th day after receipt, moved to the next working day
 *   (§ 286 Abs. 3 with § 193 BGB; consumers only if the invoice told them), and the day after the first
 *   reminder's deadline, likewise moved (§ 286 Abs. 1 BGB).
 * Worked example E3: received Friday 2025-05-16, the 30th day is Sunday 2025-06-15, moved to Monday
 * 2025-06-16, so in default from Tuesday 2025-06-17; with agreed date 2025-06-30 from 2025-07-01.
 */
export function defaultStart(input: DefaultInput): IsoDate | null {
  const { state } = input;
  const after = (day: IsoDate) => addDays(nextWorkingDay(day, state), 1);
  if (input.agreedDueDate !== null) return after(input.agreedDueDate);
  const candidates: IsoDate[] = [];
  if (input.clientKind === 'business' || input.consumerNotified)
    candidates.push(after(addDays(input.received, 30)));
  if (input.firstReminderDeadline !== null) candidates.push(after(input.firstReminderDeadline));
  return earliest(candidates) ?? null;
}
