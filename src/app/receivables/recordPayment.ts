// Use case "Record payment": a payment typed in by hand, settled against its invoice and booked in one write.
import { parseDateInput } from '../../domain/dates';
import { DomainError, DomainErrors } from '../../domain/errors';
import { formatMoney, parseMoney } from '../../domain/money';
import { checkPaymentInput } from '../../domain/receivables/paymentInput';
import type { Settlement } from '../../domain/receivables/settlement';
import { type Lang, t } from '../../shared/i18n';
import type { PaymentInput, PaymentResultDto } from '../../shared/receivablesContract';
import type { Environment, Register } from '../ports';
import { uiLang } from '../settingsView';
import { planBooking } from './booking';
import { openItemsView } from './openItems';
import { readerAfterBooking } from './readerWithReceivables';

export function recordPayment(register: Register, env: Environment, input: PaymentInput): PaymentResultDto {
  const today = env.today();
  return register.transact((reader) => {
    const lang = uiLang(reader.settings().settings, env.userLang());
    const head = reader.invoiceHeads().find((h) => h.invoice.id === input.invoiceId);
    if (!head) throw new DomainError('err.invoices.none', { id: input.invoiceId });
    const amountCents = parseMoney(input.amount, lang);
    const date = parseDateInput(input.date);
    const errors: DomainError[] = [];
    if (amountCents === null) errors.push(new DomainError('err.receivables.amount', {}, 'amount'));
    if (date === null) errors.push(new DomainError('err.receivables.dateInvalid', {}, 'date'));
    if (errors.length > 0) throw new DomainErrors(errors);
    checkPaymentInput({
      amountCents: amountCents as number,
      date: date as string,
      note: input.note,
      issueDate: head.invoice.issueDate ?? (date as string),
      today,
    });
    const { booking, booked, log } = planBooking(reader, env, [
      {
        invoiceId: head.invoice.id,
        date: date as string,
        amountCents: amountCents as number,
        method: input.method,
        payer: head.invoice.recipient.name,
        note: input.note.trim(),
        source: '',
      },
    ]);
    const settlement = booked[0].settlement;
    return {
      changes: { bookPayments: booking, log },
      result: {
        message: settlementMessage(settlement, lang),
        overpaid: settlement.status === 'overpaid',
        items: openItemsView(readerAfterBooking(reader, booking), env),
      },
    };
  });
}

/** "Bezahlt mit Skonto (23,80 €)", "Teilzahlung, offen 500,00 €", "Überzahlt um 10,00 €"; booked, or what booking would do. */
export function settlementMessage(
  s: Settlement,
  lang: Lang,
  outcome: 'booked' | 'preview' = 'booked',
): string {
  return t(lang, `${outcome === 'booked' ? 'pay.result' : 'pay.preview'}.${s.status}`, {
    skonto: formatMoney(s.skontoCents, lang),
    open: formatMoney(s.openAfter, lang),
    over: formatMoney(s.overpaidCents, lang),
  });
}
