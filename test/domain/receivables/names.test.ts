import { nameKey, nameRuns } from '../../../src/domain/receivables/names';

describe('nameKey: names as banks write them', () => {
  it('drops legal forms, case and punctuation', () => {
    expect(nameKey('Pixelwerk Kreativagentur GmbH')).toBe('pixelwerk kreativagentur');
    expect(nameKey('PIXELWERK KREATIVAGENTUR GMBH')).toBe('pixelwerk kreativagentur');
    expect(nameKey('Nordlicht AG')).toBe('nordlicht');
    expect(nameKey('Nordlicht UG (haftungsbeschränkt)')).toBe('nordlicht');
    expect(nameKey('Blumen Krause e.K.')).toBe('blumen krause');
    expect(nameKey('Blumen Krause e. Kfm.')).toBe('blumen krause');
    expect(nameKey('Schmidt & Co. KG')).toBe('schmidt');
    expect(nameKey('Schmidt GmbH & Co. KG')).toBe('schmidt');
    expect(nameKey('Schmidt OHG')).toBe('schmidt');
    expect(nameKey('Schmidt und Partner GbR')).toBe(nameKey('Schmidt & Partner'));
    expect(nameKey('Bau-Service mbH')).toBe('bau service');
  });

  it('decision: umlauts compare equal to their transliteration and to the bare vowel', () => {
    expect(nameKey('Müller GmbH')).toBe(nameKey('MUELLER'));
    expect(nameKey('Müller GmbH')).toBe(nameKey('MULLER'));
    expect(nameKey('Bäckerei Größe')).toBe(nameKey('BAECKEREI GROESSE'));
    expect(nameKey('Café Élan')).toBe(nameKey('CAFE ELAN'));
    expect(nameKey('Straße')).toBe(nameKey('STRASSE'));
  });

  it('leaves nothing of a name that is only a legal form', () => {
    expect(nameKey('GmbH')).toBe('');
    expect(nameKey('  ')).toBe('');
  });
});

describe('nameRuns', () => {
  it('lists every run of consecutive words', () => {
    expect(nameRuns('Max Müller GmbH')).toEqual(['max', 'max muller', 'muller']);
    expect(nameRuns('')).toEqual([]);
  });

  it('caps long names so the runs stay few', () => {
    const runs = nameRuns(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(runs).toHaveLength((12 * 13) / 2);
  });
});
