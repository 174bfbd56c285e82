// Base-rate lookup by date, and the settings cell's text for the table (parse and format).
import type { Lang, MessageKey } from '../../shared/i18n';
import { addDays, formatDate, type IsoDate, parseDateInput } from '../dates';
import { formatScaled, parseScaled } from '../decimal';
import type { BaseRatePeriod } from './baseRateTable';

export { type BaseRatePeriod, DEFAULT_BASE_RATES } from './baseRateTable';

/** Plausibility bound for a typed rate: ±20 % (catches "127" meant as 1,27). */
const MAX_RATE_BP = 2000;

/** The last day of the half-year a date lies in: 30 June or 31 December. */
export function halfYearEnd(date: IsoDate): IsoDate {
  return `${date.slice(0, 4)}-${date.slice(5, 7) <= '06' ? '06-30' : '12-31'}`;
}

/** The first day of the next half-year: 1 July or 1 January of the next year. */
export function nextHalfYearStart(date: IsoDate): IsoDate {
  return addDays(halfYearEnd(date), 1);
}

/**
 * Each period is valid from its date to the day before the next one; the last one only to the end of
 * its half-year (30 June or 31 December), because the rate is set every 1 January and 1 July (§ 247 BGB).
 * Null when no period covers the date. The periods need not be sorted.
 */
export function baseRateOn(periods: readonly BaseRatePeriod[], date: IsoDate): number | null {
  let current: BaseRatePeriod | null = null;
  let later = false;
  for (const period of periods) {
    if (period.from <= date) {
      if (current === null || period.from > current.from) current = period;
    } else later = true;
  }
  if (current === null) return null;
  if (!later && date > halfYearEnd(current.from)) return null;
  return current.rateBp;
}

type Problem = { entry: string; reason: MessageKey };

/**
 * Text in a settings cell, one period per line or separated by ';': "01.07.2025: 1,27" or
 * "2025-07-01 1.27 %" -> periods sorted; bad entries become problems naming the entry.
 */
export function parseBaseRates(text: string): { periods: BaseRatePeriod[]; problems: Problem[] } {
  const periods: BaseRatePeriod[] = [];
  const problems: Problem[] = [];
  for (const raw of text.split(/[\n\r;]+/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const m = /^(\S+?)\s*(?::|=|\s)\s*(.+)$/.exec(entry);
    if (!m) {
      problems.push({ entry, reason: 'err.dunning.baseRateEntry' });
      continue;
    }
    const from = parseDateInput(m[1]);
    const lang: Lang = m[1].includes('.') ? 'de' : 'en';
    const rateBp = parseScaled(m[2].replace(/\u2212/g, '-'), lang, 2);
    if (from === null) problems.push({ entry, reason: 'err.dunning.baseRateDate' });
    else if (!from.endsWith('-01-01') && !from.endsWith('-07-01'))
      problems.push({ entry, reason: 'err.dunning.baseRateHalfYear' });
    else if (rateBp === null || Math.abs(rateBp) > MAX_RATE_BP)
      problems.push({ entry, reason: 'err.dunning.baseRateValue' });
    else if (periods.some((p) => p.from === from))
      problems.push({ entry, reason: 'err.dunning.baseRateDuplicate' });
    else periods.push({ from, rateBp });
  }
  periods.sort((a, b) => (a.from < b.from ? -1 : 1));
  return { periods, problems };
}

/** One line per period, oldest first: "01.07.2025: 1,27 %" (de) or "2025-07-01: 1.27 %" (en). */
export function formatBaseRates(periods: readonly BaseRatePeriod[], lang: Lang): string {
  return [...periods]
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .map((p) => `${formatDate(p.from, lang)}: ${formatScaled(p.rateBp, 2, lang)} %`)
    .join('\n');
}
