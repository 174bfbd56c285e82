// Restores an emulator's state from serialize() output into a freshly created world.

import { templateFromA1 } from '../formula/template';
import type { StoredValue } from '../sheets/cell-value';
import { FormulaCell } from '../sheets/cell-value';
import type { Grid } from '../sheets/grid';
import type { ValidationModel } from '../sheets/rules';
import { SheetModel } from '../sheets/sheet-model';
import type { EmuWorld } from '../world';
import { restoreCalendar } from './calendar';
import { restoreDrive } from './drive';
import { decodeValue, type SavedCell, type SavedGrid, type SavedSheet, type SavedState } from './format';
import { restoreMail, restoreTriggers } from './scripting';

function loadGrid<S, T>(
  grid: Grid<T>,
  saved: SavedGrid<S>,
  load: (value: S, row: number, col: number) => T,
): void {
  for (const [row, cells] of saved) {
    cells.forEach((cell, col) => {
      if (cell !== null) grid.set(row, col, load(cell, row, col));
    });
  }
}

function loadCell(cell: SavedCell, row: number, col: number): StoredValue | undefined {
  if (cell === null) return undefined;
  if (typeof cell !== 'object') return cell;
  if ('f' in cell) return new FormulaCell(templateFromA1(cell.f, row, col));
  return new Date(cell.d);
}

function loadSheet(world: EmuWorld, saved: SavedSheet): SheetModel {
  const sheet = new SheetModel(world.book, saved.id, saved.name, saved.maxRows, saved.maxColumns);
  sheet.frozenRows = saved.frozenRows;
  sheet.frozenColumns = saved.frozenColumns;
  sheet.tabColor = saved.tabColor;
  sheet.hidden = saved.hidden;
  sheet.columnWidths = saved.columnWidths.map((width) => width ?? undefined);
  for (const col of saved.hiddenColumns) sheet.hiddenColumns[col] = true;
  loadGrid(sheet.values, saved.values, (cell, row, col) => loadCell(cell, row, col) as StoredValue);
  loadGrid(sheet.notes, saved.notes, (note) => note);
  const formats = saved.formatTable.map((format) => Object.freeze({ ...format }));
  loadGrid(sheet.formats, saved.formats, (index) => formats[index]);
  const validations: ValidationModel[] = saved.validationTable.map((rule) =>
    Object.freeze({ ...rule, values: rule.values.map(decodeValue) }),
  );
  loadGrid(sheet.validations, saved.validations, (index) => validations[index]);
  sheet.conditionalRules = saved.conditionalRules.map((rule) => {
    const first = rule.ranges[0];
    const condition = rule.condition && {
      criteria: rule.condition.criteria,
      values: rule.condition.values.map(decodeValue),
      formula:
        rule.condition.formula && first
          ? templateFromA1(rule.condition.formula, first.row, first.col)
          : undefined,
      formulaText: rule.condition.formula && !first ? rule.condition.formula : undefined,
    };
    return { ranges: rule.ranges, condition, style: rule.style };
  });
  sheet.protections = saved.protections.map((protection) => ({ ...protection }));
  return sheet;
}

export function restoreWorld(world: EmuWorld, json: string): void {
  const state = JSON.parse(json) as SavedState;
  if (state.version !== 1) throw new Error(`Unknown emulator state version ${String(state.version)}`);
  const { book, ctx } = world;
  ctx.clock.set(new Date(state.clockMs));
  ctx.uuidCounter = state.uuidCounter;
  const saved = state.spreadsheet;
  book.id = saved.id;
  book.name = saved.name;
  book.timeZone = saved.timeZone;
  book.locale = saved.locale;
  book.sheets = saved.sheets.map((sheet) => loadSheet(world, sheet));
  book.activeSheetId = saved.activeSheetId;
  book.selection = saved.selection;
  book.nextSheetId = saved.nextSheetId;
  book.nextProtectionId = saved.nextProtectionId;
  for (const scope of ['document', 'user', 'script'] as const) {
    world.properties[scope].values.clear();
    for (const [key, value] of Object.entries(state.properties[scope]))
      world.properties[scope].values.set(key, value);
    world.caches[scope].entries.clear();
    for (const [key, entry] of Object.entries(state.cache[scope]))
      world.caches[scope].entries.set(key, { ...entry });
  }
  if (state.drive) restoreDrive(world.drive, state.drive);
  if (state.mail) restoreMail(world.mail, state.mail);
  if (state.triggers) restoreTriggers(world.triggers, state.triggers);
  if (state.calendar) restoreCalendar(world.calendar, state.calendar);
}
