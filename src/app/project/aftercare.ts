// Use cases "Record follow-up" and "Follow-on order" (change request or maintenance offer), and the due follow-ups list.
import { addDays, formatDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import { rangeKey } from '../../domain/numbering';
import { NO_DOCUMENTS, type Order } from '../../domain/order';
import { dueFollowUps, recordFollowUp as record } from '../../domain/project/followUps';
import { NO_PROJECT } from '../../domain/project/types';
import type { Quote } from '../../domain/quote/quote';
import { quoteNumber } from '../../domain/quote/quote';
import { isOpenStage } from '../../domain/stages';
import { type Lang, t } from '../../shared/i18n';
import type {
  DueFollowUpDto,
  FollowOnDto,
  FollowOnInput,
  FollowUpInput,
  ProjectResultDto,
} from '../../shared/projectContract';
import { allocate } from '../createInquiry';
import type { Environment, Register, RegisterReader } from '../ports';
import { uiLang } from '../settingsView';
import { readFacts, stageLog } from './context';
import { overrunOf } from './figures';
import { answer, followUpLabel } from './view';

const QUOTE_VALID_DAYS = 30;

export function recordFollowUp(register: Register, env: Environment, input: FollowUpInput): ProjectResultDto {
  const today = env.today();
  return register.transact((reader) => {
    const stored = reader.project().findFollowUp(input.followUpId);
    if (!stored) throw new DomainError('err.project.noFollowUp', { id: input.followUpId });
    const facts = readFacts(reader, env, stored.orderNo);
    const after = record(stored, input, facts.order.project.handedOverOn, today);
    const changes = { updateFollowUps: [{ before: stored, after }] };
    const lang = facts.registerLang;
    return {
      changes: {
        project: changes,
        log: [
          {
            action: 'recordFollowUp',
            orderNo: facts.order.number,
            oldValue: followUpLabel(stored, lang),
            newValue: `${formatDate(after.doneOn ?? today, lang)} · ${after.satisfaction}/5 · ${after.outcome}`,
          },
        ],
      },
      result: answer(reader, env, { facts, changes }, t(facts.lang, 'project.followUpRecorded')),
    };
  });
}

/**
 * A change request or maintenance offer is a new order for the same client, linked in its title and description:
 * the parent's confirmation and invoices stay as the client agreed them, and the new quote goes through the same
 * quote flow (versions, acceptance, confirmation). A change request starts with a draft quote of the overrun.
 */
export function createFollowOn(register: Register, env: Environment, input: FollowOnInput): FollowOnDto {
  const today = env.today();
  return register.transact((reader) => {
    const facts = readFacts(reader, env, input.orderNo);
    const { order: parent, settings } = facts;
    const lang = reader.lang();
    const positions =
      input.kind === 'changeRequest'
        ? overrunOf(facts, reader, (service, hours) =>
            t(lang, 'project.followOn.position', { service, hours }),
          )
        : [];
    if (input.kind === 'changeRequest' && positions.length === 0)
      throw new DomainError('err.project.noOverrun');
    const number = allocate(
      reader,
      settings.numbers.order,
      today,
      reader.orders().map((r) => r.order.number),
    );
    const title = t(lang, `project.followOn.${input.kind}Title`, {
      orderNo: parent.number,
      title: parent.title,
    });
    const order: Order = {
      number: number.number,
      createdOn: today,
      client: parent.client,
      title: title.slice(0, 200),
      description: t(lang, 'project.followOn.description', { orderNo: parent.number }),
      source: 'existingClient',
      stage: positions.length > 0 ? 'quote' : 'inquiry',
      stageSince: today,
      stageBeforeHold: null,
      reason: '',
      expectedValue: null,
      deadline: null,
      owner: env.user(),
      dunningBlock: null,
      documents: NO_DOCUMENTS,
      project: { ...NO_PROJECT, parentOrder: parent.number },
    };
    const quote: Quote | null =
      positions.length > 0
        ? {
            number: quoteNumber(settings.numbers.quote, order.number, 1),
            orderNo: order.number,
            version: 1,
            status: 'draft',
            date: today,
            validUntil: addDays(today, QUOTE_VALID_DAYS),
            title: order.title,
            intro: t(lang, 'quote.defaultIntro'),
            closing: t(lang, 'quote.defaultClosing'),
            paymentTerms: t(lang, 'quote.defaultPaymentTerms', { days: settings.payment.termsDays }),
            discountBp: 0,
            usageRights: null,
            positions,
            changeSummary: '',
            acceptance: null,
            declineReason: '',
            docUrl: '',
            pdfUrl: '',
          }
        : null;
    const ui = uiLang(settings, env.userLang());
    return {
      changes: {
        insertOrders: [order],
        insertQuotes: quote ? [quote] : [],
        highWater: { [rangeKey(settings.numbers.order, today)]: number.seq },
        log: [
          {
            action: 'followOn',
            orderNo: parent.number,
            oldValue: '',
            newValue: `${order.number} ${order.title}`,
          },
          { action: 'createInquiry', orderNo: order.number, oldValue: parent.number, newValue: order.title },
          ...(quote
            ? [
                { action: 'saveQuote' as const, orderNo: order.number, oldValue: '', newValue: quote.number },
                ...stageLog({ ...order, stage: 'inquiry' }, order, lang),
              ]
            : []),
        ],
      },
      result: {
        message: t(ui, `project.followOn.${input.kind}`, { orderNo: order.number, count: positions.length }),
        orderNo: order.number,
      },
    };
  });
}

/** Follow-ups due within a week or overdue, of orders still open: the sidebar's reminder list (one read). */
export function dueFollowUpList(reader: RegisterReader, today: string, lang: Lang): DueFollowUpDto[] {
  const orders = new Map(reader.orders().map((r) => [r.order.number, r.order]));
  return dueFollowUps(reader.project().allFollowUps(), today).flatMap((f) => {
    const order = orders.get(f.orderNo);
    if (!order || !isOpenStage(order.stage)) return [];
    return [
      {
        id: f.id,
        orderNo: f.orderNo,
        client: order.client,
        title: order.title,
        due: f.due,
        label: followUpLabel(f, lang),
        overdue: f.due < today,
      },
    ];
  });
}
