// The project phase's records: meetings, action items, time entries, acceptances and follow-ups, as the sheets hold them.
import type { IsoDate } from '../dates';
import type { Cents } from '../money';

export const MEETING_KINDS = ['kickoff', 'jourFixe'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const JOUR_FIXE_INTERVALS = ['weekly', 'biweekly', 'monthly'] as const;
export type JourFixeInterval = (typeof JOUR_FIXE_INTERVALS)[number];

/** One meeting: the kick-off, or one occurrence of the jour-fixe series (each gets its own row and minutes). */
export interface Meeting {
  id: string;
  orderNo: string;
  kind: MeetingKind;
  date: IsoDate;
  /** 'HH:MM' in the spreadsheet's time zone. */
  start: string;
  durationMin: number;
  /** A room, an address or a video link. */
  place: string;
  /** Guests' e-mail addresses. */
  guests: string[];
  /** The calendar event (the series' id for every occurrence of a jour fixe). */
  eventId: string;
  eventUrl: string;
  /** Jour fixe: how often the series meets; null for the kick-off. */
  interval: JourFixeInterval | null;
  /** Kick-off: the agenda; jour fixe: the minutes. '' until made. */
  docUrl: string;
  /** When the minutes were written; null before. */
  minutesOn: IsoDate | null;
}

export const ACTION_KINDS = ['action', 'rework', 'handover'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A to-do of an order: from minutes (action), from a failed acceptance (rework), or the handover checklist. */
export interface ActionItem {
  id: string;
  orderNo: string;
  kind: ActionKind;
  text: string;
  owner: string;
  due: IsoDate | null;
  status: ActionStatus;
  /** The meeting or acceptance it came from; '' for the handover checklist. */
  source: string;
  createdOn: IsoDate;
  doneOn: IsoDate | null;
}

/** Hours in hundredths: 1.5 h = 150, so sums stay exact. */
export type CentiHours = number;

export interface TimeEntry {
  id: string;
  date: IsoDate;
  person: string;
  orderNo: string;
  /** A rate-card service. */
  service: string;
  hours: CentiHours;
  billable: boolean;
  note: string;
}

export const ACCEPTANCE_RESULTS = ['pending', 'accepted', 'defects'] as const;
export type AcceptanceResult = (typeof ACCEPTANCE_RESULTS)[number];

/** One acceptance round: requested with a protocol listing the deliverables, then decided by the client. */
export interface Acceptance {
  id: string;
  orderNo: string;
  round: number;
  requestedOn: IsoDate;
  deliverables: string[];
  docUrl: string;
  pdfUrl: string;
  result: AcceptanceResult;
  decidedOn: IsoDate | null;
  /** Deliverables the client accepted in this round. */
  accepted: string[];
  note: string;
}

export const FOLLOW_UP_KINDS = ['days', 'warranty'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface FollowUp {
  id: string;
  orderNo: string;
  due: IsoDate;
  kind: FollowUpKind;
  /** Days after handover for kind 'days'; months of warranty for 'warranty'. */
  offset: number;
  doneOn: IsoDate | null;
  outcome: string;
  /** 1 (unhappy) to 5 (delighted); null until recorded. */
  satisfaction: number | null;
}

export const DEVIATIONS = [
  'budget80',
  'budget100',
  'milestoneAtRisk',
  'deadlineAtRisk',
  'actionOverdue',
] as const;
export type Deviation = (typeof DEVIATIONS)[number];

/** What the register row shows of the project: dates of its steps, budget used, progress and deviations. */
export interface OrderProject {
  kickoffOn: IsoDate | null;
  acceptedOn: IsoDate | null;
  handedOverOn: IsoDate | null;
  /** The handover protocol's link; '' before the handover. */
  handoverDoc: string;
  /** For a change request or maintenance order: the order it follows on from; '' otherwise. */
  parentOrder: string;
  hours: CentiHours | null;
  budgetUsed: Cents | null;
  /** Budget used against the confirmed net, in basis points (8,000 = 80 %). */
  budgetBp: number | null;
  /** Progress over the milestones, in basis points. */
  progressBp: number | null;
  /** Time elapsed between kick-off and deadline, in basis points. */
  elapsedBp: number | null;
  deviations: Deviation[];
}

export const NO_PROJECT: OrderProject = {
  kickoffOn: null,
  acceptedOn: null,
  handedOverOn: null,
  handoverDoc: '',
  parentOrder: '',
  hours: null,
  budgetUsed: null,
  budgetBp: null,
  progressBp: null,
  elapsedBp: null,
  deviations: [],
};

/** The handover checklist's items, in the order the document lists them. */
export const HANDOVER_ITEMS = [
  'finalFiles',
  'sourceFiles',
  'accessData',
  'licences',
  'usageRights',
  'folderShared',
] as const;
export type HandoverItem = (typeof HANDOVER_ITEMS)[number];
