// The register's project figures: hours, budget used, progress, time elapsed and the deviations to flag.
import type { IsoDate } from '../dates';
import { divRound } from '../decimal';
import type { Cents } from '../money';
import { isOverdue } from './actionItems';
import type { BudgetUse } from './budget';
import { elapsedBp, overallProgressBp } from './progress';
import { type ActionItem, DEVIATIONS, type Deviation, type OrderProject } from './types';

/**
 * Progress may lag the elapsed time by up to 10 points before it counts as a risk: milestone progress
 * is a rough estimate typed in steps of 10 or 25 %, and creative work moves in jumps (a concept that
 * "clicks" late), so a smaller gap would flag healthy projects and teach people to ignore the flag.
 */
export const RISK_TOLERANCE_BP = 1000;
export const BUDGET_WARN_BP = 8000;
export const BUDGET_FULL_BP = 10_000;

export interface ProjectFacts {
  confirmedNetCents: Cents | null;
  use: BudgetUse | null;
  milestones: readonly { date: IsoDate; label: string; progress: number | null }[];
  /** The kick-off date. */
  start: IsoDate | null;
  deadline: IsoDate | null;
  /** The order's action items. */
  items: readonly ActionItem[];
  today: IsoDate;
  /** Accepted, handed over or later: schedule flags no longer mean anything. */
  finished: boolean;
}

export function projectFigures(
  p: ProjectFacts,
): Pick<OrderProject, 'hours' | 'budgetUsed' | 'budgetBp' | 'progressBp' | 'elapsedBp' | 'deviations'> {
  const net = p.confirmedNetCents;
  const budgetBp = p.use && net !== null && net > 0 ? divRound(p.use.cents * 10_000, net) : null;
  const progressBp = overallProgressBp(p.milestones);
  const elapsed = p.start && p.deadline ? elapsedBp(p.start, p.deadline, p.today) : null;
  const found = new Set<Deviation>();

  if (budgetBp !== null && budgetBp > BUDGET_FULL_BP) found.add('budget100');
  else if (budgetBp !== null && budgetBp > BUDGET_WARN_BP) found.add('budget80');

  if (!p.finished && p.milestones.some((m) => milestoneAtRisk(m, p.start, p.today)))
    found.add('milestoneAtRisk');

  // Without milestones progress is unknown: only a passed deadline says anything then.
  if (!p.finished && p.start && p.deadline && elapsed !== null) {
    const progress = progressBp ?? 0;
    const lagging = progressBp !== null && progressBp + RISK_TOLERANCE_BP < elapsed;
    if (lagging || (p.deadline < p.today && progress < 10_000)) found.add('deadlineAtRisk');
  }

  if (p.items.some((i) => (i.kind === 'action' || i.kind === 'rework') && isOverdue(i, p.today))) {
    found.add('actionOverdue');
  }

  return {
    hours: p.use?.hours ?? null,
    budgetUsed: p.use?.cents ?? null,
    budgetBp,
    progressBp,
    elapsedBp: elapsed,
    deviations: DEVIATIONS.filter((d) => found.has(d)),
  };
}

/** Not done and either past its date, or further behind than the time gone towards it allows. */
function milestoneAtRisk(
  m: { date: IsoDate; progress: number | null },
  start: IsoDate | null,
  today: IsoDate,
): boolean {
  const progressBp = Math.round(Math.min(100, Math.max(0, m.progress ?? 0)) * 100);
  if (progressBp >= 10_000) return false;
  if (m.date < today) return true;
  return start !== null && progressBp + RISK_TOLERANCE_BP < elapsedBp(start, m.date, today);
}
