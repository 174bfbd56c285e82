// Calendar helpers for holidays: Easter Sunday (Gregorian computus), weekdays, Buß- und Bettag.
import { addDays, type IsoDate } from '../dates';

/** '2026-06-15' -> 1 (Monday); 0 is Sunday, 6 Saturday. */
export function dayOfWeek(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Easter Sunday of a Gregorian year by the anonymous Gregorian algorithm (Meeus/Jones/Butcher),
 * valid for every year from 1583: 2024 -> 2024-03-31, 2025 -> 2025-04-20, 2026 -> 2026-04-05.
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** Buß- und Bettag: the Wednesday before 23 November (so between 16 and 22 November). */
export function repentanceDay(year: number): IsoDate {
  const nov22 = isoDate(year, 11, 22);
  return addDays(nov22, -((dayOfWeek(nov22) - 3 + 7) % 7));
}

/** The earliest of ISO dates (they sort as text); undefined for none. */
export function earliest(dates: readonly IsoDate[]): IsoDate | undefined {
  return [...dates].sort()[0];
}
