// Log entries: what changed, by whom, when; each entry's hash chains to the one before it.
import { sha256Hex } from './sha256';

export const LOG_ACTIONS = [
  'setup',
  'createInquiry',
  'createClient',
  'changeStage',
  'saveSettings',
  'saveQuote',
  'quoteDocument',
  'shareQuote',
  'acceptQuote',
  'declineQuote',
  'createConfirmation',
  'draftInvoice',
  'issueInvoice',
  'cancelInvoice',
  'discardInvoice',
  'recordPayment',
  'importStatement',
  'dunningLetter',
  'dunningBlock',
  'digest',
  'scheduleKickoff',
  'scheduleJourFixe',
  'writeMinutes',
  'updateItems',
  'recordTime',
  'saveProgress',
  'requestAcceptance',
  'decideAcceptance',
  'saveChecklist',
  'handover',
  'recordFollowUp',
  'followOn',
  'refreshDeviations',
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

export interface LogEntryDraft {
  action: LogAction;
  orderNo: string;
  oldValue: string;
  newValue: string;
}

export interface LogEntry extends LogEntryDraft {
  id: string;
  /** ISO date-time in UTC. */
  at: string;
  user: string;
  hash: string;
}

/** The text a hash covers: every field, in a fixed order, separated so fields cannot run together. */
function hashInput(previousHash: string, e: Omit<LogEntry, 'hash'>): string {
  return [previousHash, e.id, e.at, e.user, e.action, e.orderNo, e.oldValue, e.newValue].join('\u001f');
}

/** Stamps drafts with id, time and user and chains their hashes onto the previous entry. */
export function chainLogEntries(
  previousHash: string,
  drafts: readonly LogEntryDraft[],
  stamp: { at: string; user: string; newId: () => string },
): LogEntry[] {
  let prev = previousHash;
  return drafts.map((draft) => {
    const base = { ...draft, id: stamp.newId(), at: stamp.at, user: stamp.user };
    const hash = sha256Hex(hashInput(prev, base));
    prev = hash;
    return { ...base, hash };
  });
}

/** Checks a run of entries against their chain; returns the index of the first broken one, or -1. */
export function firstBrokenLink(previousHash: string, entries: readonly LogEntry[]): number {
  let prev = previousHash;
  for (let i = 0; i < entries.length; i++) {
    if (sha256Hex(hashInput(prev, entries[i])) !== entries[i].hash) return i;
    prev = entries[i].hash;
  }
  return -1;
}
