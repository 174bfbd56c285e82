// Base of every emulated document element: the node it wraps, parent and siblings, removal, copies, edits.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { readAttributes, writeAttributes } from './attributes';
import { copyNode } from './copy';
import { childrenOf, type DocNode, detach, documentOf, type ElementTypeName } from './model';
import { sessionOf } from './session';

type Element = GoogleAppsScript.Document.Element;
type ContainerElement = GoogleAppsScript.Document.ContainerElement;

/** The Apps Script class of each node type, used in call names ('Paragraph.setHeading'). */
export const CLASS_OF: Readonly<Record<ElementTypeName, string>> = {
  BODY_SECTION: 'Body',
  HEADER_SECTION: 'HeaderSection',
  FOOTER_SECTION: 'FooterSection',
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  TABLE_ROW: 'TableRow',
  TABLE_CELL: 'TableCell',
  TEXT: 'Text',
  INLINE_IMAGE: 'InlineImage',
  PAGE_BREAK: 'PageBreak',
  HORIZONTAL_RULE: 'HorizontalRule',
};

type Factory = (ctx: EmuContext, node: DocNode) => EmuNode;
const factories = new Map<ElementTypeName, Factory>();

/** Each element class registers itself, so this module needs no import of them (no import cycle). */
export function registerElement(types: readonly ElementTypeName[], factory: Factory): void {
  for (const type of types) factories.set(type, factory);
}

/** A fresh wrapper for a node, as Apps Script hands out a new object on every call. */
export function wrap<T>(ctx: EmuContext, node: DocNode): T {
  const factory = factories.get(node.type);
  if (!factory) throw new Error(`no element class for ${node.type}`);
  return factory(ctx, node) as unknown as T;
}

export const docErrors = {
  detached: 'Element must be detached.',
  lastParagraph: "Can't remove the last paragraph in a document section.",
  childIndex: (index: number, count: number) =>
    `Child index (${index}) must be less than the number of child elements (${count}).`,
  insertIndex: (index: number, count: number) =>
    `Index (${index}) must be less than or equal to the number of child elements (${count}).`,
  notChild: 'Element is not a child of this element.',
} as const;

/** The node of an element the add-on passed back in (one of ours, of an allowed type). */
export function nodeOf<T extends DocNode>(value: unknown, ...types: T['type'][]): T {
  if (value instanceof EmuNode && (types.length === 0 || types.includes(value.node.type)))
    return value.node as T;
  throw new EmuException(messages.invalidArgument(`expected ${types.join(' or ') || 'an element'}`));
}

/** Checks a node may be inserted: Docs refuses an element that already has a parent. */
export function detachedNode<T extends DocNode>(value: unknown, ...types: T['type'][]): T {
  const node = nodeOf<T>(value, ...types);
  if (node.parent || documentOf(node)) throw new EmuException(docErrors.detached);
  return node;
}

/** Docs keeps a paragraph at the end of every section and cell, so that last paragraph cannot go. */
export function checkRemovable(node: DocNode): void {
  const parent = node.parent;
  if (!parent || (node.type !== 'PARAGRAPH' && node.type !== 'LIST_ITEM')) return;
  const list = childrenOf(parent) ?? [];
  const previous = list[list.length - 2];
  const endsWithIt = list[list.length - 1] === node;
  if (endsWithIt && (!previous || (previous.type !== 'PARAGRAPH' && previous.type !== 'LIST_ITEM'))) {
    throw new EmuException(docErrors.lastParagraph);
  }
}

export abstract class EmuNode<N extends DocNode = DocNode, Self = Element> extends EmuService {
  constructor(
    ctx: EmuContext,
    readonly node: N,
  ) {
    super(ctx, CLASS_OF[node.type]);
  }

  /** Before a change: a closed or read-only document refuses it. Detached elements are free to change. */
  protected edit(node: DocNode = this.node): void {
    const doc = documentOf(node);
    if (doc) sessionOf(doc)?.beforeEdit();
  }

  protected self(): Self {
    return this as unknown as Self;
  }

  protected wrap<T>(node: DocNode): T {
    return wrap<T>(this.ctx, node);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.track('getType');
    return this.node.type as unknown as GoogleAppsScript.Document.ElementType;
  }

  getParent(): ContainerElement {
    this.track('getParent');
    return (this.node.parent ? this.wrap(this.node.parent) : null) as ContainerElement;
  }

  private sibling(step: number): Element {
    const parent = this.node.parent;
    const list = parent ? (childrenOf(parent) ?? []) : [];
    const index = list.indexOf(this.node);
    const next = index < 0 ? undefined : list[index + step];
    return (next ? this.wrap(next) : null) as Element;
  }

  getNextSibling(): Element {
    this.track('getNextSibling');
    return this.sibling(1);
  }

  getPreviousSibling(): Element {
    this.track('getPreviousSibling');
    return this.sibling(-1);
  }

  /** A detached deep copy: text, formatting and children, ready to insert elsewhere. */
  copy(): Self {
    this.track('copy');
    return this.wrap(copyNode(this.node));
  }

  removeFromParent(): Self {
    this.track('removeFromParent');
    const parent = this.node.parent;
    if (!parent) return this.self();
    this.checkRemovable();
    this.edit();
    detach(this.node);
    return this.self();
  }

  /** A section or cell must still end with a paragraph once the node is gone. */
  protected checkRemovable(node: DocNode = this.node): void {
    checkRemovable(node);
  }

  getAttributes(): Record<string, unknown> {
    this.track('getAttributes');
    return readAttributes(this.node);
  }

  setAttributes(attributes: Record<string, unknown>): Self {
    this.track('setAttributes');
    this.edit();
    writeAttributes(this.node, attributes);
    return this.self();
  }
}
