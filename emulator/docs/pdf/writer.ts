// Writes pages as a PDF 1.4 file: base-14 Helvetica fonts, uncounted plain content streams, a valid xref table.

import { encodeWinAnsi, pdfString } from './fonts';
import type { Page } from './layout';
import type { Op } from './paragraph-layout';

const FONTS = {
  F1: 'Helvetica',
  F2: 'Helvetica-Bold',
  F3: 'Helvetica-Oblique',
  F4: 'Helvetica-BoldOblique',
} as const;

const num = (n: number) => (Math.round(n * 100) / 100).toString();

function rgb(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color)?.[1] ?? '000000';
  return [0, 2, 4].map((i) => num(Number.parseInt(hex.slice(i, i + 2), 16) / 255)).join(' ');
}

/** One operation in PDF syntax; PDF's y axis points up, ours down. */
function draw(op: Op, pageHeight: number): string {
  const y = (value: number) => num(pageHeight - value);
  switch (op.kind) {
    case 'text':
      return `BT /${op.font} ${num(op.size)} Tf ${rgb(op.color ?? '#000000')} rg ${num(op.x)} ${y(op.y)} Td ${pdfString(encodeWinAnsi(op.text))} Tj ET`;
    case 'fill':
      return `${rgb(op.color)} rg ${num(op.x)} ${y(op.y + op.h)} ${num(op.w)} ${num(op.h)} re f`;
    case 'stroke':
      return `${num(op.width)} w ${rgb(op.color)} RG ${num(op.x)} ${y(op.y + op.h)} ${num(op.w)} ${num(op.h)} re S`;
    case 'line':
      return `${num(op.width)} w ${rgb(op.color)} RG ${num(op.x1)} ${y(op.y1)} m ${num(op.x2)} ${y(op.y2)} l S`;
  }
}

/** A PDF text string for the info dictionary: UTF-16BE with a byte order mark, as hex. */
function infoString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1)
    hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `(D:${iso.slice(0, 19).replace(/[-:T]/g, '')}Z)`;
}

export function writePdf(pages: Page[], title: string, createdMs: number): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const fontIds: Record<string, number> = {};
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in once the pages have numbers
  for (const [key, name] of Object.entries(FONTS)) {
    fontIds[key] = add(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`);
  }
  const fonts = Object.entries(fontIds)
    .map(([key, id]) => `/${key} ${id} 0 R`)
    .join(' ');
  const kids: number[] = [];
  for (const page of pages) {
    const content = page.ops.map((op) => draw(op, page.height)).join('\n');
    const contentId = add(
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] ` +
          `/Resources << /Font << ${fonts} >> >> /Contents ${contentId} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoId = add(
    `<< /Title ${infoString(title)} /Producer (Apps Script emulator) /CreationDate ${pdfDate(createdMs)} >>`,
  );
  const chunks: string[] = ['%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'];
  let offset = Buffer.byteLength(chunks[0], 'latin1');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const text = `${i + 1} 0 obj\n${body}\nendobj\n`;
    offsets.push(offset);
    chunks.push(text);
    offset += Buffer.byteLength(text, 'latin1');
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const at of offsets) xref.push(`${String(at).padStart(10, '0')} 00000 n \n`);
  chunks.push(
    ...xref,
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
  );
  return Buffer.from(chunks.join(''), 'latin1');
}
