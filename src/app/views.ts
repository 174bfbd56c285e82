// Builds the DTOs the sidebar shows from register records.
import { daysBetween } from '../domain/dates';
import { currentQuote } from '../domain/quote/quote';
import { allowedMoves, isOpenStage, STAGES } from '../domain/stages';
import type { OrderDto, OrderSummaryDto } from '../shared/contract';
import type { BillingDto } from '../shared/invoiceContract';
import type { ConfirmationSummaryDto, QuoteSummaryDto } from '../shared/quoteContract';
import { billingDto } from './invoiceViews';
import type { OrderRecord, RegisterReader } from './ports';
import { confirmationSummary, quoteSummary } from './quoteViews';

export function daysIn(stageSince: string, today: string): number {
  return stageSince === '' ? 0 : Math.max(0, daysBetween(stageSince, today));
}

/** The order's current quote and confirmation, when the caller has read them. */
export interface OrderDocs {
  quote: QuoteSummaryDto | null;
  confirmation: ConfirmationSummaryDto | null;
  billing: BillingDto | null;
}

const NO_DOCS: OrderDocs = { quote: null, confirmation: null, billing: null };

export function orderDto(record: OrderRecord, today: string, docs: OrderDocs = NO_DOCS): OrderDto {
  const o = record.order;
  return {
    number: o.number,
    createdOn: o.createdOn,
    client: o.client,
    title: o.title,
    description: o.description,
    source: o.source,
    stage: o.stage,
    stageSince: o.stageSince,
    daysInStage: daysIn(o.stageSince, today),
    nextStep: `next.${o.stage}`,
    expectedValueCents: o.expectedValue,
    deadline: o.deadline,
    owner: o.owner,
    reason: o.reason,
    allowedMoves: record.problems.length > 0 ? [] : allowedMoves(o),
    problems: record.problems.map((p) => p.column),
    ...docs,
  };
}

/** Open orders, by stage in lifecycle order, the longest-waiting first within a stage. */
export function openOrderSummaries(records: readonly OrderRecord[], today: string): OrderSummaryDto[] {
  return records
    .filter((r) => isOpenStage(r.order.stage))
    .map((r) => ({
      number: r.order.number,
      client: r.order.client,
      title: r.order.title,
      stage: r.order.stage,
      daysInStage: daysIn(r.order.stageSince, today),
      deadline: r.order.deadline,
    }))
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || b.daysInStage - a.daysInStage);
}

/** The order with its current quote and confirmation: a few reads of only this order's rows. */
export function orderView(reader: RegisterReader, record: OrderRecord, today: string): OrderDto {
  const { settings } = reader.settings();
  const quote = currentQuote(reader.quotesOf(record.order.number), record.order.number);
  const confirmation = reader.confirmationOf(record.order.number);
  const invoices = confirmation ? reader.invoicesOf(record.order.number) : [];
  return orderDto(record, today, {
    quote: quote ? quoteSummary(quote, settings.vat.mode, today) : null,
    confirmation: confirmation ? confirmationSummary(confirmation) : null,
    billing: confirmation
      ? billingDto(invoices, confirmation, confirmation.positions, reader.lang(), today)
      : null,
  });
}
