// Renders numbers and dates the way a cell shows them (getDisplayValues) for common number formats.

// Covers 0, 0.00, #,##0.00, "€" literals, %, and date patterns like dd.mm.yyyy or yyyy-mm-dd hh:mm.

import { wallClockOf } from '../core/time-zone';
import { numberText } from '../formula/values';

const GENERAL_FORMATS = new Set(['', 'general', '0.###############']);
const COMMA_DECIMAL_LANGUAGES = new Set([
  'de',
  'fr',
  'it',
  'es',
  'nl',
  'pt',
  'da',
  'sv',
  'nb',
  'fi',
  'pl',
  'cs',
  'ru',
]);
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

export function isGeneralFormat(format: string | undefined): boolean {
  return format === undefined || GENERAL_FORMATS.has(format.toLowerCase());
}

function withoutLiterals(format: string): string {
  return format.replace(/"[^"]*"|\\./g, '');
}

/** Formats with day, month-name, year or hour parts make getValues return a Date. */
export function isDateFormat(format: string | undefined): boolean {
  if (isGeneralFormat(format) || format === undefined) return false;
  return /[dyh]|mmm|am\/pm/i.test(withoutLiterals(format));
}

/** A non-general format with digit placeholders and no date parts: dates in such cells read as numbers. */
export function isNumericFormat(format: string | undefined): boolean {
  if (isGeneralFormat(format) || format === undefined || isDateFormat(format)) return false;
  return /[0#?]/.test(withoutLiterals(format));
}

function separators(locale: string): { decimal: string; group: string } {
  const language = locale.slice(0, 2).toLowerCase();
  return COMMA_DECIMAL_LANGUAGES.has(language) ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

function splitSections(format: string): string[] {
  return format.match(/(?:"[^"]*"|\\.|[^;])+/g) ?? [format];
}

export function formatNumber(value: number, format: string | undefined, locale: string): string {
  const { decimal, group } = separators(locale);
  if (isGeneralFormat(format) || format === undefined) return numberText(value).replace('.', decimal);
  const sections = splitSections(format);
  const useNegativeSection = value < 0 && sections.length > 1;
  const section = useNegativeSection ? sections[1] : sections[0];
  const core = /[0#?][0#?,]*(?:\.[0#?]*)?|\.[0#?]+/.exec(section);
  const literal = (text: string) => text.replace(/"([^"]*)"|\\(.)/g, '$1$2');
  if (!core) return literal(section);
  const prefix = literal(section.slice(0, core.index));
  const suffix = literal(section.slice(core.index + core[0].length));
  const scaled = (useNegativeSection ? Math.abs(value) : value) * (section.includes('%') ? 100 : 1);
  const [integerPattern, fractionPattern = ''] = core[0].split('.');
  const maxDecimals = fractionPattern.length;
  const minDecimals = (fractionPattern.match(/0/g) ?? []).length;
  let text = Math.abs(scaled).toFixed(maxDecimals);
  let [integerPart, fractionPart = ''] = text.split('.');
  while (fractionPart.length > minDecimals && fractionPart.endsWith('0'))
    fractionPart = fractionPart.slice(0, -1);
  const minIntegerDigits = (integerPattern.match(/0/g) ?? []).length;
  if (integerPart === '0' && minIntegerDigits === 0) integerPart = '';
  integerPart = integerPart.padStart(minIntegerDigits, '0');
  if (integerPattern.includes(',')) integerPart = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  text = fractionPart ? `${integerPart}${decimal}${fractionPart}` : integerPart;
  const sign = scaled < 0 && Number(text.replace(/\D/g, '')) !== 0 ? '-' : '';
  return `${sign}${prefix}${text}${suffix}`;
}

/** Renders a date with a Sheets date format; 'm' means minutes right after an hour or before seconds. */
export function formatDateWithPattern(epochMs: number, format: string, timeZone: string): string {
  const wall = wallClockOf(epochMs, timeZone);
  const twelveHour = /am\/pm/i.test(format);
  const parts = format.match(/"[^"]*"|\\.|am\/pm|([A-Za-z])\1*|./gi) ?? [];
  const letters = parts.map((part) =>
    /^[A-Za-z]+$/.test(part) && !/^am\/pm$/i.test(part) ? part[0].toLowerCase() : '',
  );
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return parts
    .map((part, i) => {
      if (part.startsWith('"')) return part.slice(1, -1);
      if (part.startsWith('\\')) return part.slice(1);
      if (/^am\/pm$/i.test(part)) return wall.hour < 12 ? 'AM' : 'PM';
      const width = part.length;
      switch (letters[i]) {
        case 'y':
          return width <= 2 ? pad(wall.year % 100, 2) : String(wall.year);
        case 'd':
          if (width >= 4) return WEEKDAYS[wall.weekday];
          return width === 3 ? WEEKDAYS[wall.weekday].slice(0, 3) : pad(wall.day, width);
        case 'h': {
          const hour = twelveHour ? wall.hour % 12 || 12 : wall.hour;
          return pad(hour, width);
        }
        case 's':
          return pad(wall.second, width);
        case 'm': {
          if (width >= 4) return MONTHS[wall.month - 1];
          if (width === 3) return MONTHS[wall.month - 1].slice(0, 3);
          const previous = letters.slice(0, i).filter(Boolean).pop();
          const next = letters.slice(i + 1).find(Boolean);
          const isMinute = previous === 'h' || next === 's';
          return pad(isMinute ? wall.minute : wall.month, width);
        }
        default:
          return part;
      }
    })
    .join('');
}
