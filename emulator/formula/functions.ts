// The spreadsheet functions the add-on writes into its sheets; unknown names give #NAME? as in Sheets.

import { toSerial } from '../core/time-zone';
import type { EvalScope } from './evaluator';
import type { FormulaNode } from './parser';
import {
  type EvalValue,
  errors,
  FormulaError,
  RangeValue,
  type Scalar,
  SerialDate,
  scalarOf,
  toBoolean,
  toNumber,
  toText,
} from './values';

type Evaluate = (node: FormulaNode) => EvalValue;
type Implementation = (args: FormulaNode[], evaluate: Evaluate, scope: EvalScope) => EvalValue;

interface FunctionSpec {
  minArgs: number;
  maxArgs: number;
  run: Implementation;
}

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

function numeric(evaluate: Evaluate, node: FormulaNode, run: (value: number) => Scalar): Scalar {
  const value = toNumber(evaluate(node));
  return value instanceof FormulaError ? value : run(value);
}

/** Numbers among the arguments: direct arguments are coerced, cells in ranges only count when numeric. */
function collectNumbers(args: FormulaNode[], evaluate: Evaluate): number[] | FormulaError {
  const numbers: number[] = [];
  for (const arg of args) {
    const value = evaluate(arg);
    if (value instanceof RangeValue) {
      for (const cell of value.flat()) {
        if (cell instanceof FormulaError) return cell;
        if (typeof cell === 'number') numbers.push(cell);
        else if (cell instanceof SerialDate) numbers.push(cell.serial);
      }
      continue;
    }
    if (value === null) continue;
    const number = toNumber(value);
    if (number instanceof FormulaError) return number;
    numbers.push(number);
  }
  return numbers;
}

function logical(args: FormulaNode[], evaluate: Evaluate, combine: (values: boolean[]) => boolean): Scalar {
  const values: boolean[] = [];
  for (const arg of args) {
    const value = evaluate(arg);
    const cells = value instanceof RangeValue ? value.flat() : [value];
    for (const cell of cells) {
      if (cell === null || (value instanceof RangeValue && typeof cell === 'string')) continue;
      const truth = toBoolean(cell);
      if (truth instanceof FormulaError) return truth;
      values.push(truth);
    }
  }
  return values.length === 0 ? errors.value : combine(values);
}

/** A day number from a date, a number or ISO date text (DAYS accepts all three). */
function dayNumber(value: EvalValue): number | FormulaError {
  const scalar = scalarOf(value);
  if (typeof scalar === 'string') {
    const match = ISO_DATE.exec(scalar);
    if (match) return Math.round(Date.UTC(+match[1], +match[2] - 1, +match[3]) / 86_400_000) + 25_569;
  }
  const number = toNumber(scalar);
  if (number instanceof FormulaError) return number;
  return Math.floor(number);
}

function isNumeric(value: Scalar): boolean {
  return typeof value === 'number' || value instanceof SerialDate;
}

function roundHalfAwayFromZero(value: number, digits: number): number {
  const factor = 10 ** digits;
  const shifted = Math.abs(value) * factor;
  // Nudge by a relative epsilon so 1.005 rounds like Sheets (to 1.01), not like binary floating point.
  const rounded = Math.round(shifted * (1 + Number.EPSILON * 4)) / factor;
  return Math.sign(value) * rounded;
}

const FUNCTIONS: Record<string, FunctionSpec> = {
  TODAY: {
    minArgs: 0,
    maxArgs: 0,
    run: (_a, _e, scope) => new SerialDate(Math.floor(toSerial(scope.nowMs, scope.timeZone))),
  },
  NOW: {
    minArgs: 0,
    maxArgs: 0,
    run: (_a, _e, scope) => new SerialDate(toSerial(scope.nowMs, scope.timeZone)),
  },
  IF: {
    minArgs: 2,
    maxArgs: 3,
    run: (args, evaluate) => {
      const condition = toBoolean(evaluate(args[0]));
      if (condition instanceof FormulaError) return condition;
      if (condition) return scalarOf(evaluate(args[1]));
      return args.length > 2 ? scalarOf(evaluate(args[2])) : false;
    },
  },
  AND: {
    minArgs: 1,
    maxArgs: 255,
    run: (args, evaluate) => logical(args, evaluate, (v) => v.every(Boolean)),
  },
  OR: { minArgs: 1, maxArgs: 255, run: (args, evaluate) => logical(args, evaluate, (v) => v.some(Boolean)) },
  NOT: {
    minArgs: 1,
    maxArgs: 1,
    run: (args, evaluate) => {
      const value = toBoolean(evaluate(args[0]));
      return value instanceof FormulaError ? value : !value;
    },
  },
  ISBLANK: { minArgs: 1, maxArgs: 1, run: (args, evaluate) => scalarOf(evaluate(args[0])) === null },
  // Dates are numbers to Sheets, so ISNUMBER(date cell) is TRUE.
  ISNUMBER: { minArgs: 1, maxArgs: 1, run: (args, evaluate) => isNumeric(scalarOf(evaluate(args[0]))) },
  ISTEXT: {
    minArgs: 1,
    maxArgs: 1,
    run: (args, evaluate) => typeof scalarOf(evaluate(args[0])) === 'string',
  },
  ISLOGICAL: {
    minArgs: 1,
    maxArgs: 1,
    run: (args, evaluate) => typeof scalarOf(evaluate(args[0])) === 'boolean',
  },
  ISERROR: {
    minArgs: 1,
    maxArgs: 1,
    run: (args, evaluate) => scalarOf(evaluate(args[0])) instanceof FormulaError,
  },
  IFERROR: {
    minArgs: 1,
    maxArgs: 2,
    run: (args, evaluate) => {
      const value = scalarOf(evaluate(args[0]));
      if (!(value instanceof FormulaError)) return value;
      return args.length > 1 ? scalarOf(evaluate(args[1])) : null;
    },
  },
  INT: { minArgs: 1, maxArgs: 1, run: (args, evaluate) => numeric(evaluate, args[0], Math.floor) },
  ABS: { minArgs: 1, maxArgs: 1, run: (args, evaluate) => numeric(evaluate, args[0], Math.abs) },
  ROUND: {
    minArgs: 1,
    maxArgs: 2,
    run: (args, evaluate) => {
      const digits = args.length > 1 ? toNumber(evaluate(args[1])) : 0;
      if (digits instanceof FormulaError) return digits;
      return numeric(evaluate, args[0], (value) => roundHalfAwayFromZero(value, Math.trunc(digits)));
    },
  },
  MIN: {
    minArgs: 1,
    maxArgs: 255,
    run: (args, evaluate) => aggregate(args, evaluate, (n) => n.reduce((a, b) => Math.min(a, b))),
  },
  MAX: {
    minArgs: 1,
    maxArgs: 255,
    run: (args, evaluate) => aggregate(args, evaluate, (n) => n.reduce((a, b) => Math.max(a, b))),
  },
  SUM: {
    minArgs: 1,
    maxArgs: 255,
    run: (args, evaluate) => aggregate(args, evaluate, (n) => n.reduce((a, b) => a + b, 0)),
  },
  DAYS: {
    minArgs: 2,
    maxArgs: 2,
    run: (args, evaluate) => {
      const end = dayNumber(evaluate(args[0]));
      if (end instanceof FormulaError) return end;
      const start = dayNumber(evaluate(args[1]));
      return start instanceof FormulaError ? start : end - start;
    },
  },
  LEN: {
    minArgs: 1,
    maxArgs: 1,
    run: (args, evaluate) => {
      const text = toText(evaluate(args[0]));
      return text instanceof FormulaError ? text : text.length;
    },
  },
  TRIM: {
    minArgs: 1,
    maxArgs: 1,
    run: (args, evaluate) => {
      const text = toText(evaluate(args[0]));
      return text instanceof FormulaError ? text : text.trim().replace(/ {2,}/g, ' ');
    },
  },
};

function aggregate(args: FormulaNode[], evaluate: Evaluate, combine: (numbers: number[]) => number): Scalar {
  const numbers = collectNumbers(args, evaluate);
  if (numbers instanceof FormulaError) return numbers;
  return numbers.length === 0 ? 0 : combine(numbers);
}

export function callFunction(
  name: string,
  args: FormulaNode[],
  evaluate: Evaluate,
  scope: EvalScope,
): EvalValue {
  const spec = FUNCTIONS[name];
  if (!spec) return errors.name;
  if (args.length < spec.minArgs || args.length > spec.maxArgs) return errors.notAvailable;
  return spec.run(args, evaluate, scope);
}
