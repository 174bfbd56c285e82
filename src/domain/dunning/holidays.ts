// Public holidays in Germany, nationwide and per federal state, and working days for § 193 BGB.
import type { MessageKey } from '../../shared/i18n';
import { addDays, type IsoDate } from '../dates';
import { dayOfWeek, easterSunday, isoDate, repentanceDay } from './calendar';

/*
 * The rules follow the Sonn- und Feiertagsgesetze of the Länder as of 2026 and hold from 1995 on (when
 * Buß- und Bettag stopped being nationwide); earlier years are not needed for invoices. Sources checked:
 * - per-state table (ferien-planer.de/feiertage-bundeslaender.html; dpa overview in wz.de "Feiertage in
 *   Deutschland: wann, wo und wie viele"; feiertage.bestfewo.de for Saarland 2022);
 * - Internationaler Frauentag: Berlin since 2019, Mecklenburg-Vorpommern from 2023 (Spiegel, 2022-06,
 *   "Mecklenburg-Vorpommern macht Frauentag 2023 zum Feiertag");
 * - Weltkindertag 20 September in Thüringen from 2019 (Thüringer Landtag, via jenaer-nachrichten.de);
 * - Reformationstag in Bremen, Hamburg, Niedersachsen and Schleswig-Holstein from 2018, nationwide once
 *   on 2017-10-31 (500 years of the Reformation);
 * - Tag der Befreiung 8 May: once in Berlin in 2020 and once in 2025 (Berliner Morgenpost, 2023-09).
 * Deliberate simplifications, each giving fewer holidays (never a guessed extra one):
 * - Mariä Himmelfahrt (15 August) counts for Saarland only: in Bayern it is a holiday only in the
 *   municipalities with a Catholic majority, which a state code cannot tell apart;
 * - Fronleichnam in some municipalities of Sachsen and Thüringen and the Augsburger Friedensfest
 *   (8 August, city of Augsburg only) are left out for the same reason.
 * `state` null means "no state known": nationwide holidays only.
 */

// biome-ignore format: a compact list reads better than one entry per line
export const FEDERAL_STATES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const;
export type FederalState = (typeof FEDERAL_STATES)[number];

// biome-ignore format: a compact list reads better than one entry per line
export const HOLIDAYS = [
  'newYear', 'epiphany', 'womensDay', 'goodFriday', 'easterSunday', 'easterMonday', 'labourDay',
  'liberationDay', 'ascension', 'whitSunday', 'whitMonday', 'corpusChristi', 'assumption', 'childrensDay',
  'unityDay', 'reformationDay', 'allSaints', 'repentanceDay', 'christmasDay', 'boxingDay',
] as const;
export type Holiday = (typeof HOLIDAYS)[number];

/** A holiday's name, e.g. „Fronleichnam“. */
export function holidayNameKey(holiday: Holiday): MessageKey {
  return `dunning.holiday.${holiday}`;
}

const EPIPHANY: readonly FederalState[] = ['BW', 'BY', 'ST'];
const CORPUS_CHRISTI: readonly FederalState[] = ['BW', 'BY', 'HE', 'NW', 'RP', 'SL'];
const REFORMATION_EAST: readonly FederalState[] = ['BB', 'MV', 'SN', 'ST', 'TH'];
const REFORMATION_NORTH: readonly FederalState[] = ['HB', 'HH', 'NI', 'SH'];
const ALL_SAINTS: readonly FederalState[] = ['BW', 'BY', 'NW', 'RP', 'SL'];

function within(state: FederalState | null, states: readonly FederalState[]): boolean {
  return state !== null && states.includes(state);
}

/** The holidays of a year in a state (or nationwide for null), by date; two may share a date. */
export function namedHolidays(
  year: number,
  state: FederalState | null,
): { date: IsoDate; holiday: Holiday }[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => isoDate(year, month, day);
  const rules: [Holiday, IsoDate, boolean][] = [
    ['newYear', fixed(1, 1), true],
    ['epiphany', fixed(1, 6), within(state, EPIPHANY)],
    ['womensDay', fixed(3, 8), (state === 'BE' && year >= 2019) || (state === 'MV' && year >= 2023)],
    ['goodFriday', addDays(easter, -2), true],
    ['easterSunday', easter, state === 'BB'],
    ['easterMonday', addDays(easter, 1), true],
    ['labourDay', fixed(5, 1), true],
    ['liberationDay', fixed(5, 8), state === 'BE' && (year === 2020 || year === 2025)],
    ['ascension', addDays(easter, 39), true],
    ['whitSunday', addDays(easter, 49), state === 'BB'],
    ['whitMonday', addDays(easter, 50), true],
    ['corpusChristi', addDays(easter, 60), within(state, CORPUS_CHRISTI)],
    ['assumption', fixed(8, 15), state === 'SL'],
    ['childrensDay', fixed(9, 20), state === 'TH' && year >= 2019],
    ['unityDay', fixed(10, 3), true],
    [
      'reformationDay',
      fixed(10, 31),
      year === 2017 || within(state, REFORMATION_EAST) || (year >= 2018 && within(state, REFORMATION_NORTH)),
    ],
    ['allSaints', fixed(11, 1), within(state, ALL_SAINTS)],
    ['repentanceDay', repentanceDay(year), state === 'SN'],
    ['christmasDay', fixed(12, 25), true],
    ['boxingDay', fixed(12, 26), true],
  ];
  return rules
    .filter(([, , applies]) => applies)
    .map(([holiday, date]) => ({ date, holiday }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const cache = new Map<string, ReadonlySet<IsoDate>>();

function holidaySet(year: number, state: FederalState | null): ReadonlySet<IsoDate> {
  const key = `${year}|${state ?? ''}`;
  let set = cache.get(key);
  if (!set) {
    set = new Set(namedHolidays(year, state).map((h) => h.date));
    cache.set(key, set);
  }
  return set;
}

/** The holiday dates of a year, sorted, each once. */
export function publicHolidays(year: number, state: FederalState | null): IsoDate[] {
  return [...holidaySet(year, state)];
}

/** Monday to Friday and not a public holiday (Saturday counts as no working day, as in § 193 BGB). */
export function isWorkingDay(date: IsoDate, state: FederalState | null): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !holidaySet(Number(date.slice(0, 4)), state).has(date);
}

/** The date itself if it is a working day, else the next one (§ 193 BGB). */
export function nextWorkingDay(date: IsoDate, state: FederalState | null): IsoDate {
  let day = date;
  while (!isWorkingDay(day, state)) day = addDays(day, 1);
  return day;
}
