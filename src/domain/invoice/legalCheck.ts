// Whether an invoice may be issued (§ 14 UStG, A 1-5, 7): everything missing at once, hard refusals, warnings; due and Skonto dates.

import type { MessageKey, MessageParams } from '../../shared/i18n';
import { addDays, type IsoDate } from '../dates';
import { divRound } from '../decimal';
import { DomainError } from '../errors';
import type { Cents } from '../money';
import { isUnit } from '../quote/position';
import { invoiceFigures } from './figures';
import type { Invoice, Skonto, Supplier } from './invoice';

/** One thing the invoice lacks (a 'missing.*' key), with the field to point at. */
export interface MissingItem {
  key: MessageKey;
  params: MessageParams;
  field: string;
}

/** Issuing may go on, but the user should look (a 'warn.invoice.*' key). */
export interface Warning {
  key: MessageKey;
  params: MessageParams;
  field: string;
}

export interface IssueCheck {
  missing: MissingItem[];
  refusals: DomainError[];
  warnings: Warning[];
}

/** A 5: the limit of a simplified small-amount invoice (Kleinbetragsrechnung), gross. */
export const SMALL_AMOUNT_LIMIT: Cents = 25_000;

const blank = (s: string) => s.trim() === '';

export function dueDate(issueDate: IsoDate, termsDays: number): IsoDate {
  return addDays(issueDate, termsDays);
}

/** A 7: the last day the agreed Skonto may be deducted. */
export function skontoUntil(issueDate: IsoDate, skonto: Skonto): IsoDate {
  return addDays(issueDate, skonto.days);
}

/** The Skonto a payer may deduct from an amount, rounded half away from zero. */
export function skontoCents(amount: Cents, skonto: Skonto): Cents {
  return divRound(amount * skonto.percentBp, 10_000);
}

/** A 4: a reverse-charge invoice is due by the 15th of the month after the (end of the) supply. */
export function reverseChargeDeadline(supplyEnd: IsoDate): IsoDate {
  const [y, m] = supplyEnd.split('-').map(Number);
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return `${ny}-${String(nm).padStart(2, '0')}-15`;
}

/** Issuing must stop: something is missing or a rule refuses. */
export function issueBlocked(check: IssueCheck): boolean {
  return check.missing.length > 0 || check.refusals.length > 0;
}

/** Everything that keeps the invoice from being issued today, listed at once, plus what to warn about. */
export function checkIssue(invoice: Invoice, supplier: Supplier, today: IsoDate): IssueCheck {
  const missing: MissingItem[] = [];
  const refusals: DomainError[] = [];
  const warnings: Warning[] = [];
  const miss = (key: MessageKey, field: string, params: MessageParams = {}) =>
    missing.push({ key, params, field });
  const reverseCharge = invoice.treatment === 'reverseCharge';
  const issueDate = invoice.issueDate ?? today;
  const f = invoiceFigures(invoice);

  // A 1: the supplier, from the settings.
  if (blank(supplier.name)) miss('missing.supplierName', 'company.name');
  if (blank(supplier.street) || blank(supplier.postcode) || blank(supplier.city))
    miss('missing.supplierAddress', 'company.street');
  if (reverseCharge && blank(supplier.vatId)) miss('missing.supplierVatId', 'company.vatId');
  else if (blank(supplier.taxNumber) && blank(supplier.vatId))
    miss('missing.supplierTaxId', 'company.taxNumber');

  // A 1, A 4: the recipient as printed.
  const r = invoice.recipient;
  if (blank(r.name)) miss('missing.recipientName', 'recipient.name');
  if (blank(r.street) || blank(r.postcode) || blank(r.city))
    miss('missing.recipientAddress', 'recipient.street');
  if (reverseCharge && blank(r.vatId)) miss('missing.recipientVatId', 'recipient.vatId');

  // A 1: date or period of supply; a down payment may leave it "not yet fixed" (both null).
  const { from, to } = invoice.supply;
  const notFixed = from === null && to === null;
  if ((notFixed && invoice.type !== 'downPayment') || (from === null) !== (to === null))
    miss('missing.supply', 'supply.from');
  if (from !== null && to !== null && to < from)
    refusals.push(new DomainError('err.invoice.supplyReversed', {}, 'supply.to'));

  // E 23: a down payment names the quote or order it rests on.
  if (invoice.type === 'downPayment' && blank(invoice.basis)) miss('missing.basis', 'basis');

  // A 1: each position with description, quantity and unit.
  const items = invoice.positions.filter((p) => p.kind === 'item');
  if (items.length === 0) miss('missing.positions', 'positions');
  invoice.positions.forEach((p, i) => {
    if (p.kind !== 'item') return;
    const n = i + 1;
    if (blank(p.description)) miss('missing.positionDescription', `positions.${p.id}.description`, { n });
    if (p.quantity === 0) miss('missing.positionQuantity', `positions.${p.id}.quantity`, { n });
    if (!isUnit(p.unit)) miss('missing.positionUnit', `positions.${p.id}.unit`, { n });
    // A 3: no VAT rate in Kleinunternehmer mode; A 2: 7 % only deliberately, with a warning.
    if (invoice.treatment === 'smallBusiness' && p.vatRate > 0)
      refusals.push(
        new DomainError(
          'err.invoice.rateInSmallBusiness',
          { n, rate: p.vatRate },
          `positions.${p.id}.vatRate`,
        ),
      );
    else if (p.vatRate === 7)
      warnings.push({
        key: 'warn.invoice.reducedRate',
        params: { n, description: p.description },
        field: `positions.${p.id}.vatRate`,
      });
  });

  // Amounts and dates.
  if (f.gross === 0) refusals.push(new DomainError('err.invoice.amountZero', {}, 'positions'));
  if (invoice.dueDate !== null && invoice.dueDate < issueDate)
    refusals.push(new DomainError('err.invoice.dueBeforeIssue', {}, 'dueDate'));
  if (invoice.skonto !== null && !validSkonto(invoice.skonto))
    refusals.push(new DomainError('err.invoice.skontoInvalid', {}, 'skonto'));
  const deductedVat = invoice.deductions.some((d) => d.rates.some((x) => x.vat !== 0));
  if (reverseCharge && (f.vat !== 0 || deductedVat))
    refusals.push(new DomainError('err.invoice.vatInReverseCharge', {}, 'treatment'));

  // A 4: reverse charge issued by the 15th of the month after the supply.
  const supplyEnd = to ?? from;
  if (reverseCharge && supplyEnd !== null) {
    const deadline = reverseChargeDeadline(supplyEnd);
    if (issueDate > deadline)
      warnings.push({ key: 'warn.invoice.reverseChargeLate', params: { deadline }, field: 'issueDate' });
  }
  // A 5: up to 250.00 gross a simplified invoice is allowed (not with reverse charge).
  if (!reverseCharge && invoice.type !== 'cancellation' && f.gross > 0 && f.gross <= SMALL_AMOUNT_LIMIT)
    warnings.push({ key: 'warn.invoice.smallAmount', params: {}, field: 'positions' });

  return { missing, refusals, warnings };
}

/** A 7: a Skonto is a percentage above 0 and below 100 within a whole number of days. */
export function validSkonto(skonto: Skonto): boolean {
  return (
    Number.isSafeInteger(skonto.percentBp) &&
    skonto.percentBp > 0 &&
    skonto.percentBp < 10_000 &&
    Number.isSafeInteger(skonto.days) &&
    skonto.days >= 0
  );
}
