// ISO 11649 creditor references (RF) for invoice numbers, and finding references and numbers in remittance text.
import { DomainError } from '../errors';

/** Longest reference body ISO 11649 allows after 'RF' and the two check digits. */
const RF_BODY_MAX = 21;

/** ISO 11649 creditor reference for an invoice number: 'RF' + check digits + the number's letters and digits upper-cased (max 21 chars; longer numbers use their last 21). */
export function rfReferenceFor(invoiceNumber: string): string {
  const body = invoiceNumber
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(-RF_BODY_MAX);
  if (body === '') throw new DomainError('err.receivables.noReference', { number: invoiceNumber });
  const check = 98 - mod97(`${body}RF00`);
  return `RF${check < 10 ? '0' : ''}${check}${body}`;
}

/** Canonical form for comparing invoice numbers in free text: upper case, without spaces, '-', '/', '.', '_'. */
export function compactNumber(text: string): string {
  return text.toUpperCase().replace(/[\s\-/._]/g, '');
}

/** 'RF' + 2 check digits + 1 to 21 letters or digits, and mod 97 of the rearranged reference is 1. */
export function isRfReference(compact: string): boolean {
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(compact) && mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/**
 * RF references found in free text (with or without spaces inside, e.g. "RF18 5390 0754 7034"), validated
 * with the mod-97 check. A reference starts at a word beginning 'RF' + two digits and takes the following
 * space-separated groups; the longest valid reading wins, so a word after the reference is not swallowed.
 */
export function rfReferencesIn(text: string): string[] {
  const words = wordsOf(text);
  const found: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (!/^RF\d{2}/.test(words[i].word)) continue;
    let candidate = words[i].word;
    const readings = [candidate];
    for (let j = i + 1; j < words.length && /^\s+$/.test(words[j].gap); j += 1) {
      candidate += words[j].word;
      if (candidate.length > RF_BODY_MAX + 4) break;
      readings.push(candidate);
    }
    const valid = readings.reverse().find(isRfReference);
    if (valid !== undefined && !found.includes(valid)) found.push(valid);
  }
  return found;
}

export interface Word {
  /** Letters and digits, upper-cased. */
  word: string;
  /** The characters between the previous word and this one ('' for the first word at the text's start). */
  gap: string;
}

/** The text's runs of letters and digits (any script, so 'ÜRE' is one word), each with the gap before it. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const pattern = /[\p{L}\p{N}]+/gu;
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    words.push({ word: m[0].toUpperCase(), gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return words;
}

/** Remainder mod 97 of a string of digits and letters (A = 10 … Z = 35), digit by digit. */
function mod97(value: string): number {
  let remainder = 0;
  for (const ch of value) {
    const digits = ch >= '0' && ch <= '9' ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}
