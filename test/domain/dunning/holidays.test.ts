import { dayOfWeek, easterSunday, repentanceDay } from '../../../src/domain/dunning/calendar';
import {
  FEDERAL_STATES,
  isWorkingDay,
  namedHolidays,
  nextWorkingDay,
  publicHolidays,
} from '../../../src/domain/dunning/holidays';

describe('Easter (Gregorian computus)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
    [1818, '1818-03-22'],
    [2285, '2285-03-22'],
  ])('%i -> %s, a Sunday', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(dayOfWeek(date)).toBe(0);
  });
});

describe('public holidays', () => {
  it('NW 2026: the nine nationwide ones plus Fronleichnam and Allerheiligen', () => {
    expect(publicHolidays(2026, 'NW')).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-06-04',
      '2026-10-03',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('Fronleichnam 2026-06-04 in NW, BY, BW, HE, RP, SL but not in HH, SN or nationwide', () => {
    for (const state of ['NW', 'BY', 'BW', 'HE', 'RP', 'SL'] as const)
      expect(publicHolidays(2026, state)).toContain('2026-06-04');
    for (const state of ['HH', 'SN', null] as const)
      expect(publicHolidays(2026, state)).not.toContain('2026-06-04');
  });

  it('Buß- und Bettag is the Wednesday before 23 November, in Sachsen only', () => {
    expect(repentanceDay(2026)).toBe('2026-11-18');
    expect(repentanceDay(2025)).toBe('2025-11-19');
    expect(repentanceDay(2024)).toBe('2024-11-20');
    expect(repentanceDay(2022)).toBe('2022-11-16'); // 23 November 2022 was itself a Wednesday
    expect(publicHolidays(2026, 'SN')).toContain('2026-11-18');
    expect(publicHolidays(2026, 'BY')).not.toContain('2026-11-18');
  });

  it('Mariä Himmelfahrt only in the Saarland (Bayern only partly, treated as not)', () => {
    expect(publicHolidays(2026, 'SL')).toContain('2026-08-15');
    expect(publicHolidays(2026, 'BY')).not.toContain('2026-08-15');
  });

  it('Heilige Drei Könige in BW, BY, ST; Allerheiligen in BW, BY, NW, RP, SL', () => {
    const with6Jan = FEDERAL_STATES.filter((s) => publicHolidays(2026, s).includes('2026-01-06'));
    expect(with6Jan).toEqual(['BW', 'BY', 'ST']);
    const with1Nov = FEDERAL_STATES.filter((s) => publicHolidays(2026, s).includes('2026-11-01'));
    expect(with1Nov).toEqual(['BW', 'BY', 'NW', 'RP', 'SL']);
  });

  it('Reformationstag: east since always, north from 2018, everywhere in 2017', () => {
    const in2026 = FEDERAL_STATES.filter((s) => publicHolidays(2026, s).includes('2026-10-31'));
    expect(in2026).toEqual(['BB', 'HB', 'HH', 'MV', 'NI', 'SN', 'ST', 'SH', 'TH']);
    expect(publicHolidays(2016, 'HH')).not.toContain('2016-10-31');
    expect(publicHolidays(2016, 'SN')).toContain('2016-10-31');
    expect(publicHolidays(2018, 'NI')).toContain('2018-10-31');
    for (const state of [...FEDERAL_STATES, null])
      expect(publicHolidays(2017, state)).toContain('2017-10-31');
    expect(publicHolidays(2018, 'BY')).not.toContain('2018-10-31');
  });

  it('Frauentag in Berlin from 2019 and Mecklenburg-Vorpommern from 2023; Weltkindertag in Thüringen from 2019', () => {
    expect(publicHolidays(2018, 'BE')).not.toContain('2018-03-08');
    expect(publicHolidays(2019, 'BE')).toContain('2019-03-08');
    expect(publicHolidays(2022, 'MV')).not.toContain('2022-03-08');
    expect(publicHolidays(2023, 'MV')).toContain('2023-03-08');
    expect(publicHolidays(2023, 'BB')).not.toContain('2023-03-08');
    expect(publicHolidays(2018, 'TH')).not.toContain('2018-09-20');
    expect(publicHolidays(2019, 'TH')).toContain('2019-09-20');
    expect(publicHolidays(2019, 'SN')).not.toContain('2019-09-20');
  });

  it('Tag der Befreiung 8 May only in Berlin 2020 and 2025', () => {
    expect(publicHolidays(2020, 'BE')).toContain('2020-05-08');
    expect(publicHolidays(2025, 'BE')).toContain('2025-05-08');
    expect(publicHolidays(2026, 'BE')).not.toContain('2026-05-08');
    expect(publicHolidays(2025, 'BB')).not.toContain('2025-05-08');
    expect(isWorkingDay('2025-05-08', 'BE')).toBe(false);
    expect(isWorkingDay('2025-05-08', 'BB')).toBe(true);
  });

  it('Brandenburg names Ostersonntag and Pfingstsonntag (Sundays anyway)', () => {
    const names = namedHolidays(2026, 'BB').map((h) => h.holiday);
    expect(names).toContain('easterSunday');
    expect(names).toContain('whitSunday');
    expect(publicHolidays(2026, 'BB')).toEqual(expect.arrayContaining(['2026-04-05', '2026-05-24']));
  });

  it('lists a date once when two holidays fall on it (Himmelfahrt on 1 May 2008)', () => {
    const dates = publicHolidays(2008, null);
    expect(dates.filter((d) => d === '2008-05-01')).toHaveLength(1);
    expect(
      namedHolidays(2008, null)
        .filter((h) => h.date === '2008-05-01')
        .map((h) => h.holiday),
    ).toEqual(['labourDay', 'ascension']);
    expect([...dates].sort()).toEqual(dates);
  });

  it('nationwide (null) has the nine common holidays only', () => {
    expect(publicHolidays(2026, null)).toHaveLength(9);
  });
});

describe('working days', () => {
  it('Monday to Friday except holidays', () => {
    expect(isWorkingDay('2025-06-16', null)).toBe(true); // Monday
    expect(isWorkingDay('2025-06-14', null)).toBe(false); // Saturday
    expect(isWorkingDay('2025-06-15', null)).toBe(false); // Sunday
    expect(isWorkingDay('2025-12-25', null)).toBe(false);
    expect(isWorkingDay('2026-06-04', 'NW')).toBe(false);
    expect(isWorkingDay('2026-06-04', 'HH')).toBe(true);
  });

  it('nextWorkingDay keeps a working day and skips weekends and holidays', () => {
    expect(nextWorkingDay('2025-06-16', null)).toBe('2025-06-16');
    expect(nextWorkingDay('2025-06-15', null)).toBe('2025-06-16');
    expect(nextWorkingDay('2026-04-03', null)).toBe('2026-04-07'); // Karfreitag to Tuesday after Easter
    expect(nextWorkingDay('2025-12-24', null)).toBe('2025-12-24');
    expect(nextWorkingDay('2025-12-25', null)).toBe('2025-12-29');
    expect(nextWorkingDay('2026-12-31', null)).toBe('2026-12-31');
    expect(nextWorkingDay('2027-01-01', null)).toBe('2027-01-04');
    expect(nextWorkingDay('2026-06-04', 'NW')).toBe('2026-06-05');
  });
});
