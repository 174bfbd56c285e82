// Use case "New invoice": a draft (no number yet) from the order's confirmed positions: all or some, a down payment, the final one.

import { type Client, findClientByName } from '../domain/client';
import { parseDateInput } from '../domain/dates';
import { parseScaled } from '../domain/decimal';
import { DomainError, DomainErrors } from '../domain/errors';
import { invoiceFigures } from '../domain/invoice/figures';
import type { Invoice, Recipient, Skonto } from '../domain/invoice/invoice';
import {
  assertFinalAllowed,
  type BillingPick,
  type DownPaymentShare,
  downPaymentPositions,
  finalDeductions,
  partialPositions,
  stands,
  unbilled,
} from '../domain/invoice/kinds';
import { taxTreatment } from '../domain/invoice/treatment';
import { formatMoney, parseMoney } from '../domain/money';
import { finalInvoiceGate } from '../domain/project/acceptanceGate';
import { PERCENT_DECIMALS, QUANTITY_DECIMALS } from '../domain/quote/position';
import type { OrderDto } from '../shared/contract';
import { type Lang, t } from '../shared/i18n';
import type { InvoiceDraftInput } from '../shared/invoiceContract';
import { findSoundOrder } from './findOrder';
import type { Environment, Register, RegisterReader } from './ports';
import { readerWith } from './readerOverlay';
import { orderView } from './views';

/** What the form says, parsed; every field's error at once. */
interface ParsedDraft {
  share: DownPaymentShare | null;
  picks: BillingPick[];
  supply: Invoice['supply'];
  skonto: Skonto | null;
}

function parseShare(text: string, lang: Lang): DownPaymentShare | null {
  const percent = /%\s*$/.test(text);
  if (percent) {
    const bp = parseScaled(text, lang, PERCENT_DECIMALS);
    return bp === null ? null : { percentBp: bp };
  }
  const cents = parseMoney(text, lang);
  return cents === null ? null : { amountCents: cents };
}

export function parseDraftInput(input: InvoiceDraftInput, lang: Lang): ParsedDraft {
  const errors: DomainError[] = [];
  let share: DownPaymentShare | null = null;
  if (input.type === 'downPayment') {
    share = input.share === '' ? null : parseShare(input.share, lang);
    if (!share)
      errors.push(
        new DomainError(input.share === '' ? 'err.required' : 'err.invoice.shareInvalid', {}, 'share'),
      );
  }
  const picks: BillingPick[] = [];
  input.picks.forEach((pick, i) => {
    const quantity = parseScaled(pick.quantity, lang, QUANTITY_DECIMALS);
    if (quantity === null || quantity <= 0)
      errors.push(new DomainError('err.quote.quantity', {}, `picks.${i}.quantity`));
    else picks.push({ id: pick.id, quantity });
  });
  if (input.type === 'partial' && input.picks.length === 0)
    errors.push(new DomainError('err.invoice.nothingConfirmed', {}, 'picks'));
  const from = input.supplyFrom === '' ? null : parseDateInput(input.supplyFrom);
  const to = input.supplyTo === '' ? from : parseDateInput(input.supplyTo);
  if (input.supplyFrom !== '' && !from) errors.push(new DomainError('err.invalidDate', {}, 'supplyFrom'));
  if (input.supplyTo !== '' && !to) errors.push(new DomainError('err.invalidDate', {}, 'supplyTo'));
  if (input.supplyFrom === '' && input.supplyTo !== '')
    errors.push(new DomainError('err.required', {}, 'supplyFrom'));
  // Only a down payment may leave the supply open ("not yet fixed", A 1).
  if (input.type !== 'downPayment' && input.supplyFrom === '')
    errors.push(new DomainError('err.required', {}, 'supplyFrom'));
  if (from && to && to < from) errors.push(new DomainError('err.invoice.supplyReversed', {}, 'supplyTo'));
  let skonto: Skonto | null = null;
  if (input.skontoPercent !== '' || input.skontoDays !== '') {
    const percentBp = parseScaled(input.skontoPercent, lang, PERCENT_DECIMALS);
    const days = /^\d{1,3}$/.test(input.skontoDays) ? Number(input.skontoDays) : null;
    if (percentBp === null || percentBp <= 0 || percentBp >= 10_000)
      errors.push(new DomainError('err.quote.percent', {}, 'skontoPercent'));
    if (days === null || days < 1)
      errors.push(new DomainError('err.invoice.skontoInvalid', {}, 'skontoDays'));
    if (percentBp !== null && days !== null) skonto = { percentBp, days };
  }
  if (errors.length > 0) throw new DomainErrors(errors);
  return { share, picks, supply: { from, to }, skonto };
}

/** The client of the order as the Clients sheet holds it; invoices go to a real, known recipient. */
export function clientOf(reader: RegisterReader, clientName: string): Client {
  const client = findClientByName(
    reader.clients().map((r) => r.client),
    clientName,
  );
  if (!client) throw new DomainError('err.invoices.noClient', { client: clientName });
  return client;
}

export function recipientOf(client: Client): Recipient {
  return {
    name: client.name,
    street: client.street,
    postcode: client.postcode,
    city: client.city,
    country: client.country || 'DE',
    vatId: client.vatId,
    kind: client.kind,
  };
}

export function createInvoiceDraft(register: Register, env: Environment, input: InvoiceDraftInput): OrderDto {
  const today = env.today();
  return register.transact((reader) => {
    const lang = reader.lang();
    const record = findSoundOrder(reader.orders(), input.orderNo);
    const order = record.order;
    // The final invoice waits for the client's acceptance, whose date is its supply date unless the user gives one.
    finalInvoiceGate(input.type, order.project.acceptedOn);
    const acceptedOn = order.project.acceptedOn;
    const parsed = parseDraftInput(
      input.type === 'final' && input.supplyFrom === '' && acceptedOn
        ? { ...input, supplyFrom: acceptedOn }
        : input,
      lang,
    );
    const confirmation = reader.confirmationOf(order.number);
    if (!confirmation)
      throw new DomainError('err.invoices.noConfirmation', { orderNo: order.number }, 'orderNo');
    const quote = reader.quotesOf(order.number).find((q) => q.number === confirmation.quoteNumber) ?? null;
    const { settings } = reader.settings();
    const client = clientOf(reader, order.client);
    const treatment = taxTreatment(client, settings.vat.mode, settings.company.country);
    const invoices = reader.invoicesOf(order.number).map((r) => r.invoice);
    const confirmed = confirmation.positions;
    const discountBp = quote?.discountBp ?? 0;
    const rest = unbilled(confirmed, invoices);
    let positions = confirmed;
    let deductions: Invoice['deductions'] = [];
    if (input.type === 'downPayment') {
      const label = t(lang, 'invoices.downPaymentPosition', {
        basis: confirmation.number,
        title: order.title,
      });
      positions = downPaymentPositions(confirmed, parsed.share as DownPaymentShare, label, discountBp);
    } else if (input.type === 'final') {
      const downPayments = invoices.filter((i) => i.type === 'downPayment' && stands(i));
      assertFinalAllowed(downPayments, input.resolved);
      deductions = finalDeductions(downPayments);
    } else {
      const picks =
        parsed.picks.length > 0
          ? parsed.picks
          : confirmed
              .filter((p) => (rest.get(p.id) ?? 0) > 0)
              .map((p) => ({ id: p.id, quantity: rest.get(p.id) ?? 0 }));
      if (picks.length === 0) throw new DomainError('err.invoices.nothingToBill', {}, 'picks');
      positions = partialPositions(confirmed, picks, rest);
    }
    const invoice: Invoice = {
      id: `${order.number}-R${reader.invoicesOf(order.number).length + 1}`,
      number: '',
      orderNo: order.number,
      type: input.type,
      status: 'draft',
      basis: confirmation.number,
      title: order.title,
      issueDate: null,
      supply: parsed.supply,
      dueDate: null,
      skonto: parsed.skonto,
      treatment,
      recipient: recipientOf(client),
      positions,
      // A down payment's positions already carry the order's discount.
      discountBp: input.type === 'downPayment' ? 0 : discountBp,
      deductions,
      cancels: null,
      cancelledBy: '',
      usageRights: quote?.usageRights ?? null,
      intro: '',
      // With a Skonto, the invoice's own lines (due date, Skonto) are the terms; the quote's "without
      // deduction" text would contradict them.
      paymentTerms: parsed.skonto ? '' : (quote?.paymentTerms ?? ''),
      paidCents: 0,
      skontoCents: 0,
      lastDunning: null,
      docUrl: '',
      pdfUrl: '',
      pdfHash: '',
      dataHash: '',
    };
    const gross = invoiceFigures(invoice).due;
    return {
      changes: {
        insertInvoices: [invoice],
        log: [
          {
            action: 'draftInvoice',
            orderNo: order.number,
            oldValue: '',
            newValue: `${t(lang, `invoiceType.${invoice.type}`)} · ${formatMoney(gross, lang)}`,
          },
        ],
      },
      result: orderView(readerWith(reader, { invoices: [invoice] }), record, today),
    };
  });
}
