// Sections and table cells: paragraphs, list items, tables, rules and images appended, inserted and removed.

import { EmuException, messages } from '../core/exception';
import { EmuBranch } from './branch';
import { imageNodeFrom } from './images';
import {
  adopt,
  type BlockNode,
  type ContainerNode,
  type DocNode,
  descendants,
  detach,
  type ImageNode,
  type ParagraphNode,
  paragraphNode,
  type RuleNode,
  rootOf,
  type TableNode,
  tableNode,
} from './model';
import { checkRemovable, detachedNode, docErrors, nodeOf } from './node';

type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type InlineImage = GoogleAppsScript.Document.InlineImage;
type HorizontalRule = GoogleAppsScript.Document.HorizontalRule;
type Element = GoogleAppsScript.Document.Element;

/** A list id not yet used in the tree: ids are numbered per document, so they are reproducible. */
function newListId(node: DocNode): string {
  let highest = 0;
  for (const child of descendants(rootOf(node))) {
    const match = child.type === 'LIST_ITEM' ? /^kix\.list(\d+)$/.exec(child.list?.id ?? '') : null;
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `kix.list${highest + 1}`;
}

/** A new list item joins the list of the item right before it, as in Docs; otherwise starts a list. */
function listItemAfter(container: DocNode, previous: DocNode | undefined, text: string): ParagraphNode {
  const item = paragraphNode(text, 'LIST_ITEM');
  const list = previous?.type === 'LIST_ITEM' ? previous.list : null;
  item.list = list ? { ...list } : { id: newListId(container), nestingLevel: 0, glyphType: 'BULLET' };
  return item;
}

export abstract class EmuContainer<N extends ContainerNode, Self> extends EmuBranch<N, Self> {
  private insertIndex(index: unknown, allowEnd = true): number {
    const i = Number(index);
    const count = this.node.children.length;
    if (!Number.isInteger(i) || i < 0) throw new EmuException(messages.invalidArgument('childIndex'));
    if (i > count || (!allowEnd && i === count)) throw new EmuException(docErrors.insertIndex(i, count));
    return i;
  }

  /** Inserts a block; a table never ends a section or cell, so Docs adds an empty paragraph after it. */
  protected insertBlock<T>(index: number, block: BlockNode): T {
    this.edit();
    adopt(this.node, index, block);
    if (block.type === 'TABLE' && this.node.children[this.node.children.length - 1] === block) {
      adopt(this.node, this.node.children.length, paragraphNode());
    }
    return this.wrap<T>(block);
  }

  private paragraphArg(value: unknown, type: ParagraphNode['type']): ParagraphNode {
    if (typeof value === 'string') return paragraphNode(value, type);
    return detachedNode<ParagraphNode>(value, type);
  }

  private tableArg(value: unknown): TableNode {
    if (value === undefined || value === null) return tableNode();
    if (Array.isArray(value)) return tableNode(value.map((row) => (Array.isArray(row) ? row : [row])));
    return detachedNode<TableNode>(value, 'TABLE');
  }

  /** A paragraph holding one inline element (a rule or an image), as Docs wraps them. */
  private inlineBlock(index: number, inline: ImageNode | RuleNode): void {
    const paragraph = paragraphNode();
    adopt(paragraph, 0, inline);
    this.insertBlock(index, paragraph);
  }

  appendParagraph(paragraphOrText: Paragraph | string): Paragraph {
    this.track('appendParagraph');
    return this.insertBlock(this.node.children.length, this.paragraphArg(paragraphOrText, 'PARAGRAPH'));
  }

  insertParagraph(childIndex: number, paragraphOrText: Paragraph | string): Paragraph {
    this.track('insertParagraph');
    const index = this.insertIndex(childIndex);
    return this.insertBlock(index, this.paragraphArg(paragraphOrText, 'PARAGRAPH'));
  }

  appendListItem(listItemOrText: ListItem | string): ListItem {
    this.track('appendListItem');
    const kids = this.node.children;
    const item =
      typeof listItemOrText === 'string'
        ? listItemAfter(this.node, kids[kids.length - 1], listItemOrText)
        : this.paragraphArg(listItemOrText, 'LIST_ITEM');
    return this.insertBlock(kids.length, item);
  }

  insertListItem(childIndex: number, listItemOrText: ListItem | string): ListItem {
    this.track('insertListItem');
    const index = this.insertIndex(childIndex);
    const item =
      typeof listItemOrText === 'string'
        ? listItemAfter(this.node, this.node.children[index - 1], listItemOrText)
        : this.paragraphArg(listItemOrText, 'LIST_ITEM');
    return this.insertBlock(index, item);
  }

  /** From rows of cell texts (or a detached Table); short rows are padded with empty cells. */
  appendTable(cellsOrTable?: string[][] | Table | null): Table {
    this.track('appendTable');
    return this.insertBlock(this.node.children.length, this.tableArg(cellsOrTable));
  }

  insertTable(childIndex: number, cellsOrTable?: string[][] | Table | null): Table {
    this.track('insertTable');
    const index = this.insertIndex(childIndex);
    return this.insertBlock(index, this.tableArg(cellsOrTable));
  }

  appendHorizontalRule(): HorizontalRule {
    this.track('appendHorizontalRule');
    const rule: RuleNode = { type: 'HORIZONTAL_RULE', parent: null };
    this.inlineBlock(this.node.children.length, rule);
    return this.wrap(rule);
  }

  insertHorizontalRule(childIndex: number): HorizontalRule {
    this.track('insertHorizontalRule');
    const rule: RuleNode = { type: 'HORIZONTAL_RULE', parent: null };
    this.inlineBlock(this.insertIndex(childIndex), rule);
    return this.wrap(rule);
  }

  /** Stores the image's bytes in a new paragraph. */
  appendImage(image: GoogleAppsScript.Base.BlobSource | InlineImage): InlineImage {
    this.track('appendImage');
    const node = imageNodeFrom(this.ctx, image);
    this.inlineBlock(this.node.children.length, node);
    return this.wrap(node);
  }

  insertImage(childIndex: number, image: GoogleAppsScript.Base.BlobSource | InlineImage): InlineImage {
    this.track('insertImage');
    const index = this.insertIndex(childIndex);
    const node = imageNodeFrom(this.ctx, image);
    this.inlineBlock(index, node);
    return this.wrap(node);
  }

  removeChild(child: Element): Self {
    this.track('removeChild');
    const node = nodeOf(child);
    if (node.parent !== this.node) throw new EmuException(docErrors.notChild);
    checkRemovable(node);
    this.edit();
    detach(node);
    return this.self();
  }

  /** Leaves one empty paragraph, as Docs does. */
  clear(): Self {
    this.track('clear');
    this.edit();
    for (const child of [...this.node.children]) detach(child);
    adopt(this.node, 0, paragraphNode());
    return this.self();
  }

  setText(text: string): Self {
    this.track('setText');
    this.edit();
    for (const child of [...this.node.children]) detach(child);
    adopt(this.node, 0, paragraphNode(String(text)));
    return this.self();
  }

  private below<T>(method: string, types: readonly DocNode['type'][]): T[] {
    this.track(method);
    return descendants(this.node)
      .filter((node) => types.includes(node.type))
      .map((node) => this.wrap<T>(node));
  }

  /** Every paragraph and list item below, also those in table cells. */
  getParagraphs(): Paragraph[] {
    return this.below('getParagraphs', ['PARAGRAPH', 'LIST_ITEM']);
  }

  getTables(): Table[] {
    return this.below('getTables', ['TABLE']);
  }

  getListItems(): ListItem[] {
    return this.below('getListItems', ['LIST_ITEM']);
  }

  getImages(): InlineImage[] {
    return this.below('getImages', ['INLINE_IMAGE']);
  }
}
