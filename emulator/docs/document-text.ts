// Plain text of a document for tests: paragraphs on lines, table cells separated by tabs, rows by lines.

import type { BlockNode, CellNode, DocNode } from './model';

function inlineText(node: DocNode): string {
  if (node.type === 'TEXT') return node.text;
  return node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM' ? node.children.map(inlineText).join('') : '';
}

function cellText(cell: CellNode): string {
  return cell.children.map(blockText).join('\n');
}

function blockText(block: BlockNode): string {
  if (block.type === 'TABLE') return block.rows.map((row) => row.cells.map(cellText).join('\t')).join('\n');
  return inlineText(block);
}

export function blocksText(blocks: readonly BlockNode[]): string {
  return blocks.map(blockText).join('\n');
}
