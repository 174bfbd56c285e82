// How one payment settles an invoice: paid, paid with Skonto, partly paid or overpaid (rules A 7, G 30).
import type { ReceivablesKey } from '../../shared/i18n/receivables';
import { addDays, type IsoDate } from '../dates';
import { divRound } from '../decimal';
import type { Cents } from '../money';

export const SETTLEMENT_STATUSES = ['paid', 'paidWithSkonto', 'partial', 'overpaid'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];

export const SETTLEMENT_STATUS_LABELS: Record<SettlementStatus, ReceivablesKey> = {
  paid: 'receivables.status.paid',
  paidWithSkonto: 'receivables.status.paidWithSkonto',
  partial: 'receivables.status.partial',
  overpaid: 'receivables.status.overpaid',
};

export interface SettlementInput {
  /** What the invoice asks (gross less deductions). */
  dueCents: Cents;
  /** Sum of earlier payments' amount + Skonto. */
  settledBefore: Cents;
  /** This payment, > 0. */
  amountCents: Cents;
  paymentDate: IsoDate;
  issueDate: IsoDate;
  /**
   * Agreed Skonto. It applies only if this payment completes the invoice within the period; earlier partial
   * payments are necessarily dated no later than this one, so they fall in the period too.
   */
  skonto: { percentBp: number; days: number } | null;
}

export interface Settlement {
  status: SettlementStatus;
  /** Granted Skonto when status is paidWithSkonto, else 0. */
  skontoCents: Cents;
  /** Never negative. */
  openAfter: Cents;
  /** The part of this payment beyond what was open; > 0 only when overpaid. */
  overpaidCents: Cents;
}

/** Skonto amount on `dueCents`: divRound(due * percentBp, 10000), half away from zero (D 18). */
export function skontoAmount(dueCents: Cents, percentBp: number): Cents {
  return divRound(dueCents * percentBp, 10_000);
}

/** Period: paymentDate <= issueDate + days (A 7). */
export function withinSkontoPeriod(paymentDate: IsoDate, issueDate: IsoDate, days: number): boolean {
  return paymentDate <= addDays(issueDate, days);
}

/**
 * Full open amount: paid. More: overpaid by the excess. Within the Skonto period, a payment that brings the
 * invoice to at least gross less the agreed Skonto is paid with Skonto; the Skonto granted is what remains
 * (the agreed amount, or less when the payer deducted less, e.g. rounding a cent differently). Otherwise
 * partial, the rest open — also when the Skonto amount is paid after the period.
 */
export function settle(input: SettlementInput): Settlement {
  const { dueCents, settledBefore, amountCents } = input;
  const openBefore = Math.max(0, dueCents - settledBefore);
  const settledAfter = settledBefore + amountCents;
  if (settledAfter > dueCents) {
    return { status: 'overpaid', skontoCents: 0, openAfter: 0, overpaidCents: amountCents - openBefore };
  }
  const rest = dueCents - settledAfter;
  if (rest === 0) return { status: 'paid', skontoCents: 0, openAfter: 0, overpaidCents: 0 };
  const skonto = input.skonto;
  if (skonto && withinSkontoPeriod(input.paymentDate, input.issueDate, skonto.days)) {
    const agreed = skontoAmount(dueCents, skonto.percentBp);
    if (agreed > 0 && rest <= agreed) {
      return { status: 'paidWithSkonto', skontoCents: rest, openAfter: 0, overpaidCents: 0 };
    }
  }
  return { status: 'partial', skontoCents: 0, openAfter: rest, overpaidCents: 0 };
}
export { checkPaymentInput } from './paymentInput';
