// Writes and undoes the project part of a change set: meetings, action items, time, acceptances, follow-ups, progress.
import type { ChangeSet, ProjectChanges } from '../app/ports';
import type { Acceptance, ActionItem, FollowUp, Meeting } from '../domain/project/types';
import type { Lang } from '../shared/i18n';
import { removeEvent } from './calendar';
import type { CellOut } from './cells';
import type { ProjectTableKey } from './projectSchema';
import type { GasRegisterReader } from './reader';
import { changedOrderCells } from './rows/orderRows';
import {
  acceptanceCells,
  followUpCells,
  isRowId,
  itemCells,
  meetingCells,
  timeCells,
} from './rows/projectRows';

/** A rewritten record as it was, and the id its row carries now (a hand-typed row gets a real id when written). */
interface Rewritten<T> {
  before: T;
  afterId: string;
}

/**
 * What undo needs, a handful of entries per action: where the appended rows were planned and their ids (a row
 * whose id block was not written yet is found at its planned place), rewritten records as they were, and the
 * calendar events the change set made (an execution that dies after creating them must not leave guests invited).
 */
export interface ProjectJournal {
  inserts: Partial<Record<ProjectTableKey, { row: number; ids: string[] }>>;
  meetings: Rewritten<Meeting>[];
  items: Rewritten<ActionItem>[];
  acceptances: Rewritten<Acceptance>[];
  followUps: Rewritten<FollowUp>[];
  milestones: { confirmation: string; progress: (number | null)[] } | null;
  events: string[];
}

export function hasProjectChanges(changes: ChangeSet): boolean {
  const p = changes.project;
  return !!p && Object.values(p).some((v) => (Array.isArray(v) ? v.length > 0 : !!v));
}

/** The project tables a change set writes, for the check before the journal. */
export function projectTables(p: ProjectChanges | undefined): ProjectTableKey[] {
  if (!p) return [];
  const keys: ProjectTableKey[] = [];
  if (p.insertMeetings?.length || p.updateMeetings?.length) keys.push('meetings');
  if (p.insertItems?.length || p.updateItems?.length) keys.push('actionItems');
  if (p.insertTime?.length) keys.push('time');
  if (p.insertAcceptances?.length || p.updateAcceptances?.length) keys.push('acceptances');
  if (p.insertFollowUps?.length || p.updateFollowUps?.length) keys.push('followUps');
  return keys;
}

function inserted(p: ProjectChanges): [ProjectTableKey, { id: string }[] | undefined][] {
  return [
    ['meetings', p.insertMeetings],
    ['actionItems', p.insertItems],
    ['time', p.insertTime],
    ['acceptances', p.insertAcceptances],
    ['followUps', p.insertFollowUps],
  ];
}

export function projectJournal(changes: ChangeSet, reader: GasRegisterReader): ProjectJournal {
  const p = changes.project ?? {};
  const inserts: ProjectJournal['inserts'] = {};
  for (const [key, rows] of inserted(p))
    if (rows?.length) inserts[key] = { row: reader.table(key).nextRow(), ids: rows.map((r) => r.id) };
  const rewritten = <T extends { id: string }>(list: { before: T; after: T }[] | undefined) =>
    (list ?? []).map((u) => ({ before: u.before, afterId: u.after.id }));
  return {
    inserts,
    meetings: rewritten(p.updateMeetings),
    items: rewritten(p.updateItems),
    acceptances: rewritten(p.updateAcceptances),
    followUps: rewritten(p.updateFollowUps),
    milestones: p.milestoneProgress
      ? { confirmation: p.milestoneProgress.confirmation, progress: p.milestoneProgress.before }
      : null,
    events: [...new Set((p.insertMeetings ?? []).map((m) => m.eventId).filter(Boolean))],
  };
}

/** Sheet rows by record id; a row typed in by hand without an id is addressed by its row ('row-12'). */
function rowsById(
  reader: GasRegisterReader,
  key: ProjectTableKey,
  ids: readonly string[],
): Map<string, number> {
  const found = new Map<string, number>();
  const real = ids.filter((id) => !isRowId(id));
  for (const id of ids) if (isRowId(id)) found.set(id, Number(id.slice(4)));
  if (real.length > 0) {
    const table = reader.table(key);
    const { map, rows } = table.readKeyed(real);
    const idIndex = map.get('id') as number;
    for (const r of rows) found.set(String(r.cells[idIndex] ?? '').trim(), r.row);
  }
  return found;
}

/** Writes each record over the row found by `locate` (the id the row carries now). */
function rewrite<T>(
  reader: GasRegisterReader,
  key: ProjectTableKey,
  records: readonly { locate: string; record: T }[],
  cells: (record: T) => Record<string, CellOut>,
): void {
  if (records.length === 0) return;
  const rows = rowsById(
    reader,
    key,
    records.map((r) => r.locate),
  );
  const table = reader.table(key);
  for (const { locate, record } of records) {
    const row = rows.get(locate);
    if (row) table.update(row, cells(record));
  }
}

function writeMilestones(
  reader: GasRegisterReader,
  confirmation: string,
  progress: readonly (number | null)[],
) {
  const table = reader.table('milestones');
  // One read serves both: finding the confirmation's rows, and writing back as read the rows in between, which may
  // be other confirmations' milestones (a sorted sheet).
  const { rows, map } = table.readAll();
  const documentIndex = map.get('document') as number;
  const own = rows.flatMap((cells, i) =>
    String(cells[documentIndex] ?? '').trim() === confirmation ? [i + 2] : [],
  );
  const updates = own.flatMap((row, i) =>
    i < progress.length ? [{ row, values: { progress: progress[i] } as Record<string, CellOut> }] : [],
  );
  table.updateMany(rows, updates);
}

export function writeProjectChanges(reader: GasRegisterReader, changes: ChangeSet): void {
  const p = changes.project;
  if (!p) return;
  const lang: Lang = reader.lang();
  const append = <T>(
    key: ProjectTableKey,
    rows: T[] | undefined,
    cells: (r: T) => Record<string, CellOut>,
  ) => {
    if (rows?.length) reader.table(key).append(rows.map(cells));
  };
  append('meetings', p.insertMeetings, (m) => meetingCells(m, lang));
  append('actionItems', p.insertItems, (i) => itemCells(i, lang));
  append('time', p.insertTime, timeCells);
  append('acceptances', p.insertAcceptances, (a) => acceptanceCells(a, lang));
  append('followUps', p.insertFollowUps, (f) => followUpCells(f, lang));
  // Located by the id before (a hand-typed row by its row number), written with the id after.
  const afters = <T extends { id: string }>(list: { before: T; after: T }[] | undefined) =>
    (list ?? []).map((u) => ({ locate: u.before.id, record: u.after }));
  rewrite(reader, 'meetings', afters(p.updateMeetings), (m) => meetingCells(m, lang));
  rewrite(reader, 'actionItems', afters(p.updateItems), (i) => itemCells(i, lang));
  rewrite(reader, 'acceptances', afters(p.updateAcceptances), (a) => acceptanceCells(a, lang));
  rewrite(reader, 'followUps', afters(p.updateFollowUps), (f) => followUpCells(f, lang));
  if (p.milestoneProgress)
    writeMilestones(reader, p.milestoneProgress.confirmation, p.milestoneProgress.after);
  if (p.orderFigures?.length) {
    const table = reader.table('orders');
    const map = table.columnMap();
    const rows = new Map(reader.orders().map((r) => [r.order.number, r.row]));
    const updates = p.orderFigures.flatMap(({ before, after }) => {
      const row = rows.get(before.number);
      const values = row ? changedOrderCells(before, after, row, map, lang) : {};
      return row && Object.keys(values).length > 0 ? [{ row, values }] : [];
    });
    if (updates.length > 0) table.updateMany(reader.tableRows('orders').rows, updates);
  }
}

/** Appended rows: at their planned place if they carry our id or none yet (half written), else wherever our id is. */
function deleteInserted(
  reader: GasRegisterReader,
  key: ProjectTableKey,
  planned: { row: number; ids: string[] },
) {
  const table = reader.table(key);
  const { rows, map } = table.readAll();
  const idIndex = map.get('id') as number;
  const ours = new Set(planned.ids);
  const doomed = new Set<number>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    const id = String(cells[idIndex] ?? '').trim();
    const atPlannedPlace = row >= planned.row && row < planned.row + planned.ids.length;
    if (ours.has(id) || (atPlannedPlace && id === '')) doomed.add(row);
  });
  table.deleteRows([...doomed]);
}

/** Puts the project sheets back: appended rows deleted, rewritten rows restored, events made removed. Figures are recomputed by the next refresh. */
export function undoProjectChanges(reader: GasRegisterReader, journal: ProjectJournal): void {
  const lang = reader.lang();
  for (const [key, planned] of Object.entries(journal.inserts) as [
    ProjectTableKey,
    { row: number; ids: string[] },
  ][])
    if (planned && reader.context.sheet(key)) deleteInserted(reader, key, planned);
  const restore = <T>(
    key: ProjectTableKey,
    records: Rewritten<T>[],
    cells: (r: T) => Record<string, CellOut>,
  ) => {
    if (records.length > 0 && reader.context.sheet(key))
      rewrite(
        reader,
        key,
        records.map((r) => ({ locate: r.afterId, record: r.before })),
        cells,
      );
  };
  restore('meetings', journal.meetings, (m) => meetingCells(m, lang));
  restore('actionItems', journal.items, (i) => itemCells(i, lang));
  restore('acceptances', journal.acceptances, (a) => acceptanceCells(a, lang));
  restore('followUps', journal.followUps, (f) => followUpCells(f, lang));
  if (journal.milestones)
    writeMilestones(reader, journal.milestones.confirmation, journal.milestones.progress);
  for (const id of journal.events) removeEvent(id);
}
