// Stage gates of the project phase: kick-off planned and held, acceptance requested, defects, handover, closing.
import type { IsoDate } from '../dates';
import { DomainError } from '../errors';
import type { Gate } from '../stages';
import { latestAcceptance } from './acceptance';
import { assertHandoverReady } from './handover';
import type { Acceptance, ActionItem, FollowUp, Meeting } from './types';

export interface ProjectGateFacts {
  orderNo: string;
  meetings: readonly Meeting[];
  acceptances: readonly Acceptance[];
  items: readonly ActionItem[];
  followUps: readonly FollowUp[];
  today: IsoDate;
}

/** Each failure names the field 'target', so the stage picker shows why the move is refused. */
export function projectGate(f: ProjectGateFacts): Gate {
  return (move) => {
    const kickoffs = f.meetings
      .filter((m) => m.orderNo === f.orderNo && m.kind === 'kickoff')
      .map((m) => m.date)
      .sort();
    switch (move.target) {
      case 'kickoff':
        return kickoffs.length === 0 ? fail('err.gate.kickoff') : null;
      case 'inProgress':
        if (kickoffs.length === 0) return fail('err.gate.kickoff');
        // The earliest kick-off counts: a second one (a re-run) does not undo that work started.
        return kickoffs[0] > f.today ? fail('err.gate.kickoffHeld', { date: kickoffs[0] }) : null;
      case 'acceptance':
        return f.acceptances.some((a) => a.orderNo === f.orderNo && a.result === 'pending')
          ? null
          : fail('err.gate.acceptanceRequested');
      case 'rework':
        return latestAcceptance(f.acceptances, f.orderNo)?.result === 'defects'
          ? null
          : fail('err.gate.defects');
      case 'handedOver':
        try {
          assertHandoverReady(f);
          return null;
        } catch (error) {
          if (error instanceof DomainError) return new DomainError(error.key, error.params, 'target');
          throw error;
        }
      case 'closed': {
        const due = f.followUps.filter(
          (u) => u.orderNo === f.orderNo && u.doneOn === null && u.due <= f.today,
        );
        return due.length > 0 ? fail('err.gate.followUpsDue', { count: due.length }) : null;
      }
      default:
        return null;
    }
  };
}

function fail(key: DomainError['key'], params: DomainError['params'] = {}): DomainError {
  return new DomainError(key, params, 'target');
}
