// Values inside formula evaluation and Sheets' coercion rules between them.

export class FormulaError {
  constructor(readonly code: string) {}
}

/** A number that Sheets formats as a date: what TODAY(), date cells and date arithmetic produce. */
export class SerialDate {
  constructor(readonly serial: number) {}
}

/** null is an empty cell. */
export type Scalar = number | string | boolean | SerialDate | FormulaError | null;

export class RangeValue {
  constructor(readonly cells: Scalar[][]) {}

  first(): Scalar {
    return this.cells[0]?.[0] ?? null;
  }

  flat(): Scalar[] {
    return this.cells.flat();
  }
}

export type EvalValue = Scalar | RangeValue;

export const errors = {
  value: new FormulaError('#VALUE!'),
  divideByZero: new FormulaError('#DIV/0!'),
  ref: new FormulaError('#REF!'),
  name: new FormulaError('#NAME?'),
  notAvailable: new FormulaError('#N/A'),
  num: new FormulaError('#NUM!'),
  syntax: new FormulaError('#ERROR!'),
};

const NUMERIC_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

export function scalarOf(value: EvalValue): Scalar {
  return value instanceof RangeValue ? value.first() : value;
}

export function toNumber(value: EvalValue): number | FormulaError {
  const scalar = scalarOf(value);
  if (scalar === null) return 0;
  if (typeof scalar === 'number') return scalar;
  if (typeof scalar === 'boolean') return scalar ? 1 : 0;
  if (scalar instanceof SerialDate) return scalar.serial;
  if (scalar instanceof FormulaError) return scalar;
  if (scalar === '') return 0;
  return NUMERIC_TEXT.test(scalar) ? Number(scalar) : errors.value;
}

export function numberText(value: number): string {
  // Sheets shows up to 15 significant digits and no trailing zeros.
  return String(Number(value.toPrecision(15)));
}

export function toText(value: EvalValue): string | FormulaError {
  const scalar = scalarOf(value);
  if (scalar === null) return '';
  if (typeof scalar === 'string') return scalar;
  if (typeof scalar === 'boolean') return scalar ? 'TRUE' : 'FALSE';
  if (typeof scalar === 'number') return numberText(scalar);
  if (scalar instanceof SerialDate) return numberText(scalar.serial);
  return scalar;
}

export function toBoolean(value: EvalValue): boolean | FormulaError {
  const scalar = scalarOf(value);
  if (scalar === null) return false;
  if (typeof scalar === 'boolean') return scalar;
  if (typeof scalar === 'number') return scalar !== 0;
  if (scalar instanceof SerialDate) return scalar.serial !== 0;
  if (scalar instanceof FormulaError) return scalar;
  const upper = scalar.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return errors.value;
}

function typeRank(value: number | string | boolean): number {
  return typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2;
}

/** Sheets ordering: numbers (and dates) < text (case-insensitive) < booleans; blank equals 0, '' or FALSE. */
export function compareScalars(left: Scalar, right: Scalar): number | FormulaError {
  if (left instanceof FormulaError) return left;
  if (right instanceof FormulaError) return right;
  const a = left instanceof SerialDate ? left.serial : left;
  const b = right instanceof SerialDate ? right.serial : right;
  if (a === null && b === null) return 0;
  const x = a ?? blankLike(b);
  const y = b ?? blankLike(a);
  const rankDifference = typeRank(x) - typeRank(y);
  if (rankDifference !== 0) return rankDifference;
  if (typeof x === 'string' && typeof y === 'string') {
    const lx = x.toLowerCase();
    const ly = y.toLowerCase();
    return lx < ly ? -1 : lx > ly ? 1 : 0;
  }
  return Number(x) - Number(y) < 0 ? -1 : Number(x) - Number(y) > 0 ? 1 : 0;
}

function blankLike(other: number | string | boolean | null): number | string | boolean {
  if (typeof other === 'string') return '';
  if (typeof other === 'boolean') return false;
  return 0;
}
