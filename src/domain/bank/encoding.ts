// Uploaded bytes to text without TextDecoder: UTF-8 when valid, else Windows-1252; base64 from the browser to bytes.
import { DomainError } from '../errors';

/** Windows-1252 0x80..0x9F; the five unassigned bytes keep their C1 code point, as browsers do. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

/** Collects UTF-16 code units and turns them into a string in chunks (no call-stack limit for big files). */
class TextSink {
  private readonly parts: string[] = [];
  private units: number[] = [];

  push(unit: number): void {
    this.units.push(unit);
    if (this.units.length >= 8192) this.flush();
  }

  pushCodePoint(cp: number): void {
    if (cp < 0x10000) this.push(cp);
    else {
      const v = cp - 0x10000;
      this.push(0xd800 + (v >> 10));
      this.push(0xdc00 + (v & 0x3ff));
    }
  }

  text(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (this.units.length > 0) this.parts.push(String.fromCharCode.apply(null, this.units));
    this.units = [];
  }
}

/** Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), or null at the first invalid byte. */
function decodeUtf8(bytes: ArrayLike<number>, from: number): string | null {
  const sink = new TextSink();
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i] & 0xff;
    if (b < 0x80) {
      sink.push(b);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    else return null;
    if (i + need >= n) return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] & 0xff;
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    sink.pushCodePoint(cp);
    i += need + 1;
  }
  return sink.text();
}

function decodeCp1252(bytes: ArrayLike<number>, from: number): string {
  const sink = new TextSink();
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i] & 0xff;
    sink.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
  }
  return sink.text();
}

function decodeUtf16(bytes: ArrayLike<number>, from: number, littleEndian: boolean): string {
  const sink = new TextSink();
  for (let i = from; i + 1 < bytes.length; i += 2) {
    const [a, b] = [bytes[i] & 0xff, bytes[i + 1] & 0xff];
    sink.push(littleEndian ? a | (b << 8) : (a << 8) | b);
  }
  return sink.text();
}

/**
 * Bytes of an uploaded file to text: strips a UTF-8 BOM; valid UTF-8 is decoded as UTF-8, anything else as
 * Windows-1252 (so ä ö ü ß € from a Windows export come out right). A UTF-16 file with its BOM is decoded too.
 * Signed bytes (-128..127, as Apps Script's Blob.getBytes() gives them) are read as their unsigned value.
 */
export function decodeStatement(bytes: ArrayLike<number>): string {
  const [b0, b1, b2] = [bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 2, true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 2, false);
  const from = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  return decodeUtf8(bytes, from) ?? decodeCp1252(bytes, from);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE: Record<string, number> = { '-': 62, _: 63 };
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64[i]] = i;

/**
 * base64 (as a browser's FileReader gives it, without the data: prefix; a prefix is tolerated, so are line breaks
 * and the URL-safe alphabet) to bytes. Anything else throws a DomainError 'err.bank.base64'.
 */
export function base64ToBytes(base64: string): number[] {
  const s = base64
    .replace(/^data:[^,]*,/, '')
    .replace(/\s+/g, '')
    .replace(/=+$/, '');
  if (s.length % 4 === 1) throw new DomainError('err.bank.base64');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const v = BASE64_VALUE[s[i]];
    if (v === undefined) throw new DomainError('err.bank.base64');
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}
