// What every project use case reads about one order: the order, its confirmation, client and project records.
import type { Client } from '../../domain/client';
import { findClientByName } from '../../domain/client';
import { DomainError } from '../../domain/errors';
import type { LogEntryDraft } from '../../domain/log';
import type { Order } from '../../domain/order';
import type { Acceptance, ActionItem, FollowUp, Meeting, TimeEntry } from '../../domain/project/types';
import type { Confirmation } from '../../domain/quote/confirmation';
import type { Settings } from '../../domain/settings';
import { isOpenStage, type StageKey } from '../../domain/stages';
import { type Lang, t } from '../../shared/i18n';
import { findSoundOrder } from '../findOrder';
import type { Environment, OrderRecord, ProjectChanges, RegisterReader } from '../ports';
import { uiLang } from '../settingsView';

export interface ProjectFacts {
  record: OrderRecord;
  order: Order;
  confirmation: Confirmation | null;
  client: Client | null;
  settings: Settings;
  /** The user's language (messages) and the register's (log, sheet labels). */
  lang: Lang;
  registerLang: Lang;
  meetings: Meeting[];
  items: ActionItem[];
  time: TimeEntry[];
  acceptances: Acceptance[];
  followUps: FollowUp[];
}

export function readFacts(reader: RegisterReader, env: Environment, orderNo: string): ProjectFacts {
  const record = findSoundOrder(reader.orders(), orderNo);
  const order = record.order;
  const { settings } = reader.settings();
  const project = reader.project();
  return {
    record,
    order,
    confirmation: reader.confirmationOf(order.number),
    client:
      findClientByName(
        reader.clients().map((r) => r.client),
        order.client,
      ) ?? null,
    settings,
    lang: uiLang(settings, env.userLang()),
    registerLang: reader.lang(),
    meetings: project.meetingsOf(order.number),
    items: project.itemsOf(order.number),
    time: project.timeOf(order.number),
    acceptances: project.acceptancesOf(order.number),
    followUps: project.followUpsOf(order.number),
  };
}

/** The facts as they are after the change set: what the answer shows without reading the sheets again. */
export function applyChanges(
  facts: ProjectFacts,
  changes: ProjectChanges,
  order: Order = facts.order,
): ProjectFacts {
  const merge = <T extends { id: string }>(rows: T[], inserted?: T[], updated?: { after: T }[]) => {
    const byId = new Map((updated ?? []).map((u) => [u.after.id, u.after]));
    return [...rows.map((r) => byId.get(r.id) ?? r), ...(inserted ?? [])];
  };
  const confirmation =
    facts.confirmation && changes.milestoneProgress
      ? {
          ...facts.confirmation,
          milestones: facts.confirmation.milestones.map((m, i) => ({
            ...m,
            progress: changes.milestoneProgress
              ? (changes.milestoneProgress.after[i] ?? null)
              : (m.progress ?? null),
          })),
        }
      : facts.confirmation;
  return {
    ...facts,
    order,
    record: { ...facts.record, order },
    confirmation,
    meetings: merge(facts.meetings, changes.insertMeetings, changes.updateMeetings),
    items: merge(facts.items, changes.insertItems, changes.updateItems),
    time: [...facts.time, ...(changes.insertTime ?? [])],
    acceptances: merge(facts.acceptances, changes.insertAcceptances, changes.updateAcceptances),
    followUps: merge(facts.followUps, changes.insertFollowUps, changes.updateFollowUps),
  };
}

/** From the confirmation until the rework is done: when meetings and time belong to the order. */
export const RUNNING_STAGES: readonly StageKey[] = [
  'confirmed',
  'kickoff',
  'inProgress',
  'acceptance',
  'rework',
];

export function assertRunning(order: Order): void {
  if (!RUNNING_STAGES.includes(order.stage))
    throw new DomainError('err.project.runningStage', { stage: { ref: `stage.${order.stage}` } });
}

/** Minutes, action items and time belong to an order from its confirmation on, while it is open. */
export function assertWorkStage(order: Order): void {
  const beforeConfirmation =
    order.stage === 'inquiry' || order.stage === 'quote' || order.stage === 'ordered';
  if (beforeConfirmation || !isOpenStage(order.stage))
    throw new DomainError('err.project.workStage', { stage: { ref: `stage.${order.stage}` } });
}

/** The log entry of a stage change, as "Change stage" writes it: every stage an order shows is in the log. */
export function stageLog(before: Order, after: Order, lang: Lang): LogEntryDraft[] {
  return before.stage === after.stage
    ? []
    : [
        {
          action: 'changeStage',
          orderNo: before.number,
          oldValue: t(lang, `stage.${before.stage}`),
          newValue: t(lang, `stage.${after.stage}`),
        },
      ];
}
