import { DomainError } from '../../../src/domain/errors';
import { type ProjectGateFacts, projectGate } from '../../../src/domain/project/gates';
import { handoverItemId } from '../../../src/domain/project/handover';
import { HANDOVER_ITEMS } from '../../../src/domain/project/types';
import { checkMove, type StageKey } from '../../../src/domain/stages';
import { aFollowUp, aMeeting, anAcceptance, anActionItem } from '../../mothers/projectMother';

const orderNo = '2026-0001';
const today = '2026-08-10';

function facts(values: Partial<ProjectGateFacts> = {}): ProjectGateFacts {
  return { orderNo, meetings: [], acceptances: [], items: [], followUps: [], today, ...values };
}

/** The gate's verdict on a move to `target`: null, or the failure's key (with field 'target'). */
function verdict(target: StageKey, values: Partial<ProjectGateFacts> = {}): string | null {
  const failure = projectGate(facts(values))({
    facts: { stage: 'confirmed', stageBeforeHold: null },
    target,
    reason: '',
  });
  if (failure) expect(failure.field).toBe('target');
  return failure?.key ?? null;
}

describe('project gates', () => {
  it('kick-off: needs a kick-off meeting of this order', () => {
    expect(verdict('kickoff')).toBe('err.gate.kickoff');
    expect(verdict('kickoff', { meetings: [aMeeting({ orderNo: '2026-0002' })] })).toBe('err.gate.kickoff');
    expect(verdict('kickoff', { meetings: [aMeeting({ kind: 'jourFixe', interval: 'weekly' })] })).toBe(
      'err.gate.kickoff',
    );
    expect(verdict('kickoff', { meetings: [aMeeting({ date: '2026-09-01' })] })).toBeNull();
  });

  it('in progress: the kick-off has taken place (today counts), naming its date otherwise', () => {
    expect(verdict('inProgress', { meetings: [aMeeting({ date: today })] })).toBeNull();
    expect(verdict('inProgress', { meetings: [aMeeting({ date: '2026-08-11' })] })).toBe(
      'err.gate.kickoffHeld',
    );
    const failure = projectGate(facts({ meetings: [aMeeting({ date: '2026-08-11' })] }))({
      facts: { stage: 'kickoff', stageBeforeHold: null },
      target: 'inProgress',
      reason: '',
    });
    expect(failure?.params).toEqual({ date: '2026-08-11' });
    expect(verdict('inProgress')).toBe('err.gate.kickoff');
  });

  it('acceptance: an acceptance is requested and pending', () => {
    expect(verdict('acceptance')).toBe('err.gate.acceptanceRequested');
    expect(verdict('acceptance', { acceptances: [anAcceptance({ result: 'defects' })] })).toBe(
      'err.gate.acceptanceRequested',
    );
    expect(verdict('acceptance', { acceptances: [anAcceptance()] })).toBeNull();
  });

  it('rework: the latest round found defects', () => {
    expect(verdict('rework')).toBe('err.gate.defects');
    expect(
      verdict('rework', {
        acceptances: [
          anAcceptance({ round: 1, result: 'defects' }),
          anAcceptance({ round: 2, result: 'accepted' }),
        ],
      }),
    ).toBe('err.gate.defects');
    expect(verdict('rework', { acceptances: [anAcceptance({ result: 'defects' })] })).toBeNull();
  });

  it('handed over: accepted and the checklist complete, the failure on the target field', () => {
    const ticked = HANDOVER_ITEMS.map((i) =>
      anActionItem({ id: handoverItemId(orderNo, i), kind: 'handover', status: 'done', doneOn: today }),
    );
    const accepted = [anAcceptance({ result: 'accepted' })];
    expect(verdict('handedOver', { acceptances: accepted, items: ticked })).toBeNull();
    expect(verdict('handedOver', { acceptances: accepted, items: ticked.slice(1) })).toBe(
      'err.project.checklistOpen',
    );
    expect(verdict('handedOver', { items: ticked })).toBe('err.project.notAccepted');
  });

  it('closed: no follow-up due by today is still unrecorded', () => {
    expect(verdict('closed')).toBeNull();
    expect(verdict('closed', { followUps: [aFollowUp({ due: '2026-08-11' })] })).toBeNull();
    expect(
      verdict('closed', { followUps: [aFollowUp({ due: '2026-08-01', doneOn: '2026-08-01' })] }),
    ).toBeNull();
    expect(
      verdict('closed', { followUps: [aFollowUp({ due: today }), aFollowUp({ due: '2026-07-01' })] }),
    ).toBe('err.gate.followUpsDue');
  });

  it('other targets pass', () => {
    for (const target of ['invoiced', 'cancelled', 'onHold', 'confirmed'] as const)
      expect(verdict(target)).toBeNull();
  });

  it('plugs into checkMove like the other gates', () => {
    const gate = projectGate(facts());
    expect(() =>
      checkMove({ facts: { stage: 'confirmed', stageBeforeHold: null }, target: 'kickoff', reason: '' }, [
        gate,
      ]),
    ).toThrow(DomainError);
  });
});
