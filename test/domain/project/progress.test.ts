import { elapsedBp, overallProgressBp } from '../../../src/domain/project/progress';

describe('progress over the milestones', () => {
  it('is the mean of the milestones in basis points; blank counts as 0', () => {
    expect(
      overallProgressBp([
        { date: '2026-07-15', progress: 100 },
        { date: '2026-08-15', progress: 50 },
        { date: '2026-09-15', progress: null },
      ]),
    ).toBe(5000);
    expect(overallProgressBp([{ date: '2026-07-15', progress: 33.3 }])).toBe(3330);
  });

  it('is unknown without milestones', () => {
    expect(overallProgressBp([])).toBeNull();
  });
});

describe('time elapsed', () => {
  it('is the share of days from start to end gone by today', () => {
    expect(elapsedBp('2026-07-01', '2026-07-11', '2026-07-06')).toBe(5000);
    expect(elapsedBp('2026-07-01', '2026-07-04', '2026-07-02')).toBe(3333);
  });

  it('is clamped to 0..10,000', () => {
    expect(elapsedBp('2026-07-01', '2026-07-11', '2026-06-01')).toBe(0);
    expect(elapsedBp('2026-07-01', '2026-07-11', '2026-08-01')).toBe(10_000);
  });

  it('with an end on or before the start: all gone once the end is reached, else nothing', () => {
    expect(elapsedBp('2026-07-11', '2026-07-01', '2026-07-01')).toBe(10_000);
    expect(elapsedBp('2026-07-11', '2026-07-01', '2026-06-30')).toBe(0);
    expect(elapsedBp('2026-07-01', '2026-07-01', '2026-07-01')).toBe(10_000);
  });
});
