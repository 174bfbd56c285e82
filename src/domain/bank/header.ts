// Finding a CSV's header row below any preamble (Deutsche Bank, ING), and the account IBAN that preamble names.
import { isIban } from '../validators';
import { parseAmount, parseBankDate } from './amounts';
import { detectDelimiter, leadingLines, type PhysicalLine, splitLine } from './csv';
import { detectLayout } from './formats';
import { normalizeIban } from './normalize';

/** How far down a header row is looked for (Deutsche Bank and ING put some ten lines before it). */
const HEADER_SCAN = 40;

export interface Header {
  line: PhysicalLine;
  delimiter: string;
  /** The header cells, trimmed, without quotes or BOM. */
  headers: string[];
  /** The lines above the header (account name, IBAN, period, balance). */
  preamble: PhysicalLine[];
  /** The known layout the header belongs to, with its columns; null for an unknown layout. */
  known: ReturnType<typeof detectLayout>;
}

function headerAt(lines: PhysicalLine[], k: number, delimiter: string): Header {
  const headers = splitLine(lines[k].text, delimiter).map((h) => h.replace(/^\ufeff/, '').trim());
  return { line: lines[k], delimiter, headers, preamble: lines.slice(0, k), known: detectLayout(headers) };
}

const looksLikeValue = (cell: string) =>
  parseAmount(cell, ',') !== null || parseAmount(cell, '.') !== null || parseBankDate(cell) !== null;

/**
 * The header of a known layout; else the first line that looks like a header (three names or more, no amount or
 * date among them, as many cells as the next line); else the first line with a delimiter; null if there is none.
 */
export function findHeader(text: string): Header | null {
  const lines = leadingLines(text, HEADER_SCAN);
  const delimiters = lines.map((l) => detectDelimiter(l.text));
  const candidates: Header[] = [];
  for (let k = 0; k < lines.length; k++) {
    const delimiter = delimiters[k];
    if (!delimiter) continue;
    const header = headerAt(lines, k, delimiter);
    if (header.known) return header;
    candidates.push(header);
  }
  const headerLike = candidates.find((header) => {
    const names = header.headers.filter((h) => h !== '');
    const next = lines[lines.indexOf(header.line) + 1];
    const fits = !next || splitLine(next.text, header.delimiter).length === header.headers.length;
    return names.length >= 3 && fits && !names.some(looksLikeValue);
  });
  return headerLike ?? candidates[0] ?? null;
}

/** The first valid IBAN in the lines above the header (Deutsche Bank: "IBAN;DE89 3704 ..."), or ''. */
export function preambleIban(header: Header): string {
  for (const line of header.preamble) {
    for (const cell of splitLine(line.text, detectDelimiter(line.text) ?? ';')) {
      const iban = normalizeIban(cell.replace(/^IBAN:?/i, ''));
      if (iban && isIban(iban)) return iban;
    }
  }
  return '';
}
