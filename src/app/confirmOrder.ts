// Use case "Create order confirmation": from the accepted quote, with key dates; Doc, PDF, links, stage Confirmed.
import { parseDateInput } from '../domain/dates';
import { confirmationDocumentData } from '../domain/documents/quoteData';
import { DomainError, DomainErrors } from '../domain/errors';
import type { LogEntryDraft } from '../domain/log';
import type { Order } from '../domain/order';
import {
  assertConfirmable,
  type Confirmation,
  confirmationNumber,
  confirmedPositions,
  type Milestone,
} from '../domain/quote/confirmation';
import { currentQuote } from '../domain/quote/quote';
import { CORE_GATES, checkMove } from '../domain/stages';
import type { OrderDto } from '../shared/contract';
import { t } from '../shared/i18n';
import type { ConfirmationInput } from '../shared/quoteContract';
import { findSoundOrder } from './findOrder';
import type { DocumentService, Environment, Register } from './ports';
import { partyOf } from './quoteDocument';
import { readerWith } from './readerOverlay';
import { orderView } from './views';

export const CONFIRMATION_PATTERN = 'AB-{order}';

function parseMilestones(input: ConfirmationInput): { deadline: string | null; milestones: Milestone[] } {
  const errors: DomainError[] = [];
  const deadline = input.deadline === '' ? null : parseDateInput(input.deadline);
  if (input.deadline !== '' && !deadline) errors.push(new DomainError('err.invalidDate', {}, 'deadline'));
  const milestones: Milestone[] = [];
  input.milestones.forEach((m, i) => {
    if (m.date === '' && m.label === '') return;
    const date = parseDateInput(m.date);
    if (!date) errors.push(new DomainError('err.invalidDate', {}, `milestones.${i}.date`));
    if (m.label === '') errors.push(new DomainError('err.required', {}, `milestones.${i}.label`));
    if (date) milestones.push({ date, label: m.label });
  });
  if (errors.length > 0) throw new DomainErrors(errors);
  return { deadline, milestones: milestones.sort((a, b) => a.date.localeCompare(b.date)) };
}

export function createConfirmation(
  register: Register,
  env: Environment,
  documents: DocumentService,
  input: ConfirmationInput,
): OrderDto {
  const today = env.today();
  const { deadline, milestones } = parseMilestones(input);
  const plan = register.read((reader) => {
    const order = findSoundOrder(reader.orders(), input.orderNo).order;
    const quote = assertConfirmable(currentQuote(reader.quotesOf(order.number), order.number), order.number);
    const existing = reader.confirmationOf(order.number);
    const count = existing ? Number(/-(\d+)$/.exec(existing.number)?.[1] ?? 1) + 1 : 1;
    const confirmation: Confirmation = {
      number: confirmationNumber(CONFIRMATION_PATTERN, order.number, count),
      orderNo: order.number,
      quoteNumber: quote.number,
      date: today,
      deadline: deadline ?? order.deadline,
      milestones,
      deviationNote: input.deviationNote,
      clientReference: quote.acceptance?.reference ?? '',
      positions: confirmedPositions(quote),
      docUrl: '',
      pdfUrl: '',
    };
    return { order, quote, confirmation, party: partyOf(reader, order, env), existing };
  });
  if (plan.existing?.docUrl && plan.existing.quoteNumber === plan.quote.number) {
    throw new DomainError('err.confirm.exists', { number: plan.existing.number });
  }
  const { order, quote, party } = plan;
  const generated = documents.generate({
    kind: 'confirmation',
    lang: party.lang,
    name: `${plan.confirmation.number} ${order.client} - ${quote.title || order.title}`,
    order,
    data: confirmationDocumentData(plan.confirmation, quote, party),
  });
  const confirmation = { ...plan.confirmation, docUrl: generated.docUrl, pdfUrl: generated.pdfUrl };
  try {
    return register.transact((reader) => {
      const record = findSoundOrder(reader.orders(), order.number);
      const before = record.order;
      if (reader.confirmationOf(order.number)?.number === confirmation.number) {
        throw new DomainError('err.confirm.exists', { number: confirmation.number });
      }
      const lang = reader.lang();
      const stage =
        before.stage === 'ordered'
          ? checkMove({ facts: before, target: 'confirmed', reason: '' }, CORE_GATES)
          : before.stage;
      const after: Order = {
        ...before,
        stage,
        stageSince: stage === before.stage ? before.stageSince : today,
        deadline: confirmation.deadline,
        documents: {
          ...before.documents,
          confirmation: confirmation.number,
          confirmationDoc: confirmation.docUrl,
          confirmationPdf: confirmation.pdfUrl,
        },
      };
      const log: LogEntryDraft[] = [
        {
          action: 'createConfirmation',
          orderNo: before.number,
          oldValue: quote.number,
          newValue: `${confirmation.number} · ${confirmation.docUrl}`,
        },
      ];
      if (stage !== before.stage) {
        log.push({
          action: 'changeStage',
          orderNo: before.number,
          oldValue: t(lang, `stage.${before.stage}`),
          newValue: t(lang, `stage.${stage}`),
        });
      }
      const view = orderView(readerWith(reader, { confirmation }), { ...record, order: after }, today);
      return {
        changes: { insertConfirmations: [confirmation], updateOrders: [{ before, after }], log },
        result: view,
      };
    });
  } catch (error) {
    documents.discard(generated);
    throw error;
  }
}
