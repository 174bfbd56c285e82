import { EPC_LIMITS, epcPayload, isValidIban, isValidRfReference } from '../../../src/domain/epc/payload';
import { utf8Bytes } from '../../../src/domain/epc/utf8';
import { DomainError } from '../../../src/domain/errors';
import { isMessageKey, t } from '../../../src/shared/i18n';
import { epcDe, epcEn } from '../../../src/shared/i18n/epc';

const E5 =
  'BCD\n002\n1\nSCT\nCOBADEFFXXX\nPixelwerk Kreativagentur GmbH\nDE89370400440532013000\nEUR11007.50\n\n\nRE-2025-0042';

const base = {
  bic: 'COBADEFFXXX',
  name: 'Pixelwerk Kreativagentur GmbH',
  iban: 'DE89 3704 0044 0532 0130 00',
  amountCents: 1_100_750,
};

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('epcPayload (rule H 32)', () => {
  it('produces worked example E5 exactly, 105 bytes', () => {
    const payload = epcPayload({ ...base, text: 'RE-2025-0042' });
    expect(payload).toBe(E5);
    expect(utf8Bytes(payload)).toHaveLength(105);
    expect(Buffer.byteLength(payload, 'utf8')).toBe(105);
  });

  it('writes every line in order, LF-separated, without a trailing separator', () => {
    const lines = epcPayload({ ...base, text: 'RE-2025-0042' }).split('\n');
    expect(lines).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'COBADEFFXXX',
      'Pixelwerk Kreativagentur GmbH',
      'DE89370400440532013000',
      'EUR11007.50',
      '',
      '',
      'RE-2025-0042',
    ]);
    expect(epcPayload({ ...base, text: 'x' })).not.toMatch(/\n$/);
    expect(epcPayload({ ...base, text: 'x' })).not.toMatch(/\r/);
  });

  it('puts a structured RF reference on line 10 and ends there', () => {
    const payload = epcPayload({ ...base, reference: 'RF18 5390 0754 7034' });
    expect(payload.split('\n').slice(7)).toEqual(['EUR11007.50', '', 'RF18539007547034']);
  });

  it('ends after the amount when there is neither reference nor text', () => {
    expect(
      epcPayload({ ...base, text: '  ', reference: '' })
        .split('\n')
        .pop(),
    ).toBe('EUR11007.50');
  });

  it('allows an empty BIC (version 002) and normalises BIC and IBAN', () => {
    const lines = epcPayload({ ...base, bic: '', iban: 'de89370400440532013000', text: 'x' }).split('\n');
    expect(lines[4]).toBe('');
    expect(lines[6]).toBe('DE89370400440532013000');
    expect(epcPayload({ ...base, bic: 'coba de ff', text: 'x' }).split('\n')[4]).toBe('COBADEFF');
  });

  it('refuses a malformed BIC', () => {
    expect(refusal(() => epcPayload({ ...base, bic: 'COBA' })).key).toBe('err.epc.bic');
  });

  it.each([
    [1, 'EUR0.01'],
    [10, 'EUR0.10'],
    [100, 'EUR1.00'],
    [1_100_750, 'EUR11007.50'],
    [99_999_999_999, 'EUR999999999.99'],
  ])('formats %d cents as %s', (amountCents, line) => {
    expect(epcPayload({ ...base, amountCents }).split('\n')[7]).toBe(line);
  });

  it.each([0, -1, 100_000_000_000, 1.5, Number.NaN])('refuses the amount %d', (amountCents) => {
    const e = refusal(() => epcPayload({ ...base, amountCents }));
    expect(e.key).toBe('err.epc.amount');
    expect(e.field).toBe('amountCents');
  });

  it('refuses an IBAN with a wrong check digit', () => {
    const e = refusal(() => epcPayload({ ...base, iban: 'DE89 3704 0044 0532 0130 01' }));
    expect(e.key).toBe('err.epc.iban');
    expect(e.field).toBe('iban');
    expect(refusal(() => epcPayload({ ...base, iban: '' })).key).toBe('err.epc.iban');
  });

  it('accepts a name of 70 characters and refuses 71 (no silent truncation)', () => {
    const seventy = 'Ä'.repeat(70);
    expect(epcPayload({ ...base, name: seventy }).split('\n')[5]).toBe(seventy);
    const e = refusal(() => epcPayload({ ...base, name: `${seventy}B` }));
    expect(e.key).toBe('err.epc.nameTooLong');
    expect(e.params).toEqual({ max: 70, length: 71 });
    expect(refusal(() => epcPayload({ ...base, name: '   ' })).key).toBe('err.epc.nameMissing');
  });

  it('trims the name and refuses line breaks in name and text', () => {
    expect(epcPayload({ ...base, name: '  Pixelwerk  ' }).split('\n')[5]).toBe('Pixelwerk');
    expect(refusal(() => epcPayload({ ...base, name: 'Pixel\nwerk' })).key).toBe('err.epc.control');
    expect(refusal(() => epcPayload({ ...base, text: 'RE\r\n1' })).field).toBe('text');
  });

  it('accepts a text of 140 characters and refuses 141', () => {
    expect(epcPayload({ ...base, text: 'x'.repeat(140) }).endsWith(`\n${'x'.repeat(140)}`)).toBe(true);
    expect(refusal(() => epcPayload({ ...base, text: 'x'.repeat(141) })).key).toBe('err.epc.textTooLong');
  });

  it('never carries both a reference and a text', () => {
    const e = refusal(() => epcPayload({ ...base, reference: 'RF18539007547034', text: 'RE-2025-0042' }));
    expect(e.key).toBe('err.epc.referenceAndText');
  });

  it('validates the RF reference (ISO 11649 mod 97, at most 35)', () => {
    expect(isValidRfReference('RF18539007547034')).toBe(true);
    expect(isValidRfReference('rf18 5390 0754 7034')).toBe(true);
    expect(isValidRfReference('RF19539007547034')).toBe(false);
    expect(isValidRfReference('RF18')).toBe(false);
    expect(refusal(() => epcPayload({ ...base, reference: 'RF19539007547034' })).key).toBe(
      'err.epc.reference',
    );
    expect(refusal(() => epcPayload({ ...base, reference: `RF18${'1'.repeat(32)}` })).key).toBe(
      'err.epc.reference',
    );
    expect(refusal(() => epcPayload({ ...base, reference: 'RE-2025-0042' })).key).toBe('err.epc.reference');
  });

  it('refuses a payload over 331 bytes of UTF-8 and accepts one of exactly 331', () => {
    // With a name of 70 x 'ü' (140 bytes) the limit falls below the 140-character text limit.
    const name = 'ü'.repeat(70);
    const room = EPC_LIMITS.bytes - (utf8Bytes(epcPayload({ ...base, name, text: 'x' })).length - 1);
    expect(room).toBeLessThan(140);
    const exact = epcPayload({ ...base, name, text: `ö${'x'.repeat(room - 2)}` });
    expect(utf8Bytes(exact)).toHaveLength(331);
    const e = refusal(() => epcPayload({ ...base, name, text: `ö${'x'.repeat(room - 1)}` }));
    expect(e.key).toBe('err.epc.tooLong');
    expect(e.params).toEqual({ bytes: 332, max: 331 });
  });

  it('isValidIban checks mod 97 (ISO 13616)', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isValidIban('not an iban')).toBe(false);
  });
});

describe('utf8Bytes', () => {
  it.each(['', 'BCD', 'Müller & Söhne GmbH', '€ 5', 'ẞ', '😀 ok', 'a\uD800b', '\uDC00'])(
    'matches Node for %j',
    (s) => {
      expect(utf8Bytes(s)).toEqual([...Buffer.from(s, 'utf8')]);
    },
  );
});

describe('err.epc catalogue', () => {
  it('has the same keys in German and English, all known to the translator', () => {
    expect(Object.keys(epcEn).sort()).toEqual(Object.keys(epcDe).sort());
    for (const key of Object.keys(epcDe)) expect(isMessageKey(key)).toBe(true);
    expect(t('de', 'err.epc.nameTooLong', { max: 70, length: 71 })).toContain('71');
  });
});
