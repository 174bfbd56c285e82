// Acceptance rounds: the deliverables listed, when one may be requested, and recording the client's decision.
import { type IsoDate, parseDateInput } from '../dates';
import { DomainError, DomainErrors } from '../errors';
import type { StageKey } from '../stages';
import { textLines } from '../text';
import type { Acceptance, ActionItem } from './types';

export const MAX_DELIVERABLE = 300;
export const MAX_DELIVERABLES = 100;
export const MAX_DEFECT_TEXT = 500;
export const MAX_DEFECTS = 50;

/** One deliverable per line; an acceptance without any has nothing to accept, so it is refused. */
export function parseDeliverables(text: string): string[] {
  const seen = new Set<string>();
  const deliverables: string[] = [];
  for (const d of textLines(text)) {
    if (seen.has(d.toLowerCase())) continue;
    seen.add(d.toLowerCase());
    deliverables.push(d);
  }
  if (deliverables.length === 0) throw new DomainError('err.project.noDeliverables', {}, 'deliverables');
  if (deliverables.some((d) => d.length > MAX_DELIVERABLE)) {
    throw new DomainError('err.tooLong', { max: MAX_DELIVERABLE }, 'deliverables');
  }
  if (deliverables.length > MAX_DELIVERABLES) {
    throw new DomainError('err.project.tooManyDeliverables', { max: MAX_DELIVERABLES }, 'deliverables');
  }
  return deliverables;
}

/**
 * An acceptance is requested from work in progress or after rework; after rework only once every
 * defect is fixed (the client would find them again), and never while another round awaits a decision.
 * `items` and `acceptances` are the order's.
 */
export function assertCanRequest(
  stage: StageKey,
  items: readonly ActionItem[],
  acceptances: readonly Acceptance[],
): void {
  if (stage !== 'inProgress' && stage !== 'rework') {
    throw new DomainError('err.project.requestStage', { stage: { ref: `stage.${stage}` } });
  }
  if (stage === 'rework') {
    const open = items.filter((i) => i.kind === 'rework' && i.status !== 'done').length;
    if (open > 0) throw new DomainError('err.project.reworkOpen', { count: open });
  }
  if (acceptances.some((a) => a.result === 'pending')) throw new DomainError('err.project.acceptancePending');
}

export function nextRound(acceptances: readonly Acceptance[], orderNo: string): number {
  return acceptances.filter((a) => a.orderNo === orderNo).reduce((max, a) => Math.max(max, a.round), 0) + 1;
}

/** The order's latest round (highest number), or null before the first request. */
export function latestAcceptance(acceptances: readonly Acceptance[], orderNo: string): Acceptance | null {
  return acceptances
    .filter((a) => a.orderNo === orderNo)
    .reduce<Acceptance | null>((latest, a) => (latest === null || a.round > latest.round ? a : latest), null);
}

export interface DecisionFields {
  date: string;
  accepted: readonly string[];
  defects: readonly { text: string; due: string }[];
}

/**
 * The client's decision. Without defects everything is accepted, whatever was ticked: a round that
 * found nothing to fix leaves nothing open. With defects, each becomes a rework item with a due date.
 */
export function decideAcceptance(
  a: Acceptance,
  input: DecisionFields,
  today: IsoDate,
): { after: Acceptance; rework: { text: string; due: IsoDate }[] } {
  if (a.result !== 'pending') throw new DomainError('err.project.acceptanceDecided');
  const errors: DomainError[] = [];
  const dateText = input.date.trim();
  const date = parseDateInput(dateText);
  if (dateText === '') errors.push(new DomainError('err.required', {}, 'date'));
  else if (!date) errors.push(new DomainError('err.invalidDate', {}, 'date'));
  else if (date < a.requestedOn) errors.push(new DomainError('err.project.beforeRequest', {}, 'date'));
  else if (date > today) errors.push(new DomainError('err.project.futureDate', {}, 'date'));

  const rework: { text: string; due: IsoDate }[] = [];
  input.defects.forEach((row, i) => {
    const text = row.text.trim();
    const dueText = row.due.trim();
    if (text === '' && dueText === '') return;
    if (text === '') errors.push(new DomainError('err.required', {}, `defects.${i}.text`));
    else if (text.length > MAX_DEFECT_TEXT) {
      errors.push(new DomainError('err.tooLong', { max: MAX_DEFECT_TEXT }, `defects.${i}.text`));
    }
    const due = parseDateInput(dueText);
    if (dueText === '') errors.push(new DomainError('err.required', {}, `defects.${i}.due`));
    else if (!due) errors.push(new DomainError('err.invalidDate', {}, `defects.${i}.due`));
    else if (date && due < date) errors.push(new DomainError('err.project.pastDate', {}, `defects.${i}.due`));
    rework.push({ text, due: due ?? '' });
  });
  if (rework.length > MAX_DEFECTS) {
    errors.unshift(new DomainError('err.project.tooManyItems', { max: MAX_DEFECTS }, 'defects'));
  }

  const unknown = input.accepted.find((d) => !a.deliverables.includes(d));
  if (unknown !== undefined) {
    errors.push(new DomainError('err.project.unknownDeliverable', { deliverable: unknown }, 'accepted'));
  }
  if (errors.length > 0 || !date) throw new DomainErrors(errors);

  const defects = rework.length > 0;
  const after: Acceptance = {
    ...a,
    result: defects ? 'defects' : 'accepted',
    decidedOn: date,
    // In the protocol's order, each once.
    accepted: defects ? a.deliverables.filter((d) => input.accepted.includes(d)) : [...a.deliverables],
  };
  return { after, rework };
}
