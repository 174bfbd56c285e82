// One register table on one sheet: read it whole in one getValues, write rows as contiguous blocks.
import { type CellOut, type CellValue, encode, escapeText } from './cells';
import { type ColumnMap, contiguousRuns, mapColumns, missingColumns } from './columns';
import type { TableDef } from './schema';
import { SheetProblem } from './sheetProblem';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableRows {
  map: ColumnMap;
  /** Data rows below the header; rows[i] is sheet row i + 2. */
  rows: CellValue[][];
}

/** Above this many separate blocks of matching rows, readKeyed reads the span between them in one call. */
const MAX_KEYED_RUNS = 3;

export class SheetTable {
  private map: ColumnMap | null = null;
  private lastRow = -1;

  constructor(
    readonly sheet: Sheet,
    readonly def: TableDef,
  ) {}

  /** Whole table: one getDataRange + getValues, plus the header notes that name the columns. */
  readAll(): TableRows {
    const values = this.sheet.getDataRange().getValues() as CellValue[][];
    const map = this.resolveColumns(values[0] ?? []);
    this.lastRow = values.length;
    return { map, rows: values.slice(1) };
  }

  /** Header and the last row only, for append-only tables such as the log. */
  readLast(): { map: ColumnMap; last: CellValue[] | null } {
    const { map, lastRow, width } = this.readHeader();
    const last =
      lastRow >= 2 ? (this.sheet.getRange(lastRow, 1, 1, width).getValues()[0] as CellValue[]) : null;
    return { map, last };
  }

  /**
   * Only the rows whose key column holds one of `keys`: the header, the key column, then one read per
   * contiguous block of matching rows (a document's positions are written together, so usually one).
   * The calls do not grow with the size of the sheet.
   */
  readKeyed(
    keys: readonly string[],
    keyColumnKey: string = this.def.keyColumn,
  ): { map: ColumnMap; rows: { row: number; cells: CellValue[] }[] } {
    const { map, lastRow, width } = this.readHeader();
    if (lastRow < 2 || keys.length === 0) return { map, rows: [] };
    const keyColumn = (map.get(keyColumnKey) as number) + 1;
    const wanted = new Set(keys);
    const column = this.sheet.getRange(2, keyColumn, lastRow - 1, 1).getValues();
    const matches: number[] = [];
    column.forEach(([value], i) => {
      if (wanted.has(String(value).trim())) matches.push(i + 2);
    });
    const rows: { row: number; cells: CellValue[] }[] = [];
    const runs = contiguousRuns(matches);
    if (runs.length > MAX_KEYED_RUNS) {
      // Rows added over weeks (an order's time entries) lie scattered: one read of the span keeps the calls constant.
      const first = matches[0];
      const span = this.sheet
        .getRange(first, 1, matches[matches.length - 1] - first + 1, width)
        .getValues() as CellValue[][];
      for (const row of matches) rows.push({ row, cells: span[row - first] });
      return { map, rows };
    }
    for (const run of runs) {
      const block = this.sheet.getRange(run[0], 1, run.length, width).getValues() as CellValue[][];
      block.forEach((cells, i) => {
        rows.push({ row: run[0] + i, cells });
      });
    }
    return { map, rows };
  }

  /** One column's values below the header (one read however long the sheet), e.g. every invoice number. */
  columnValues(key: string): CellValue[] {
    const { map, lastRow } = this.readHeader();
    if (lastRow < 2) return [];
    const column = (map.get(key) as number) + 1;
    return this.sheet
      .getRange(2, column, lastRow - 1, 1)
      .getValues()
      .map((r) => r[0] as CellValue);
  }

  /** The header row and where the records end: what writing needs when no rows were read (constant calls). */
  private readHeader(): { map: ColumnMap; lastRow: number; width: number } {
    const lastRow = this.sheet.getLastRow();
    const width = Math.max(1, this.sheet.getLastColumn());
    const header = this.sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    const map = this.resolveColumns(header);
    this.lastRow = Math.max(1, lastRow);
    return { map, lastRow, width };
  }

  private resolveColumns(header: readonly CellValue[]): ColumnMap {
    const width = Math.max(1, header.length);
    const notes = this.sheet.getRange(1, 1, 1, width).getNotes()[0];
    const map = mapColumns(this.def, header, notes);
    const missing = missingColumns(this.def, map);
    if (missing.length > 0) throw new SheetProblem('err.columnMissing', this.def, missing[0]);
    this.map = map;
    return map;
  }

  /** The column map; a table written without being read first (a first quote's positions) reads its header now. */
  private columns(): ColumnMap {
    return this.map ?? this.readHeader().map;
  }

  columnMap(): ColumnMap {
    return this.columns();
  }

  /** The sheet row the next appended record lands in. */
  nextRow(): number {
    this.columns();
    return this.lastRow + 1;
  }

  /** Appends records below the last row; each contiguous run of our columns is one setValues. */
  append(records: readonly Record<string, CellOut>[]): number {
    if (records.length === 0) return 0;
    const map = this.columns();
    const first = this.lastRow + 1;
    const needed = first + records.length - 1;
    // Fresh rows right below the last record: they take its formats and drop-downs, ranges that end
    // at it (conditional formats, the user's SUMs) grow with them, and a full sheet never runs out.
    // The same one call whether the register holds 10 rows or 50,000. An empty table writes into the
    // blank formatted rows setup left, so its first record does not copy the header's look.
    if (this.lastRow >= 2) this.sheet.insertRowsAfter(this.lastRow, records.length);
    const keys = Object.keys(records[0]);
    this.writeRuns(first, keys, map, records);
    this.lastRow = needed;
    return first;
  }

  /** Overwrites the given columns of one row, leaving the user's own columns alone. */
  update(sheetRow: number, values: Record<string, CellOut>): void {
    const keys = Object.keys(values);
    if (keys.length > 0) this.writeRuns(sheetRow, keys, this.columns(), [values]);
  }

  /**
   * Overwrites cells of many rows at once: per contiguous run of the touched columns, one setValues over
   * the rows from the first to the last touched one, the untouched cells written back as `current` holds
   * them (the table as read under the lock). Constant calls however many rows a bank statement touches.
   */
  updateMany(
    current: readonly CellValue[][],
    updates: readonly { row: number; values: Record<string, CellOut> }[],
  ): void {
    if (updates.length === 0) return;
    const map = this.columns();
    const byRow = new Map<number, Record<string, CellOut>>();
    for (const u of updates) byRow.set(u.row, { ...byRow.get(u.row), ...u.values });
    // A formula column is never rewritten: the cells in between would lose their formulas to their values.
    const formulas = new Set(this.def.columns.filter((c) => c.type === 'formula').map((c) => c.key));
    const keys = [...new Set(updates.flatMap((u) => Object.keys(u.values)))].filter((k) => !formulas.has(k));
    if (keys.length === 0) return;
    const byIndex = new Map<number, string>();
    for (const key of keys) {
      const index = map.get(key);
      if (index === undefined) throw new SheetProblem('err.columnMissing', this.def, key);
      byIndex.set(index, key);
    }
    const rows = [...byRow.keys()];
    const first = Math.min(...rows);
    const last = Math.max(...rows);
    for (const run of contiguousRuns([...byIndex.keys()])) {
      const block: (string | number | boolean | Date)[][] = [];
      for (let row = first; row <= last; row++) {
        const values = byRow.get(row);
        block.push(
          run.map((index) => {
            const key = byIndex.get(index) as string;
            if (values && key in values) return encode(values[key]);
            const cell = current[row - 2]?.[index];
            return cell === undefined ? '' : typeof cell === 'string' ? escapeText(cell) : cell;
          }),
        );
      }
      this.sheet.getRange(first, run[0] + 1, block.length, run.length).setValues(block);
    }
  }

  private writeRuns(
    firstRow: number,
    keys: string[],
    map: ColumnMap,
    records: readonly Record<string, CellOut>[],
  ) {
    const byIndex = new Map<number, string>();
    for (const key of keys) {
      const index = map.get(key);
      if (index === undefined) throw new SheetProblem('err.columnMissing', this.def, key);
      byIndex.set(index, key);
    }
    for (const run of contiguousRuns([...byIndex.keys()])) {
      const block = records.map((record) =>
        run.map((index) => encode(record[byIndex.get(index) as string] ?? null)),
      );
      this.sheet.getRange(firstRow, run[0] + 1, records.length, run.length).setValues(block);
    }
  }

  /** Deletes rows, one call per contiguous block, bottom first so the row numbers above stay valid. */
  deleteRows(sheetRows: readonly number[]): void {
    for (const run of contiguousRuns([...new Set(sheetRows)]).reverse()) {
      if (run.length === 1) this.sheet.deleteRow(run[0]);
      else this.sheet.deleteRows(run[0], run.length);
    }
    this.lastRow -= new Set(sheetRows).size;
  }
}
