// Emulated Utilities: reproducible UUIDs, formatDate, digests, base64, blobs, sleep on the emulated clock.

import { createHash, createHmac } from 'node:crypto';
import type { EmuContext } from '../core/context';
import { DigestAlgorithm, type DigestAlgorithmName, enumName, typedEnums } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { formatDate } from '../core/format-date';
import { EmuService } from '../core/service';
import { EmuBlob } from './blob';
import { bufferOf, encodingOf, fromBytes, toSignedBytes } from './bytes';

type Utilities = GoogleAppsScript.Utilities.Utilities;

const NODE_DIGEST: Record<DigestAlgorithmName, string | null> = {
  MD2: null,
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** The longest Utilities.sleep allows (5 minutes). */
const MAX_SLEEP_MS = 300_000;

export class EmuUtilities
  extends EmuService
  implements
    Pick<
      Utilities,
      | 'Charset'
      | 'DigestAlgorithm'
      | 'getUuid'
      | 'formatDate'
      | 'formatString'
      | 'computeDigest'
      | 'computeHmacSha256Signature'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'newBlob'
      | 'sleep'
    >
{
  readonly Charset = typedEnums.Charset;
  readonly DigestAlgorithm = typedEnums.DigestAlgorithm;

  constructor(ctx: EmuContext) {
    super(ctx, 'Utilities');
  }

  /** Version-4 shaped, but derived from a counter so every test run sees the same sequence. */
  getUuid(): string {
    this.track('getUuid');
    this.ctx.uuidCounter += 1;
    const hex = createHash('sha256').update(`emulated-uuid:${this.ctx.uuidCounter}`).digest('hex');
    const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const groups = [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `4${hex.slice(13, 16)}`,
      variant + hex.slice(17, 20),
      hex.slice(20, 32),
    ];
    return groups.join('-');
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.track('formatDate');
    return formatDate(new Date(date.getTime()), timeZone, format);
  }

  /** sprintf-style: %s, %d and %.Nf. */
  formatString(template: string, ...args: unknown[]): string {
    this.track('formatString');
    let next = 0;
    return template.replace(/%(\.\d+)?([sdf%])/g, (_match, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const value = args[next++];
      if (kind === 'd') return String(Math.trunc(Number(value)));
      if (kind === 'f') return Number(value).toFixed(precision ? Number(precision.slice(1)) : 6);
      return String(value);
    });
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: unknown,
  ): number[] {
    this.track('computeDigest');
    const nodeName = NODE_DIGEST[enumName(algorithm, DigestAlgorithm, 'DigestAlgorithm')];
    if (!nodeName) throw new EmuException(messages.invalidArgument('MD2 is not supported by the emulator'));
    return toSignedBytes(createHash(nodeName).update(bufferOf(value, charset)).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: unknown): number[] {
    this.track('computeHmacSha256Signature');
    return toSignedBytes(
      createHmac('sha256', bufferOf(key, charset)).update(bufferOf(value, charset)).digest(),
    );
  }

  base64Encode(data: string | number[], charset?: unknown): string {
    this.track('base64Encode');
    return bufferOf(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: unknown): string {
    this.track('base64EncodeWebSafe');
    return bufferOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string, _charset?: unknown): number[] {
    this.track('base64Decode');
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string, _charset?: unknown): number[] {
    this.track('base64DecodeWebSafe');
    return toSignedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.track('newBlob');
    const bytes = typeof data === 'string' ? Buffer.from(data, encodingOf(undefined)) : fromBytes(data);
    return new EmuBlob(this.ctx, bytes, contentType ?? null, name ?? null).asBlob();
  }

  /** Advances the emulated clock instead of blocking. */
  sleep(milliseconds: number): void {
    this.track('sleep');
    if (milliseconds > MAX_SLEEP_MS) throw new EmuException(messages.invalidArgument('milliseconds'));
    this.ctx.clock.advance(Math.max(0, milliseconds));
  }
}
