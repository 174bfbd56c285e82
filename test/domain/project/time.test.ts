import type { DomainErrors } from '../../../src/domain/errors';
import { checkTimeEntry, parseHours, type TimeEntryCheck } from '../../../src/domain/project/time';
import { errorsOf } from '../../mothers/projectMother';

describe('hours as typed', () => {
  it.each([
    ['1,5', 'de', 150],
    ['1.5', 'en', 150],
    ['1:30', 'de', 150],
    ['1:30', 'en', 150],
    ['0:20', 'en', 33],
    ['2', 'de', 200],
    ['0,25', 'de', 25],
    ['7,5 h', 'de', 750],
    ['-1', 'de', -100],
    ['-0:30', 'en', -50],
  ] as const)('%s (%s) is %i centi-hours', (text, lang, hours) => {
    expect(parseHours(text, lang)).toBe(hours);
  });

  it.each([
    ['1,255', 'de'],
    ['1.255', 'en'],
    ['zwei', 'de'],
    ['', 'en'],
    ['1:60', 'en'],
    ['1:5', 'de'],
  ] as const)('"%s" (%s) is not hours: more than 2 decimals or no number', (text, lang) => {
    expect(parseHours(text, lang)).toBeNull();
  });
});

describe('checking a time entry', () => {
  const entry = (values: Partial<TimeEntryCheck> = {}): TimeEntryCheck => ({
    date: '2026-07-02',
    hours: 150,
    person: 'anna@pixelwerk.example',
    service: 'Gestaltung',
    note: '',
    today: '2026-07-02',
    sameDayHours: 0,
    services: ['Konzeption', 'Gestaltung'],
    ...values,
  });

  it('accepts a normal entry; the service is matched ignoring case', () => {
    expect(() => checkTimeEntry(entry({ service: ' gestaltung ' }))).not.toThrow();
  });

  it('refuses negative and zero hours', () => {
    expect(errorsOf(() => checkTimeEntry(entry({ hours: parseHours('-1', 'de') })))).toEqual({
      hours: 'err.project.hoursPositive',
    });
    expect(errorsOf(() => checkTimeEntry(entry({ hours: 0 })))).toEqual({
      hours: 'err.project.hoursPositive',
    });
  });

  it('refuses more than 24 hours in one entry; exactly 24 is allowed', () => {
    expect(errorsOf(() => checkTimeEntry(entry({ hours: 2401 })))).toEqual({ hours: 'err.project.hoursMax' });
    expect(() => checkTimeEntry(entry({ hours: 2400 }))).not.toThrow();
  });

  it('refuses a day over 24 hours in total, naming what is already booked', () => {
    expect(() => checkTimeEntry(entry({ hours: 400, sameDayHours: 2000 }))).not.toThrow();
    try {
      checkTimeEntry(entry({ hours: 401, sameDayHours: 2000 }));
      throw new Error('no error');
    } catch (e) {
      expect((e as DomainErrors).errors[0]).toMatchObject({
        key: 'err.project.dayOver24',
        field: 'hours',
        params: { booked: '20' },
      });
    }
    try {
      checkTimeEntry(entry({ hours: 400, sameDayHours: 2050, lang: 'de' }));
      throw new Error('no error');
    } catch (e) {
      expect((e as DomainErrors).errors[0].params).toEqual({ booked: '20,5' });
    }
  });

  it('refuses a date in the future or missing, and hours that did not parse', () => {
    expect(errorsOf(() => checkTimeEntry(entry({ date: '2026-07-03', hours: null })))).toEqual({
      date: 'err.project.futureDate',
      hours: 'err.project.hours',
    });
    expect(errorsOf(() => checkTimeEntry(entry({ date: null })))).toEqual({ date: 'err.invalidDate' });
  });

  it('needs a person and a rate-card service; the note is at most 500 characters', () => {
    expect(
      errorsOf(() => checkTimeEntry(entry({ person: ' ', service: 'Catering', note: 'x'.repeat(501) }))),
    ).toEqual({ person: 'err.required', service: 'err.project.service', note: 'err.tooLong' });
    expect(errorsOf(() => checkTimeEntry(entry({ service: '' })))).toEqual({ service: 'err.required' });
  });
});
