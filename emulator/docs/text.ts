// Emulated Text, part 2: editing characters, searching, attribute runs. A Text is a Text element or a view.

// A view is what editAsText() returns for a paragraph or container: its Text elements seen as one string
// (paragraphs joined by "\n"). Edits within one paragraph work on views; joining paragraphs is not emulated.

import { EmuException, messages } from '../core/exception';
import { readAttributes, writeAttributes } from './attributes';
import {
  adopt,
  descendants,
  type ParagraphNode,
  PLAIN,
  paragraphText,
  type TextNode,
  textNode,
} from './model';
import { registerElement } from './node';
import { EmuRangeElement, searchStart } from './range-element';
import { findText, replaceText } from './search';
import { EmuTextFormat, paragraphGroups } from './text-format';
import { deleteChars, type FlatText, insertChars } from './text-ops';

type Text = GoogleAppsScript.Document.Text;

const notEmulated = (what: string) => new EmuException(`not emulated: ${what}`);

export class EmuText
  extends EmuTextFormat
  implements
    Pick<
      Text,
      | 'getText'
      | 'setText'
      | 'insertText'
      | 'deleteText'
      | 'appendText'
      | 'editAsText'
      | 'findText'
      | 'replaceText'
      | 'getTextAttributeIndices'
      | 'getAttributes'
      | 'setAttributes'
      | 'setBold'
      | 'setItalic'
      | 'setUnderline'
      | 'setStrikethrough'
      | 'setFontSize'
      | 'setFontFamily'
      | 'setForegroundColor'
      | 'setBackgroundColor'
      | 'setLinkUrl'
      | 'isBold'
      | 'isItalic'
      | 'isUnderline'
      | 'isStrikethrough'
      | 'getFontSize'
      | 'getFontFamily'
      | 'getForegroundColor'
      | 'getBackgroundColor'
      | 'getLinkUrl'
      | 'getType'
      | 'getParent'
      | 'getNextSibling'
      | 'getPreviousSibling'
      | 'removeFromParent'
      | 'copy'
      | 'asText'
    >
{
  private get isView(): boolean {
    return this.node.type !== 'TEXT';
  }

  /** Newlines: a line break inside one paragraph; a view over several paragraphs cannot split one. */
  private clean(text: unknown): string {
    const value = String(text);
    if (this.isView && paragraphGroups(this.node).length > 1 && /[\n]/.test(value))
      throw notEmulated('inserting a newline through editAsText() of a section or table');
    return paragraphText(value);
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    this.track('getType');
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }

  getText(): string {
    this.track('getText');
    return this.flat().text;
  }

  setText(text: string): Text {
    this.track('setText');
    const value = this.clean(text);
    this.edit();
    const flat = this.flat();
    const style = flat.styleAt(0);
    const nodes = flat.spans.map((span) => span.node);
    if (nodes.length === 0) return this.insertInto(flat, 0, value);
    if (this.isView && paragraphGroups(this.node).length > 1) throw notEmulated('setText on a section view');
    deleteChars(nodes[0], 0, nodes[0].text.length);
    insertChars(nodes[0], 0, value, style ?? PLAIN);
    for (const node of nodes.slice(1)) deleteChars(node, 0, node.text.length);
    return this.self();
  }

  /** Inserts at a flat offset; a view of a paragraph without text gets a new Text element. */
  private insertInto(flat: FlatText, offset: number, text: string): Text {
    const point = flat.insertionPoint(offset);
    if (point) {
      insertChars(point.node, point.local, text, flat.insertionStyle(offset));
      return this.self();
    }
    const paragraph = this.firstParagraph();
    if (!paragraph) throw notEmulated('inserting text into an element without paragraphs');
    adopt(paragraph, paragraph.children.length, textNode(text));
    return this.self();
  }

  private firstParagraph(): ParagraphNode | null {
    const node = this.node;
    if (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM') return node;
    const first = descendants(node).find((child) => child.type === 'PARAGRAPH' || child.type === 'LIST_ITEM');
    return (first as ParagraphNode | undefined) ?? null;
  }

  /** Inserted text takes the formatting of the character before it (of the one after it at offset 0). */
  insertText(offset: number, text: string): Text {
    this.track('insertText');
    const flat = this.flat();
    const at = Number(offset);
    if (!Number.isInteger(at) || at < 0 || at > flat.length)
      throw new EmuException(messages.invalidArgument('offset'));
    const value = this.clean(text);
    this.edit();
    if (value === '') return this.self();
    return this.insertInto(flat, at, value);
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    this.track('deleteText');
    const flat = this.flat();
    const [start, end] = this.range(flat, startOffset, endOffsetInclusive);
    if (flat.crossesGroups(start, end)) throw notEmulated('deleting across paragraphs through editAsText()');
    this.edit();
    const parts: Array<[TextNode, number, number]> = [];
    flat.eachPart(start, end, (node, from, to) => parts.push([node, from, to]));
    for (const [node, from, to] of parts) deleteChars(node, from, to);
    return this.self();
  }

  appendText(text: string): Text {
    this.track('appendText');
    const value = this.clean(text);
    this.edit();
    const flat = this.flat();
    if (value === '') return this.self();
    return this.insertInto(flat, flat.length, value);
  }

  editAsText(): Text {
    this.track('editAsText');
    return this.self();
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null) {
    this.track('findText');
    return EmuRangeElement.of(this.ctx, findText(this.node, searchPattern, searchStart(from)));
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.track('replaceText');
    this.edit();
    replaceText(this.node, searchPattern, replacement);
    return this.self();
  }

  getTextAttributeIndices(): number[] {
    this.track('getTextAttributeIndices');
    return this.flat().attributeIndices();
  }

  override getAttributes(offset?: number | null): Record<string, unknown> {
    if (offset === undefined || offset === null) return super.getAttributes();
    this.track('getAttributes');
    const flat = this.flat();
    const at = Number(offset);
    const span = flat.spanAt(at);
    if (!span) throw new EmuException(messages.invalidArgument('offset'));
    const char = textNode(span.node.text[at - span.start], span.node.styles[at - span.start]);
    return readAttributes(char);
  }

  override setAttributes(a: number | Record<string, unknown>, b?: number, c?: Record<string, unknown>): Text {
    if (typeof a !== 'number') return super.setAttributes(a);
    this.track('setAttributes');
    const flat = this.flat();
    const [start, end] = this.range(flat, a, b);
    this.edit();
    flat.eachPart(start, end, (node, from, to) => {
      const part = textNode(node.text.slice(from, to));
      part.styles = node.styles.slice(from, to);
      writeAttributes(part, c ?? {});
      node.styles.splice(from, to - from, ...part.styles);
    });
    return this.self();
  }

  override removeFromParent(): Text {
    if (this.isView) throw notEmulated('removeFromParent on editAsText() of an element');
    return super.removeFromParent();
  }
}

registerElement(['TEXT'], (ctx, node) => new EmuText(ctx, node));
