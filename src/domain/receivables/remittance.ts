// Finding known invoice numbers in a remittance text, however the payer spaced or punctuated them (rule G 30).
import { wordsOf } from './reference';

/** Characters a payer may put between the parts of a number: spaces, '-', '/', '.', '_'. */
const JOINABLE_GAP = /^[\s\-/._]+$/;

/**
 * The known compact numbers (see compactNumber) the text contains, in order of appearance, each once.
 * A number must cover whole words of the text: it starts at a word's beginning and ends at a word's end, and
 * its words may be separated only by spaces, '-', '/', '.' or '_'. So "re 2025 0042", "RE2025/0042" and
 * "Rechnung Nr. RE-2025-0042 vom" contain RE-2025-0042, but "RE-2025-00421" does not. Each word starts at
 * most `maxLength` characters of joining, so the work is linear in the text's length.
 */
export function numbersIn(text: string, isKnown: (compact: string) => boolean, maxLength: number): string[] {
  const words = wordsOf(text);
  const found: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    let joined = '';
    for (let j = i; j < words.length; j += 1) {
      if (j > i && !JOINABLE_GAP.test(words[j].gap)) break;
      joined += words[j].word;
      if (joined.length > maxLength) break;
      if (isKnown(joined) && !found.includes(joined)) found.push(joined);
    }
  }
  return found;
}
