// Reads typed values out of one row by column key, collecting every unreadable cell as a problem.
import { type CellValue, readBoolean, readDate, readMoney, readScaled, readText } from '../cells';
import type { ColumnMap } from '../columns';
import type { ChoiceList } from '../schema';
import { readChoice } from './choices';

export interface CellProblem {
  column: string;
  value: string;
}

export class CellReader {
  readonly problems: CellProblem[] = [];

  constructor(
    private readonly row: readonly CellValue[],
    private readonly map: ColumnMap,
    private readonly timeZone: string,
  ) {}

  private raw(key: string): CellValue {
    const index = this.map.get(key);
    return index === undefined ? '' : (this.row[index] ?? '');
  }

  private fail<T>(key: string, fallback: T): T {
    this.problems.push({ column: key, value: String(this.raw(key)) });
    return fallback;
  }

  text(key: string): string {
    return readText(this.raw(key), this.timeZone);
  }

  date(key: string): string | null {
    const value = readDate(this.raw(key), this.timeZone);
    return value === undefined ? this.fail(key, null) : value;
  }

  money(key: string): number | null {
    const value = readMoney(this.raw(key));
    return value === undefined ? this.fail(key, null) : value;
  }

  /** A number kept as an integer scaled by 10^decimals (quantities, unit prices, percentages); '' is 0. */
  scaled(key: string, decimals: number): number {
    const value = readScaled(this.raw(key), decimals);
    return value === undefined ? this.fail(key, 0) : value;
  }

  int(key: string): number {
    return this.scaled(key, 0);
  }

  bool(key: string): boolean {
    const value = readBoolean(this.raw(key));
    return value === undefined ? this.fail(key, false) : value;
  }

  choice<T extends string>(key: string, list: ChoiceList, fallback: T): T {
    const text = this.text(key);
    if (text === '') return this.fail(key, fallback);
    const value = readChoice(list, text);
    return value === null ? this.fail(key, fallback) : (value as T);
  }

  optionalChoice<T extends string>(key: string, list: ChoiceList): T | null {
    const text = this.text(key);
    if (text === '') return null;
    const value = readChoice(list, text);
    return value === null ? this.fail(key, null) : (value as T);
  }
}
