// What the project phase's templates' placeholders stand for: kick-off agenda, jour-fixe minutes,
// acceptance report and handover report, computed from the order's records.
import { type Lang, t } from '../../shared/i18n';
import type { IsoDate } from '../dates';
import { formatScaled } from '../decimal';
import { type Cents, formatMoney } from '../money';
import { meetingEnd, parseTime } from '../project/meetingInput';
import type { Acceptance, ActionItem, FollowUp, HandoverItem, Meeting, OrderProject } from '../project/types';
import { type Confirmation, confirmedPositions } from '../quote/confirmation';
import type { Quote } from '../quote/quote';
import { computeTotals } from '../quote/totals';
import type { UsageRights } from '../quote/usageRights';
import { textLines } from '../text';
import type { DocumentData, Values } from './fill';
import {
  type DocumentParty,
  date,
  labels,
  orNull,
  partyValues,
  positionRows,
  rightsValues,
} from './quoteData';

/** Every document's head, plus the client's e-mail and phone: the kick-off agenda lists the contacts. */
function projectPartyValues(p: DocumentParty): Values {
  return {
    ...partyValues(p),
    'client.email': orNull(p.client?.email ?? ''),
    'client.phone': orNull(p.client?.phone ?? ''),
  };
}

/**
 * The rows of a group, or a single row saying "none": a table's heading row stays in the document, so an
 * empty group would leave a table of headings only.
 */
function rowsOrNone(rows: Values[], keys: readonly string[], textKey: string, lang: Lang): Values[] {
  if (rows.length > 0) return rows;
  const none: Values = {};
  for (const key of keys) none[key] = key === textKey ? t(lang, 'projectDoc.none') : '';
  return [none];
}

/** Basis points as a percentage with at most one decimal: 8000 -> '80 %', 2345 -> '23,5 %'. */
function percent(bp: number, lang: Lang): string {
  return `${formatScaled(Math.round(bp / 10), 1, lang, 0)} %`;
}

/** '09:30' plus 90 minutes -> '09:30–11:00 Uhr' (the end wraps past midnight). */
function timeSpan(start: string, durationMin: number, lang: Lang): string {
  // A start typed by hand into the sheet may not be a time: then it prints as typed.
  const hhmm = parseTime(start);
  if (!hhmm) return start;
  return t(lang, 'projectDoc.time', { start, end: meetingEnd(hhmm, durationMin).time });
}

/** A room or address as typed; a video link as its text, so it prints and can be copied from the PDF. */
function place(text: string, lang: Lang): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^https?:\/\//i.test(trimmed) ? t(lang, 'projectDoc.video', { link: trimmed }) : trimmed;
}

function meetingValues(meeting: Meeting, lang: Lang): Values {
  return {
    'meeting.date': date(meeting.date, lang),
    'meeting.time': timeSpan(meeting.start, meeting.durationMin, lang),
    'meeting.duration': t(lang, 'projectDoc.duration', { minutes: meeting.durationMin }),
    'meeting.place': place(meeting.place, lang),
    'meeting.guests': meeting.guests.length > 0 ? meeting.guests.join(', ') : null,
  };
}

export interface AgendaFacts {
  meeting: Meeting;
  confirmation: Confirmation | null;
  quote: Quote | null;
  openQuestions: string;
  team: readonly string[];
}

const POS_KEYS = [
  'pos.no',
  'pos.description',
  'pos.quantity',
  'pos.unit',
  'pos.unitPrice',
  'pos.total',
  'pos.kind',
];

/** The kick-off agenda, pre-filled from the confirmed order: meeting, contacts, scope, budget, dates, rights, questions. */
export function agendaDocumentData(p: DocumentParty, a: AgendaFacts): DocumentData {
  const { lang } = p;
  const vatMode = p.settings.vat.mode;
  // What was ordered: the confirmation's positions; before one exists, the accepted quote's.
  const positions = a.confirmation?.positions ?? (a.quote ? confirmedPositions(a.quote) : []);
  const totals = computeTotals(positions, { discountBp: a.quote?.discountBp ?? 0, vatMode });
  const counted = positions.some((pos) => pos.kind === 'item');
  const taken = a.quote?.acceptance?.options ?? [];
  const options = (a.quote?.positions ?? []).filter((pos) => pos.optional && taken.includes(pos.id));
  const confirmation = a.confirmation;
  return {
    values: {
      ...projectPartyValues(p),
      ...labels(false, lang),
      ...meetingValues(a.meeting, lang),
      'agenda.team': a.team.length > 0 ? a.team.join(', ') : null,
      'agenda.options': options.length
        ? t(lang, 'projectDoc.options', { items: options.map((o) => o.description).join(', ') })
        : null,
      'confirmation.clientReference': orNull(
        confirmation?.clientReference ?? a.quote?.acceptance?.reference ?? '',
      ),
      'confirmation.deadline': confirmation?.deadline ? date(confirmation.deadline, lang) : null,
      'budget.net': counted ? formatMoney(totals.netAfterDiscount, lang) : null,
      // Kleinunternehmer charge no VAT: the net is all there is.
      'budget.gross': counted && vatMode !== 'smallBusiness' ? formatMoney(totals.gross, lang) : null,
      ...rightsValues(a.quote?.usageRights ?? null, lang),
    },
    rows: {
      pos: rowsOrNone(
        positionRows(positions, { lang, gross: false, vatMode }),
        POS_KEYS,
        'pos.description',
        lang,
      ),
      ms: rowsOrNone(
        (confirmation?.milestones ?? []).map((m) => ({ 'ms.date': date(m.date, lang), 'ms.label': m.label })),
        ['ms.date', 'ms.label'],
        'ms.label',
        lang,
      ),
      q: rowsOrNone(
        textLines(a.openQuestions).map((text, i) => ({ 'q.no': String(i + 1), 'q.text': text })),
        ['q.no', 'q.text'],
        'q.text',
        lang,
      ),
    },
  };
}

export interface MinutesFacts {
  meeting: Meeting;
  /** The meeting's number in the jour-fixe series, from 1. */
  seriesNo: number;
  attendees: string;
  notes: string;
  decisions: string;
  /** Open items from earlier minutes, still open. */
  carried: readonly ActionItem[];
  /** Items closed since the last meeting. */
  closed: readonly ActionItem[];
  /** Items this meeting added. */
  added: readonly ActionItem[];
  figures: Pick<
    OrderProject,
    'hours' | 'budgetUsed' | 'budgetBp' | 'progressBp' | 'elapsedBp' | 'deviations'
  >;
  confirmedNetCents: Cents | null;
  /** Progress in percent (0..100) as the team set it; null when never set. */
  milestones: readonly { date: IsoDate; label: string; progress: number | null }[];
}

/** Jour-fixe minutes: what was discussed and decided, action items, what got done, and the project's figures. */
export function minutesDocumentData(p: DocumentParty, m: MinutesFacts): DocumentData {
  const { lang } = p;
  const f = m.figures;
  const textRows = (group: string, text: string) =>
    rowsOrNone(
      textLines(text).map((line, i) => ({ [`${group}.no`]: String(i + 1), [`${group}.text`]: line })),
      [`${group}.no`, `${group}.text`],
      `${group}.text`,
      lang,
    );
  const item = (i: ActionItem, n: number, status: string): Values => ({
    'item.no': String(n),
    'item.text': i.text,
    'item.owner': i.owner,
    'item.due': date(i.due, lang),
    'item.status': status,
  });
  const items = [
    ...m.carried.map((i) => ({ i, status: t(lang, 'projectDoc.open') })),
    ...m.added.map((i) => ({ i, status: t(lang, 'projectDoc.new') })),
  ].map(({ i, status }, n) => item(i, n + 1, status));
  // Before any time is booked the budget is untouched: 0 h and 0 € of the confirmed net, not a blank.
  const share = m.confirmedNetCents !== null && m.confirmedNetCents > 0;
  return {
    values: {
      ...projectPartyValues(p),
      ...meetingValues(m.meeting, lang),
      'minutes.number': String(m.seriesNo),
      'minutes.attendees': orNull(textLines(m.attendees).join(', ')),
      'status.hours': `${formatScaled(f.hours ?? 0, 2, lang, 0)} h`,
      'status.budgetUsed': formatMoney(f.budgetUsed ?? 0, lang),
      'status.confirmedNet': share ? formatMoney(m.confirmedNetCents as Cents, lang) : null,
      'status.budgetPercent': share ? percent(f.budgetBp ?? 0, lang) : null,
      'status.progress': f.progressBp === null ? null : percent(f.progressBp, lang),
      'status.elapsed': f.elapsedBp === null ? null : percent(f.elapsedBp, lang),
      'status.deviations':
        f.deviations.length > 0
          ? f.deviations.map((d) => t(lang, `deviation.${d}`)).join(', ')
          : t(lang, 'projectDoc.none'),
    },
    rows: {
      note: textRows('note', m.notes),
      dec: textRows('dec', m.decisions),
      item: rowsOrNone(
        items,
        ['item.no', 'item.text', 'item.owner', 'item.due', 'item.status'],
        'item.text',
        lang,
      ),
      done: rowsOrNone(
        m.closed.map((i) => ({
          'done.text': i.text,
          'done.owner': i.owner,
          'done.date': date(i.doneOn, lang),
        })),
        ['done.text', 'done.owner', 'done.date'],
        'done.text',
        lang,
      ),
      ms: rowsOrNone(
        m.milestones.map((ms) => ({
          'ms.date': date(ms.date, lang),
          'ms.label': ms.label,
          'ms.progress':
            ms.progress === null
              ? '–'
              : percent(Math.round(Math.min(100, Math.max(0, ms.progress)) * 100), lang),
        })),
        ['ms.date', 'ms.label', 'ms.progress'],
        'ms.label',
        lang,
      ),
    },
  };
}

export interface AcceptanceFacts {
  acceptance: Acceptance;
  confirmation: Confirmation | null;
}

/** The acceptance report of one round: the deliverables to tick on paper, under the order and the client's PO. */
export function acceptanceDocumentData(p: DocumentParty, a: AcceptanceFacts): DocumentData {
  const { lang } = p;
  const c = a.confirmation;
  return {
    values: {
      ...projectPartyValues(p),
      'acceptance.round': String(a.acceptance.round),
      'acceptance.requestedOn': date(a.acceptance.requestedOn, lang),
      'confirmation.number': c ? c.number : null,
      'confirmation.date': c ? date(c.date, lang) : null,
      'confirmation.clientReference': orNull(c?.clientReference ?? ''),
    },
    rows: {
      del: rowsOrNone(
        a.acceptance.deliverables.map((d, i) => ({ 'del.no': String(i + 1), 'del.text': d })),
        ['del.no', 'del.text'],
        'del.text',
        lang,
      ),
    },
  };
}

export interface HandoverFacts {
  handedOverOn: IsoDate;
  acceptedOn: IsoDate | null;
  checklist: readonly { item: HandoverItem; done: boolean }[];
  rights: UsageRights | null;
  folderUrl: string;
  followUps: readonly FollowUp[];
}

/** The handover report: the checklist, the usage rights the client now holds, the order folder, after-care dates. */
export function handoverDocumentData(p: DocumentParty, h: HandoverFacts): DocumentData {
  const { lang } = p;
  const party = projectPartyValues(p);
  const followUps = [...h.followUps].sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : 0));
  return {
    values: {
      ...party,
      'handover.date': date(h.handedOverOn, lang),
      'handover.acceptedOn': h.acceptedOn ? date(h.acceptedOn, lang) : null,
      'handover.rights': h.rights
        ? t(lang, 'projectDoc.handoverRights', { client: party['client.name'] ?? '' })
        : null,
      ...rightsValues(h.rights, lang),
      'handover.folderUrl': orNull(h.folderUrl),
    },
    rows: {
      chk: rowsOrNone(
        h.checklist.map((c) => ({
          'chk.label': t(lang, `handover.${c.item}`),
          'chk.status': c.done ? '✓' : t(lang, 'projectDoc.open'),
        })),
        ['chk.label', 'chk.status'],
        'chk.label',
        lang,
      ),
      fu: rowsOrNone(
        followUps.map((f) => ({
          'fu.date': date(f.due, lang),
          'fu.label':
            f.kind === 'warranty'
              ? t(lang, 'projectDoc.followUp.warranty', { months: f.offset })
              : t(lang, 'projectDoc.followUp.days', { days: f.offset }),
        })),
        ['fu.date', 'fu.label'],
        'fu.label',
        lang,
      ),
    },
  };
}
