import type { DomainErrors } from '../../../src/domain/errors';
import {
  MAX_OCCURRENCES,
  parseInterval,
  parseJourFixeInput,
  parseMeetingInput,
} from '../../../src/domain/project/meetingInput';
import { occurrences } from '../../../src/domain/project/recurrence';
import { aMeetingForm, errorsOf } from '../../mothers/projectMother';

const today = '2026-06-15';

describe('meeting input', () => {
  it('reads a kick-off as typed: 9:30 becomes 09:30, guests split and de-duplicated', () => {
    const m = parseMeetingInput(
      aMeetingForm({
        date: '1.7.26',
        start: '9:30',
        durationMin: ' 90 ',
        place: '  Studio  ',
        guests:
          'erika@sonnenschein.example; Tom@Sonnenschein.example,\n tom@sonnenschein.example  ERIKA@sonnenschein.example',
      }),
      today,
    );
    expect(m).toEqual({
      date: '2026-07-01',
      start: '09:30',
      durationMin: 90,
      place: 'Studio',
      guests: ['erika@sonnenschein.example', 'Tom@Sonnenschein.example'],
    });
  });

  it('refuses a kick-off in the past; today is fine', () => {
    expect(errorsOf(() => parseMeetingInput(aMeetingForm({ date: '2026-06-14' }), today))).toEqual({
      date: 'err.project.pastDate',
    });
    expect(parseMeetingInput(aMeetingForm({ date: '15.06.2026' }), today).date).toBe(today);
  });

  it('names every bad field at once', () => {
    const errors = errorsOf(() =>
      parseMeetingInput(
        {
          date: '31.02.2026',
          start: '24:00',
          durationMin: '14',
          place: 'x'.repeat(501),
          guests: 'erika@, tom@ok.example',
        },
        today,
      ),
    );
    expect(errors).toEqual({
      date: 'err.invalidDate',
      start: 'err.project.time',
      durationMin: 'err.project.duration',
      place: 'err.tooLong',
      guests: 'err.project.guest',
    });
  });

  it('a blank date asks to fill it in', () => {
    expect(errorsOf(() => parseMeetingInput(aMeetingForm({ date: ' ' }), today))).toEqual({
      date: 'err.required',
    });
  });

  it.each(['9:60', '930', '9.30', '', '-1:00', '123:00'])('refuses the time "%s"', (start) => {
    expect(errorsOf(() => parseMeetingInput(aMeetingForm({ start }), today))).toEqual({
      start: 'err.project.time',
    });
  });

  it('takes 00:00 and 23:59', () => {
    expect(parseMeetingInput(aMeetingForm({ start: '0:00' }), today).start).toBe('00:00');
    expect(parseMeetingInput(aMeetingForm({ start: '23:59' }), today).start).toBe('23:59');
  });

  it('duration: whole minutes from 15 to 600', () => {
    expect(parseMeetingInput(aMeetingForm({ durationMin: '15' }), today).durationMin).toBe(15);
    expect(parseMeetingInput(aMeetingForm({ durationMin: '600' }), today).durationMin).toBe(600);
    for (const durationMin of ['601', '0', '1.5', '-30', '']) {
      expect(errorsOf(() => parseMeetingInput(aMeetingForm({ durationMin }), today))).toEqual({
        durationMin: 'err.project.duration',
      });
    }
  });

  it('names the bad guest address, and allows at most 50 guests', () => {
    try {
      parseMeetingInput(aMeetingForm({ guests: 'ok@a.example, kein-mail' }), today);
      throw new Error('no error');
    } catch (e) {
      expect((e as DomainErrors).errors[0].params).toEqual({ email: 'kein-mail' });
    }
    const many = Array.from({ length: 51 }, (_, i) => `g${i}@a.example`).join(', ');
    expect(errorsOf(() => parseMeetingInput(aMeetingForm({ guests: many }), today))).toEqual({
      guests: 'err.project.tooManyGuests',
    });
    expect(parseMeetingInput(aMeetingForm({ guests: '' }), today).guests).toEqual([]);
  });
});

describe('jour-fixe input', () => {
  const form = (values: Partial<{ interval: string; until: string; date: string }> = {}) => ({
    ...aMeetingForm({ date: '2026-07-01' }),
    interval: 'biweekly',
    until: '2026-08-12',
    ...values,
  });

  it('reads a series and its dates', () => {
    const j = parseJourFixeInput(form(), today, null);
    expect(j.interval).toBe('biweekly');
    expect(j.until).toBe('2026-08-12');
    expect(j.dates).toEqual(['2026-07-01', '2026-07-15', '2026-07-29', '2026-08-12']);
  });

  it('refuses a jour-fixe interval of 0, negative ones and unknown words', () => {
    for (const interval of ['0', '-1', '3', 'daily', '']) {
      expect(errorsOf(() => parseJourFixeInput(form({ interval }), today, null))).toEqual({
        interval: 'err.project.interval',
      });
    }
  });

  it('reads "every N weeks": 1 is weekly, 2 biweekly; the keys pass as they are', () => {
    expect(parseInterval('1')).toBe('weekly');
    expect(parseInterval(' 2 ')).toBe('biweekly');
    expect(parseInterval('monthly')).toBe('monthly');
    expect(parseInterval('0')).toBeNull();
  });

  it('without until runs to the deadline, without a deadline three months', () => {
    expect(parseJourFixeInput(form({ until: '' }), today, '2026-07-20').until).toBe('2026-07-20');
    expect(parseJourFixeInput(form({ until: '', interval: 'monthly' }), today, null).dates).toEqual([
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
    ]);
  });

  it('refuses an end before the first meeting, one over two years out, and a bad date', () => {
    expect(errorsOf(() => parseJourFixeInput(form({ until: '2026-06-30' }), today, null))).toEqual({
      until: 'err.project.untilBeforeStart',
    });
    expect(
      errorsOf(() => parseJourFixeInput(form({ until: '2028-07-02', interval: 'monthly' }), today, null)),
    ).toEqual({
      until: 'err.project.untilTooFar',
    });
    expect(
      parseJourFixeInput(form({ until: '2028-07-01', interval: 'monthly' }), today, null).dates,
    ).toHaveLength(25);
    expect(errorsOf(() => parseJourFixeInput(form({ until: 'bald' }), today, null))).toEqual({
      until: 'err.invalidDate',
    });
  });

  it('a passed deadline as the default end is refused on until', () => {
    expect(errorsOf(() => parseJourFixeInput(form({ until: '' }), today, '2026-06-20'))).toEqual({
      until: 'err.project.untilBeforeStart',
    });
  });

  it('reports the meeting fields and the series fields together', () => {
    expect(
      errorsOf(() => parseJourFixeInput(form({ date: '2026-06-01', interval: '0' }), today, null)),
    ).toEqual({
      date: 'err.project.pastDate',
      interval: 'err.project.interval',
    });
  });

  it('a series capped at 60 meetings ends on the 60th, so the calendar rule yields the same dates', () => {
    const j = parseJourFixeInput(form({ interval: 'weekly', until: '2028-06-30' }), today, null);
    expect(j.dates).toHaveLength(MAX_OCCURRENCES);
    expect(j.until).toBe(j.dates[MAX_OCCURRENCES - 1]);
    // The calendar expands the rule without a cap; the sheet must get the same dates.
    expect(occurrences(j.date, j.interval, j.until, 10_000)).toEqual(j.dates);
  });
});
