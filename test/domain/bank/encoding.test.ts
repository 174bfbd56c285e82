import fc from 'fast-check';
import { base64ToBytes, decodeStatement } from '../../../src/domain/bank/encoding';
import { DomainError } from '../../../src/domain/errors';
import { cp1252 } from './fixtures';

const utf8 = (text: string) => Array.from(Buffer.from(text, 'utf8'));

describe('decodeStatement', () => {
  it('decodes UTF-8 with umlauts, the euro sign and characters beyond the BMP', () => {
    expect(decodeStatement(utf8('Müller & Söhne; Größe 119,00 € 🧾'))).toBe(
      'Müller & Söhne; Größe 119,00 € 🧾',
    );
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeStatement([0xef, 0xbb, 0xbf, ...utf8('Buchungstag;Wert')])).toBe('Buchungstag;Wert');
  });

  it('decodes Windows-1252 when the bytes are not valid UTF-8 (a Windows export)', () => {
    const bytes = cp1252('Bärenfels;Größe;Süßspeisen;119,00 €;„Märzen“ – Öl');
    expect(bytes).toContain(0xe4);
    expect(bytes).toContain(0x80);
    expect(decodeStatement(bytes)).toBe('Bärenfels;Größe;Süßspeisen;119,00 €;„Märzen“ – Öl');
  });

  it('maps 0x80..0x9F by the WHATWG windows-1252 index and 0xA0..0xFF as Latin-1', () => {
    const c1 = Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const expected =
      '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
      '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
    expect(decodeStatement(c1)).toBe(expected);
    const latin1 = Array.from({ length: 96 }, (_, i) => 0xa0 + i);
    expect(decodeStatement(latin1)).toBe(String.fromCharCode(...latin1));
  });

  it.each([
    ['an overlong slash', [0xc0, 0xaf], '\u00c0\u00af'],
    ['a truncated sequence at the end', [0x41, 0xc3], 'A\u00c3'],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], '\u00ed\u00a0\u20ac'],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], '\u00f4\u0090\u20ac\u20ac'],
    ['a lone continuation byte', [0x41, 0x80, 0x42], 'A\u20acB'],
  ])('falls back to Windows-1252 for %s', (_name, bytes, text) => {
    expect(decodeStatement(bytes)).toBe(text);
  });

  it('decodes any valid UTF-8 exactly like TextDecoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const bytes = utf8(text);
        expect(decodeStatement(bytes)).toBe(
          new TextDecoder().decode(Uint8Array.from(bytes)).replace(/^\ufeff/, ''),
        );
      }),
    );
  });

  it('decodes UTF-16 with a byte order mark (an Excel "Unicode text" export)', () => {
    const le = [0xff, 0xfe, ...Array.from(Buffer.from('Größe;€', 'utf16le'))];
    expect(decodeStatement(le)).toBe('Größe;€');
    const be = [0xfe, 0xff, ...Array.from(Buffer.from('Größe;€', 'utf16le').swap16())];
    expect(decodeStatement(be)).toBe('Größe;€');
  });

  it('handles a file larger than one output chunk', () => {
    const text = 'Gemeinde Bärenfels;1.428,00\n'.repeat(2000);
    expect(decodeStatement(utf8(text))).toBe(text);
    expect(decodeStatement(cp1252(text))).toBe(text);
  });

  it('reads signed bytes (Apps Script Blob.getBytes()) as their unsigned value', () => {
    const signed = (bytes: number[]) => bytes.map((b) => (b > 127 ? b - 256 : b));
    expect(decodeStatement(signed([0xef, 0xbb, 0xbf, ...utf8('Größe €')]))).toBe('Größe €');
    expect(decodeStatement(signed(cp1252('Größe €')))).toBe('Größe €');
    expect(decodeStatement(signed([0xff, 0xfe, 0x47, 0x00, 0xf6, 0x00]))).toBe('Gö');
  });

  it('gives an empty string for no bytes', () => {
    expect(decodeStatement([])).toBe('');
  });
});

describe('base64ToBytes', () => {
  it('decodes what a browser FileReader gives, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64ToBytes(Buffer.from(bytes).toString('base64'))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('tolerates a data: prefix, line breaks, missing padding and the URL-safe alphabet', () => {
    const bytes = Array.from(Buffer.from('Müller & Söhne ÿþ?>', 'utf8'));
    const b64 = Buffer.from(bytes).toString('base64');
    expect(base64ToBytes(`data:text/csv;base64,${b64}`)).toEqual(bytes);
    expect(base64ToBytes(`${b64.slice(0, 8)}\r\n${b64.slice(8)}`)).toEqual(bytes);
    expect(base64ToBytes(b64.replace(/=+$/, ''))).toEqual(bytes);
    expect(base64ToBytes(Buffer.from(bytes).toString('base64url'))).toEqual(bytes);
  });

  it('refuses text that is not base64 with a DomainError', () => {
    for (const bad of ['QUJD*', 'QUJDR', 'Ä']) {
      expect(() => base64ToBytes(bad)).toThrow(DomainError);
    }
    let error: unknown;
    try {
      base64ToBytes('QU!D');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).key).toBe('err.bank.base64');
    expect(base64ToBytes('')).toEqual([]);
  });
});
