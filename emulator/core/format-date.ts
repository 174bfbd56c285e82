// Utilities.formatDate: the subset of Java's SimpleDateFormat an add-on uses (y M d H h m s S E a Z X).

import { formatOffset, type WallClock, wallClockOf } from './time-zone';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatField(
  letter: string,
  width: number,
  wall: WallClock,
  epochMs: number,
  timeZone: string,
): string {
  switch (letter) {
    case 'y':
      return width === 2 ? pad(wall.year % 100, 2) : pad(wall.year, width);
    case 'M':
      if (width >= 4) return MONTHS[wall.month - 1];
      if (width === 3) return MONTHS[wall.month - 1].slice(0, 3);
      return pad(wall.month, width);
    case 'd':
      return pad(wall.day, width);
    case 'H':
      return pad(wall.hour, width);
    case 'h':
      return pad(wall.hour % 12 === 0 ? 12 : wall.hour % 12, width);
    case 'm':
      return pad(wall.minute, width);
    case 's':
      return pad(wall.second, width);
    case 'S':
      return pad(wall.millisecond, 3).slice(0, Math.max(width, 3));
    case 'E':
      return width >= 4 ? WEEKDAYS[wall.weekday] : WEEKDAYS[wall.weekday].slice(0, 3);
    case 'u':
      return String(wall.weekday === 0 ? 7 : wall.weekday);
    case 'a':
      return wall.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return formatOffset(epochMs, timeZone, false);
    case 'X': {
      const offset = formatOffset(epochMs, timeZone, width >= 3);
      if (/^[+-]00:?00$/.test(offset)) return 'Z';
      return width === 1 ? offset.slice(0, 3) : offset;
    }
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const epochMs = date.getTime();
  const wall = wallClockOf(epochMs, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "'") {
      // '' is a literal apostrophe; otherwise copy everything up to the closing quote.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      const stop = end === -1 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let width = 1;
      while (pattern[i + width] === char) width += 1;
      out += formatField(char, width, wall, epochMs, timeZone);
      i += width;
      continue;
    }
    out += char;
    i += 1;
  }
  return out;
}
