// What every project use case reads about one order: the order, its confirmation, client and project records.
import type { Client } from '../../domain/client';
import { findClientByName } from '../../domain/client';
import { DomainError } from '../../domain/errors';
import type { LogEntryDraft } from '../../domain/log';
import type { Order } from '../../domain/order';
import { budgetUse } from '../../domain/project/budget';
import { overrunPositions } from '../../domain/project/changeRequest';
import { projectFigures } from '../../domain/project/deviations';
import type {
  Acceptance,
  ActionItem,
  FollowUp,
  Meeting,
  OrderProject,
  TimeEntry,
} from '../../domain/project/types';
import type { Confirmation } from '../../domain/quote/confirmation';
import { currentQuote } from '../../domain/quote/quote';
import { computeTotals } from '../../domain/quote/totals';
import type { Settings } from '../../domain/settings';
import { isOpenStage, MAIN_PATH, type StageKey } from '../../domain/stages';
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

/** Accepted or further along: milestones and the deadline no longer count as at risk. */
export function isFinished(stage: StageKey): boolean {
  const index = MAIN_PATH.indexOf(stage as (typeof MAIN_PATH)[number]);
  return stage === 'closed' || (index >= MAIN_PATH.indexOf('handedOver') && index >= 0);
}

export function confirmedNet(confirmation: Confirmation | null, settings: Settings): number | null {
  if (!confirmation) return null;
  return computeTotals(confirmation.positions, { discountBp: 0, vatMode: settings.vat.mode })
    .netAfterDiscount;
}

/** The order's figure columns from its records: budget used, progress, time elapsed, deviations. */
export function figuresOf(
  p: {
    order: Order;
    confirmedNetCents: number | null;
    confirmationDate: string | null;
    deadline: string | null;
    milestones: readonly { date: string; label: string; progress?: number | null }[];
    time: readonly TimeEntry[];
    items: readonly ActionItem[];
  },
  rateCard: Parameters<typeof budgetUse>[1],
  settings: Settings,
  today: string,
): OrderProject {
  const use = p.time.length > 0 ? budgetUse(p.time, rateCard, settings.project.hoursPerDay) : null;
  const figures = projectFigures({
    confirmedNetCents: p.confirmedNetCents,
    use,
    milestones: p.milestones.map((m) => ({ date: m.date, label: m.label, progress: m.progress ?? null })),
    start: p.order.project.kickoffOn ?? p.confirmationDate,
    deadline: p.deadline,
    items: p.items,
    today,
    finished: isFinished(p.order.stage) || p.order.project.acceptedOn !== null,
  });
  return { ...p.order.project, ...figures };
}

/** The order with its figures recomputed from the facts (after a change). */
export function withFigures(facts: ProjectFacts, reader: RegisterReader, today: string): Order {
  const project = figuresOf(
    {
      order: facts.order,
      confirmedNetCents: confirmedNet(facts.confirmation, facts.settings),
      confirmationDate: facts.confirmation?.date ?? null,
      deadline: facts.confirmation?.deadline ?? facts.order.deadline,
      milestones: facts.confirmation?.milestones ?? [],
      time: facts.time,
      items: facts.items,
    },
    reader.rateCard(),
    facts.settings,
    today,
  );
  return { ...facts.order, project };
}

/**
 * Runs a use case whose outside effects (a calendar event, a document) must not outlive a register write that
 * failed: each effect registers its undo, and they run in reverse if the work or the commit throws.
 */
export function undoOnFailure<T>(work: (onFailure: (undo: () => void) => void) => T): T {
  const undos: (() => void)[] = [];
  try {
    return work((undo) => undos.push(undo));
  } catch (error) {
    for (const undo of undos.reverse()) {
      try {
        undo();
      } catch {
        /* best effort: the original error is what the user must see */
      }
    }
    throw error;
  }
}

/**
 * The billable hours beyond what the client agreed to pay: the confirmed positions plus what earlier change
 * requests quoted (unless the client declined them), so a second change request does not quote the first one's
 * hours again.
 */
export function overrunOf(
  facts: ProjectFacts,
  reader: RegisterReader,
  describe: (service: string, hours: string) => string,
) {
  if (!facts.confirmation) return [];
  const agreed = [...facts.confirmation.positions];
  for (const { order } of reader.orders()) {
    if (order.project.parentOrder !== facts.order.number) continue;
    const quote = currentQuote(reader.quotesOf(order.number), order.number);
    if (quote && quote.status !== 'declined') agreed.push(...quote.positions);
  }
  const card = reader.rateCard();
  const hoursPerDay = facts.settings.project.hoursPerDay;
  return overrunPositions(budgetUse(facts.time, card, hoursPerDay), agreed, card, hoursPerDay, describe);
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
