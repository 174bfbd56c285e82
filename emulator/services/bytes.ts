// Apps Script represents binary data as arrays of signed bytes (-128..127); conversions to and from Buffers.

import { Charset, type CharsetName, enumName } from '../core/enums';

export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (byte) => (byte > 127 ? byte - 256 : byte));
}

export function fromBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((byte) => byte & 0xff));
}

export function encodingOf(charset: unknown): BufferEncoding {
  if (charset === undefined || charset === null) return 'utf8';
  const text = String(charset).toUpperCase().replace('-', '_');
  if (text === 'UTF_8' || text === 'UTF8') return 'utf8';
  const name: CharsetName = enumName(text, Charset, 'Charset');
  return name === 'US_ASCII' ? 'ascii' : 'utf8';
}

/** A string (encoded with charset) or signed bytes, as Utilities methods accept. */
export function bufferOf(value: string | readonly number[], charset?: unknown): Buffer {
  return typeof value === 'string' ? Buffer.from(value, encodingOf(charset)) : fromBytes(value);
}
