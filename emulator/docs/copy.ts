// Deep copies of document nodes: what Element.copy() returns (detached) and what a copied file holds.

import type { DocNode, DocumentModel, SectionNode } from './model';
import { adopt, childrenOf } from './model';

/** A detached deep copy: same text, formatting and attributes, no parent. Styles are shared (frozen). */
export function copyNode<N extends DocNode>(node: N): N {
  const copy = { ...node, parent: null } as N & { parent: null };
  switch (copy.type) {
    case 'TEXT':
      copy.styles = [...copy.styles];
      break;
    case 'INLINE_IMAGE':
      copy.data = Buffer.from(copy.data);
      break;
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      copy.attrs = { ...copy.attrs };
      copy.list = copy.list && { ...copy.list };
      break;
    case 'TABLE':
      copy.columnWidths = [...copy.columnWidths];
      break;
    case 'TABLE_CELL':
      copy.padding = { ...copy.padding };
      break;
    case 'BODY_SECTION':
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
      copy.attrs = { ...copy.attrs };
      copy.doc = null;
      break;
    default:
      break;
  }
  const children = childrenOf(node);
  if (children) {
    // The spread shared the original's child array; the copy gets its own.
    if ('children' in copy) copy.children = [];
    else if (copy.type === 'TABLE') copy.rows = [];
    else if (copy.type === 'TABLE_ROW') copy.cells = [];
    children.forEach((child, i) => {
      adopt(copy, i, copyNode(child));
    });
  }
  return copy;
}

function copySection(section: SectionNode, doc: DocumentModel): SectionNode {
  const copy = copyNode(section);
  copy.doc = doc;
  return copy;
}

/** A whole document's content under a new file id (Drive.Files.copy, opening a document for editing). */
export function copyDocument(doc: DocumentModel, fileId: string): DocumentModel {
  const copy: DocumentModel = { fileId, body: doc.body, header: null, footer: null };
  copy.body = copySection(doc.body, copy);
  copy.header = doc.header && copySection(doc.header, copy);
  copy.footer = doc.footer && copySection(doc.footer, copy);
  return copy;
}
