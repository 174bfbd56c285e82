// The project part of the sidebar-server contract: kick-off, jour fixe, minutes, time, progress, acceptance, handover, after-care.
import * as z from 'zod/mini';
import { HANDOVER_ITEMS, type HandoverItem } from '../domain/project/types';
import type { StageKey } from '../domain/stages';
import type { Lang } from './i18n';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'err.tooLong'));
const required = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'err.required'), z.maxLength(max, 'err.tooLong'));

/** The dialog's tabs; the sidebar and the menu open it at one. */
export const PROJECT_TABS = ['overview', 'meetings', 'time', 'acceptance', 'handover', 'aftercare'] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

export const projectOpenSchema = z.object({
  orderNo: required(40),
  tab: z.enum(PROJECT_TABS, 'err.invalidChoice'),
});
export type ProjectOpenInput = z.infer<typeof projectOpenSchema>;

export const projectRefSchema = z.object({ orderNo: required(40) });
export type ProjectRef = z.infer<typeof projectRefSchema>;

/** A meeting as typed: date '15.06.2026' or ISO, start '10:00', duration in minutes, guests separated by commas. */
const meetingFields = {
  orderNo: required(40),
  date: text(12),
  start: text(5),
  durationMin: text(4),
  place: text(500),
  /** Ask Google Calendar for a Meet link. */
  video: z.boolean(),
  guests: text(5000),
};

export const kickoffInputSchema = z.object({ ...meetingFields, openQuestions: text(5000) });
export type KickoffInput = z.infer<typeof kickoffInputSchema>;

export const jourFixeInputSchema = z.object({
  ...meetingFields,
  /** 'weekly' | 'biweekly' | 'monthly' (or a number of weeks as typed). */
  interval: text(20),
  /** Last possible date; '' for the order's deadline. */
  until: text(12),
});
export type JourFixeInput = z.infer<typeof jourFixeInputSchema>;

const newItemSchema = z.object({ text: text(500), owner: text(200), due: text(12) });

export const minutesInputSchema = z.object({
  meetingId: required(80),
  attendees: text(2000),
  notes: text(20000),
  decisions: text(10000),
  /** Open items closed in this meeting. */
  close: z.array(required(80)).check(z.maxLength(200, 'err.tooLong')),
  items: z.array(newItemSchema).check(z.maxLength(50, 'err.tooLong')),
});
export type MinutesInput = z.infer<typeof minutesInputSchema>;

export const itemsInputSchema = z.object({
  orderNo: required(40),
  close: z.array(required(80)).check(z.maxLength(200, 'err.tooLong')),
  items: z.array(newItemSchema).check(z.maxLength(50, 'err.tooLong')),
});
export type ItemsInput = z.infer<typeof itemsInputSchema>;

export const timeInputSchema = z.object({
  orderNo: required(40),
  date: text(12),
  person: text(200),
  service: text(200),
  /** As typed: '1,5', '1.5' or '1:30'. */
  hours: text(10),
  billable: z.boolean(),
  note: z.string().check(z.maxLength(500, 'err.tooLong')),
});
export type TimeInput = z.infer<typeof timeInputSchema>;

export const progressInputSchema = z.object({
  orderNo: required(40),
  /** Progress per milestone, by its position in the confirmation's list; '0'..'100'. */
  milestones: z
    .array(z.object({ index: z.number(), progress: text(5) }))
    .check(z.maxLength(100, 'err.tooLong')),
});
export type ProgressInput = z.infer<typeof progressInputSchema>;

export const acceptanceRequestSchema = z.object({
  orderNo: required(40),
  /** One deliverable per line. */
  deliverables: z.string().check(z.maxLength(30000, 'err.tooLong')),
});
export type AcceptanceRequestInput = z.infer<typeof acceptanceRequestSchema>;

export const acceptanceDecisionSchema = z.object({
  acceptanceId: required(80),
  date: text(12),
  accepted: z.array(text(300)).check(z.maxLength(100, 'err.tooLong')),
  defects: z.array(z.object({ text: text(500), due: text(12) })).check(z.maxLength(100, 'err.tooLong')),
});
export type AcceptanceDecisionInput = z.infer<typeof acceptanceDecisionSchema>;

export const checklistInputSchema = z.object({
  orderNo: required(40),
  done: z.array(z.enum(HANDOVER_ITEMS, 'err.invalidChoice')).check(z.maxLength(HANDOVER_ITEMS.length)),
});
export type ChecklistInput = z.infer<typeof checklistInputSchema>;

export const handoverInputSchema = z.object({
  orderNo: required(40),
  /** Share the order's folder with this address (the client's contact); '' to not share. */
  shareWith: text(200),
});
export type HandoverInput = z.infer<typeof handoverInputSchema>;

export const followUpInputSchema = z.object({
  followUpId: required(80),
  date: text(12),
  outcome: z.string().check(z.maxLength(2000, 'err.tooLong')),
  /** '1'..'5'. */
  satisfaction: text(2),
});
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

/** A new order for the same client: a change request with the overrun positions, or a maintenance offer. */
export const followOnSchema = z.object({
  orderNo: required(40),
  kind: z.enum(['changeRequest', 'maintenance'], 'err.invalidChoice'),
});
export type FollowOnInput = z.infer<typeof followOnSchema>;

// ---- Output DTOs ----

export interface ProjectFiguresDto {
  /** Hours in hundredths (1.5 h = 150), as every hours field of this contract. */
  hours: number | null;
  budgetUsedCents: number | null;
  confirmedNetCents: number | null;
  budgetBp: number | null;
  progressBp: number | null;
  elapsedBp: number | null;
  /** Deviation keys ('budget80', ...) and their translated labels. */
  deviations: { key: string; label: string }[];
}

export interface MeetingDto {
  id: string;
  kind: 'kickoff' | 'jourFixe';
  date: string;
  start: string;
  durationMin: number;
  place: string;
  guests: string[];
  eventUrl: string;
  docUrl: string;
  minutesOn: string | null;
  /** The jour fixe's rhythm; null for the kick-off. */
  interval: 'weekly' | 'biweekly' | 'monthly' | null;
}

export interface ActionItemDto {
  id: string;
  kind: 'action' | 'rework' | 'handover';
  text: string;
  owner: string;
  due: string | null;
  status: 'open' | 'done';
  overdue: boolean;
}

export interface TimeEntryDto {
  date: string;
  person: string;
  service: string;
  /** Hundredths of an hour. */
  hours: number;
  billable: boolean;
  note: string;
}

export interface AcceptanceDto {
  id: string;
  round: number;
  requestedOn: string;
  deliverables: string[];
  docUrl: string;
  pdfUrl: string;
  result: 'pending' | 'accepted' | 'defects';
  decidedOn: string | null;
  accepted: string[];
}

export interface FollowUpDto {
  id: string;
  due: string;
  /** Translated: "30 Tage nach Übergabe", "Ende der Gewährleistung". */
  label: string;
  doneOn: string | null;
  outcome: string;
  satisfaction: number | null;
  overdue: boolean;
}

export interface ProjectDto {
  orderNo: string;
  client: string;
  title: string;
  stage: StageKey;
  /** Message key of the next step, e.g. 'next.kickoff'. */
  nextStep: string;
  today: string;
  deadline: string | null;
  kickoffOn: string | null;
  acceptedOn: string | null;
  handedOverOn: string | null;
  /** The handover protocol's link; '' before the handover. */
  handoverDocUrl: string;
  /** The order's client contact: default guest and the address the folder is shared with. */
  clientEmail: string;
  user: string;
  figures: ProjectFiguresDto;
  milestones: { index: number; date: string; label: string; progress: number | null }[];
  meetings: MeetingDto[];
  items: ActionItemDto[];
  /** The latest 50 time entries, newest first, and the sums per service. */
  time: TimeEntryDto[];
  byService: { service: string; hours: number; billableHours: number; cents: number }[];
  /** Rate-card services with an hourly price (what time can be booked on). */
  services: string[];
  acceptances: AcceptanceDto[];
  checklist: { item: HandoverItem; done: boolean }[];
  followUps: FollowUpDto[];
  /** A change request would have positions: billable hours beyond what was confirmed. */
  overrun: boolean;
  /** The order folder's link once the add-on made it; '' before. */
  folderUrl: string;
}

export interface ProjectResultDto {
  message: string;
  docUrl: string;
  pdfUrl: string;
  project: ProjectDto;
}

export interface FollowOnDto {
  message: string;
  orderNo: string;
}

export interface DeviationsRefreshDto {
  message: string;
  /** Orders checked and orders with at least one deviation. */
  checked: number;
  flagged: number;
}

/** A follow-up that is due (or due within a week), for the sidebar's list. */
export interface DueFollowUpDto {
  id: string;
  orderNo: string;
  client: string;
  title: string;
  due: string;
  label: string;
  overdue: boolean;
}

/** Data the server appends to the project dialog (dist/project.html). */
export interface ProjectBoot {
  orderNo: string;
  tab: ProjectTab;
  lang: Lang;
}
