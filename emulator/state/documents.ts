// Document models as JSON: no parent pointers (cycles), style runs instead of per-character styles, images in base64.

import type { DocNode, DocumentModel, SectionNode, TextStyle } from '../docs/model';
import { adopt, childrenOf, PLAIN } from '../docs/model';

/** A node's own fields; children under `kids`, text styles as [count, style] runs, image bytes as base64. */
export type SavedNode = {
  type: string;
  kids?: SavedNode[];
  runs?: Array<[number, TextStyle]>;
  data?: string;
} & Record<string, unknown>;

export interface SavedDocument {
  body: SavedNode;
  header: SavedNode | null;
  footer: SavedNode | null;
}

function styleRuns(styles: readonly TextStyle[]): Array<[number, TextStyle]> {
  const runs: Array<[number, TextStyle]> = [];
  for (const style of styles) {
    const last = runs[runs.length - 1];
    if (last && last[1] === style) last[0] += 1;
    else runs.push([1, style]);
  }
  return runs;
}

export function saveNode(node: DocNode): SavedNode {
  const { parent: _parent, ...fields } = node as DocNode & { doc?: unknown };
  const saved = { ...fields, type: node.type } as SavedNode;
  delete saved.doc;
  delete saved.children;
  delete saved.rows;
  delete saved.cells;
  if (node.type === 'TEXT') {
    delete saved.styles;
    saved.runs = styleRuns(node.styles);
  }
  if (node.type === 'INLINE_IMAGE') saved.data = node.data.toString('base64');
  const kids = childrenOf(node);
  if (kids) saved.kids = kids.map(saveNode);
  return saved;
}

/** Rebuilds a node and its parent pointers; equal styles share one frozen object again. */
export function loadNode(saved: SavedNode, styles = new Map<string, TextStyle>()): DocNode {
  const { kids, runs, data, ...fields } = saved;
  const node = { ...fields, parent: null } as Record<string, unknown>;
  if (saved.type === 'TEXT') {
    node.styles = (runs ?? []).flatMap(([count, style]) => {
      const key = JSON.stringify(style);
      let shared = styles.get(key);
      if (!shared) {
        shared = Object.keys(style).length === 0 ? PLAIN : Object.freeze({ ...style });
        styles.set(key, shared);
      }
      return new Array<TextStyle>(count).fill(shared);
    });
  }
  if (saved.type === 'INLINE_IMAGE') node.data = Buffer.from(data ?? '', 'base64');
  if (saved.type === 'TABLE') node.rows = [];
  else if (saved.type === 'TABLE_ROW') node.cells = [];
  else if (kids) node.children = [];
  const result = node as unknown as DocNode;
  (kids ?? []).forEach((kid, i) => {
    adopt(result, i, loadNode(kid, styles));
  });
  return result;
}

export function saveDocument(doc: DocumentModel): SavedDocument {
  return {
    body: saveNode(doc.body),
    header: doc.header && saveNode(doc.header),
    footer: doc.footer && saveNode(doc.footer),
  };
}

export function loadDocument(saved: SavedDocument, fileId: string): DocumentModel {
  const styles = new Map<string, TextStyle>();
  const section = (node: SavedNode) => loadNode(node, styles) as SectionNode;
  const doc: DocumentModel = { fileId, body: section(saved.body), header: null, footer: null };
  doc.header = saved.header && section(saved.header);
  doc.footer = saved.footer && section(saved.footer);
  for (const part of [doc.body, doc.header, doc.footer]) if (part) part.doc = doc;
  return doc;
}
