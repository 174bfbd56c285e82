// Aging of open receivables: days overdue and the buckets an open-items list sums them in.
import type { ReceivablesKey } from '../../shared/i18n/receivables';
import { daysBetween, type IsoDate } from '../dates';
import type { Cents } from '../money';

export const AGING_BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export const AGING_BUCKET_LABELS: Record<AgingBucket, ReceivablesKey> = {
  notDue: 'receivables.aging.notDue',
  d1to30: 'receivables.aging.d1to30',
  d31to60: 'receivables.aging.d31to60',
  d61to90: 'receivables.aging.d61to90',
  over90: 'receivables.aging.over90',
};

/** Days past the due date: 0 on the due date itself, before it, or with no due date; 1 the day after. */
export function daysOverdue(dueDate: IsoDate | null, today: IsoDate): number {
  return dueDate === null ? 0 : Math.max(0, daysBetween(dueDate, today));
}

/** 0 -> notDue, 1-30, 31-60, 61-90, 91 and more -> over90. */
export function agingBucket(daysOverdue: number): AgingBucket {
  if (daysOverdue <= 0) return 'notDue';
  if (daysOverdue <= 30) return 'd1to30';
  if (daysOverdue <= 60) return 'd31to60';
  if (daysOverdue <= 90) return 'd61to90';
  return 'over90';
}

export interface AgingItem {
  openCents: Cents;
  dueDate: IsoDate | null;
}

export interface AgingSummary {
  buckets: { bucket: AgingBucket; count: number; openCents: Cents }[];
  totalCents: Cents;
  count: number;
}

/** Totals and counts per bucket plus the grand total, buckets in AGING_BUCKETS order; items with nothing open are left out. */
export function agingSummary(items: readonly AgingItem[], today: IsoDate): AgingSummary {
  const buckets = AGING_BUCKETS.map((bucket) => ({ bucket, count: 0, openCents: 0 }));
  let totalCents = 0;
  let count = 0;
  for (const item of items) {
    if (item.openCents <= 0) continue;
    const row = buckets[AGING_BUCKETS.indexOf(agingBucket(daysOverdue(item.dueDate, today)))];
    row.count += 1;
    row.openCents += item.openCents;
    totalCents += item.openCents;
    count += 1;
  }
  return { buckets, totalCents, count };
}
