import { addDays } from '../../../src/domain/dates';
import { AGING_BUCKETS, agingBucket, agingSummary, daysOverdue } from '../../../src/domain/receivables/aging';

const today = '2025-12-31';

describe('daysOverdue', () => {
  it('is 0 on the due date, before it and without a due date; 1 the day after', () => {
    expect(daysOverdue(today, today)).toBe(0);
    expect(daysOverdue('2026-01-15', today)).toBe(0);
    expect(daysOverdue(null, today)).toBe(0);
    expect(daysOverdue('2025-12-30', today)).toBe(1);
    expect(daysOverdue('2024-12-31', today)).toBe(365);
    expect(daysOverdue('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('agingBucket', () => {
  it.each([
    [-5, 'notDue'],
    [0, 'notDue'],
    [1, 'd1to30'],
    [30, 'd1to30'],
    [31, 'd31to60'],
    [60, 'd31to60'],
    [61, 'd61to90'],
    [90, 'd61to90'],
    [91, 'over90'],
    [1000, 'over90'],
  ])('%i days -> %s', (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });
});

describe('agingSummary', () => {
  const due = (days: number) => addDays(today, -days);

  it('sums and counts per bucket in AGING_BUCKETS order, with the grand total', () => {
    const summary = agingSummary(
      [
        { openCents: 100, dueDate: null },
        { openCents: 200, dueDate: due(0) },
        { openCents: 300, dueDate: due(1) },
        { openCents: 400, dueDate: due(30) },
        { openCents: 500, dueDate: due(31) },
        { openCents: 600, dueDate: due(60) },
        { openCents: 700, dueDate: due(61) },
        { openCents: 800, dueDate: due(90) },
        { openCents: 900, dueDate: due(91) },
      ],
      today,
    );
    expect(summary.buckets).toEqual([
      { bucket: 'notDue', count: 2, openCents: 300 },
      { bucket: 'd1to30', count: 2, openCents: 700 },
      { bucket: 'd31to60', count: 2, openCents: 1_100 },
      { bucket: 'd61to90', count: 2, openCents: 1_500 },
      { bucket: 'over90', count: 1, openCents: 900 },
    ]);
    expect(summary.totalCents).toBe(4_500);
    expect(summary.count).toBe(9);
  });

  it('lists every bucket even when empty, and leaves out items with nothing open', () => {
    const summary = agingSummary([{ openCents: 0, dueDate: due(100) }], today);
    expect(summary.buckets.map((b) => b.bucket)).toEqual([...AGING_BUCKETS]);
    expect(summary.buckets.every((b) => b.count === 0 && b.openCents === 0)).toBe(true);
    expect(summary).toMatchObject({ totalCents: 0, count: 0 });
  });
});
