// Fills a copied template with DocumentApp: {{placeholders}} in body, header and footer, and rows per item.
import type { DocumentImage } from '../../app/ports';
import {
  type DocumentData,
  fill,
  PLACEHOLDER_SEARCH,
  placeholderName,
  placeholdersIn,
  rowGroup,
  type Values,
} from '../../domain/documents/fill';

type Doc = GoogleAppsScript.Document.Document;
type Container =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;
type Table = GoogleAppsScript.Document.Table;

/** Fills the document and returns the placeholders it does not know (left visible, and reported). */
export function renderDocument(
  doc: Doc,
  data: DocumentData,
  images: Record<string, DocumentImage | null> = {},
): string[] {
  const unknown = new Set<string>();
  const body = doc.getBody();
  placeImages(body, images);
  // Row templates are read before anything is filled, so user text that looks like {{pos.*}} never
  // makes a row a template; scalars are found before any row is made, so text put into rows is never searched.
  const templates = body.getTables().flatMap((table) => rowTemplates(table, data));
  const doomed: GoogleAppsScript.Document.Element[] = [];
  for (const section of [doc.getHeader(), body, doc.getFooter()]) {
    if (section) doomed.push(...fillScalars(section, data, unknown));
  }
  // Bottom-up, so the row indexes of templates still to come stay valid.
  for (const template of templates.reverse()) fillRowGroup(template, data, unknown);
  // Removals last: they shift rows and paragraphs the passes above address.
  for (const element of doomed) removeHolder(element);
  return [...unknown];
}

/** A paragraph holding {{name}} of an image gets the image instead of its text; no image: the paragraph goes. */
function placeImages(
  body: GoogleAppsScript.Document.Body,
  images: Record<string, DocumentImage | null>,
): void {
  for (const [name, image] of Object.entries(images)) {
    const found = body.findText(`\\{\\{\\s*${name.replace(/\./g, '\\.')}\\s*\\}\\}`);
    if (!found) continue;
    const element = found.getElement();
    if (!image) {
      removeHolder(element);
      continue;
    }
    element.asText().deleteText(found.getStartOffset(), found.getEndOffsetInclusive());
    const paragraph = element.getParent().asParagraph();
    // Apps Script bytes are signed (-128..127).
    const signed = image.bytes.map((b) => (b > 127 ? b - 256 : b));
    const blob = Utilities.newBlob(signed, image.mimeType, `${name}.${image.mimeType.split('/')[1]}`);
    paragraph.appendInlineImage(blob).setWidth(image.widthPt).setHeight(image.heightPt);
  }
}

interface RowTemplate {
  table: Table;
  row: number;
  group: string;
  /** Cell texts as the template has them, before any value went in. */
  cells: string[];
}

/** Table rows whose text holds {{pos.*}}: each is the template of one row per position. */
function rowTemplates(table: Table, data: DocumentData): RowTemplate[] {
  const templates: RowTemplate[] = [];
  for (let r = 0; r < table.getNumRows(); r++) {
    const row = table.getRow(r);
    const group = placeholdersIn(row.getText())
      .map((n) => rowGroup(n, data))
      .find((g) => g !== null);
    if (!group) continue;
    const cells: string[] = [];
    for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
    templates.push({ table, row: r, group, cells });
  }
  return templates;
}

/** One copy of the template row per item, filled in one pass each; the template row is removed after. */
function fillRowGroup(template: RowTemplate, data: DocumentData, unknown: Set<string>): void {
  const { table, row: r, group, cells } = template;
  const row = table.getRow(r);
  const items = data.rows[group];
  items.forEach((item, i) => {
    const copy = table.insertTableRow(r + 1 + i, row.copy());
    const values = { ...data.values, ...item };
    let remove = false;
    cells.forEach((raw, c) => {
      const filled = fill(raw, values);
      for (const u of filled.unknown) unknown.add(u);
      remove = remove || filled.remove;
      copy.getCell(c).editAsText().setText(filled.text);
    });
    if (values[`${group}.kind`] === 'title' || values[`${group}.kind`] === 'subtotal') {
      copy.editAsText().setBold(true);
    }
    if (remove) copy.removeFromParent();
  });
  table.removeRow(r);
  // A table whose only rows were the group template and that got no items (no key dates) goes away.
  if (items.length === 0 && table.getNumRows() === 0) table.removeFromParent();
}

interface Match {
  text: GoogleAppsScript.Document.Text;
  start: number;
  end: number;
  name: string;
  element: GoogleAppsScript.Document.Element;
}

/**
 * Every remaining placeholder is found first, then replaced from the last to the first, so that the
 * offsets stay valid and inserted values (which may contain "{{...}}" or "$1") are never searched.
 */
function fillScalars(
  section: Container,
  data: DocumentData,
  unknown: Set<string>,
): GoogleAppsScript.Document.Element[] {
  const matches: Match[] = [];
  const texts = new Map<GoogleAppsScript.Document.Element, string>();
  for (
    let found = section.findText(PLACEHOLDER_SEARCH);
    found;
    found = section.findText(PLACEHOLDER_SEARCH, found)
  ) {
    const element = found.getElement();
    const text = element.asText();
    const start = found.getStartOffset();
    const end = found.getEndOffsetInclusive();
    let content = texts.get(element);
    if (content === undefined) {
      content = text.getText();
      texts.set(element, content);
    }
    matches.push({ text, start, end, element, name: placeholderName(content.slice(start, end + 1)) });
  }
  const doomed: GoogleAppsScript.Document.Element[] = [];
  for (const m of matches.reverse()) {
    // Row placeholders, and whatever else sits in a row template, are the row pass's to fill.
    const inTemplate = placeholdersIn(texts.get(m.element) ?? '').some((n) => rowGroup(n, data) !== null);
    if (inTemplate) continue;
    if (!(m.name in data.values)) {
      unknown.add(m.name);
      continue;
    }
    const value = data.values[m.name];
    if (value === null) {
      doomed.push(m.element);
      continue;
    }
    // Inserted after the placeholder, the value takes the placeholder's formatting (a bold {{totals.due}}
    // stays bold, even when it was the paragraph's only text); then the placeholder goes.
    if (value !== '') m.text.insertText(m.end + 1, value);
    m.text.deleteText(m.start, m.end);
  }
  return doomed;
}

/** A null value leaves out the paragraph that holds it, or the table row when it sits in a table. */
function removeHolder(element: GoogleAppsScript.Document.Element): void {
  let node: GoogleAppsScript.Document.Element | null = element;
  while (node) {
    const type = node.getType();
    if (
      type === DocumentApp.ElementType.TABLE_ROW ||
      type === DocumentApp.ElementType.PARAGRAPH ||
      type === DocumentApp.ElementType.LIST_ITEM
    ) {
      const parent = node.getParent();
      // A paragraph inside a table cell: remove the whole row instead.
      if (parent && parent.getType() === DocumentApp.ElementType.TABLE_CELL) {
        node = parent;
        continue;
      }
      tryRemove(node);
      return;
    }
    node = node.getParent();
  }
}

function tryRemove(node: GoogleAppsScript.Document.Element): void {
  try {
    if (node.getType() === DocumentApp.ElementType.TABLE_ROW) node.asTableRow().removeFromParent();
    else if (node.getType() === DocumentApp.ElementType.LIST_ITEM) node.asListItem().removeFromParent();
    else node.asParagraph().removeFromParent();
  } catch {
    // The last paragraph of a section cannot be removed in Docs; clear it instead.
    if (node.getType() === DocumentApp.ElementType.PARAGRAPH) node.asParagraph().setText('');
  }
}

export type { Values };
