import { isValidRfReference } from '../../../src/domain/epc/payload';
import { DomainError } from '../../../src/domain/errors';
import {
  compactNumber,
  isRfReference,
  rfReferenceFor,
  rfReferencesIn,
} from '../../../src/domain/receivables/reference';

describe('rfReferenceFor (ISO 11649)', () => {
  it('the known example RF18539007547034 is valid, with and without spaces', () => {
    expect(isRfReference('RF18539007547034')).toBe(true);
    expect(isValidRfReference('RF18 5390 0754 7034')).toBe(true);
    expect(rfReferenceFor('539007547034')).toBe('RF18539007547034');
  });

  it('uses the number letters and digits upper-cased', () => {
    const ref = rfReferenceFor('re-2025-0042');
    expect(ref).toMatch(/^RF\d{2}RE20250042$/);
    expect(rfReferenceFor('RE 2025/0042')).toBe(ref);
  });

  it('round-trips the EPC payload check for many numbers', () => {
    const numbers = ['RE-2025-0042', 'A', '1', 'AR_2026.7', 'X/Y/Z-0001', 'rg-2026-99999'];
    for (let i = 0; i < 300; i += 1) numbers.push(`RE-${2020 + (i % 9)}-${String(i * 37).padStart(4, '0')}`);
    for (const n of numbers) {
      const ref = rfReferenceFor(n);
      expect(isValidRfReference(ref)).toBe(true);
      expect(isRfReference(ref)).toBe(true);
      expect(ref.length).toBeLessThanOrEqual(25);
    }
  });

  it('check digits below 10 are written with a leading zero', () => {
    const refs = Array.from({ length: 400 }, (_, i) => rfReferenceFor(`N${i}`));
    const small = refs.filter((r) => r.startsWith('RF0'));
    expect(small.length).toBeGreaterThan(0);
    for (const r of small) expect(isValidRfReference(r)).toBe(true);
  });

  it('longer numbers use their last 21 letters and digits', () => {
    const ref = rfReferenceFor('PROJECT-2026-CLIENTNAME-000042'); // 27 letters and digits
    expect(ref.slice(4)).toBe('T2026CLIENTNAME000042');
    expect(isValidRfReference(ref)).toBe(true);
  });

  it('refuses a number without letters or digits', () => {
    expect(() => rfReferenceFor('--/')).toThrow(DomainError);
  });

  it('a changed character fails the check', () => {
    expect(isRfReference('RF18539007547035')).toBe(false);
    expect(isRfReference('RF19539007547034')).toBe(false);
    expect(isRfReference('RF18')).toBe(false);
  });
});

describe('compactNumber', () => {
  it('upper-cases and drops spaces, "-", "/", "." and "_"', () => {
    expect(compactNumber(' re - 2025 / 0042 ')).toBe('RE20250042');
    expect(compactNumber('AR_2026.7')).toBe('AR20267');
    expect(compactNumber('RE#1')).toBe('RE#1');
  });
});

describe('rfReferencesIn', () => {
  it('finds a reference written compactly or in groups, in any case, inside other text', () => {
    expect(rfReferencesIn('RF18539007547034')).toEqual(['RF18539007547034']);
    expect(rfReferencesIn('Zahlung RF18 5390 0754 7034 Rechnung Juni')).toEqual(['RF18539007547034']);
    expect(rfReferencesIn('ref: rf18 5390 0754 7034, danke')).toEqual(['RF18539007547034']);
    expect(rfReferencesIn('EREF+RF18 539007547034.')).toEqual(['RF18539007547034']);
  });

  it('does not swallow a following word that happens to be letters or digits', () => {
    const ref = rfReferenceFor('RE-2025-0042');
    expect(rfReferencesIn(`${ref} 2025 vielen Dank`)).toEqual([ref]);
  });

  it('finds several references once each, and ignores invalid ones', () => {
    const a = rfReferenceFor('RE-2025-0042');
    const b = rfReferenceFor('RE-2025-0043');
    expect(rfReferencesIn(`${a} und ${b} sowie ${a}`)).toEqual([a, b]);
    expect(rfReferencesIn('RF19 5390 0754 7034')).toEqual([]);
    expect(rfReferencesIn('SURF18539007547034')).toEqual([]);
    expect(rfReferencesIn('')).toEqual([]);
  });
});
