import {
  DEFAULT_DUNNING,
  DUNNING_LEVELS,
  levelNameKey,
  nextDunningStep,
  type SentStep,
} from '../../../src/domain/dunning/levels';
import { t } from '../../../src/shared/i18n';

const dueDate = '2025-06-16';
const reminder: SentStep = {
  level: 'reminder',
  date: '2025-06-23',
  deadline: '2025-07-03',
  lumpSumClaimed: false,
};
const first: SentStep = { level: 'first', date: '2025-07-17', deadline: '2025-07-28', lumpSumClaimed: true };
const second: SentStep = {
  level: 'second',
  date: '2025-08-11',
  deadline: '2025-08-21',
  lumpSumClaimed: false,
};

describe('nextDunningStep (rule 28)', () => {
  it('the reminder is due 7 days after the due date; not yet before', () => {
    const step = { dueDate, sent: [], config: DEFAULT_DUNNING };
    expect(nextDunningStep({ ...step, today: '2025-06-20' })).toEqual({
      level: 'reminder',
      dueFrom: '2025-06-23',
      isDue: false,
    });
    expect(nextDunningStep({ ...step, today: '2025-06-23' })).toEqual({
      level: 'reminder',
      dueFrom: '2025-06-23',
      isDue: true,
    });
  });

  it('each next level is due 14 days after the previous deadline', () => {
    expect(
      nextDunningStep({ dueDate, sent: [reminder], config: DEFAULT_DUNNING, today: '2025-07-16' }),
    ).toEqual({
      level: 'first',
      dueFrom: '2025-07-17',
      isDue: false,
    });
    expect(
      nextDunningStep({ dueDate, sent: [first, reminder], config: DEFAULT_DUNNING, today: '2025-08-11' }),
    ).toEqual({ level: 'second', dueFrom: '2025-08-11', isDue: true });
  });

  it('nothing after the second dunning letter', () => {
    expect(
      nextDunningStep({
        dueDate,
        sent: [reminder, first, second],
        config: DEFAULT_DUNNING,
        today: '2026-01-01',
      }),
    ).toBeNull();
  });

  it('follows the highest level sent, even when the reminder was skipped', () => {
    expect(
      nextDunningStep({ dueDate, sent: [first], config: DEFAULT_DUNNING, today: '2025-08-01' }),
    ).toMatchObject({
      level: 'second',
      dueFrom: '2025-08-11',
    });
  });

  it('uses the configured waiting days', () => {
    const config = {
      ...DEFAULT_DUNNING,
      levels: { ...DEFAULT_DUNNING.levels, reminder: { waitDays: 0, feeCents: 0 } },
    };
    expect(nextDunningStep({ dueDate, sent: [], config, today: dueDate })).toEqual({
      level: 'reminder',
      dueFrom: dueDate,
      isDue: true,
    });
  });

  it('has a name for each level', () => {
    expect(DUNNING_LEVELS.map((level) => t('de', levelNameKey(level)))).toEqual([
      'Zahlungserinnerung',
      '1. Mahnung',
      '2. Mahnung',
    ]);
  });
});
