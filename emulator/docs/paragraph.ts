// Emulated Paragraph and ListItem: text, heading, alignment, spacing, inline images, page breaks and rules.

import { enumName } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { EmuBranch } from './branch';
import { GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { imageNodeFrom } from './images';
import { adopt, detach, type InlineNode, type ParagraphNode, paragraphText, textNode } from './model';
import { detachedNode, nodeOf, registerElement } from './node';
import { FlatText } from './text-ops';

type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Text = GoogleAppsScript.Document.Text;
type InlineImage = GoogleAppsScript.Document.InlineImage;

type ParagraphMethods =
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'editAsText'
  | 'getHeading'
  | 'setHeading'
  | 'getAlignment'
  | 'setAlignment'
  | 'getSpacingBefore'
  | 'setSpacingBefore'
  | 'getSpacingAfter'
  | 'setSpacingAfter'
  | 'getLineSpacing'
  | 'setLineSpacing'
  | 'getAttributes'
  | 'setAttributes'
  | 'findText'
  | 'replaceText'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'appendInlineImage'
  | 'insertInlineImage'
  | 'appendPageBreak'
  | 'appendHorizontalRule'
  | 'clear'
  | 'getType'
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'removeFromParent'
  | 'copy';

abstract class EmuParagraphBase<Self> extends EmuBranch<ParagraphNode, Self> {
  private append<T>(inline: InlineNode): T {
    this.edit();
    adopt(this.node, this.node.children.length, inline);
    return this.wrap<T>(inline);
  }

  /** Replaces the whole content (images too) with plain text; "\n" becomes a line break. */
  setText(text: string): void {
    this.track('setText');
    this.edit();
    const style = new FlatText([this.node.children.filter((c) => c.type === 'TEXT')]).styleAt(0);
    for (const child of [...this.node.children]) detach(child);
    if (String(text) !== '') adopt(this.node, 0, textNode(paragraphText(text), style ?? undefined));
  }

  /** A new Text element at the end, formatted like the character before it. */
  appendText(text: string | Text): Text {
    this.track('appendText');
    if (typeof text !== 'string') return this.append(detachedNode(text, 'TEXT'));
    const flat = new FlatText([this.node.children.filter((c) => c.type === 'TEXT')]);
    return this.append(textNode(paragraphText(text), flat.insertionStyle(flat.length)));
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.track('getHeading');
    return this.node.heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Self {
    this.track('setHeading');
    const name = enumName(heading, ParagraphHeading, 'ParagraphHeading');
    this.edit();
    this.node.heading = name;
    return this.self();
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.track('getAlignment');
    return this.node.alignment as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Self {
    this.track('setAlignment');
    const name = enumName(alignment, HorizontalAlignment, 'HorizontalAlignment');
    this.edit();
    this.node.alignment = name;
    return this.self();
  }

  private spacing(method: string, name: string): number {
    this.track(method);
    return (this.node.attrs[name] ?? null) as number;
  }

  private setSpacing(method: string, name: string, value: number): Self {
    this.track(method);
    const points = Number(value);
    if (!Number.isFinite(points) || points < 0) throw new EmuException(messages.invalidArgument(name));
    this.edit();
    this.node.attrs[name] = points;
    return this.self();
  }

  getSpacingBefore = () => this.spacing('getSpacingBefore', 'SPACING_BEFORE');
  getSpacingAfter = () => this.spacing('getSpacingAfter', 'SPACING_AFTER');
  getLineSpacing = () => this.spacing('getLineSpacing', 'LINE_SPACING');
  setSpacingBefore = (points: number) => this.setSpacing('setSpacingBefore', 'SPACING_BEFORE', points);
  setSpacingAfter = (points: number) => this.setSpacing('setSpacingAfter', 'SPACING_AFTER', points);
  setLineSpacing = (multiplier: number) => this.setSpacing('setLineSpacing', 'LINE_SPACING', multiplier);

  appendInlineImage(image: GoogleAppsScript.Base.BlobSource | InlineImage): InlineImage {
    this.track('appendInlineImage');
    return this.append(imageNodeFrom(this.ctx, image));
  }

  insertInlineImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource | InlineImage): InlineImage {
    this.track('insertInlineImage');
    const index = Number(childIndex);
    if (!Number.isInteger(index) || index < 0 || index > this.node.children.length)
      throw new EmuException(messages.invalidArgument('childIndex'));
    const node = imageNodeFrom(this.ctx, image);
    this.edit();
    adopt(this.node, index, node);
    return this.wrap(node);
  }

  appendPageBreak(
    pageBreak?: GoogleAppsScript.Document.PageBreak | null,
  ): GoogleAppsScript.Document.PageBreak {
    this.track('appendPageBreak');
    const node: InlineNode = pageBreak
      ? detachedNode(pageBreak, 'PAGE_BREAK')
      : { type: 'PAGE_BREAK', parent: null };
    return this.append(node);
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.track('appendHorizontalRule');
    return this.append({ type: 'HORIZONTAL_RULE', parent: null });
  }

  clear(): Self {
    this.track('clear');
    this.edit();
    for (const child of [...this.node.children]) detach(child);
    return this.self();
  }
}

export class EmuParagraph extends EmuParagraphBase<Paragraph> implements Pick<Paragraph, ParagraphMethods> {}

export class EmuListItem
  extends EmuParagraphBase<ListItem>
  implements
    Pick<
      ListItem,
      | ParagraphMethods
      | 'getListId'
      | 'setListId'
      | 'getNestingLevel'
      | 'setNestingLevel'
      | 'getGlyphType'
      | 'setGlyphType'
    >
{
  private list() {
    if (!this.node.list) this.node.list = { id: 'kix.list1', nestingLevel: 0, glyphType: 'BULLET' };
    return this.node.list;
  }

  getListId(): string {
    this.track('getListId');
    return this.list().id;
  }

  setListId(listItem: ListItem): ListItem {
    this.track('setListId');
    const other = nodeOf<ParagraphNode>(listItem, 'LIST_ITEM');
    this.edit();
    this.list().id = other.list?.id ?? this.list().id;
    return this.self();
  }

  getNestingLevel(): number {
    this.track('getNestingLevel');
    return this.list().nestingLevel;
  }

  setNestingLevel(nestingLevel: number): ListItem {
    this.track('setNestingLevel');
    const level = Number(nestingLevel);
    if (!Number.isInteger(level) || level < 0 || level > 8)
      throw new EmuException(messages.invalidArgument('nestingLevel'));
    this.edit();
    this.list().nestingLevel = level;
    return this.self();
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.track('getGlyphType');
    return this.list().glyphType as unknown as GoogleAppsScript.Document.GlyphType;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): ListItem {
    this.track('setGlyphType');
    const name = enumName(glyphType, GlyphType, 'GlyphType');
    this.edit();
    this.list().glyphType = name;
    return this.self();
  }
}

registerElement(['PARAGRAPH'], (ctx, node) => new EmuParagraph(ctx, node as ParagraphNode));
registerElement(['LIST_ITEM'], (ctx, node) => new EmuListItem(ctx, node as ParagraphNode));
