// Writes an emulator's whole state as JSON: sheets with every cell layer and rule, properties, cache, clock,
// Drive, sent mail, triggers and the calendar.

import { FormulaCell, type StoredValue } from '../sheets/cell-value';
import type { Grid } from '../sheets/grid';
import { conditionFormulaText } from '../sheets/rule-formula';
import type { SheetModel } from '../sheets/sheet-model';
import type { EmuWorld } from '../world';
import { saveCalendar } from './calendar';
import { saveDrive } from './drive';
import { encodeValue, type SavedCell, type SavedGrid, type SavedSheet, type SavedState } from './format';
import { saveMail, saveTriggers } from './scripting';

function saveGrid<T, S>(grid: Grid<T>, save: (value: T, row: number, col: number) => S): SavedGrid<S> {
  const saved: SavedGrid<S> = [];
  grid.rows.forEach((cells, row) => {
    if (!cells?.some((cell) => cell !== undefined)) return;
    saved.push([row, Array.from(cells, (cell, col) => (cell === undefined ? null : save(cell, row, col)))]);
  });
  return saved;
}

function saveCell(value: StoredValue, row: number, col: number): SavedCell {
  if (value instanceof FormulaCell) return { f: value.template.render(row, col) };
  if (value instanceof Date) return { d: value.getTime() };
  return value;
}

/** Saves objects shared between cells (formats, validations) once, cells refer to them by index. */
function interned<T extends object>(grid: Grid<T>): { table: T[]; grid: SavedGrid<number> } {
  const table: T[] = [];
  const indexes = new Map<T, number>();
  const saved = saveGrid(grid, (value) => {
    let index = indexes.get(value);
    if (index === undefined) {
      index = table.push(value) - 1;
      indexes.set(value, index);
    }
    return index;
  });
  return { table, grid: saved };
}

function saveSheet(sheet: SheetModel): SavedSheet {
  const formats = interned(sheet.formats);
  const validations = interned(sheet.validations);
  return {
    id: sheet.id,
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    tabColor: sheet.tabColor,
    hidden: sheet.hidden,
    columnWidths: Array.from(sheet.columnWidths, (width) => width ?? null),
    hiddenColumns: sheet.hiddenColumns.flatMap((hidden, col) => (hidden ? [col] : [])),
    values: saveGrid(sheet.values, saveCell),
    notes: saveGrid(sheet.notes, (note) => note),
    formatTable: formats.table,
    formats: formats.grid,
    validationTable: validations.table.map((rule) => ({ ...rule, values: rule.values.map(encodeValue) })),
    validations: validations.grid,
    conditionalRules: sheet.conditionalRules.map((rule) => ({
      ranges: rule.ranges,
      condition: rule.condition && {
        criteria: rule.condition.criteria,
        values: rule.condition.values.map(encodeValue),
        formula: conditionFormulaText(rule.condition, rule.ranges),
      },
      style: rule.style,
    })),
    protections: sheet.protections.map((protection) => ({ ...protection })),
  };
}

export function serializeWorld(world: EmuWorld): string {
  const { book, ctx } = world;
  const state: SavedState = {
    version: 1,
    clockMs: ctx.clock.nowMs(),
    uuidCounter: ctx.uuidCounter,
    spreadsheet: {
      id: book.id,
      name: book.name,
      timeZone: book.timeZone,
      locale: book.locale,
      activeSheetId: book.activeSheetId,
      selection: book.selection,
      nextSheetId: book.nextSheetId,
      nextProtectionId: book.nextProtectionId,
      sheets: book.sheets.map(saveSheet),
    },
    properties: {
      document: Object.fromEntries(world.properties.document.values),
      user: Object.fromEntries(world.properties.user.values),
      script: Object.fromEntries(world.properties.script.values),
    },
    cache: {
      document: Object.fromEntries(world.caches.document.entries),
      user: Object.fromEntries(world.caches.user.entries),
      script: Object.fromEntries(world.caches.script.entries),
    },
    drive: saveDrive(world.drive),
    mail: saveMail(world.mail),
    triggers: saveTriggers(world.triggers),
    calendar: saveCalendar(world.calendar),
  };
  return JSON.stringify(state);
}
