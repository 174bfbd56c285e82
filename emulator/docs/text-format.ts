// Emulated Text, part 1: character formatting over the whole text or an inclusive range, and reading it back.

import { EmuException, messages } from '../core/exception';
import { textValue } from './attributes';
import { EmuElement } from './element';
import { type DocNode, descendants, type TextNode, type TextStyle, textNodesOf } from './model';
import { FlatText, restyle, uniformValue } from './text-ops';

type Text = GoogleAppsScript.Document.Text;

/** The Text nodes an element's text is made of, one group per paragraph. */
export function paragraphGroups(node: DocNode): TextNode[][] {
  if (node.type === 'TEXT') return [[node]];
  if (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM') return [textNodesOf(node)];
  return descendants(node)
    .filter((child) => child.type === 'PARAGRAPH' || child.type === 'LIST_ITEM')
    .map((paragraph) => textNodesOf(paragraph));
}

/** Text as getText() reports it: paragraphs (also those in table cells) joined by newlines. */
export function plainText(node: DocNode): string {
  return new FlatText(paragraphGroups(node)).text;
}

function offsetArg(value: unknown, what: string, max: number): number {
  const offset = Number(value);
  if (!Number.isInteger(offset) || offset < 0 || offset > max)
    throw new EmuException(messages.invalidArgument(what));
  return offset;
}

export abstract class EmuTextFormat extends EmuElement<DocNode, Text> {
  protected flat(): FlatText {
    return new FlatText(paragraphGroups(this.node));
  }

  /** [start, endInclusive] of a ranged call, checked against the text. */
  protected range(flat: FlatText, start: unknown, endInclusive: unknown): [number, number] {
    const from = offsetArg(start, 'startOffset', flat.length - 1);
    const to = offsetArg(endInclusive, 'endOffsetInclusive', flat.length - 1);
    if (to < from) throw new EmuException(messages.invalidArgument('endOffsetInclusive'));
    return [from, to];
  }

  /** setBold(true) or setBold(start, endInclusive, true), and the same for every character attribute. */
  protected format(method: string, key: keyof TextStyle, args: unknown[]): Text {
    this.track(method);
    const flat = this.flat();
    const [start, end] = args.length >= 3 ? this.range(flat, args[0], args[1]) : [0, flat.length - 1];
    const value = textValue(key, args.length >= 3 ? args[2] : args[0]);
    this.edit();
    flat.eachPart(start, end, (node, from, to) => restyle(node, from, to, { [key]: value }));
    return this.self();
  }

  /** The attribute at offset, or over the whole text (null when mixed). */
  protected read(method: string, key: keyof TextStyle, offset: unknown): unknown {
    this.track(method);
    const flat = this.flat();
    if (offset !== undefined && offset !== null) {
      const style = flat.styleAt(offsetArg(offset, 'offset', flat.length - 1));
      return style ? style[key] : null;
    }
    return uniformValue(
      flat.spans.map((span) => span.node),
      key,
    );
  }

  protected flag(method: string, key: keyof TextStyle, offset: unknown): boolean {
    const value = this.read(method, key, offset);
    return (value === null ? null : value === true) as boolean;
  }

  setBold(a: boolean | number, b?: number, c?: boolean): Text {
    return this.format('setBold', 'bold', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  setItalic(a: boolean | number, b?: number, c?: boolean): Text {
    return this.format('setItalic', 'italic', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  setUnderline(a: boolean | number, b?: number, c?: boolean): Text {
    return this.format('setUnderline', 'underline', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  setStrikethrough(a: boolean | number, b?: number, c?: boolean): Text {
    return this.format('setStrikethrough', 'strikethrough', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  setFontSize(a: number, b?: number, c?: number): Text {
    return this.format('setFontSize', 'fontSize', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  setFontFamily(a: string | number, b?: number, c?: string): Text {
    return this.format('setFontFamily', 'fontFamily', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  setForegroundColor(a: string | number, b?: number, c?: string): Text {
    return this.format('setForegroundColor', 'foregroundColor', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  setBackgroundColor(a: string | number, b?: number, c?: string): Text {
    return this.format('setBackgroundColor', 'backgroundColor', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  setLinkUrl(a: string | number | null, b?: number, c?: string | null): Text {
    return this.format('setLinkUrl', 'linkUrl', [a, b, c].slice(0, b === undefined ? 1 : 3));
  }

  isBold(offset?: number | null): boolean {
    return this.flag('isBold', 'bold', offset);
  }

  isItalic(offset?: number | null): boolean {
    return this.flag('isItalic', 'italic', offset);
  }

  isUnderline(offset?: number | null): boolean {
    return this.flag('isUnderline', 'underline', offset);
  }

  isStrikethrough(offset?: number | null): boolean {
    return this.flag('isStrikethrough', 'strikethrough', offset);
  }

  getFontSize(offset?: number | null): number {
    return (this.read('getFontSize', 'fontSize', offset) ?? null) as number;
  }

  getFontFamily(offset?: number | null): string {
    return (this.read('getFontFamily', 'fontFamily', offset) ?? null) as string;
  }

  getForegroundColor(offset?: number | null): string {
    return (this.read('getForegroundColor', 'foregroundColor', offset) ?? null) as string;
  }

  getBackgroundColor(offset?: number | null): string {
    return (this.read('getBackgroundColor', 'backgroundColor', offset) ?? null) as string;
  }

  getLinkUrl(offset?: number | null): string {
    return (this.read('getLinkUrl', 'linkUrl', offset) ?? null) as string;
  }
}
