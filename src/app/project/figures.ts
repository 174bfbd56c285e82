// The order's project figures: confirmed net, budget used, progress and deviations, and the billable overrun.
import type { Order } from '../../domain/order';
import { budgetUse } from '../../domain/project/budget';
import { overrunPositions } from '../../domain/project/changeRequest';
import { projectFigures } from '../../domain/project/deviations';
import type { ActionItem, OrderProject, TimeEntry } from '../../domain/project/types';
import type { Confirmation } from '../../domain/quote/confirmation';
import { currentQuote } from '../../domain/quote/quote';
import { computeTotals } from '../../domain/quote/totals';
import type { Settings } from '../../domain/settings';
import { MAIN_PATH, type StageKey } from '../../domain/stages';
import type { RegisterReader } from '../ports';
import type { ProjectFacts } from './context';

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
