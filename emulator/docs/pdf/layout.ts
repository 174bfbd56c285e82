// Lays a document out on A4 pages: blocks become lines, tables rows of cells, header and footer on each page.

import { type BlockNode, type DocumentModel, PAGE_DEFAULTS, type TableNode } from '../model';
import { type Line, layoutParagraph, type Op } from './paragraph-layout';

export interface Page {
  width: number;
  height: number;
  ops: Op[];
}

/** Numbers of numbered lists, counted across the document. */
type Counters = Map<string, number>;

function shift(op: Op, dx: number, dy: number): Op {
  switch (op.kind) {
    case 'line':
      return { ...op, x1: op.x1 + dx, y1: op.y1 + dy, x2: op.x2 + dx, y2: op.y2 + dy };
    default:
      return { ...op, x: op.x + dx, y: op.y + dy };
  }
}

function glyphFor(block: BlockNode, counters: Counters): string | null {
  if (block.type !== 'LIST_ITEM' || !block.list) return null;
  const { id, glyphType, nestingLevel } = block.list;
  if (!['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'].includes(glyphType)) {
    return nestingLevel % 2 === 0 ? '•' : '-';
  }
  const key = `${id}:${nestingLevel}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  if (glyphType === 'LATIN_UPPER' || glyphType === 'LATIN_LOWER') {
    const letter = String.fromCharCode(64 + (((n - 1) % 26) + 1));
    return `${glyphType === 'LATIN_LOWER' ? letter.toLowerCase() : letter}.`;
  }
  return `${n}.`;
}

/** Column widths: the table's own where set, the rest of the width shared equally. */
function columnWidths(table: TableNode, width: number): number[] {
  const count = Math.max(0, ...table.rows.map((row) => row.cells.length));
  const own = Array.from(
    { length: count },
    (_, c) => table.columnWidths[c] ?? table.rows[0]?.cells[c]?.width ?? null,
  );
  const fixed = own.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const open = own.filter((w) => w === null).length;
  const share = open ? Math.max(20, (width - fixed) / open) : 0;
  const widths = own.map((w) => w ?? share);
  const total = widths.reduce((sum, w) => sum + w, 0);
  return total > width ? widths.map((w) => (w * width) / total) : widths;
}

/** Each row is one line: cell backgrounds, cell contents, then borders. Rows are never split. */
function layoutTable(table: TableNode, width: number, counters: Counters): Line[] {
  const widths = columnWidths(table, width);
  return table.rows.map((row) => {
    let x = 0;
    const cells = row.cells.map((cell, c) => {
      const w = widths[c] ?? 0;
      const inner = Math.max(10, w - cell.padding.left - cell.padding.right);
      const lines = layoutBlocks(cell.children, inner, counters);
      const content = lines.reduce((sum, line) => sum + line.height, 0);
      const placed = { cell, x, w, lines, content };
      x += w;
      return placed;
    });
    const height = Math.max(
      row.minimumHeight,
      ...cells.map(({ cell, content }) => content + cell.padding.top + cell.padding.bottom),
    );
    const ops: Op[] = [];
    for (const { cell, x: left, w, lines, content } of cells) {
      if (cell.backgroundColor)
        ops.push({ kind: 'fill', x: left, y: 0, w, h: height, color: cell.backgroundColor });
      const room = height - cell.padding.top - cell.padding.bottom - content;
      const offset =
        cell.verticalAlignment === 'CENTER' ? room / 2 : cell.verticalAlignment === 'BOTTOM' ? room : 0;
      let y = cell.padding.top + offset;
      for (const line of lines) {
        ops.push(...line.ops.map((op) => shift(op, left + cell.padding.left, y)));
        y += line.height;
      }
    }
    if (table.borderWidth > 0) {
      for (const { x: left, w } of cells) {
        ops.push({
          kind: 'stroke',
          x: left,
          y: 0,
          w,
          h: height,
          color: table.borderColor,
          width: table.borderWidth,
        });
      }
    }
    return { height, ops };
  });
}

export function layoutBlocks(blocks: readonly BlockNode[], width: number, counters: Counters): Line[] {
  const lines: Line[] = [];
  for (const block of blocks) {
    if (block.type === 'TABLE') lines.push(...layoutTable(block, width, counters));
    else lines.push(...layoutParagraph(block, { width, glyph: glyphFor(block, counters) }));
  }
  return lines;
}

const sectionMargin = 36;

/** Pages of the body, each with the header above and the footer below its content. */
export function layoutDocument(doc: DocumentModel): Page[] {
  const attr = (name: string) => doc.body.attrs[name] ?? PAGE_DEFAULTS[name];
  const [pageWidth, pageHeight] = [attr('PAGE_WIDTH'), attr('PAGE_HEIGHT')];
  const left = attr('MARGIN_LEFT');
  const width = pageWidth - left - attr('MARGIN_RIGHT');
  const counters: Counters = new Map();
  const header = doc.header ? layoutBlocks(doc.header.children, width, counters) : [];
  const footer = doc.footer ? layoutBlocks(doc.footer.children, width, counters) : [];
  const height = (lines: Line[]) => lines.reduce((sum, line) => sum + line.height, 0);
  const top = Math.max(attr('MARGIN_TOP'), sectionMargin + height(header) + 6);
  const bottom = pageHeight - Math.max(attr('MARGIN_BOTTOM'), sectionMargin + height(footer) + 6);
  const pages: Page[] = [];
  let page: Page = { width: pageWidth, height: pageHeight, ops: [] };
  let y = top;
  const place = (lines: Line[], start: number) => {
    let at = start;
    for (const line of lines) {
      page.ops.push(...line.ops.map((op) => shift(op, left, at)));
      at += line.height;
    }
  };
  const newPage = () => {
    place(header, sectionMargin);
    place(footer, pageHeight - sectionMargin - height(footer));
    pages.push(page);
    page = { width: pageWidth, height: pageHeight, ops: [] };
    y = top;
  };
  for (const line of layoutBlocks(doc.body.children, width, counters)) {
    if (line.pageBreak) {
      newPage();
      continue;
    }
    if (line.spacer && y === top) continue;
    if (y + line.height > bottom && y > top) newPage();
    place([line], y);
    y += line.height;
  }
  newPage();
  return pages;
}
