// Dunning levels (reminder, first and second dunning letter): their settings and which one is due next.
import type { MessageKey } from '../../shared/i18n';
import { addDays, type IsoDate } from '../dates';
import type { Cents } from '../money';

export const DUNNING_LEVELS = ['reminder', 'first', 'second'] as const;
export type DunningLevel = (typeof DUNNING_LEVELS)[number];

export interface LevelConfig {
  /** days after the previous step's deadline (for the reminder: after the due date) before this level is due */
  waitDays: number;
  feeCents: Cents;
}

export interface DunningConfig {
  levels: Record<DunningLevel, LevelConfig>;
  /** days the letter gives the client to pay */
  deadlineDays: number;
}

/** Reminder 7 days after the due date without fee; then 14 days after each deadline, 2.50 € and 5.00 €. */
export const DEFAULT_DUNNING: DunningConfig = {
  levels: {
    reminder: { waitDays: 7, feeCents: 0 },
    first: { waitDays: 14, feeCents: 250 },
    second: { waitDays: 14, feeCents: 500 },
  },
  deadlineDays: 10,
};

export interface SentStep {
  level: DunningLevel;
  date: IsoDate;
  deadline: IsoDate;
  lumpSumClaimed: boolean;
}

/** The level's name, e.g. „1. Mahnung“. */
export function levelNameKey(level: DunningLevel): MessageKey {
  return `dunning.level.${level}`;
}

/**
 * Which level is due next and from when: the level after the highest one sent, due `waitDays` after
 * that step's deadline (the reminder: after the due date). `isDue` tells whether `today` has reached
 * it; a step that is not due yet is still returned, so the caller can show when it will be. Null only
 * when every level has been sent. Blocks per order (dispute, acceptance open, "call first") are the
 * caller's: it does not ask, or does not send, while an order is blocked.
 */
export function nextDunningStep(input: {
  dueDate: IsoDate;
  sent: readonly SentStep[];
  config: DunningConfig;
  today: IsoDate;
}): { level: DunningLevel; dueFrom: IsoDate; isDue: boolean } | null {
  const { dueDate, sent, config, today } = input;
  let last: SentStep | null = null;
  for (const step of sent) {
    const rank = DUNNING_LEVELS.indexOf(step.level);
    const lastRank = last === null ? -1 : DUNNING_LEVELS.indexOf(last.level);
    if (rank > lastRank || (rank === lastRank && last !== null && step.date > last.date)) last = step;
  }
  const nextRank = last === null ? 0 : DUNNING_LEVELS.indexOf(last.level) + 1;
  if (nextRank >= DUNNING_LEVELS.length) return null;
  const level = DUNNING_LEVELS[nextRank];
  const dueFrom = addDays(last === null ? dueDate : last.deadline, config.levels[level].waitDays);
  return { level, dueFrom, isDue: today >= dueFrom };
}
