import fc from 'fast-check';
import { base64ToBytes, decodeStatement } from '../../../src/domain/bank/encoding';
import { DomainError } from '../../../src/domain/errors';
import { cp1252 } from './fixtures';

const utf8 = (text: string) => Array.from(Buffer.from(text, 'utf8'));

describe('decodeStatement', () => {
  it('decodes UTF-8 with umlauts, the euro sign and characters beyond the BMP', () => {
    expect(decodeStatement(utf8('Müller & Söhne; Größe 119,00 € 🧾'))).toBe('Müller & Söhne; Größe 119,00 € 🧾');
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

  it('maps every byte 0x80..0xFF as the WHATWG windows-1252 decoder does', () => {
    const bytes = Array.from({ length: 128 }, (_, i) => 0x80 + i);
    expect(decodeStatement(bytes)).toBe(new TextDecoder('windows-1252').decode(Uint8Array.from(bytes)));
  });

  it.each([
    ['an overlong slash', [0xc0, 0xaf]],
    ['a truncated sequence at the end', [0x41, 0xc3]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x41, 0x80, 0x42]],
  ])('falls back to Windows-1252 for %s', (_name, bytes) => {
    expect(decodeStatement(bytes)).toBe(new TextDecoder('windows-1252').decode(Uint8Array.from(bytes)));
  });

  it('decodes any valid UTF-8 exactly like TextDecoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const bytes = utf8(text);
        expect(decodeStatement(bytes)).toBe(new TextDecoder().decode(Uint8Array.from(bytes)).replace(/^\ufeff/, ''));
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
    try {
      base64ToBytes('QU!D');
    } catch (e) {
      expect((e as DomainError).key).toBe('err.bank.base64');
    }
    expect(base64ToBytes('')).toEqual([]);
  });
});
