// Inserting, deleting and moving rows or columns, with every cell layer shifting along.

// Except for sorting, formula references, conditional-format ranges and protected ranges follow the
// cells they pointed at.

import { transformTemplate } from '../formula/template';
import type { Rect } from './a1';
import { type Axis, type AxisChange, type AxisMap, axisMap } from './axis';
import { FormulaCell } from './cell-value';
import { applyToList, type Grid } from './grid';
import type { ConditionalRuleModel, ProtectionModel } from './rules';
import type { SheetModel } from './sheet-model';

export interface ChangeOptions {
  /**
   * Moving, inserting and deleting keep references pointing at the same cells. Sorting does not: it moves
   * cell contents, and formulas keep their relative form, so a row's formula still reads its own row.
   */
  adjustReferences: boolean;
}

export function changeAxis(sheet: SheetModel, axis: Axis, change: AxisChange, options: ChangeOptions): void {
  const map = axisMap(change);
  if (options.adjustReferences) rewriteFormulas(sheet, axis, map);
  for (const grid of [sheet.values, sheet.notes, sheet.formats, sheet.validations]) grid.apply(axis, change);
  if (options.adjustReferences) {
    sheet.conditionalRules = sheet.conditionalRules.flatMap((rule) => moveRule(rule, axis, map));
    sheet.protections = sheet.protections.flatMap((protection) => moveProtection(protection, axis, map));
  }
  if (axis === 'col') {
    sheet.columnWidths = applyToList(sheet.columnWidths, change);
    sheet.hiddenColumns = applyToList(sheet.hiddenColumns, change);
  }
  resize(sheet, axis, change);
}

function rewriteFormulas(sheet: SheetModel, axis: Axis, map: AxisMap): void {
  sheet.forEachFormula((cell, row, col) => {
    const hostOld = axis === 'row' ? row : col;
    const hostNew = map.map(hostOld);
    if (hostNew === null) return;
    const template = transformTemplate(cell.template, axis, map, hostOld, hostNew);
    if (template !== cell.template) sheet.values.set(row, col, new FormulaCell(template));
  });
}

export function moveRect(rect: Rect, axis: Axis, map: AxisMap): Rect | null {
  const start = axis === 'row' ? rect.row : rect.col;
  const size = axis === 'row' ? rect.numRows : rect.numCols;
  const span = map.mapSpan(start, start + size - 1);
  if (!span) return null;
  const [newStart, newEnd] = span;
  return axis === 'row'
    ? { ...rect, row: newStart, numRows: newEnd - newStart + 1 }
    : { ...rect, col: newStart, numCols: newEnd - newStart + 1 };
}

function moveRule(rule: ConditionalRuleModel, axis: Axis, map: AxisMap): ConditionalRuleModel[] {
  const ranges = rule.ranges
    .map((rect) => moveRect(rect, axis, map))
    .filter((rect): rect is Rect => rect !== null);
  if (ranges.length === 0) return [];
  const condition = rule.condition;
  if (!condition?.formula || rule.ranges.length === 0) return [{ ...rule, ranges }];
  // The formula is relative to the first range's top-left cell, which may itself have moved.
  const anchorOld = axis === 'row' ? rule.ranges[0].row : rule.ranges[0].col;
  const anchorNew = axis === 'row' ? ranges[0].row : ranges[0].col;
  const formula = transformTemplate(condition.formula, axis, map, anchorOld, anchorNew);
  return [{ ...rule, ranges, condition: { ...condition, formula } }];
}

function moveProtection(protection: ProtectionModel, axis: Axis, map: AxisMap): ProtectionModel[] {
  const unprotected = protection.unprotected
    .map((rect) => moveRect(rect, axis, map))
    .filter((rect): rect is Rect => rect !== null);
  if (!protection.rect) return [{ ...protection, unprotected }];
  const rect = moveRect(protection.rect, axis, map);
  // Deleting every protected cell deletes the protection, as in Sheets.
  return rect ? [{ ...protection, rect, unprotected }] : [];
}

function resize(sheet: SheetModel, axis: Axis, change: AxisChange): void {
  if (change.kind === 'reorder') return;
  const delta = change.kind === 'insert' ? change.count : -change.count;
  const frozen = axis === 'row' ? sheet.frozenRows : sheet.frozenColumns;
  let newFrozen = frozen;
  if (change.kind === 'insert' && change.at < frozen) newFrozen += change.count;
  if (change.kind === 'delete')
    newFrozen -= Math.max(0, Math.min(frozen, change.at + change.count) - change.at);
  if (axis === 'row') {
    sheet.maxRows += delta;
    sheet.frozenRows = newFrozen;
  } else {
    sheet.maxColumns += delta;
    sheet.frozenColumns = newFrozen;
  }
}

/** Copies formats and validations from one row or column into newly inserted ones (Sheets does this). */
export function inheritFormatting(
  sheet: SheetModel,
  axis: Axis,
  source: number,
  at: number,
  count: number,
): void {
  const length = axis === 'row' ? sheet.maxColumns : sheet.maxRows;
  copyLine(sheet.formats, axis, source, at, count, length);
  copyLine(sheet.validations, axis, source, at, count, length);
}

function copyLine<T>(
  grid: Grid<T>,
  axis: Axis,
  source: number,
  at: number,
  count: number,
  length: number,
): void {
  for (let other = 0; other < length; other++) {
    const value = axis === 'row' ? grid.get(source, other) : grid.get(other, source);
    if (value === undefined) continue;
    for (let k = at; k < at + count; k++) {
      if (axis === 'row') grid.set(k, other, value);
      else grid.set(other, k, value);
    }
  }
}
