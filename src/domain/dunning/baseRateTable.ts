// The Basiszinssatz (§ 247 BGB) as published by the Deutsche Bundesbank, every half-year since 2002.
import type { IsoDate } from '../dates';
import { isoDate } from './calendar';

export interface BaseRatePeriod {
  from: IsoDate;
  /** hundredths of a percent: 1.27 % = 127; may be negative (it was -0.88 % 2016-2022) */
  rateBp: number;
}

/*
 * [year, rate from 1 January, rate from 1 July] in hundredths of a percent. Sources (checked 2026):
 * - 2002-2007: the official English BGB translation's footnote to § 247 citing each Bundesanzeiger notice;
 * - 2002-07 to 2014-01: Haufe, "Übersicht: Die geltenden Basiszinssätze nach § 247 BGB" (2014-01-02);
 * - 2009-07 0.12, 2012-01 0.12, 2013-07 -0.38, 2016-01 -0.83, 2016-07 -0.88, 2019-07, 2020-07 and
 *   2021-01 unchanged at -0.88, 2023-01 1.62, 2025-07 1.27, 2026-01 unchanged at 1.27: Bundesbank press
 *   releases ("Bekanntgabe des Basiszinssatzes zum …", e.g. via lifepr.de/pressebox.de and their reprints);
 * - 2014-07 -0.73 and 2015 -0.83 follow the ECB main refinancing rate (0.15 % from June 2014, 0.05 % from
 *   September 2014), matching the 4.17 % consumer default rate reported for 2015 (banktip.de);
 * - 2023-07 3.12, 2024-01 3.62 (also § 247 Abs. 1 BGB's own text as of 2024), 2024-07 3.37, 2025-01 2.27.
 */
const HALF_YEARS: readonly [number, number, number | null][] = [
  [2002, 257, 247],
  [2003, 197, 122],
  [2004, 114, 113],
  [2005, 121, 117],
  [2006, 137, 195],
  [2007, 270, 319],
  [2008, 332, 319],
  [2009, 162, 12],
  [2010, 12, 12],
  [2011, 12, 37],
  [2012, 12, 12],
  [2013, -13, -38],
  [2014, -63, -73],
  [2015, -83, -83],
  [2016, -83, -88],
  [2017, -88, -88],
  [2018, -88, -88],
  [2019, -88, -88],
  [2020, -88, -88],
  [2021, -88, -88],
  [2022, -88, -88],
  [2023, 162, 312],
  [2024, 362, 337],
  [2025, 227, 127],
  [2026, 127, null],
];

/** Every half-year from 2002-01-01 up to and including 2026-01-01 (1.27 %, valid through 2026-06-30). */
export const DEFAULT_BASE_RATES: readonly BaseRatePeriod[] = Object.freeze(
  HALF_YEARS.flatMap(([year, january, july]) => [
    { from: isoDate(year, 1, 1), rateBp: january },
    ...(july === null ? [] : [{ from: isoDate(year, 7, 1), rateBp: july }]),
  ]).map((period) => Object.freeze(period)),
);
