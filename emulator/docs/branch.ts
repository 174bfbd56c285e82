// Elements with children (sections, cells, paragraphs, tables, rows): children, text, search and replace.

import { enumName } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { EmuElement } from './element';
import { ElementType } from './enums';
import { childrenOf, type DocNode, descendants } from './model';
import { docErrors } from './node';
import { EmuRangeElement, searchStart } from './range-element';
import { findText, replaceText } from './search';
import { EmuText } from './text';
import { plainText } from './text-format';

type Element = GoogleAppsScript.Document.Element;
type RangeElement = GoogleAppsScript.Document.RangeElement;
type Text = GoogleAppsScript.Document.Text;

export function childIndexArg(index: unknown, count: number): number {
  const i = Number(index);
  if (!Number.isInteger(i)) throw new EmuException(messages.invalidArgument('childIndex'));
  if (i < 0 || i >= count) throw new EmuException(docErrors.childIndex(i, count));
  return i;
}

export abstract class EmuBranch<N extends DocNode, Self> extends EmuElement<N, Self> {
  protected kids(): DocNode[] {
    return childrenOf(this.node) ?? [];
  }

  getNumChildren(): number {
    this.track('getNumChildren');
    return this.kids().length;
  }

  getChild(childIndex: number): Element {
    this.track('getChild');
    const kids = this.kids();
    return this.wrap(kids[childIndexArg(childIndex, kids.length)]);
  }

  getChildIndex(child: Element): number {
    this.track('getChildIndex');
    const node = (child as unknown as { node?: DocNode })?.node;
    const index = node ? this.kids().indexOf(node) : -1;
    if (index < 0) throw new EmuException(docErrors.notChild);
    return index;
  }

  getText(): string {
    this.track('getText');
    return plainText(this.node);
  }

  /** A Text view over all text below the element (paragraphs joined by "\n"). */
  editAsText(): Text {
    this.track('editAsText');
    return new EmuText(this.ctx, this.node) as unknown as Text;
  }

  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    this.track('findText');
    return EmuRangeElement.of(this.ctx, findText(this.node, searchPattern, searchStart(from)));
  }

  /** Each Text element below is matched on its own; `$1`, `\$` and `\\` follow Java's Matcher. */
  replaceText(searchPattern: string, replacement: string): Element {
    this.track('replaceText');
    this.edit();
    replaceText(this.node, searchPattern, replacement);
    return this as unknown as Element;
  }

  /** The next element of a type below this one, after `from` when given; a whole-element RangeElement. */
  findElement(elementType: GoogleAppsScript.Document.ElementType, from?: RangeElement | null): RangeElement {
    this.track('findElement');
    const type = enumName(elementType, ElementType, 'ElementType');
    const all = descendants(this.node);
    const start = searchStart(from);
    const begin = start ? all.indexOf(start.node) + 1 : 0;
    const found = all.slice(begin).find((node) => node.type === type);
    return (found ? new EmuRangeElement(this.ctx, found, -1, -1) : null) as RangeElement;
  }
}
