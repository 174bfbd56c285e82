// Turns one emulated sheet into the grid JSON the page draws: shown text, colours, widths, notes, drop-downs.
import type { Emulator } from '../emulator/index';
import type { CellView, ColumnView, SheetTab, SheetView, StyleView } from './wire';

/** The page draws at most this many rows; a register this long is a performance topic, not a demo. */
export const ROW_LIMIT = 500;
const COLUMN_LIMIT = 60;

type Range = GoogleAppsScript.Spreadsheet.Range;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function sheetTabs(emulator: Emulator): SheetTab[] {
  return emulator.uncounted(() =>
    emulator.spreadsheet.getSheets().map((sheet) => ({
      name: sheet.getName(),
      hidden: sheet.isSheetHidden(),
      tabColor: sheet.getTabColor(),
    })),
  );
}

/** Sheets aligns by type when the cell does not say: numbers and dates right, booleans centred. */
function alignmentOf(own: string, value: unknown): StyleView['align'] {
  const normal = own.toLowerCase();
  if (normal === 'left' || normal === 'center' || normal === 'right') return normal;
  if (typeof value === 'number' || value instanceof Date) return 'right';
  if (typeof value === 'boolean') return 'center';
  return undefined;
}

/** Shares equal styles and drop-down lists between cells, so 500 rows stay a small answer. */
class Interner<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();

  add(key: string, make: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.push(make()) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

/** The choices a drop-down offers: a list rule's items or the shown values of a range rule's cells. */
function choicesOf(rule: Validation): { key: string; make: () => string[] } | null {
  const type = String(rule.getCriteriaType());
  const [first] = rule.getCriteriaValues();
  if (type === 'VALUE_IN_LIST' && Array.isArray(first)) {
    const items = first.map(String);
    return { key: `list:${JSON.stringify(items)}`, make: () => items };
  }
  if (type === 'VALUE_IN_RANGE' && first && typeof first === 'object' && 'getA1Notation' in first) {
    const range = first as Range;
    return {
      key: `range:${range.getSheet().getName()}!${range.getA1Notation()}`,
      make: () => [...new Set(range.getDisplayValues().flat())].filter((v) => v !== ''),
    };
  }
  return null;
}

/** The first rows of a sheet as the page draws them; never counted as service calls. */
export function sheetView(emulator: Emulator, name: string, version: number): SheetView {
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    const maxRows = sheet.getMaxRows();
    const lastRow = sheet.getLastRow();
    const rowCount = Math.min(maxRows, ROW_LIMIT);
    const columnCount = Math.min(sheet.getMaxColumns(), COLUMN_LIMIT);
    const columns: ColumnView[] = [];
    for (let c = 1; c <= columnCount; c += 1) {
      columns.push({
        index: c,
        letter: columnLetter(c),
        width: sheet.getColumnWidth(c),
        hidden: sheet.isColumnHiddenByUser(c),
      });
    }
    const range = sheet.getRange(1, 1, rowCount, columnCount);
    const shown = range.getDisplayValues();
    const values = range.getValues();
    const formulas = range.getFormulas();
    const notes = range.getNotes();
    const rules = range.getDataValidations();
    const aligns = range.getHorizontalAlignments();
    const wraps = range.getWraps();
    const invalid = new Map(
      emulator.validationErrors(name).map((p) => [`${p.row}:${p.column}`, p.helpText] as const),
    );
    const styles = new Interner<StyleView>();
    const lists = new Interner<string[]>();
    const cells: (CellView | null)[][] = [];
    // Conditional formats are evaluated where there is data; below it only the cells' own formats count.
    const styledRows = Math.max(lastRow, sheet.getFrozenRows());
    for (let r = 0; r < rowCount; r += 1) {
      const row: (CellView | null)[] = [];
      for (let c = 0; c < columnCount; c += 1) {
        const cell: CellView = { t: shown[r][c] };
        const style: StyleView = {};
        if (r < styledRows) {
          const effective = emulator.effectiveStyle(name, r + 1, c + 1);
          if (effective.background) style.background = effective.background;
          if (effective.fontColor) style.color = effective.fontColor;
          if (effective.bold) style.bold = true;
          if (effective.italic) style.italic = true;
          if (effective.underline) style.underline = true;
          if (effective.strikethrough) style.strike = true;
        }
        const align = alignmentOf(aligns[r][c], values[r][c]);
        if (align) style.align = align;
        if (wraps[r][c]) style.wrap = true;
        const styleKey = JSON.stringify(style);
        if (styleKey !== '{}') cell.s = styles.add(styleKey, () => style);
        if (formulas[r][c]) cell.f = formulas[r][c];
        if (notes[r][c]) cell.n = notes[r][c];
        const rule = rules[r][c];
        const choices = rule ? choicesOf(rule) : null;
        if (choices) cell.d = lists.add(choices.key, choices.make);
        const problem = invalid.get(`${r + 1}:${c + 1}`);
        if (problem !== undefined) cell.bad = problem;
        row.push(Object.keys(cell).length === 1 && cell.t === '' ? null : cell);
      }
      cells.push(row);
    }
    const current = emulator.spreadsheet.getActiveSheet().getName() === name ? sheet.getCurrentCell() : null;
    return {
      name,
      version,
      frozenRows: sheet.getFrozenRows(),
      frozenColumns: sheet.getFrozenColumns(),
      maxRows,
      lastRow,
      rowCount,
      columns,
      styles: styles.items,
      lists: lists.items,
      cells,
      current: current ? { row: current.getRow(), column: current.getColumn() } : null,
    };
  });
}
