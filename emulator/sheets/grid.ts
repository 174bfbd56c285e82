// A sparse 2-D store (array of row arrays), one per cell layer: values, notes, formats, validations.

// Rows and cells that were never written stay holes, so a 50,000-row sheet costs only what it holds.

import type { Axis, AxisChange } from './axis';

export class Grid<T> {
  rows: Array<Array<T | undefined> | undefined> = [];

  get(row: number, col: number): T | undefined {
    return this.rows[row]?.[col];
  }

  set(row: number, col: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (!cells) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[col] = value;
  }

  /** Index of the last row holding any defined cell, or -1. */
  lastRow(): number {
    for (let row = this.rows.length - 1; row >= 0; row--) {
      const cells = this.rows[row];
      if (cells?.some((cell) => cell !== undefined)) return row;
    }
    return -1;
  }

  lastCol(): number {
    let last = -1;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let col = cells.length - 1; col > last; col--) {
        if (cells[col] !== undefined) {
          last = col;
          break;
        }
      }
    }
    return last;
  }

  apply(axis: Axis, change: AxisChange): void {
    if (axis === 'row') this.rows = applyToList(this.rows, change);
    else this.rows = this.rows.map((cells) => cells && applyToList(cells, change));
  }

  /** Reorders rows from start by order, touching only columns fromCol..toCol (Range.sort on a block). */
  reorderRowsWithin(start: number, order: number[], fromCol: number, toCol: number): void {
    const snapshot = order.map((oldRow) => this.rows[oldRow]?.slice(fromCol, toCol + 1));
    snapshot.forEach((cells, i) => {
      for (let col = fromCol; col <= toCol; col++) this.set(start + i, col, cells?.[col - fromCol]);
    });
  }

  clearRect(row: number, col: number, numRows: number, numCols: number): void {
    for (let r = row; r < row + numRows; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      for (let c = col; c < col + numCols && c < cells.length; c++) cells[c] = undefined;
    }
  }

  forEachDefined(visit: (value: T, row: number, col: number) => void): void {
    this.rows.forEach((cells, row) => {
      cells?.forEach((value, col) => {
        if (value !== undefined) visit(value, row, col);
      });
    });
  }
}

/** Applies a structural change to a list (holes allowed), returning a new list. */
export function applyToList<T>(list: T[], change: AxisChange): T[] {
  switch (change.kind) {
    case 'insert':
      if (change.at >= list.length) return list;
      return list.slice(0, change.at).concat(new Array<T>(change.count), list.slice(change.at));
    case 'delete':
      if (change.at >= list.length) return list;
      return list.slice(0, change.at).concat(list.slice(change.at + change.count));
    case 'reorder': {
      const result = list.slice();
      change.order.forEach((oldIndex, i) => {
        result[change.start + i] = list[oldIndex];
      });
      return result;
    }
  }
}
