import { DomainError } from '../../src/domain/errors';
import { allowedMoves, checkMove, isOpenStage, MAIN_PATH, STAGES } from '../../src/domain/stages';

describe('stages', () => {
  it('walks the main path one step at a time', () => {
    for (let i = 0; i < MAIN_PATH.length - 1; i++) {
      const moves = allowedMoves({ stage: MAIN_PATH[i], stageBeforeHold: null });
      if (MAIN_PATH[i] !== 'acceptance') expect(moves[0]).toBe(MAIN_PATH[i + 1]);
    }
  });

  it('cannot skip a stage', () => {
    expect(() =>
      checkMove({ facts: { stage: 'inquiry', stageBeforeHold: null }, target: 'ordered', reason: '' }),
    ).toThrow(DomainError);
  });

  it('loops acceptance -> rework -> acceptance', () => {
    expect(allowedMoves({ stage: 'acceptance', stageBeforeHold: null })).toEqual(
      expect.arrayContaining(['handedOver', 'rework']),
    );
    expect(allowedMoves({ stage: 'rework', stageBeforeHold: null })[0]).toBe('acceptance');
  });

  it('loses before the go and cancels after it', () => {
    expect(allowedMoves({ stage: 'quote', stageBeforeHold: null })).toContain('lost');
    expect(allowedMoves({ stage: 'quote', stageBeforeHold: null })).not.toContain('cancelled');
    expect(allowedMoves({ stage: 'inProgress', stageBeforeHold: null })).toContain('cancelled');
    expect(allowedMoves({ stage: 'inProgress', stageBeforeHold: null })).not.toContain('lost');
  });

  it('returns from hold to the stage it left', () => {
    expect(allowedMoves({ stage: 'onHold', stageBeforeHold: 'kickoff' })[0]).toBe('kickoff');
  });

  it('offers nothing from final stages', () => {
    for (const stage of ['closed', 'lost', 'cancelled'] as const) {
      expect(allowedMoves({ stage, stageBeforeHold: null })).toEqual([]);
      expect(isOpenStage(stage)).toBe(false);
    }
  });

  it('requires a reason to lose, cancel or hold an order, naming the field', () => {
    for (const target of ['lost', 'onHold'] as const) {
      try {
        checkMove({ facts: { stage: 'inquiry', stageBeforeHold: null }, target, reason: '   ' });
        throw new Error('no error');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).field).toBe('reason');
      }
    }
    expect(
      checkMove({ facts: { stage: 'inquiry', stageBeforeHold: null }, target: 'lost', reason: 'Budget' }),
    ).toBe('lost');
  });

  it('runs extra gates that later features add', () => {
    const gate = () => new DomainError('err.invalid', {}, 'x');
    expect(() =>
      checkMove({ facts: { stage: 'inquiry', stageBeforeHold: null }, target: 'quote', reason: '' }, [gate]),
    ).toThrow(DomainError);
  });

  it('every stage is reachable from inquiry', () => {
    const seen = new Set<string>(['inquiry']);
    const queue: (typeof STAGES)[number][] = ['inquiry'];
    while (queue.length) {
      const stage = queue.shift() as (typeof STAGES)[number];
      const back = stage === 'onHold' ? 'quote' : null;
      for (const next of allowedMoves({ stage, stageBeforeHold: back })) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...STAGES].sort());
  });
});
