// Renders an emulated Google Doc as an HTML page that looks like the document: A4 sheet, header, body, footer.
import type {
  BlockNode,
  CellNode,
  DocumentModel,
  InlineNode,
  ParagraphNode,
  SectionNode,
  TableNode,
  TextStyle,
} from '../emulator/docs/model';
import { PAGE_DEFAULTS } from '../emulator/docs/model';

/** The page's CSP: its own inline styles and embedded images, no script, nothing from elsewhere. */
export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A colour as Docs stores it (#rrggbb) or nothing: no other string reaches the style attribute. */
function colour(value: string | null | undefined): string | null {
  return value && /^#[0-9a-f]{6}$/i.test(value) ? value : null;
}

function styleOf(style: TextStyle): string {
  const css: string[] = [];
  if (style.bold) css.push('font-weight:700');
  if (style.italic) css.push('font-style:italic');
  const lines = [style.underline ? 'underline' : '', style.strikethrough ? 'line-through' : ''].filter(
    Boolean,
  );
  if (lines.length) css.push(`text-decoration:${lines.join(' ')}`);
  if (typeof style.fontSize === 'number' && style.fontSize > 0 && style.fontSize < 200)
    css.push(`font-size:${style.fontSize}pt`);
  const fg = colour(style.foregroundColor);
  if (fg) css.push(`color:${fg}`);
  const bg = colour(style.backgroundColor);
  if (bg) css.push(`background:${bg}`);
  return css.join(';');
}

/** Runs of equal style become one span; line breaks ("\r") become <br>. */
function textHtml(text: string, styles: readonly TextStyle[]): string {
  let html = '';
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i < text.length && styles[i] === styles[start]) continue;
    const run = escapeHtml(text.slice(start, i)).replace(/\r/g, '<br>');
    const style = styleOf(styles[start] ?? {});
    const link = styles[start]?.linkUrl;
    const span = style ? `<span style="${style}">${run}</span>` : run;
    html +=
      link && /^https?:\/\//i.test(link) ? `<a href="${escapeHtml(link)}" rel="noopener">${span}</a>` : span;
    start = i;
  }
  return html;
}

function inlineHtml(node: InlineNode): string {
  switch (node.type) {
    case 'TEXT':
      return textHtml(node.text, node.styles);
    case 'INLINE_IMAGE': {
      const type = /^image\/(png|jpeg|gif)$/.test(node.mimeType) ? node.mimeType : 'image/png';
      const alt = escapeHtml(node.altTitle ?? '');
      return `<img alt="${alt}" width="${Math.round(node.width)}" height="${Math.round(node.height)}" src="data:${type};base64,${node.data.toString('base64')}">`;
    }
    case 'PAGE_BREAK':
      return '<span class="page-break"></span>';
    case 'HORIZONTAL_RULE':
      return '<hr>';
  }
}

const TAGS: Record<ParagraphNode['heading'], string> = {
  NORMAL: 'p',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  TITLE: 'h1',
  SUBTITLE: 'h2',
};

function paragraphHtml(p: ParagraphNode): string {
  const tag = p.type === 'LIST_ITEM' ? 'li' : TAGS[p.heading];
  const align = p.alignment === 'LEFT' ? '' : ` style="text-align:${p.alignment.toLowerCase()}"`;
  const content = p.children.map(inlineHtml).join('');
  // An empty paragraph still takes a line, as in Docs.
  return `<${tag}${align}>${content || '<br>'}</${tag}>`;
}

function cellHtml(cell: CellNode, width: number | null): string {
  const css: string[] = [];
  const bg = colour(cell.backgroundColor);
  if (bg) css.push(`background:${bg}`);
  if (width) css.push(`width:${Math.round(width)}pt`);
  const { top, right, bottom, left } = cell.padding;
  css.push(`padding:${top}pt ${right}pt ${bottom}pt ${left}pt`);
  return `<td style="${css.join(';')}">${blocksHtml(cell.children)}</td>`;
}

function tableHtml(table: TableNode): string {
  const border =
    table.borderWidth > 0 ? `${table.borderWidth}pt solid ${colour(table.borderColor) ?? '#000000'}` : '0';
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.cells.map((cell, c) => cellHtml(cell, table.columnWidths[c] ?? null)).join('')}</tr>`,
    )
    .join('');
  return `<table style="--border:${border}"><tbody>${rows}</tbody></table>`;
}

function blocksHtml(blocks: readonly BlockNode[]): string {
  let html = '';
  let inList = false;
  for (const block of blocks) {
    const isItem = block.type === 'LIST_ITEM';
    if (isItem && !inList) html += '<ul>';
    if (!isItem && inList) html += '</ul>';
    inList = isItem;
    html += block.type === 'TABLE' ? tableHtml(block) : paragraphHtml(block);
  }
  return inList ? `${html}</ul>` : html;
}

function sectionHtml(section: SectionNode | null, cls: string): string {
  return section ? `<div class="${cls}">${blocksHtml(section.children)}</div>` : '';
}

const CSS = `
body{margin:0;background:#f1f3f4;font:11pt/1.35 Arial,Helvetica,sans-serif;color:#202124}
.bar{position:sticky;top:0;background:#fff;border-bottom:1px solid #dadce0;padding:8px 16px;font-size:13px;display:flex;gap:16px;align-items:center}
.bar strong{font-weight:600}.bar a{color:#1a73e8}
.page{background:#fff;margin:24px auto;box-shadow:0 1px 3px rgba(60,64,67,.3);box-sizing:border-box}
.page p,.page li{margin:0 0 4pt}.page h1{font-size:20pt;font-weight:400;margin:12pt 0 6pt}.page h2{font-size:14pt;font-weight:400;margin:12pt 0 4pt}
.page h3{font-size:12pt;margin:10pt 0 4pt}.page table{border-collapse:collapse;width:100%;margin:4pt 0}
.page td{border:var(--border);vertical-align:top}.page td p{margin:0}
.header,.footer{font-size:9pt;color:#5f6368}.header{margin-bottom:18pt}.footer{margin-top:24pt;border-top:1px solid #e0e0e0;padding-top:6pt}
`;

/** The whole page: a bar with the file's name and its PDF, then the document on an A4 sheet. */
export function documentPage(name: string, doc: DocumentModel, pdfHref: string | null, lang: string): string {
  const a = { ...PAGE_DEFAULTS, ...doc.body.attrs };
  const page = `width:${a.PAGE_WIDTH}pt;min-height:${a.PAGE_HEIGHT}pt;padding:${a.MARGIN_TOP}pt ${a.MARGIN_RIGHT}pt ${a.MARGIN_BOTTOM}pt ${a.MARGIN_LEFT}pt`;
  const pdf = pdfHref ? `<a href="${escapeHtml(pdfHref)}">PDF</a>` : '';
  return `<!doctype html><html lang="${lang === 'en' ? 'en' : 'de'}"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title><style>${CSS}</style></head><body><div class="bar"><strong>${escapeHtml(name)}</strong>${pdf}<span>Google Docs (playground)</span></div><div class="page" style="${page}">${sectionHtml(doc.header, 'header')}${blocksHtml(doc.body.children)}${sectionHtml(doc.footer, 'footer')}</div></body></html>`;
}
