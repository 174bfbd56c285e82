// Wall-clock arithmetic in IANA time zones (via Intl), for serial day numbers, ISO parsing and formatDate.

export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

const MS_PER_DAY = 86_400_000;
/** Sheets counts days from 1899-12-30, like Excel after its leap-year bug. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Offsets only change on quarter-hour boundaries, so they can be cached per quarter hour. */
const OFFSET_BUCKET_MS = 900_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function computeOffsetMs(epochMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  const wholeSeconds = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return wallAsUtc - wholeSeconds;
}

/** Milliseconds to add to UTC to get the wall clock in timeZone at that instant. */
export function offsetMs(epochMs: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(epochMs / OFFSET_BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = computeOffsetMs(bucket * OFFSET_BUCKET_MS, timeZone);
    cache.set(bucket, offset);
  }
  return offset;
}

export function wallClockOf(epochMs: number, timeZone: string): WallClock {
  const shifted = new Date(epochMs + offsetMs(epochMs, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant at which the wall clock in timeZone shows the given local time (month 1-12). */
export function fromWallClock(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return wallToEpoch(wallAsUtc, timeZone);
}

function wallToEpoch(wallAsUtc: number, timeZone: string): number {
  const firstGuess = wallAsUtc - offsetMs(wallAsUtc, timeZone);
  const correctedOffset = offsetMs(firstGuess, timeZone);
  return wallAsUtc - correctedOffset;
}

/** Day serial number as Sheets uses in formulas: days since 1899-12-30 on the wall clock of timeZone. */
export function toSerial(epochMs: number, timeZone: string): number {
  return (epochMs + offsetMs(epochMs, timeZone) - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

export function fromSerial(serial: number, timeZone: string): number {
  const wallAsUtc = Math.round(SERIAL_EPOCH_MS + serial * MS_PER_DAY);
  return wallToEpoch(wallAsUtc, timeZone);
}

/** Formats the zone offset as +01:00 (colon) or +0100 (no colon). */
export function formatOffset(epochMs: number, timeZone: string, withColon: boolean): string {
  const totalMinutes = Math.round(offsetMs(epochMs, timeZone) / 60_000);
  const sign = totalMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(totalMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(totalMinutes) % 60).padStart(2, '0');
  return withColon ? `${sign}${hours}:${minutes}` : `${sign}${hours}${minutes}`;
}
