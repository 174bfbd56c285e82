import type { BudgetUse } from '../../../src/domain/project/budget';
import { type ProjectFacts, projectFigures, RISK_TOLERANCE_BP } from '../../../src/domain/project/deviations';
import { anActionItem } from '../../mothers/projectMother';

const use = (cents: number): BudgetUse => ({ hours: 1000, cents, unpricedHours: 0, byService: [] });

/** Kick-off 1 Jul, deadline 9 Oct (100 days), today 20 Aug: 50 % of the time is gone. */
function facts(values: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    confirmedNetCents: 1_000_000,
    use: use(100_000),
    milestones: [],
    start: '2026-07-01',
    deadline: '2026-10-09',
    items: [],
    today: '2026-08-20',
    finished: false,
    ...values,
  };
}

describe('project figures', () => {
  it('shows hours, budget used, progress and elapsed time', () => {
    expect(
      projectFigures(facts({ milestones: [{ date: '2026-10-09', label: 'Go-live', progress: 60 }] })),
    ).toEqual({
      hours: 1000,
      budgetUsed: 100_000,
      budgetBp: 1000,
      progressBp: 6000,
      elapsedBp: 5000,
      deviations: [],
    });
  });

  it('has no budget share without a confirmed net (or a net of 0), and no elapsed time without kick-off', () => {
    expect(projectFigures(facts({ confirmedNetCents: null })).budgetBp).toBeNull();
    expect(projectFigures(facts({ confirmedNetCents: 0 })).budgetBp).toBeNull();
    expect(projectFigures(facts({ use: null }))).toMatchObject({
      hours: null,
      budgetUsed: null,
      budgetBp: null,
    });
    expect(projectFigures(facts({ start: null })).elapsedBp).toBeNull();
  });
});

describe('budget deviations (80 % warns, over 100 % is exceeded)', () => {
  it.each([
    [800_000, 8000, []],
    [800_100, 8001, ['budget80']],
    [1_000_000, 10_000, ['budget80']],
    [1_000_100, 10_001, ['budget100']],
  ])('used %i of 1,000,000 ct = %i bp -> %j', (cents, bp, deviations) => {
    const f = projectFigures(facts({ use: use(cents) }));
    expect(f.budgetBp).toBe(bp);
    expect(f.deviations).toEqual(deviations);
  });
});

describe('milestone at risk', () => {
  it('a milestone past its date and not at 100 % is at risk; at 100 % it is not', () => {
    expect(
      projectFigures(facts({ milestones: [{ date: '2026-08-19', label: 'Entwurf', progress: 90 }] }))
        .deviations,
    ).toContain('milestoneAtRisk');
    expect(
      projectFigures(facts({ milestones: [{ date: '2026-08-19', label: 'Entwurf', progress: 100 }] }))
        .deviations,
    ).not.toContain('milestoneAtRisk');
  });

  it('a future milestone lagging the time gone towards it by more than the tolerance is at risk', () => {
    // Towards 9 Sep (70 days) 50 are gone: 7,143 bp. 61 % + 10 points = 7,100 lags; 62 % + 10 = 7,200 does not.
    const at = (progress: number) =>
      projectFigures(facts({ milestones: [{ date: '2026-09-09', label: 'Entwurf', progress }] })).deviations;
    expect(at(61)).toContain('milestoneAtRisk');
    expect(at(62)).not.toContain('milestoneAtRisk');
  });

  it('without a kick-off only a passed date puts a milestone at risk', () => {
    const milestones = [{ date: '2026-09-09', label: 'Entwurf', progress: 0 }];
    expect(projectFigures(facts({ start: null, milestones })).deviations).toEqual([]);
  });
});

describe('deadline at risk (progress may lag elapsed time by 10 points)', () => {
  // The milestone lies after the deadline so that only the deadline rule speaks.
  const at = (progress: number, today = '2026-08-20') =>
    projectFigures(facts({ today, milestones: [{ date: '2026-12-31', label: 'Nachlese', progress }] }))
      .deviations;

  it(`at 50 % of the time, ${5000 - RISK_TOLERANCE_BP} bp progress is just enough; one point less is at risk`, () => {
    expect(at(40)).toEqual([]);
    expect(at(39)).toEqual(['deadlineAtRisk']);
  });

  it('a passed deadline is at risk below 100 %, however small the gap', () => {
    expect(at(95, '2026-10-10')).toEqual(['deadlineAtRisk']);
    expect(at(100, '2026-10-10')).toEqual([]);
  });

  it('without milestones only a passed deadline counts: progress is unknown', () => {
    expect(projectFigures(facts()).deviations).toEqual([]);
    expect(projectFigures(facts({ today: '2026-10-10' })).deviations).toEqual(['deadlineAtRisk']);
  });

  it('needs both kick-off and deadline', () => {
    expect(projectFigures(facts({ deadline: null, today: '2027-01-01' })).deviations).toEqual([]);
  });
});

describe('overdue action item', () => {
  it('flags an open action or rework item due before today, not a done one', () => {
    expect(projectFigures(facts({ items: [anActionItem({ due: '2026-08-19' })] })).deviations).toEqual([
      'actionOverdue',
    ]);
    expect(
      projectFigures(facts({ items: [anActionItem({ kind: 'rework', due: '2026-08-19' })] })).deviations,
    ).toEqual(['actionOverdue']);
    expect(
      projectFigures(
        facts({ items: [anActionItem({ due: '2026-08-19', status: 'done', doneOn: '2026-08-19' })] }),
      ).deviations,
    ).toEqual([]);
    expect(projectFigures(facts({ items: [anActionItem({ due: '2026-08-20' })] })).deviations).toEqual([]);
  });
});

describe('a finished project', () => {
  it('has no schedule flags, but keeps the budget and overdue items; deviations in their fixed order', () => {
    const f = projectFigures(
      facts({
        finished: true,
        today: '2026-11-01',
        use: use(1_200_000),
        milestones: [{ date: '2026-09-01', label: 'Entwurf', progress: 50 }],
        items: [anActionItem({ due: '2026-10-01' })],
      }),
    );
    expect(f.deviations).toEqual(['budget100', 'actionOverdue']);
    const open = projectFigures(
      facts({
        today: '2026-11-01',
        use: use(900_000),
        milestones: [{ date: '2026-09-01', label: 'Entwurf', progress: 50 }],
        items: [anActionItem({ due: '2026-10-01' })],
      }),
    );
    expect(open.deviations).toEqual(['budget80', 'milestoneAtRisk', 'deadlineAtRisk', 'actionOverdue']);
  });
});
