// Formula evaluation against one sheet, memoised for the duration of one read.

// A 50,000-row formula column thus costs one evaluation per cell; circular references give #REF!.

import { toSerial } from '../core/time-zone';
import { evaluate } from '../formula/evaluator';
import type { FormulaTemplate } from '../formula/template';
import { errors, type Scalar, SerialDate, scalarOf } from '../formula/values';
import { FormulaCell } from './cell-value';
import type { SheetModel } from './sheet-model';

/** Column factor for memo keys; Sheets allows at most 18,278 columns. */
const KEY_STRIDE = 32_768;

export class SheetEvaluator {
  readonly nowMs: number;
  readonly timeZone: string;
  private readonly memo = new Map<number, Scalar>();
  private readonly inProgress = new Set<number>();

  constructor(private readonly sheet: SheetModel) {
    this.nowMs = sheet.book.nowMs();
    this.timeZone = sheet.book.timeZone;
  }

  cell(row: number, col: number): Scalar {
    const stored = this.sheet.values.get(row, col);
    if (stored === undefined) return null;
    if (stored instanceof FormulaCell) return this.formulaAt(stored.template, row, col);
    if (stored instanceof Date) return new SerialDate(toSerial(stored.getTime(), this.timeZone));
    return stored;
  }

  /** Value of the formula stored in (row, col). */
  formulaAt(template: FormulaTemplate, row: number, col: number): Scalar {
    const key = row * KEY_STRIDE + col;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.inProgress.has(key)) return errors.ref;
    this.inProgress.add(key);
    try {
      const value = this.evaluateAt(template, row, col);
      this.memo.set(key, value);
      return value;
    } finally {
      this.inProgress.delete(key);
    }
  }

  /** Value of a formula as if it stood in (row, col), for conditional formats (nothing refers to those). */
  evaluateAt(template: FormulaTemplate, row: number, col: number): Scalar {
    return scalarOf(evaluate(template.ast, { row, col, scope: this }));
  }
}
