// Finds each column by its stable key: the key in the header cell's note, else the header text in either language.
import { type Lang, t } from '../shared/i18n';
import { columnLabelKey, type TableDef } from './schema';
import { SheetProblem } from './sheetProblem';

const NOTE_KEY = /\baa:([A-Za-z]+)\b/;

export function columnNote(lang: Lang, key: string): string {
  return `${t(lang, 'note.column')}\naa:${key}`;
}

/** Column key -> 0-based index, for the columns this table defines and that the sheet has. */
export type ColumnMap = Map<string, number>;

export function mapColumns(def: TableDef, headers: readonly unknown[], notes: readonly string[]): ColumnMap {
  const map: ColumnMap = new Map();
  const claimed = new Set<number>();
  // Notes first: they survive renamed headers and moved columns.
  notes.forEach((note, index) => {
    const m = NOTE_KEY.exec(note ?? '');
    if (!m || !def.columns.some((c) => c.key === m[1])) return;
    if (map.has(m[1])) throw new SheetProblem('err.duplicateColumn', def, m[1]);
    map.set(m[1], index);
    claimed.add(index);
  });
  // Then header text in German or English, for a column whose note was deleted.
  for (const column of def.columns) {
    if (map.has(column.key)) continue;
    const labels = (['de', 'en'] as const).map((lang) =>
      t(lang, columnLabelKey(def.key, column.key)).toLowerCase(),
    );
    const found = headers.findIndex(
      (h, i) => !claimed.has(i) && labels.includes(String(h).trim().toLowerCase()),
    );
    if (found >= 0) {
      map.set(column.key, found);
      claimed.add(found);
    }
  }
  return map;
}

export function missingColumns(def: TableDef, map: ColumnMap): string[] {
  return def.columns.filter((c) => !map.has(c.key)).map((c) => c.key);
}

/** Splits sheet column indexes into contiguous runs, so each run is written with one setValues. */
export function contiguousRuns(indexes: readonly number[]): number[][] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const index of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs;
}
