// Emulated Blob: bytes with a content type and a name.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { encodingOf, fromBytes, toSignedBytes } from './bytes';

type Blob = GoogleAppsScript.Base.Blob;

export class EmuBlob
  extends EmuService
  implements
    Pick<
      Blob,
      | 'getBytes'
      | 'setBytes'
      | 'getDataAsString'
      | 'setDataFromString'
      | 'getContentType'
      | 'setContentType'
      | 'getName'
      | 'setName'
      | 'copyBlob'
      | 'isGoogleType'
      | 'getBlob'
      | 'getAs'
    >
{
  constructor(
    ctx: EmuContext,
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {
    super(ctx, 'Blob');
  }

  static fromString(ctx: EmuContext, text: string, contentType: string | null, name: string | null): EmuBlob {
    return new EmuBlob(ctx, Buffer.from(text, 'utf8'), contentType, name);
  }

  asBlob(): Blob {
    return this as unknown as Blob;
  }

  /** Emulator-internal, uncounted: the bytes, type and name (Drive uploads, images in documents). */
  contents(): { data: Buffer; contentType: string | null; name: string | null } {
    return { data: this.data, contentType: this.contentType, name: this.name };
  }

  getBytes(): number[] {
    this.track('getBytes');
    return toSignedBytes(this.data);
  }

  setBytes(data: number[]): Blob {
    this.track('setBytes');
    this.data = fromBytes(data);
    return this.asBlob();
  }

  getDataAsString(charset?: string): string {
    this.track('getDataAsString');
    return this.data.toString(encodingOf(charset));
  }

  setDataFromString(text: string, charset?: string): Blob {
    this.track('setDataFromString');
    this.data = Buffer.from(text, encodingOf(charset));
    return this.asBlob();
  }

  getContentType(): string | null {
    this.track('getContentType');
    return this.contentType;
  }

  setContentType(contentType: string | null): Blob {
    this.track('setContentType');
    this.contentType = contentType;
    return this.asBlob();
  }

  getName(): string | null {
    this.track('getName');
    return this.name;
  }

  setName(name: string): Blob {
    this.track('setName');
    this.name = name;
    return this.asBlob();
  }

  copyBlob(): Blob {
    this.track('copyBlob');
    return new EmuBlob(this.ctx, Buffer.from(this.data), this.contentType, this.name).asBlob();
  }

  isGoogleType(): boolean {
    this.track('isGoogleType');
    return false;
  }

  getBlob(): Blob {
    this.track('getBlob');
    return this.asBlob();
  }

  /** No conversions are emulated: asking for the blob's own type returns a copy, anything else fails. */
  getAs(contentType: string): Blob {
    this.track('getAs');
    if (contentType !== this.contentType)
      throw new EmuException(messages.invalidArgument(`conversion to ${contentType}`));
    return new EmuBlob(this.ctx, Buffer.from(this.data), this.contentType, this.name).asBlob();
  }
}
