// Images for documents: bytes from a blob (or a detached InlineImage), size read from PNG, GIF or JPEG headers.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuBlob } from '../services/blob';
import type { ImageNode } from './model';
import { detachedNode } from './node';

/** Pixel size of a PNG, GIF or JPEG; null for anything else. */
export function imageSize(data: Buffer): { width: number; height: number } | null {
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47) {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length >= 10 && data.toString('latin1', 0, 3) === 'GIF') {
    return { width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < data.length && data[offset] === 0xff) {
      const marker = data[offset + 1];
      const length = data.readUInt16BE(offset + 2);
      const isFrame =
        marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
      offset += 2 + length;
    }
  }
  return null;
}

function mimeOf(data: Buffer, declared: string | null): string {
  if (declared?.startsWith('image/')) return declared;
  if (data.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (data.toString('latin1', 0, 3) === 'GIF') return 'image/gif';
  if (data[0] === 0xff && data[1] === 0xd8) return 'image/jpeg';
  throw new EmuException(messages.invalidArgument('image'));
}

/** Reads the blob of a BlobSource without counting calls (the add-on made one call: appendImage). */
function blobContents(ctx: EmuContext, source: unknown): { data: Buffer; contentType: string | null } {
  if (source instanceof EmuBlob) return source.contents();
  const candidate = source as { getBlob?: () => unknown } | null;
  if (candidate && typeof candidate.getBlob === 'function') {
    const blob = ctx.uncounted(() => candidate.getBlob?.());
    if (blob instanceof EmuBlob) return blob.contents();
  }
  throw new EmuException(messages.invalidArgument('image'));
}

/** The image node to insert: a new one from a BlobSource, or the detached InlineImage itself. */
export function imageNodeFrom(ctx: EmuContext, source: unknown): ImageNode {
  if (source && typeof source === 'object' && 'node' in source)
    return detachedNode<ImageNode>(source, 'INLINE_IMAGE');
  const { data, contentType } = blobContents(ctx, source);
  if (data.length < 4) throw new EmuException(messages.invalidArgument('image'));
  const mimeType = mimeOf(data, contentType);
  const size = imageSize(data) ?? { width: 100, height: 100 };
  return {
    type: 'INLINE_IMAGE',
    parent: null,
    data: Buffer.from(data),
    mimeType,
    width: size.width,
    height: size.height,
    linkUrl: null,
    altTitle: null,
    altDescription: null,
  };
}
