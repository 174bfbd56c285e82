import * as fc from 'fast-check';
import { addDays, daysBetween } from '../../../src/domain/dates';
import { addMonths, occurrences, recurrenceRule } from '../../../src/domain/project/recurrence';
import { JOUR_FIXE_INTERVALS } from '../../../src/domain/project/types';

describe('jour-fixe dates', () => {
  it('weekly: every 7 days from the first date, until inclusive', () => {
    expect(occurrences('2026-07-01', 'weekly', '2026-07-29')).toEqual([
      '2026-07-01',
      '2026-07-08',
      '2026-07-15',
      '2026-07-22',
      '2026-07-29',
    ]);
  });

  it('biweekly: every 14 days, stopping at until even between two meetings', () => {
    expect(occurrences('2026-07-01', 'biweekly', '2026-08-11')).toEqual([
      '2026-07-01',
      '2026-07-15',
      '2026-07-29',
    ]);
    expect(occurrences('2026-07-01', 'biweekly', '2026-08-12')).toHaveLength(4);
  });

  it('monthly on the 31st skips the months without one (RFC 5545), no meeting on 28 Feb', () => {
    expect(occurrences('2027-01-31', 'monthly', '2027-07-31')).toEqual([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
      '2027-07-31',
    ]);
  });

  it('monthly on the 29th meets in February only in a leap year', () => {
    expect(occurrences('2027-01-29', 'monthly', '2027-03-29')).toEqual(['2027-01-29', '2027-03-29']);
    expect(occurrences('2028-01-29', 'monthly', '2028-03-29')).toEqual([
      '2028-01-29',
      '2028-02-29',
      '2028-03-29',
    ]);
  });

  it('monthly crosses the year end', () => {
    expect(occurrences('2026-11-15', 'monthly', '2027-02-14')).toEqual([
      '2026-11-15',
      '2026-12-15',
      '2027-01-15',
    ]);
  });

  it('stops at max, and is empty when until is before the first date', () => {
    expect(occurrences('2026-07-01', 'weekly', '2030-01-01', 3)).toEqual([
      '2026-07-01',
      '2026-07-08',
      '2026-07-15',
    ]);
    expect(occurrences('2026-07-01', 'weekly', '2030-01-01')).toHaveLength(60);
    expect(occurrences('2026-07-01', 'monthly', '2026-06-30')).toEqual([]);
  });

  it('agrees with a day-by-day reading of the RRULE (property)', () => {
    // An independent oracle: walk every day and keep those the rule's FREQ/INTERVAL/BYMONTHDAY select.
    const dates = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(...JOUR_FIXE_INTERVALS),
        (first, span, interval) => {
          const until = addDays(first, span);
          const expected: string[] = [];
          for (let d = first; d <= until; d = addDays(d, 1)) {
            const keep =
              interval === 'monthly'
                ? d.slice(8) === first.slice(8)
                : daysBetween(first, d) % (interval === 'weekly' ? 7 : 14) === 0;
            if (keep) expected.push(d);
          }
          expect(occurrences(first, interval, until, 1000)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the calendar rule', () => {
  it('writes FREQ, INTERVAL and COUNT, so the calendar has exactly the register rows whatever the time zone', () => {
    expect(recurrenceRule('biweekly', 8)).toBe('RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=8');
    expect(recurrenceRule('weekly', 1)).toBe('RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=1');
    expect(recurrenceRule('monthly', 12)).toBe('RRULE:FREQ=MONTHLY;INTERVAL=1;COUNT=12');
  });
});

describe('month arithmetic', () => {
  it('clamps to the last day: 31 Jan + 1 month = 28 Feb, 29 Feb in a leap year', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-06-15', 24)).toBe('2028-06-15');
  });
});
