import jsQR from 'jsqr';
import { GifReader } from 'omggif';
import { epcPayload } from '../../../src/domain/epc/payload';
import { base64Bytes, qrImage } from '../../../src/domain/epc/qrImage';

const E5 =
  'BCD\n002\n1\nSCT\nCOBADEFFXXX\nPixelwerk Kreativagentur GmbH\nDE89370400440532013000\nEUR11007.50\n\n\nRE-2025-0042';

/** Decodes the GIF to RGBA and reads the QR code back, as a banking app would. */
function decode(bytes: number[]): { text: string; bytes: number[]; width: number; height: number } {
  const gif = new GifReader(Uint8Array.from(bytes));
  const rgba = new Uint8ClampedArray(gif.width * gif.height * 4);
  gif.decodeAndBlitFrameRGBA(0, rgba);
  const code = jsQR(rgba, gif.width, gif.height, { inversionAttempts: 'dontInvert' });
  if (!code) throw new Error('QR code not readable');
  return { text: code.data, bytes: code.binaryData, width: gif.width, height: gif.height };
}

describe('qrImage', () => {
  it('renders E5 as a GIF that decodes to the payload byte for byte', () => {
    const image = qrImage(E5);
    expect(image.mimeType).toBe('image/gif');
    expect(String.fromCharCode(...image.bytes.slice(0, 6))).toMatch(/^GIF8[79]a$/);
    expect(image.bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)).toBe(true);
    // 105 bytes at level M: version 6, 41 modules, plus 4 quiet modules on each side, 4 px each.
    expect(image.widthPx).toBe((41 + 8) * 4);
    expect(image.heightPx).toBe(image.widthPx);
    const decoded = decode(image.bytes);
    expect([decoded.width, decoded.height]).toEqual([image.widthPx, image.heightPx]);
    expect(decoded.bytes).toEqual([...Buffer.from(E5, 'utf8')]);
    expect(decoded.text).toBe(E5);
  });

  it('keeps umlauts as UTF-8 (no low-byte mangling)', () => {
    const payload = epcPayload({
      bic: '',
      name: 'Müller & Söhne GmbH',
      iban: 'DE89370400440532013000',
      amountCents: 123_456,
      text: 'Rechnung RE-2025-0042 für März, Grüße',
    });
    const decoded = decode(qrImage(payload).bytes);
    expect(decoded.bytes).toEqual([...Buffer.from(payload, 'utf8')]);
    expect(decoded.text).toBe(payload);
  });

  it('reads back the largest payload (331 bytes) and honours the module size', () => {
    const input = {
      bic: 'COBADEFFXXX',
      name: 'ü'.repeat(70),
      iban: 'DE89370400440532013000',
      amountCents: 99_999_999_999,
    };
    const room = 331 - Buffer.byteLength(epcPayload({ ...input, text: 'x' }), 'utf8') + 1;
    const payload = epcPayload({ ...input, text: `${'ö'.repeat(16)}${'x'.repeat(room - 32)}` });
    expect(Buffer.byteLength(payload, 'utf8')).toBe(331);
    const image = qrImage(payload, 3);
    expect(image.widthPx % 3).toBe(0);
    expect(decode(image.bytes).bytes).toEqual([...Buffer.from(payload, 'utf8')]);
  });

  it('refuses a nonsensical module size', () => {
    expect(() => qrImage(E5, 0)).toThrow(RangeError);
  });
});

describe('base64Bytes', () => {
  it.each(['', 'R0lGODdh', 'YQ==', 'YWI=', 'YWJj', '/+8A'])('matches Node for %j', (b64) => {
    expect(base64Bytes(b64)).toEqual([...Buffer.from(b64, 'base64')]);
  });

  it('refuses a character outside the alphabet', () => {
    expect(() => base64Bytes('YW*j')).toThrow();
  });
});
