import { type DefaultInput, defaultStart } from '../../../src/domain/dunning/defaultStart';

const business: DefaultInput = {
  clientKind: 'business',
  received: '2025-05-16',
  agreedDueDate: null,
  consumerNotified: false,
  firstReminderDeadline: null,
  state: null,
};

describe('defaultStart (rule 25)', () => {
  it('E3: received Friday 2025-05-16, the 30th day Sunday 2025-06-15 moves to Monday: default from Tuesday 2025-06-17', () => {
    expect(defaultStart(business)).toBe('2025-06-17');
  });

  it('E3: with the agreed date 2025-06-30 the default starts 2025-07-01', () => {
    expect(defaultStart({ ...business, agreedDueDate: '2025-06-30' })).toBe('2025-07-01');
  });

  it('moves the 30th day over Easter: Karfreitag 2026-04-03 -> Tuesday 2026-04-07, default 2026-04-08', () => {
    expect(defaultStart({ ...business, received: '2026-03-04' })).toBe('2026-04-08');
  });

  it('moves the 30th day over Christmas: 2025-12-25 -> Monday 2025-12-29, default 2025-12-30', () => {
    expect(defaultStart({ ...business, received: '2025-11-25' })).toBe('2025-12-30');
  });

  it('the 30th day on a working day is not moved', () => {
    // 2025-05-20 + 30 = Thursday 2025-06-19
    expect(defaultStart({ ...business, received: '2025-05-20' })).toBe('2025-06-20');
  });

  it('a state holiday counts only in its state: Fronleichnam 2026-06-04 in NW but not in HH', () => {
    expect(defaultStart({ ...business, received: '2026-05-05', state: 'NW' })).toBe('2026-06-06');
    expect(defaultStart({ ...business, received: '2026-05-05', state: 'HH' })).toBe('2026-06-05');
  });

  it('an agreed date on a Saturday moves to Monday (§ 193 BGB)', () => {
    expect(defaultStart({ ...business, agreedDueDate: '2025-06-28' })).toBe('2025-07-01');
  });

  it('a reminder whose deadline passes before the 30 days brings the default earlier', () => {
    expect(defaultStart({ ...business, firstReminderDeadline: '2025-06-05' })).toBe('2025-06-06');
    expect(defaultStart({ ...business, firstReminderDeadline: '2025-06-20' })).toBe('2025-06-17');
  });

  it('with an agreed date a reminder cannot bring the default earlier', () => {
    expect(
      defaultStart({ ...business, agreedDueDate: '2025-06-30', firstReminderDeadline: '2025-06-10' }),
    ).toBe('2025-07-01');
  });

  describe('consumers', () => {
    const consumer: DefaultInput = { ...business, clientKind: 'consumer' };

    it('without notice and without reminder: not determinable', () => {
      expect(defaultStart(consumer)).toBeNull();
    });

    it('told on the invoice: like a business client after 30 days', () => {
      expect(defaultStart({ ...consumer, consumerNotified: true })).toBe('2025-06-17');
    });

    it('after a reminder: the day after its deadline, moved off a weekend', () => {
      expect(defaultStart({ ...consumer, firstReminderDeadline: '2025-06-20' })).toBe('2025-06-21');
      expect(defaultStart({ ...consumer, firstReminderDeadline: '2025-06-21' })).toBe('2025-06-24');
    });

    it('an agreed calendar date puts a consumer in default too (§ 286 Abs. 2 Nr. 1 BGB)', () => {
      expect(defaultStart({ ...consumer, agreedDueDate: '2025-06-30' })).toBe('2025-07-01');
    });
  });
});
