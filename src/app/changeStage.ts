// Use case "Change stage": moves an order along its lifecycle if the domain allows it and every gate passes.
import { DomainError } from '../domain/errors';
import { projectGate } from '../domain/project/gates';
import { documentGate } from '../domain/quote/gates';
import { currentQuote } from '../domain/quote/quote';
import { CORE_GATES, checkMove, REASON_STAGES, type StageKey } from '../domain/stages';
import type { OrderDto, StageChangeInput } from '../shared/contract';
import { t } from '../shared/i18n';
import { findSoundOrder } from './findOrder';
import type { Environment, Register } from './ports';
import { orderView } from './views';

const PROJECT_GATED: readonly StageKey[] = [
  'kickoff',
  'inProgress',
  'acceptance',
  'rework',
  'handedOver',
  'closed',
];

export function changeStage(register: Register, env: Environment, input: StageChangeInput): OrderDto {
  const today = env.today();
  return register.transact((reader) => {
    const record = findSoundOrder(reader.orders(), input.orderNo);
    const before = record.order;
    const orderNo = before.number;
    const gates = [
      ...CORE_GATES,
      documentGate(currentQuote(reader.quotesOf(orderNo), orderNo), reader.confirmationOf(orderNo)),
    ];
    // Handed over is the handover itself (protocol, follow-up dates), not a move of the picker.
    if (input.target === 'handedOver' && before.stage !== 'onHold')
      throw new DomainError('err.project.useHandover', {}, 'target');
    // The project's gates read its sheets: only for the moves they guard.
    // Back from hold to where it was is a return, not progress: the gate was passed on the way there.
    const returning = before.stage === 'onHold' && input.target === before.stageBeforeHold;
    if (PROJECT_GATED.includes(input.target) && !returning) {
      const project = reader.project();
      gates.push(
        projectGate({
          orderNo,
          meetings: project.meetingsOf(orderNo),
          acceptances: project.acceptancesOf(orderNo),
          items: project.itemsOf(orderNo),
          followUps: project.followUpsOf(orderNo),
          today,
        }),
      );
    }
    const target = checkMove({ facts: before, target: input.target, reason: input.reason }, gates);
    const after = {
      ...before,
      stage: target,
      stageSince: today,
      // Hold remembers where to return; leaving hold forgets it again.
      stageBeforeHold: target === 'onHold' ? before.stage : null,
      reason: REASON_STAGES.includes(target) ? input.reason.trim() : before.reason,
    };
    const lang = reader.lang();
    const label = (stage: string) => t(lang, `stage.${stage}` as 'stage.inquiry');
    const reason = REASON_STAGES.includes(target) ? ` (${after.reason})` : '';
    return {
      changes: {
        updateOrders: [{ before, after }],
        log: [
          {
            action: 'changeStage',
            orderNo: before.number,
            oldValue: label(before.stage),
            newValue: label(target) + reason,
          },
        ],
      },
      result: orderView(reader, { ...record, order: after }, today),
    };
  });
}
