// Fills a copied template with DocumentApp: {{placeholders}} in body, header and footer, and rows per item.
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
export function renderDocument(doc: Doc, data: DocumentData): string[] {
  const unknown = new Set<string>();
  const body = doc.getBody();
  // Rows first: their cells get user text, which the scalar pass below must never see again.
  for (const table of body.getTables()) fillRowGroups(table, data, unknown);
  for (const section of [doc.getHeader(), body, doc.getFooter()]) {
    if (section) fillScalars(section, data, unknown);
  }
  return [...unknown];
}

/** A table row whose text holds {{pos.*}} is the template of one row per position; it is removed after. */
function fillRowGroups(table: Table, data: DocumentData, unknown: Set<string>): void {
  const rows = table.getNumRows();
  for (let r = rows - 1; r >= 0; r--) {
    const row = table.getRow(r);
    const names = placeholdersIn(row.getText());
    const group = names.map((n) => rowGroup(n, data)).find((g) => g !== null);
    if (!group) continue;
    const cells: string[] = [];
    for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
    const items = data.rows[group];
    items.forEach((item, i) => {
      const copy = table.insertTableRow(r + 1 + i, row.copy());
      const values = { ...data.values, ...item };
      let remove = false;
      cells.forEach((template, c) => {
        const filled = fill(template, values);
        filled.unknown.forEach((u) => unknown.add(u));
        remove = remove || filled.remove;
        if (filled.text !== template) copy.getCell(c).editAsText().setText(filled.text);
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
function fillScalars(section: Container, data: DocumentData, unknown: Set<string>): void {
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
  const doomed = new Set<GoogleAppsScript.Document.Element>();
  for (const m of matches.reverse()) {
    if (!(m.name in data.values)) {
      unknown.add(m.name);
      continue;
    }
    const value = data.values[m.name];
    if (value === null) {
      doomed.add(m.element);
      continue;
    }
    m.text.deleteText(m.start, m.end);
    if (value !== '') m.text.insertText(m.start, value);
  }
  for (const element of doomed) removeHolder(element);
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
