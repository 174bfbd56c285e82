// Project sheet rows <-> Meeting, ActionItem, TimeEntry, Acceptance and FollowUp.

import { splitGuests } from '../../domain/project/meetingInput';
import type {
  Acceptance,
  AcceptanceResult,
  ActionItem,
  ActionKind,
  ActionStatus,
  FollowUp,
  FollowUpKind,
  JourFixeInterval,
  Meeting,
  MeetingKind,
  TimeEntry,
} from '../../domain/project/types';
import { textLines } from '../../domain/text';
import type { Lang } from '../../shared/i18n';
import { type CellOut, type CellValue, writeDate, writeScaled } from '../cells';
import type { ColumnMap } from '../columns';
import { CellReader } from './cellReader';
import { choiceLabel } from './choices';

/** The id a row typed in by hand gets from its row number until the add-on writes it a real one. */
export const isRowId = (id: string): boolean => /^row-\d+$/.test(id);
const storedId = (id: string) => (isRowId(id) ? '' : id);

export function meetingCells(m: Meeting, lang: Lang): Record<string, CellOut> {
  return {
    date: writeDate(m.date),
    start: m.start,
    orderNo: m.orderNo,
    kind: choiceLabel('meetingKind', m.kind, lang),
    durationMin: m.durationMin,
    place: m.place,
    guests: m.guests.join(', '),
    interval: m.interval ? choiceLabel('jourFixeInterval', m.interval, lang) : '',
    eventUrl: m.eventUrl,
    docUrl: m.docUrl,
    minutesOn: writeDate(m.minutesOn),
    id: m.id,
    eventId: m.eventId,
  };
}

export function readMeetingRow(cells: readonly CellValue[], map: ColumnMap, zone: string): Meeting {
  const r = new CellReader(cells, map, zone);
  return {
    id: r.text('id'),
    orderNo: r.text('orderNo'),
    kind: r.choice<MeetingKind>('kind', 'meetingKind', 'jourFixe'),
    date: r.date('date') ?? '',
    start: r.text('start'),
    durationMin: r.int('durationMin'),
    place: r.text('place'),
    guests: splitGuests(r.text('guests')),
    eventId: r.text('eventId'),
    eventUrl: r.text('eventUrl'),
    interval: r.optionalChoice<JourFixeInterval>('interval', 'jourFixeInterval'),
    docUrl: r.text('docUrl'),
    minutesOn: r.date('minutesOn'),
  };
}

export function itemCells(item: ActionItem, lang: Lang): Record<string, CellOut> {
  return {
    orderNo: item.orderNo,
    kind: choiceLabel('actionKind', item.kind, lang),
    text: item.text,
    owner: item.owner,
    due: writeDate(item.due),
    status: choiceLabel('actionStatus', item.status, lang),
    createdOn: writeDate(item.createdOn),
    doneOn: writeDate(item.doneOn),
    source: item.source,
    id: storedId(item.id),
  };
}

/** A row typed in by hand has no id: it gets one from its row, stable as long as the row stays. */
export function readItemRow(
  cells: readonly CellValue[],
  row: number,
  map: ColumnMap,
  zone: string,
): ActionItem {
  const r = new CellReader(cells, map, zone);
  return {
    id: r.text('id') || `row-${row}`,
    orderNo: r.text('orderNo'),
    kind: r.choice<ActionKind>('kind', 'actionKind', 'action'),
    text: r.text('text'),
    owner: r.text('owner'),
    due: r.date('due'),
    status: r.choice<ActionStatus>('status', 'actionStatus', 'open'),
    source: r.text('source'),
    createdOn: r.date('createdOn') ?? '',
    doneOn: r.date('doneOn'),
  };
}

export function timeCells(e: TimeEntry): Record<string, CellOut> {
  return {
    date: writeDate(e.date),
    person: e.person,
    orderNo: e.orderNo,
    service: e.service,
    hours: writeScaled(e.hours, 2),
    billable: e.billable,
    note: e.note,
    id: storedId(e.id),
  };
}

export function readTimeRow(
  cells: readonly CellValue[],
  row: number,
  map: ColumnMap,
  zone: string,
): TimeEntry {
  const r = new CellReader(cells, map, zone);
  return {
    id: r.text('id') || `row-${row}`,
    date: r.date('date') ?? '',
    person: r.text('person'),
    orderNo: r.text('orderNo'),
    service: r.text('service'),
    hours: r.scaled('hours', 2),
    billable: map.has('billable') && cells[map.get('billable') as number] === '' ? true : r.bool('billable'),
    note: r.text('note'),
  };
}

export function acceptanceCells(a: Acceptance, lang: Lang): Record<string, CellOut> {
  return {
    orderNo: a.orderNo,
    round: a.round,
    requestedOn: writeDate(a.requestedOn),
    deliverables: a.deliverables.join('\n'),
    result: choiceLabel('acceptanceResult', a.result, lang),
    decidedOn: writeDate(a.decidedOn),
    accepted: a.accepted.join('\n'),
    docUrl: a.docUrl,
    pdfUrl: a.pdfUrl,
    id: a.id,
  };
}

export function readAcceptanceRow(cells: readonly CellValue[], map: ColumnMap, zone: string): Acceptance {
  const r = new CellReader(cells, map, zone);
  return {
    id: r.text('id'),
    orderNo: r.text('orderNo'),
    round: r.int('round'),
    requestedOn: r.date('requestedOn') ?? '',
    deliverables: textLines(r.text('deliverables')),
    docUrl: r.text('docUrl'),
    pdfUrl: r.text('pdfUrl'),
    result: r.choice<AcceptanceResult>('result', 'acceptanceResult', 'pending'),
    decidedOn: r.date('decidedOn'),
    accepted: textLines(r.text('accepted')),
    note: '',
  };
}

export function followUpCells(f: FollowUp, lang: Lang): Record<string, CellOut> {
  return {
    orderNo: f.orderNo,
    due: writeDate(f.due),
    kind: choiceLabel('followUpKind', f.kind, lang),
    offset: f.offset,
    doneOn: writeDate(f.doneOn),
    satisfaction: f.satisfaction,
    outcome: f.outcome,
    id: f.id,
  };
}

export function readFollowUpRow(cells: readonly CellValue[], map: ColumnMap, zone: string): FollowUp {
  const r = new CellReader(cells, map, zone);
  const satisfaction = map.has('satisfaction') ? cells[map.get('satisfaction') as number] : '';
  return {
    id: r.text('id'),
    orderNo: r.text('orderNo'),
    due: r.date('due') ?? '',
    kind: r.choice<FollowUpKind>('kind', 'followUpKind', 'days'),
    offset: r.int('offset'),
    doneOn: r.date('doneOn'),
    outcome: r.text('outcome'),
    satisfaction: satisfaction === '' || satisfaction === undefined ? null : r.int('satisfaction'),
  };
}
