// Emulated InlineImage, PageBreak and HorizontalRule: the non-text elements a paragraph holds.

import { EmuException, messages } from '../core/exception';
import { EmuBlob } from '../services/blob';
import { EmuElement } from './element';
import type { ImageNode, PageBreakNode, RuleNode } from './model';
import { registerElement } from './node';

type InlineImage = GoogleAppsScript.Document.InlineImage;
type PageBreak = GoogleAppsScript.Document.PageBreak;
type HorizontalRule = GoogleAppsScript.Document.HorizontalRule;
type Blob = GoogleAppsScript.Base.Blob;

type LeafMethods =
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'removeFromParent'
  | 'copy'
  | 'getAttributes'
  | 'setAttributes';

export class EmuInlineImage
  extends EmuElement<ImageNode, InlineImage>
  implements
    Pick<
      InlineImage,
      | LeafMethods
      | 'getBlob'
      | 'getAs'
      | 'getWidth'
      | 'getHeight'
      | 'setWidth'
      | 'setHeight'
      | 'getLinkUrl'
      | 'setLinkUrl'
      | 'getAltTitle'
      | 'setAltTitle'
      | 'getAltDescription'
      | 'setAltDescription'
    >
{
  getBlob(): Blob {
    this.track('getBlob');
    return new EmuBlob(this.ctx, Buffer.from(this.node.data), this.node.mimeType, null).asBlob();
  }

  getAs(contentType: string): Blob {
    this.track('getAs');
    if (contentType !== this.node.mimeType)
      throw new EmuException(messages.invalidArgument(`conversion to ${contentType}`));
    return new EmuBlob(this.ctx, Buffer.from(this.node.data), this.node.mimeType, null).asBlob();
  }

  getWidth(): number {
    this.track('getWidth');
    return this.node.width;
  }

  getHeight(): number {
    this.track('getHeight');
    return this.node.height;
  }

  private size(key: 'width' | 'height', value: number): InlineImage {
    const pixels = Number(value);
    if (!Number.isFinite(pixels) || pixels <= 0) throw new EmuException(messages.invalidArgument(key));
    this.edit();
    this.node[key] = pixels;
    return this.self();
  }

  setWidth(width: number): InlineImage {
    this.track('setWidth');
    return this.size('width', width);
  }

  setHeight(height: number): InlineImage {
    this.track('setHeight');
    return this.size('height', height);
  }

  private text(key: 'linkUrl' | 'altTitle' | 'altDescription', value: string | null): InlineImage {
    this.edit();
    this.node[key] = value === null || value === undefined || value === '' ? null : String(value);
    return this.self();
  }

  getLinkUrl(): string {
    this.track('getLinkUrl');
    return this.node.linkUrl as string;
  }

  setLinkUrl(url: string): InlineImage {
    this.track('setLinkUrl');
    return this.text('linkUrl', url);
  }

  getAltTitle(): string {
    this.track('getAltTitle');
    return this.node.altTitle as string;
  }

  setAltTitle(title: string): InlineImage {
    this.track('setAltTitle');
    return this.text('altTitle', title);
  }

  getAltDescription(): string {
    this.track('getAltDescription');
    return this.node.altDescription as string;
  }

  setAltDescription(description: string): InlineImage {
    this.track('setAltDescription');
    return this.text('altDescription', description);
  }
}

export class EmuPageBreak
  extends EmuElement<PageBreakNode, PageBreak>
  implements Pick<PageBreak, LeafMethods> {}

export class EmuHorizontalRule
  extends EmuElement<RuleNode, HorizontalRule>
  implements Pick<HorizontalRule, LeafMethods> {}

registerElement(['INLINE_IMAGE'], (ctx, node) => new EmuInlineImage(ctx, node as ImageNode));
registerElement(['PAGE_BREAK'], (ctx, node) => new EmuPageBreak(ctx, node as PageBreakNode));
registerElement(['HORIZONTAL_RULE'], (ctx, node) => new EmuHorizontalRule(ctx, node as RuleNode));
