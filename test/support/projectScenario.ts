// Project scenarios on the built bundle: a confirmed order taken through kick-off and acceptance to its handover.
import type { AddOn } from '../../emulator/addon';
import type { OrderDto, Result } from '../../src/shared/contract';
import type { ProjectResultDto } from '../../src/shared/projectContract';
import { ok } from './scenario';

const DAY = 24 * 60 * 60 * 1000;

function act(addOn: AddOn, name: string, input: unknown): ProjectResultDto {
  return ok(addOn.call<Result<ProjectResultDto>>(name, input));
}

/** Kick-off tomorrow, in progress the day after, one acceptance round accepted: the final invoice may follow. */
export function acceptedOrder(addOn: AddOn, orderNo: string): ProjectResultDto {
  const tomorrow = new Date(addOn.emulator.clock.now().getTime() + DAY).toISOString().slice(0, 10);
  act(addOn, 'kickoffSchedule', {
    orderNo,
    date: tomorrow,
    start: '10:00',
    durationMin: '60',
    place: 'Agentur',
    video: false,
    guests: '',
    openQuestions: '',
  });
  addOn.emulator.clock.advance(2 * DAY);
  ok(addOn.call<Result<OrderDto>>('sidebarChangeStage', { orderNo, target: 'inProgress', reason: '' }));
  const requested = act(addOn, 'acceptanceRequest', { orderNo, deliverables: 'Website' });
  const today = addOn.emulator.clock.now().toISOString().slice(0, 10);
  return act(addOn, 'acceptanceDecide', {
    acceptanceId: requested.project.acceptances[0].id,
    date: today,
    accepted: ['Website'],
    defects: [],
  });
}

/** Accepted, checklist complete, handover protocol made: stage Handed over. */
export function handedOverOrder(addOn: AddOn, orderNo: string): ProjectResultDto {
  acceptedOrder(addOn, orderNo);
  act(addOn, 'checklistSave', {
    orderNo,
    done: ['finalFiles', 'sourceFiles', 'accessData', 'licences', 'usageRights', 'folderShared'],
  });
  return act(addOn, 'handoverCreate', { orderNo, shareWith: '' });
}
