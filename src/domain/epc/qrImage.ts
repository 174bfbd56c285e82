// The GiroCode as image bytes (GIF) the server turns into a Blob for the Google Doc; pure, no Apps Script globals.
import qrcode from 'qrcode-generator';
import { utf8Bytes } from './utf8';

export interface QrImage {
  /** The image file, each entry a byte 0..255. */
  bytes: number[];
  mimeType: 'image/gif';
  widthPx: number;
  heightPx: number;
}

/** Quiet zone around the symbol, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE_MODULES = 4;

/**
 * Encodes text as a QR code, error correction level M, Byte mode fed with the text's UTF-8 bytes, the smallest
 * version that holds it. modulePx is the edge of one module in pixels; the quiet zone is 4 modules on each side.
 */
export function qrImage(text: string, modulePx = 4): QrImage {
  if (!Number.isInteger(modulePx) || modulePx < 1 || modulePx > 32) throw new RangeError('modulePx 1..32');
  // The library's default stringToBytes keeps only the low byte of each UTF-16 unit (ü -> 0xFC): give it UTF-8.
  qrcode.stringToBytes = utf8Bytes;
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = (qr.getModuleCount() + 2 * QUIET_ZONE_MODULES) * modulePx;
  const dataUrl = qr.createDataURL(modulePx, QUIET_ZONE_MODULES * modulePx);
  const prefix = 'data:image/gif;base64,';
  if (dataUrl.indexOf(prefix) !== 0) throw new Error('qrcode-generator returned no GIF data URL');
  return {
    bytes: base64Bytes(dataUrl.slice(prefix.length)),
    mimeType: 'image/gif',
    widthPx: size,
    heightPx: size,
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (padding optional, whitespace ignored) to bytes; no atob on the Apps Script server. */
export function base64Bytes(base64: string): number[] {
  const clean = base64.replace(/[\s=]/g, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i += 1) {
    const value = BASE64.indexOf(clean.charAt(i));
    if (value < 0) throw new Error(`Invalid base64 character at ${i}`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
      buffer &= (1 << bits) - 1;
    }
  }
  return bytes;
}
