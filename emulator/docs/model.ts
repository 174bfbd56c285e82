// Document content as plain data: sections hold paragraphs and tables; text is characters with shared styles.

/** Character formatting; absent keys are unset (the document default). */
export interface TextStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strikethrough?: boolean;
  readonly fontSize?: number;
  readonly fontFamily?: string;
  readonly foregroundColor?: string;
  readonly backgroundColor?: string;
  readonly linkUrl?: string;
}

export const PLAIN: TextStyle = Object.freeze({});

export type HeadingName =
  | 'NORMAL'
  | 'HEADING1'
  | 'HEADING2'
  | 'HEADING3'
  | 'HEADING4'
  | 'HEADING5'
  | 'HEADING6'
  | 'TITLE'
  | 'SUBTITLE';
export type AlignName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

export interface TextNode {
  type: 'TEXT';
  parent: ParagraphNode | null;
  text: string;
  /** One style per character, so edits keep formatting where it was; equal styles share one object. */
  styles: TextStyle[];
}

export interface ImageNode {
  type: 'INLINE_IMAGE';
  parent: ParagraphNode | null;
  data: Buffer;
  mimeType: string;
  width: number;
  height: number;
  linkUrl: string | null;
  altTitle: string | null;
  altDescription: string | null;
}

export interface PageBreakNode {
  type: 'PAGE_BREAK';
  parent: ParagraphNode | null;
}

export interface RuleNode {
  type: 'HORIZONTAL_RULE';
  parent: ParagraphNode | null;
}

export type InlineNode = TextNode | ImageNode | PageBreakNode | RuleNode;

export interface ListInfo {
  id: string;
  nestingLevel: number;
  glyphType: string;
}

/** Paragraph-level attributes besides heading and alignment (spacing, indents, line spacing), in points. */
export type ParagraphAttrs = Record<string, number | boolean>;

export interface ParagraphNode {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  parent: ContainerNode | null;
  children: InlineNode[];
  heading: HeadingName;
  alignment: AlignName;
  attrs: ParagraphAttrs;
  /** Set for LIST_ITEM only. */
  list: ListInfo | null;
}

export interface TableNode {
  type: 'TABLE';
  parent: ContainerNode | null;
  rows: RowNode[];
  borderWidth: number;
  borderColor: string;
  /** Points per column; null where Docs sizes the column itself. */
  columnWidths: Array<number | null>;
}

export interface RowNode {
  type: 'TABLE_ROW';
  parent: TableNode | null;
  cells: CellNode[];
  minimumHeight: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface CellNode {
  type: 'TABLE_CELL';
  parent: RowNode | null;
  children: BlockNode[];
  backgroundColor: string | null;
  width: number | null;
  padding: Padding;
  verticalAlignment: string;
}

export type SectionType = 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';

export interface SectionNode {
  type: SectionType;
  parent: null;
  /** The document the section belongs to (null only while a document is being built). */
  doc: DocumentModel | null;
  children: BlockNode[];
  /** Margins and page size in points (body only). */
  attrs: Record<string, number>;
}

export type BlockNode = ParagraphNode | TableNode;
export type ContainerNode = SectionNode | CellNode;
export type DocNode = InlineNode | BlockNode | RowNode | CellNode | SectionNode;
export type ElementTypeName = DocNode['type'];

export interface DocumentModel {
  fileId: string;
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
}

/** A4 with Docs' one-inch margins. */
export const PAGE_DEFAULTS: Readonly<Record<string, number>> = Object.freeze({
  PAGE_WIDTH: 595.276,
  PAGE_HEIGHT: 841.89,
  MARGIN_TOP: 72,
  MARGIN_BOTTOM: 72,
  MARGIN_LEFT: 72,
  MARGIN_RIGHT: 72,
});

export function textNode(text = '', style: TextStyle = PLAIN): TextNode {
  return { type: 'TEXT', parent: null, text, styles: new Array(text.length).fill(style) };
}

/** Paragraphs hold no newlines: Docs turns "\n" into a line break ("\r"). */
export function paragraphText(text: string): string {
  return String(text).replace(/\r\n|\n/g, '\r');
}

export function paragraphNode(text = '', type: ParagraphNode['type'] = 'PARAGRAPH'): ParagraphNode {
  const paragraph: ParagraphNode = {
    type,
    parent: null,
    children: [],
    heading: 'NORMAL',
    alignment: 'LEFT',
    attrs: {},
    list: null,
  };
  if (text !== '') adopt(paragraph, 0, textNode(paragraphText(text)));
  return paragraph;
}

export function cellNode(text = ''): CellNode {
  const cell: CellNode = {
    type: 'TABLE_CELL',
    parent: null,
    children: [],
    backgroundColor: null,
    width: null,
    padding: { top: 5, right: 5, bottom: 5, left: 5 },
    verticalAlignment: 'TOP',
  };
  adopt(cell, 0, paragraphNode(text));
  return cell;
}

export function rowNode(texts: readonly string[] = []): RowNode {
  const row: RowNode = { type: 'TABLE_ROW', parent: null, cells: [], minimumHeight: 0 };
  texts.forEach((text, i) => {
    adopt(row, i, cellNode(text));
  });
  return row;
}

/** A table from rows of cell texts; short rows are padded, since Docs tables are rectangular. */
export function tableNode(cells: readonly (readonly unknown[])[] = [['']]): TableNode {
  const table: TableNode = {
    type: 'TABLE',
    parent: null,
    rows: [],
    borderWidth: 1,
    borderColor: '#000000',
    columnWidths: [],
  };
  const width = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  cells.forEach((row, r) => {
    const texts = Array.from({ length: width }, (_, c) => (c < row.length ? String(row[c] ?? '') : ''));
    adopt(table, r, rowNode(texts));
  });
  return table;
}

export function sectionNode(type: SectionType, doc: DocumentModel | null): SectionNode {
  const section: SectionNode = { type, parent: null, doc, children: [], attrs: {} };
  adopt(section, 0, paragraphNode());
  return section;
}

export function documentModel(fileId: string): DocumentModel {
  const doc: DocumentModel = { fileId, body: sectionNode('BODY_SECTION', null), header: null, footer: null };
  doc.body.doc = doc;
  return doc;
}

/** The child list of a node that can have children (null for leaves). */
export function childrenOf(node: DocNode): DocNode[] | null {
  switch (node.type) {
    case 'BODY_SECTION':
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
    case 'TABLE_CELL':
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return node.children;
    case 'TABLE':
      return node.rows;
    case 'TABLE_ROW':
      return node.cells;
    default:
      return null;
  }
}

/** Puts a detached node into parent's children at index (the caller has checked both). */
export function adopt(parent: DocNode, index: number, child: DocNode): void {
  const list = childrenOf(parent);
  if (!list) throw new Error(`${parent.type} has no children`);
  list.splice(index, 0, child);
  (child as { parent: DocNode | null }).parent = parent;
}

export function detach(node: DocNode): void {
  const parent = node.parent;
  if (!parent) return;
  const list = childrenOf(parent);
  const index = list ? list.indexOf(node) : -1;
  if (list && index >= 0) list.splice(index, 1);
  (node as { parent: DocNode | null }).parent = null;
}

export function rootOf(node: DocNode): DocNode {
  let current: DocNode = node;
  while (current.parent) current = current.parent;
  return current;
}

/** The document a node is part of, or null for a detached element. */
export function documentOf(node: DocNode): DocumentModel | null {
  const root = rootOf(node);
  return 'doc' in root ? root.doc : null;
}

/** Every node below `node` in document order (not `node` itself). */
export function descendants(node: DocNode): DocNode[] {
  const result: DocNode[] = [];
  const visit = (current: DocNode) => {
    for (const child of childrenOf(current) ?? []) {
      result.push(child);
      visit(child);
    }
  };
  visit(node);
  return result;
}

/** The Text nodes below (or at) `node`, in document order. */
export function textNodesOf(node: DocNode): TextNode[] {
  if (node.type === 'TEXT') return [node];
  return descendants(node).filter((child): child is TextNode => child.type === 'TEXT');
}
