// The add-on's templates: German and English Google Docs for quote and confirmation, made on first need.
import type { Lang } from '../../shared/i18n';
import { t } from '../../shared/i18n';
import type { GasContext } from '../context';
import { createDoc, createFolder, isLive } from './drive';
import { type Block, TEMPLATE_KINDS, type TemplateKind, templateContent } from './templateContent';

const PROP_TEMPLATES = 'aa.templates';
const PROP_ROOT = 'aa.driveRoot';
const HEADER_BACKGROUND = '#eef2f7';

function remembered(context: GasContext): Record<string, string> {
  try {
    return JSON.parse(context.props()[PROP_TEMPLATES] ?? '{}');
  } catch {
    return {};
  }
}

/** The add-on's own Drive folder, holding the templates folder and every order's folder. */
export function rootFolder(context: GasContext, lang: Lang): string {
  const known = context.props()[PROP_ROOT];
  if (known && isLive(known)) return known;
  const id = createFolder(`${t(lang, 'tpl.root')} – ${context.ss().getName()}`, null).id as string;
  context.setProps({ [PROP_ROOT]: id });
  return id;
}

/** The template's file id; a template that was deleted or trashed is made again. */
export function ensureTemplate(context: GasContext, kind: TemplateKind, lang: Lang): string {
  const known = remembered(context);
  const key = `${kind}.${lang}`;
  if (known[key] && isLive(known[key])) return known[key];
  const folder = templatesFolder(context, lang, known);
  const file = createDoc(t(lang, `tpl.${kind}.name`), folder);
  buildTemplate(DocumentApp.openById(file.id as string), kind, lang);
  context.setProps({
    [PROP_TEMPLATES]: JSON.stringify({ ...remembered(context), [key]: file.id as string }),
  });
  return file.id as string;
}

export function templateIds(context: GasContext): Record<string, string> {
  return remembered(context);
}

function templatesFolder(context: GasContext, lang: Lang, known: Record<string, string>): string {
  if (known.folder && isLive(known.folder)) return known.folder;
  const id = createFolder(t(lang, 'tpl.folder'), rootFolder(context, lang)).id as string;
  context.setProps({ [PROP_TEMPLATES]: JSON.stringify({ ...remembered(context), folder: id }) });
  return id;
}

/** Lays the template out: letterhead in the header, blocks in the body, company data in the footer. */
export function buildTemplate(doc: GoogleAppsScript.Document.Document, kind: TemplateKind, lang: Lang): void {
  const content = templateContent(kind, lang);
  const header = doc.getHeader() ?? doc.addHeader();
  for (const line of content.header)
    header.appendParagraph(line).editAsText().setFontSize(8).setForegroundColor('#5f6368');
  const body = doc.getBody();
  body.setMarginTop(56).setMarginBottom(56).setMarginLeft(56).setMarginRight(56);
  const first = body.getChild(0).asParagraph();
  content.body.forEach((block, i) => {
    addBlock(body, block, i === 0 ? first : null);
  });
  const footer = doc.getFooter() ?? doc.addFooter();
  for (const line of content.footer)
    footer.appendParagraph(line).editAsText().setFontSize(8).setForegroundColor('#5f6368');
  doc.saveAndClose();
}

function addBlock(
  body: GoogleAppsScript.Document.Body,
  block: Block,
  reuse: GoogleAppsScript.Document.Paragraph | null,
): void {
  if (block.type === 'table') {
    const table = body.appendTable(block.rows);
    table.setBorderWidth(block.header ? 0.5 : 0).setBorderColor('#c7ced8');
    block.widths?.forEach((w, c) => {
      table.setColumnWidth(c, w);
    });
    for (let r = 0; r < table.getNumRows(); r++) {
      const row = table.getRow(r);
      for (const c of block.right ?? [])
        row.getCell(c).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
      if ((block.header && r === 0) || (block.lastBold && r === table.getNumRows() - 1))
        row.editAsText().setBold(true);
      if (block.header && r === 0)
        for (let c = 0; c < row.getNumCells(); c++) row.getCell(c).setBackgroundColor(HEADER_BACKGROUND);
    }
    return;
  }
  let paragraph: GoogleAppsScript.Document.Paragraph;
  if (reuse) {
    reuse.setText(block.text);
    paragraph = reuse;
  } else paragraph = body.appendParagraph(block.text);
  if (block.type === 'h1') paragraph.setHeading(DocumentApp.ParagraphHeading.HEADING1);
  else if (block.type === 'h2') paragraph.setHeading(DocumentApp.ParagraphHeading.HEADING2);
  else if (block.type === 'p') {
    paragraph.setHeading(DocumentApp.ParagraphHeading.NORMAL);
    if (block.align === 'right') paragraph.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    const text = paragraph.editAsText();
    if (block.bold && block.text) text.setBold(true);
    if (block.size && block.text) text.setFontSize(block.size);
    if (block.color && block.text) text.setForegroundColor(block.color);
  }
}

/** Every template in both languages (made if missing), with its name and link. */
export function templateLinks(context: GasContext): { name: string; url: string }[] {
  const links: { name: string; url: string }[] = [];
  for (const lang of ['de', 'en'] as const) {
    for (const kind of TEMPLATE_KINDS) {
      const id = ensureTemplate(context, kind, lang);
      links.push({ name: t(lang, `tpl.${kind}.name`), url: `https://docs.google.com/document/d/${id}/edit` });
    }
  }
  return links;
}
