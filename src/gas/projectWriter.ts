// Writes and undoes the project part of a change set: meetings, action items, time, acceptances, follow-ups, progress.
import type { ChangeSet, ProjectChanges } from '../app/ports';
import type { Acceptance, ActionItem, FollowUp, Meeting } from '../domain/project/types';
import type { Lang } from '../shared/i18n';
import type { CellOut, CellValue } from './cells';
import type { ProjectTableKey } from './projectSchema';
import type { GasRegisterReader } from './reader';
import { changedOrderCells } from './rows/orderRows';
import { acceptanceCells, followUpCells, itemCells, meetingCells, timeCells } from './rows/projectRows';

/** What undo needs: the ids of appended rows, and rewritten records as they were (a handful per action). */
export interface ProjectJournal {
  inserts: Partial<Record<ProjectTableKey, string[]>>;
  meetings: Meeting[];
  items: ActionItem[];
  acceptances: Acceptance[];
  followUps: FollowUp[];
  milestones: { confirmation: string; progress: (number | null)[] } | null;
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

export function projectJournal(changes: ChangeSet): ProjectJournal {
  const p = changes.project ?? {};
  const ids = <T extends { id: string }>(rows: T[] | undefined) => (rows ?? []).map((r) => r.id);
  return {
    inserts: {
      meetings: ids(p.insertMeetings),
      actionItems: ids(p.insertItems),
      time: ids(p.insertTime),
      acceptances: ids(p.insertAcceptances),
      followUps: ids(p.insertFollowUps),
    },
    meetings: (p.updateMeetings ?? []).map((u) => u.before),
    items: (p.updateItems ?? []).map((u) => u.before),
    acceptances: (p.updateAcceptances ?? []).map((u) => u.before),
    followUps: (p.updateFollowUps ?? []).map((u) => u.before),
    milestones: p.milestoneProgress
      ? { confirmation: p.milestoneProgress.confirmation, progress: p.milestoneProgress.before }
      : null,
  };
}

/** Sheet rows by record id; a row typed in by hand carries its row number as id ('row-12'). */
function rowsById(
  reader: GasRegisterReader,
  key: ProjectTableKey,
  ids: readonly string[],
): Map<string, number> {
  const found = new Map<string, number>();
  const real = ids.filter((id) => !/^row-\d+$/.test(id));
  for (const id of ids) if (/^row-\d+$/.test(id)) found.set(id, Number(id.slice(4)));
  if (real.length > 0) {
    const table = reader.table(key);
    const { map, rows } = table.readKeyed(real);
    const idIndex = map.get('id') as number;
    for (const r of rows) found.set(String(r.cells[idIndex] ?? '').trim(), r.row);
  }
  return found;
}

function rewrite<T extends { id: string }>(
  reader: GasRegisterReader,
  key: ProjectTableKey,
  records: readonly T[],
  cells: (record: T) => Record<string, CellOut>,
): void {
  if (records.length === 0) return;
  const rows = rowsById(
    reader,
    key,
    records.map((r) => r.id),
  );
  const table = reader.table(key);
  for (const record of records) {
    const row = rows.get(record.id);
    if (row) table.update(row, cells(record));
  }
}

function writeMilestones(
  reader: GasRegisterReader,
  confirmation: string,
  progress: readonly (number | null)[],
) {
  const table = reader.table('milestones');
  const { rows } = table.readKeyed([confirmation]);
  const updates = rows.flatMap((r, i) =>
    i < progress.length ? [{ row: r.row, values: { progress: progress[i] } as Record<string, CellOut> }] : [],
  );
  // A confirmation's milestones were written together: one setValues over their rows.
  const current: CellValue[][] = [];
  for (const r of rows) current[r.row - 2] = r.cells;
  table.updateMany(current, updates);
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
  const afters = <T>(list: { after: T }[] | undefined) => (list ?? []).map((u) => u.after);
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

/** Puts the project sheets back: appended rows deleted by id, rewritten rows restored. Figures are recomputed by the next refresh. */
export function undoProjectChanges(reader: GasRegisterReader, journal: ProjectJournal): void {
  const lang = reader.lang();
  for (const [key, ids] of Object.entries(journal.inserts) as [ProjectTableKey, string[]][]) {
    if (!ids?.length || !reader.context.sheet(key)) continue;
    const table = reader.table(key);
    table.deleteRows(table.readKeyed(ids).rows.map((r) => r.row));
  }
  const restore = <T extends { id: string }>(
    key: ProjectTableKey,
    records: T[],
    cells: (r: T) => Record<string, CellOut>,
  ) => {
    if (records.length > 0 && reader.context.sheet(key)) rewrite(reader, key, records, cells);
  };
  restore('meetings', journal.meetings, (m) => meetingCells(m, lang));
  restore('actionItems', journal.items, (i) => itemCells(i, lang));
  restore('acceptances', journal.acceptances, (a) => acceptanceCells(a, lang));
  restore('followUps', journal.followUps, (f) => followUpCells(f, lang));
  if (journal.milestones)
    writeMilestones(reader, journal.milestones.confirmation, journal.milestones.progress);
}
