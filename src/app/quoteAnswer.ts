// Use cases "Client accepted" and "Client declined": the client's answer to the current quote.
import { parseDateInput } from '../domain/dates';
import { DomainError } from '../domain/errors';
import type { Order } from '../domain/order';
import { currentQuote, type Quote } from '../domain/quote/quote';
import { CORE_GATES, checkMove } from '../domain/stages';
import type { OrderDto } from '../shared/contract';
import { t } from '../shared/i18n';
import type { QuoteAcceptInput, QuoteDeclineInput } from '../shared/quoteContract';
import { findSoundOrder } from './findOrder';
import type { ChangeSet, Environment, Register, RegisterReader } from './ports';
import { quoteLabel, quoteTotals } from './quoteViews';
import { readerWith } from './readerOverlay';
import { orderView } from './views';

/** The quote the client answers: it must exist, be the current version, and have been sent. */
function answerable(reader: RegisterReader, number: string): { quote: Quote; order: Order; row: number } {
  const quote = reader.findQuote(number.trim());
  if (!quote) throw new DomainError('err.quote.none', { orderNo: number }, 'number');
  const record = findSoundOrder(reader.orders(), quote.orderNo);
  const current = currentQuote(reader.quotesOf(quote.orderNo), quote.orderNo);
  if (current?.number !== quote.number || quote.status === 'accepted' || quote.status === 'declined') {
    throw new DomainError('err.quote.closed', {
      number: quote.number,
      status: { ref: `quoteStatus.${quote.status}` },
    });
  }
  if (quote.status !== 'sent') throw new DomainError('err.quote.notSent', { number: quote.number });
  return { quote, order: record.order, row: record.row };
}

export function acceptQuote(register: Register, env: Environment, input: QuoteAcceptInput): OrderDto {
  const today = env.today();
  const date = input.date === '' ? today : parseDateInput(input.date);
  if (!date) throw new DomainError('err.invalidDate', {}, 'date');
  return register.transact((reader) => {
    const { quote, order, row } = answerable(reader, input.number);
    const options = quote.positions.filter((p) => p.kind === 'item' && p.optional).map((p) => p.id);
    input.options.forEach((id, i) => {
      if (!options.includes(id)) throw new DomainError('err.quote.unknownOption', {}, `options.${i}`);
    });
    const after: Quote = {
      ...quote,
      status: 'accepted',
      acceptance: { date, by: input.by, reference: input.reference, options: [...new Set(input.options)] },
    };
    const { settings } = reader.settings();
    const gross = quoteTotals(after, settings.vat.mode).gross;
    // The client's go moves the order to Ordered, through the same lifecycle rules as any move.
    const stage =
      order.stage === 'quote'
        ? checkMove({ facts: order, target: 'ordered', reason: '' }, CORE_GATES)
        : order.stage;
    const updated: Order = {
      ...order,
      stage,
      stageSince: stage === order.stage ? order.stageSince : today,
      documents: { ...order.documents, quoteTotal: gross },
    };
    const lang = reader.lang();
    const changes: ChangeSet = {
      updateQuotes: [{ before: quote, after }],
      updateOrders: [{ before: order, after: updated }],
      log: [
        {
          action: 'acceptQuote',
          orderNo: order.number,
          oldValue: t(lang, 'quoteStatus.sent'),
          newValue: [quoteLabel(after, settings.vat.mode, lang), input.by, input.reference]
            .filter(Boolean)
            .join(' · '),
        },
      ],
    };
    if (stage !== order.stage) {
      changes.log.push({
        action: 'changeStage',
        orderNo: order.number,
        oldValue: t(lang, `stage.${order.stage}`),
        newValue: t(lang, `stage.${stage}`),
      });
    }
    return {
      changes,
      result: orderView(readerWith(reader, { quote: after }), { order: updated, row, problems: [] }, today),
    };
  });
}

export function declineQuote(register: Register, env: Environment, input: QuoteDeclineInput): OrderDto {
  const today = env.today();
  return register.transact((reader) => {
    const { quote, order, row } = answerable(reader, input.number);
    const after: Quote = { ...quote, status: 'declined', declineReason: input.reason };
    const lang = reader.lang();
    const lost = input.lost
      ? checkMove({ facts: order, target: 'lost', reason: input.reason }, CORE_GATES)
      : null;
    const updated: Order = lost
      ? { ...order, stage: lost, stageSince: today, reason: input.reason, stageBeforeHold: null }
      : order;
    const changes: ChangeSet = {
      updateQuotes: [{ before: quote, after }],
      updateOrders: lost ? [{ before: order, after: updated }] : [],
      log: [
        { action: 'declineQuote', orderNo: order.number, oldValue: quote.number, newValue: input.reason },
      ],
    };
    if (lost) {
      changes.log.push({
        action: 'changeStage',
        orderNo: order.number,
        oldValue: t(lang, `stage.${order.stage}`),
        newValue: `${t(lang, `stage.${lost}`)} (${input.reason})`,
      });
    }
    return {
      changes,
      result: orderView(readerWith(reader, { quote: after }), { order: updated, row, problems: [] }, today),
    };
  });
}
