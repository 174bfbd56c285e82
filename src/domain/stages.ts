// The order lifecycle: stages, the moves the domain allows, their gates and each stage's next step.
import { DomainError } from './errors';

export const MAIN_PATH = [
  'inquiry',
  'quote',
  'ordered',
  'confirmed',
  'kickoff',
  'inProgress',
  'acceptance',
  'handedOver',
  'invoiced',
  'paid',
  'aftercare',
  'closed',
] as const;
export const SIDE_STAGES = ['rework', 'lost', 'cancelled', 'onHold'] as const;
export const STAGES = [
  ...MAIN_PATH.slice(0, 7),
  'rework',
  ...MAIN_PATH.slice(7),
  'lost',
  'cancelled',
  'onHold',
] as const;
export type StageKey = (typeof STAGES)[number];

/** Stages after which nothing more happens to the order. */
export const FINAL_STAGES: readonly StageKey[] = ['closed', 'lost', 'cancelled'];
/** Stages that need a written reason, so nobody later wonders why an order stopped. */
export const REASON_STAGES: readonly StageKey[] = ['lost', 'cancelled', 'onHold'];

export function isStageKey(value: string): value is StageKey {
  return (STAGES as readonly string[]).includes(value);
}

export function isOpenStage(stage: StageKey): boolean {
  return !FINAL_STAGES.includes(stage);
}

/** What the order needs to know about itself to decide a move. */
export interface StageFacts {
  stage: StageKey;
  /** The stage an order on hold returns to. */
  stageBeforeHold: StageKey | null;
}

/** Forward moves along the main path, plus the rework loop and the way back from hold. */
export function allowedMoves(facts: StageFacts): StageKey[] {
  const { stage } = facts;
  if (FINAL_STAGES.includes(stage)) return [];
  if (stage === 'onHold') {
    const back = facts.stageBeforeHold ?? 'inquiry';
    return [back, 'lost', 'cancelled'];
  }
  const forward: StageKey[] = [];
  if (stage === 'acceptance') forward.push('handedOver', 'rework');
  else if (stage === 'rework') forward.push('acceptance');
  else {
    const index = MAIN_PATH.indexOf(stage as (typeof MAIN_PATH)[number]);
    forward.push(MAIN_PATH[index + 1]);
  }
  // Before the client's go an order is lost; after it, it is cancelled.
  const exit: StageKey = stage === 'inquiry' || stage === 'quote' ? 'lost' : 'cancelled';
  const sides: StageKey[] = stage === 'paid' || stage === 'aftercare' ? [] : [exit, 'onHold'];
  return [...forward, ...sides];
}

/** A gate is a rule a move must satisfy; later features (documents, acceptance) add their own. */
export type Gate = (move: StageMove) => DomainError | null;

export interface StageMove {
  facts: StageFacts;
  target: StageKey;
  reason: string;
}

const reasonGate: Gate = (move) =>
  REASON_STAGES.includes(move.target) && move.reason.trim() === ''
    ? new DomainError('err.gate.reason', { to: { ref: `stage.${move.target}` } }, 'reason')
    : null;

export const CORE_GATES: readonly Gate[] = [reasonGate];

/** Checks a move against the lifecycle and every gate; returns the stage the order lands in. */
export function checkMove(move: StageMove, gates: readonly Gate[] = CORE_GATES): StageKey {
  if (!allowedMoves(move.facts).includes(move.target)) {
    throw new DomainError(
      'err.moveNotAllowed',
      { from: { ref: `stage.${move.facts.stage}` }, to: { ref: `stage.${move.target}` } },
      'target',
    );
  }
  for (const gate of gates) {
    const failure = gate(move);
    if (failure) throw failure;
  }
  return move.target;
}
