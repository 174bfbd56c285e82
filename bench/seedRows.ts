// Bulk rows for the bench's seeded register: a sheet's headers, a record laid out by them, day arithmetic.
import type { AddOn } from '../emulator/addon';

export function header(addOn: AddOn, sheet: string): string[] {
  return addOn.emulator.values(sheet)[0].map(String);
}

/** A record keyed by header text, as a row in the sheet's column order; absent columns stay blank. */
export function rowFrom(columns: string[], record: Record<string, unknown>): unknown[] {
  return columns.map((c) => record[c] ?? '');
}

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
