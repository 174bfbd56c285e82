// A1 notation: column letters, cell and range addresses, parsing 'Sheet'!A1:B2, A:C and 2:5 forms.

/** A rectangular block of cells, 0-based. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectA1(rect: Rect): string {
  const start = cellA1(rect.row, rect.col);
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.col + rect.numCols - 1)}`;
}

export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}

/** Quotes a sheet name for use in A1 text when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Corner {
  row?: number;
  col?: number;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parseCorner(text: string): Corner | null {
  const match = CORNER.exec(text.trim());
  if (!match || (!match[1] && !match[2])) return null;
  return {
    col: match[1] ? columnIndex(match[1]) : undefined,
    row: match[2] ? Number(match[2]) - 1 : undefined,
  };
}

export interface ParsedA1 {
  sheetName: string | null;
  rect: Rect;
}

/** Parses A1 text; open-ended forms (A:C, 2:5, A2:C) extend to the sheet's size. Null when malformed. */
export function parseA1(text: string, maxRows: number, maxCols: number): ParsedA1 | null {
  let sheetName: string | null = null;
  let address = text.trim();
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const rawName = address.slice(0, bang);
    sheetName = rawName.startsWith("'") ? rawName.slice(1, -1).replace(/''/g, "'") : rawName;
    address = address.slice(bang + 1);
  }
  const parts = address.split(':');
  if (parts.length > 2) return null;
  const start = parseCorner(parts[0]);
  const end = parts.length === 2 ? parseCorner(parts[1]) : start;
  if (!start || !end) return null;
  if (parts.length === 1 && (start.row === undefined || start.col === undefined)) return null;
  const row = Math.min(start.row ?? 0, end.row ?? maxRows - 1);
  const col = Math.min(start.col ?? 0, end.col ?? maxCols - 1);
  const endRow = Math.max(start.row ?? 0, end.row ?? maxRows - 1);
  const endCol = Math.max(start.col ?? 0, end.col ?? maxCols - 1);
  return { sheetName, rect: { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 } };
}
