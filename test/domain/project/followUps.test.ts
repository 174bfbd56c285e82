import {
  dueFollowUps,
  parseFollowUpDays,
  planFollowUps,
  recordFollowUp,
} from '../../../src/domain/project/followUps';
import { aFollowUp, errorsOf } from '../../mothers/projectMother';

describe('follow-up days setting', () => {
  it('reads "30, 90" sorted and unique; blank means none', () => {
    expect(parseFollowUpDays('90, 30;30 7')).toEqual([7, 30, 90]);
    expect(parseFollowUpDays('  ')).toEqual([]);
  });

  it.each(['0', '3651', '30, x', '1.5', '-30'])('refuses "%s"', (text) => {
    expect(parseFollowUpDays(text)).toBeNull();
  });
});

describe('planning follow-ups from the handover', () => {
  it('defaults: 30 and 90 days, and 12 months of warranty', () => {
    expect(planFollowUps('2026-0001', '2026-09-30', [30, 90], 12)).toEqual([
      {
        id: '2026-0001-F1',
        orderNo: '2026-0001',
        due: '2026-10-30',
        kind: 'days',
        offset: 30,
        doneOn: null,
        outcome: '',
        satisfaction: null,
      },
      {
        id: '2026-0001-F2',
        orderNo: '2026-0001',
        due: '2026-12-29',
        kind: 'days',
        offset: 90,
        doneOn: null,
        outcome: '',
        satisfaction: null,
      },
      {
        id: '2026-0001-F3',
        orderNo: '2026-0001',
        due: '2027-09-30',
        kind: 'warranty',
        offset: 12,
        doneOn: null,
        outcome: '',
        satisfaction: null,
      },
    ]);
  });

  it('31 Jan + 1 month is 28 Feb, numbered in date order before the 30-day call', () => {
    expect(planFollowUps('2026-0001', '2026-01-31', [30], 1).map((f) => [f.id, f.due, f.kind])).toEqual([
      ['2026-0001-F1', '2026-02-28', 'warranty'],
      ['2026-0001-F2', '2026-03-02', 'days'],
    ]);
  });

  it('in a leap year 31 Jan + 1 month is 29 Feb, and 29 Feb + 12 months is 28 Feb', () => {
    expect(planFollowUps('X', '2028-01-31', [], 1)[0].due).toBe('2028-02-29');
    expect(planFollowUps('X', '2028-02-29', [], 12)[0].due).toBe('2029-02-28');
  });

  it('no warranty call for 0 months, nothing at all without days', () => {
    expect(planFollowUps('X', '2026-09-30', [30], 0).map((f) => f.kind)).toEqual(['days']);
    expect(planFollowUps('X', '2026-09-30', [], 0)).toEqual([]);
  });
});

describe('recording a follow-up', () => {
  const f = aFollowUp({ due: '2026-10-30' });
  const handedOverOn = '2026-09-30';
  const today = '2026-11-02';

  it('records date, outcome and satisfaction', () => {
    expect(
      recordFollowUp(
        f,
        { date: '02.11.2026', outcome: ' Alles gut ', satisfaction: '5' },
        handedOverOn,
        today,
      ),
    ).toEqual({
      ...f,
      doneOn: '2026-11-02',
      outcome: 'Alles gut',
      satisfaction: 5,
    });
  });

  it('refuses a follow-up before the handover', () => {
    expect(
      errorsOf(() =>
        recordFollowUp(f, { date: '2026-09-29', outcome: 'ok', satisfaction: '4' }, handedOverOn, today),
      ),
    ).toEqual({ date: 'err.project.followUpBeforeHandover' });
    expect(
      recordFollowUp(f, { date: handedOverOn, outcome: 'ok', satisfaction: '4' }, handedOverOn, today).doneOn,
    ).toBe(handedOverOn);
  });

  it('names every problem: future date, satisfaction outside 1..5, no outcome', () => {
    expect(
      errorsOf(() =>
        recordFollowUp(f, { date: '2026-11-03', outcome: ' ', satisfaction: '6' }, handedOverOn, today),
      ),
    ).toEqual({
      date: 'err.project.futureDate',
      satisfaction: 'err.project.satisfaction',
      outcome: 'err.required',
    });
    expect(
      errorsOf(() =>
        recordFollowUp(f, { date: 'x', outcome: 'o'.repeat(2001), satisfaction: '' }, handedOverOn, today),
      ),
    ).toEqual({ date: 'err.invalidDate', satisfaction: 'err.project.satisfaction', outcome: 'err.tooLong' });
  });

  it('records a follow-up only once', () => {
    const done = { ...f, doneOn: '2026-11-01', outcome: 'ok', satisfaction: 4 };
    expect(
      errorsOf(() =>
        recordFollowUp(done, { date: today, outcome: 'ok', satisfaction: '4' }, handedOverOn, today),
      ),
    ).toEqual({ '': 'err.project.followUpDone' });
  });
});

describe('due follow-ups', () => {
  it('lists calls not made that are due within a week (overdue too), earliest first', () => {
    const list = [
      aFollowUp({ id: 'later', due: '2026-11-10' }),
      aFollowUp({ id: 'edge', due: '2026-11-09' }),
      aFollowUp({ id: 'overdue', due: '2026-10-01' }),
      aFollowUp({ id: 'done', due: '2026-10-02', doneOn: '2026-10-02' }),
    ];
    expect(dueFollowUps(list, '2026-11-02').map((f) => f.id)).toEqual(['overdue', 'edge']);
    expect(dueFollowUps(list, '2026-11-02', 0).map((f) => f.id)).toEqual(['overdue']);
  });
});
