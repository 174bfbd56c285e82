// Evaluates an expression tree for one host cell: operators, references and date arithmetic.

import { callFunction } from './functions';
import type { FormulaNode } from './parser';
import { type CellRef, targetOf } from './template';
import {
  compareScalars,
  type EvalValue,
  errors,
  FormulaError,
  RangeValue,
  type Scalar,
  SerialDate,
  scalarOf,
  toNumber,
  toText,
} from './values';

/** What a formula may look at: the cells of its own sheet, the clock and the time zone. */
export interface EvalScope {
  /** Value of a cell (formulas evaluated), null when empty; 0-based. */
  cell(row: number, col: number): Scalar;
  readonly nowMs: number;
  readonly timeZone: string;
}

export interface EvalHost {
  row: number;
  col: number;
  scope: EvalScope;
}

export function evaluate(node: FormulaNode, host: EvalHost): EvalValue {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'ref':
      return readRef(node.ref, host);
    case 'range':
      return readRange(node.from, node.to, host);
    case 'negate': {
      const value = toNumber(evaluate(node.arg, host));
      return value instanceof FormulaError ? value : -value;
    }
    case 'percent': {
      const value = toNumber(evaluate(node.arg, host));
      return value instanceof FormulaError ? value : value / 100;
    }
    case 'binary':
      return binary(node.op, scalarOf(evaluate(node.left, host)), scalarOf(evaluate(node.right, host)));
    case 'call':
      return callFunction(node.name, node.args, (arg) => evaluate(arg, host), host.scope);
  }
}

function readRef(ref: CellRef, host: EvalHost): Scalar {
  const row = targetOf(ref.row, host.row);
  const col = targetOf(ref.col, host.col);
  if (row < 0 || col < 0) return errors.ref;
  return host.scope.cell(row, col);
}

function readRange(from: CellRef, to: CellRef, host: EvalHost): EvalValue {
  const top = targetOf(from.row, host.row);
  const left = targetOf(from.col, host.col);
  const bottom = targetOf(to.row, host.row);
  const right = targetOf(to.col, host.col);
  if (top < 0 || left < 0) return errors.ref;
  const cells: Scalar[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: Scalar[] = [];
    for (let col = left; col <= right; col++) line.push(host.scope.cell(row, col));
    cells.push(line);
  }
  return new RangeValue(cells);
}

function binary(op: string, left: Scalar, right: Scalar): Scalar {
  if (op === '&') {
    const a = toText(left);
    if (a instanceof FormulaError) return a;
    const b = toText(right);
    return b instanceof FormulaError ? b : a + b;
  }
  if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
    const order = compareScalars(left, right);
    if (order instanceof FormulaError) return order;
    return compareResult(op, order);
  }
  const a = toNumber(left);
  if (a instanceof FormulaError) return a;
  const b = toNumber(right);
  if (b instanceof FormulaError) return b;
  return arithmetic(op, a, b, left instanceof SerialDate, right instanceof SerialDate);
}

function compareResult(op: string, order: number): boolean {
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** Date + days and date - days stay dates; date - date is a number of days, as in Sheets. */
function arithmetic(op: string, a: number, b: number, leftIsDate: boolean, rightIsDate: boolean): Scalar {
  switch (op) {
    case '+':
      return leftIsDate !== rightIsDate ? new SerialDate(a + b) : a + b;
    case '-':
      return leftIsDate && !rightIsDate ? new SerialDate(a - b) : a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? errors.divideByZero : a / b;
    default: {
      const power = a ** b;
      return Number.isFinite(power) ? power : errors.num;
    }
  }
}
