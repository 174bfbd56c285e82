// Bank statements in (rule G 29): CSV exports of the usual banks, any CSV through a column mapping, or camt.053 XML.
import type { MessageKey } from '../../shared/i18n';
import { parseCamt } from './camt';
import { csvHeaderRow, parseCsvStatement } from './csvStatement';
import { normalizeIban } from './normalize';
import type { ColumnMapping, StatementFormat, StatementParse, StatementProblem } from './types';

export { base64ToBytes, decodeStatement } from './encoding';
export { headerSignature } from './formats';
export type {
  BankTransaction,
  ColumnMapping,
  StatementFormat,
  StatementParse,
  StatementProblem,
} from './types';

/** A PDF or spreadsheet signature, or more than 1 % control characters: no text file was uploaded. */
function looksBinary(text: string): boolean {
  if (text.startsWith('%PDF') || text.startsWith('PK\u0003\u0004')) return true;
  const head = Math.min(text.length, 2000);
  let controls = 0;
  for (let i = 0; i < head; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) controls++;
  }
  return controls > head / 100;
}

/**
 * Parses the text of a CSV or camt.053 file. With `mapping`, an unknown CSV layout is read through it (known layouts
 * ignore it). Text with replacement characters (U+FFFD, decoded with the wrong encoding) still parses, with a warning.
 */
export function parseStatement(text: string, mapping?: ColumnMapping | null): StatementParse {
  const source = text.replace(/^\ufeff/, '');
  if (source.trim() === '') return { kind: 'unreadable', reason: 'err.bank.empty', params: {} };
  if (looksBinary(source)) return { kind: 'unreadable', reason: 'err.bank.unknownFile', params: {} };
  const parsed = /^\s*</.test(source) ? parseCamt(source) : parseCsvStatement(source, mapping ?? null);
  if (parsed.kind === 'parsed' && source.indexOf('\ufffd') >= 0) {
    parsed.problems.unshift({ line: 0, reason: 'err.bank.encoding', params: {} });
  }
  return parsed;
}

/** The header row of a CSV as its cells (below any preamble), or null for XML or a file without delimiters. */
export function csvHeaders(text: string): string[] | null {
  const source = text.replace(/^\ufeff/, '');
  return /^\s*</.test(source) ? null : csvHeaderRow(source);
}

const FORMAT_LABELS: Record<StatementFormat, MessageKey> = {
  sparkasseCamt: 'bank.format.sparkasseCamt',
  deutscheBank: 'bank.format.deutscheBank',
  n26: 'bank.format.n26',
  qonto: 'bank.format.qonto',
  mapped: 'bank.format.mapped',
  camt053: 'bank.format.camt053',
};

/** The message key naming a format, for the import summary ("Sparkasse/Volksbank (CSV-CAMT)"). */
export function formatLabel(format: StatementFormat): MessageKey {
  return FORMAT_LABELS[format];
}

/**
 * A warning when the statement names an account other than the agency's own ('' on either side: no warning, as the
 * file or the settings do not say). Compares IBANs without spaces, case-insensitively.
 */
export function accountWarning(accountIban: string, agencyIban: string): StatementProblem | null {
  const [theirs, ours] = [normalizeIban(accountIban), normalizeIban(agencyIban)];
  if (theirs === '' || ours === '' || theirs === ours) return null;
  return { line: 0, reason: 'err.bank.otherAccount', params: { iban: theirs, own: ours } };
}
