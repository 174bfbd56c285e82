// RFC 4180 CSV reading with line numbers ("" escapes, quoted line breaks, stray quotes kept), delimiter detection.

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvRead {
  /** Records in file order; empty lines are left out. */
  records: CsvRecord[];
  /** Lines where a quoted field never closed; reading went on with the next line. */
  unclosed: number[];
}

export interface PhysicalLine {
  line: number;
  /** Offset of the line's first character and of the character after its line break. */
  start: number;
  next: number;
  text: string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The first `max` non-blank lines of the text with their offsets (for finding a header below a preamble). */
export function leadingLines(text: string, max: number): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length && lines.length < max) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 ? text.length : lf;
    const body = text.slice(start, end).replace(/\r$/, '');
    const next = lf < 0 ? text.length : lf + 1;
    if (body.trim() !== '') lines.push({ line, start, next, text: body });
    start = next;
    line++;
  }
  return lines;
}

/** ';', ',' or tab, whichever a header line holds most of outside quotes (ties prefer ';', then tab); null if none. */
export function detectDelimiter(line: string): string | null {
  const counts: Record<string, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best: string | null = null;
  for (const d of [';', '\t', ','])
    if (counts[d] > 0 && (best === null || counts[d] > counts[best])) best = d;
  return best;
}

/** The fields of one line. */
export function splitLine(line: string, delimiter: string): string[] {
  return readCsv(line, delimiter).records[0]?.fields ?? [];
}

/**
 * Reads records from offset `from` (whose line number is `firstLine`). A quote inside a quoted field that is not
 * followed by the delimiter or a line break is kept as a character; a quote that never closes costs only its line.
 */
export function readCsv(text: string, delimiter: string, from = 0, firstLine = 1): CsvRead {
  const records: CsvRecord[] = [];
  const unclosed: number[] = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = from;
  let line = firstLine;
  while (i < n) {
    const startLine = line;
    const startIndex = i;
    const fields: string[] = [];
    let broken = false;
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === QUOTE) {
        i++;
        let start = i;
        let closed = false;
        field = '';
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
            if (next === QUOTE) {
              field += text.slice(start, i + 1);
              i += 2;
              start = i;
              continue;
            }
            if (next === -1 || next === delim || next === LF || next === CR) {
              field += text.slice(start, i);
              i++;
              closed = true;
              break;
            }
          } else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
            line++;
          }
          i++;
        }
        if (!closed) {
          broken = true;
          break;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delim || c === LF || c === CR) break;
          j++;
        }
        field = text.slice(i, j);
        i = j;
      }
      fields.push(field);
      if (i >= n) break;
      if (text.charCodeAt(i) === delim) {
        i++;
        if (i >= n) {
          fields.push('');
          break;
        }
        continue;
      }
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    if (broken) {
      unclosed.push(startLine);
      i = startIndex;
      while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line = startLine + 1;
      continue;
    }
    if (fields.length > 1 || fields[0] !== '') records.push({ line: startLine, fields });
  }
  return { records, unclosed };
}
