// Progress over the milestones and the share of time elapsed, both in basis points (10,000 = 100 %).

import { daysBetween, type IsoDate } from '../dates';
import { divRound } from '../decimal';

/** Mean of the milestones' progress (0..100 %, blank = 0), in bp; null when there are no milestones. */
export function overallProgressBp(
  milestones: readonly { date: IsoDate; progress: number | null }[],
): number | null {
  if (milestones.length === 0) return null;
  const sum = milestones.reduce((s, m) => s + Math.min(100, Math.max(0, m.progress ?? 0)), 0);
  return Math.round((sum * 100) / milestones.length);
}

/** How much of the time from start to end has passed by today, clamped to 0..10,000. */
export function elapsedBp(start: IsoDate, end: IsoDate, today: IsoDate): number {
  const span = daysBetween(start, end);
  if (span <= 0) return today >= end ? 10_000 : 0;
  const bp = divRound(daysBetween(start, today) * 10_000, span);
  return Math.min(10_000, Math.max(0, bp));
}
