// What getValues and getDisplayValues return for a stored value, given the cell's number format.

// Blanks are '', date-formatted numbers become Dates, number-formatted dates become serial numbers.

import { formatDate } from '../core/format-date';
import { fromSerial, toSerial } from '../core/time-zone';
import { FormulaError, type Scalar, SerialDate } from '../formula/values';
import { FormulaCell, type StoredValue } from './cell-value';
import { formatDateWithPattern, formatNumber, isDateFormat, isNumericFormat } from './number-format';
import type { SheetEvaluator } from './sheet-evaluator';

export type CellOutput = number | string | boolean | Date;

/** Stored value or formula result, before the number format is applied. */
type Resolved = Exclude<Scalar, null> | Date | undefined;

function resolve(
  stored: StoredValue | undefined,
  evaluator: SheetEvaluator,
  row: number,
  col: number,
): Resolved {
  if (!(stored instanceof FormulaCell)) return stored;
  const result = evaluator.formulaAt(stored.template, row, col);
  return result === null ? undefined : result;
}

export function outputValue(
  stored: StoredValue | undefined,
  format: string | undefined,
  evaluator: SheetEvaluator,
  row: number,
  col: number,
): CellOutput {
  const value = resolve(stored, evaluator, row, col);
  if (value === undefined) return '';
  if (typeof value === 'number')
    return isDateFormat(format) ? new Date(fromSerial(value, evaluator.timeZone)) : value;
  if (value instanceof Date) {
    return isNumericFormat(format)
      ? toSerial(value.getTime(), evaluator.timeZone)
      : new Date(value.getTime());
  }
  if (value instanceof SerialDate) {
    return isNumericFormat(format) ? value.serial : new Date(fromSerial(value.serial, evaluator.timeZone));
  }
  if (value instanceof FormulaError) return value.code;
  return value;
}

export function displayValue(
  stored: StoredValue | undefined,
  format: string | undefined,
  evaluator: SheetEvaluator,
  row: number,
  col: number,
  locale: string,
): string {
  const value = resolve(stored, evaluator, row, col);
  const timeZone = evaluator.timeZone;
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof FormulaError) return value.code;
  const epochMs =
    value instanceof Date
      ? value.getTime()
      : fromSerial(value instanceof SerialDate ? value.serial : value, timeZone);
  const isDateValue = value instanceof Date || value instanceof SerialDate;
  if (isDateFormat(format) && format) return formatDateWithPattern(epochMs, format, timeZone);
  if (isDateValue && !isNumericFormat(format)) {
    const atMidnight = formatDate(new Date(epochMs), timeZone, 'HH:mm:ss') === '00:00:00';
    return formatDate(new Date(epochMs), timeZone, atMidnight ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm:ss');
  }
  const number =
    value instanceof Date ? toSerial(epochMs, timeZone) : value instanceof SerialDate ? value.serial : value;
  return formatNumber(number, format, locale);
}
