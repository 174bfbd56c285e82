// Stable transaction ids, so importing the same statement twice books no payment twice (rule G 31).
import { sha256Hex } from '../sha256';
import type { BankTransaction, Candidate } from './types';

const SEP = '\u001f';

/**
 * 'bank:' + the bank's reference where there is one (a repeated reference gets '#2', '#3' in file order), else
 * 'fp:' + a hash over account, date, amount, payer, payer IBAN, text and the occurrence index among identical rows:
 * two identical transfers on one day get two ids, and a re-import of the same statement gives the same ones.
 */
export function assignIds(candidates: readonly Candidate[]): BankTransaction[] {
  const seen = new Map<string, number>();
  const occurrence = (key: string): number => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n;
  };
  return candidates.map((c) => {
    let id: string;
    if (c.bankRef !== '') {
      const n = occurrence(`bank${SEP}${c.bankRef}`);
      id = `bank:${c.bankRef}${n > 1 ? `#${n}` : ''}`;
    } else {
      const key = [c.accountIban, c.bookingDate, c.amountCents, c.payer, c.payerIban, c.text].join(SEP);
      const n = occurrence(`fp${SEP}${key}`);
      id = `fp:${sha256Hex(`${key}${SEP}${n}`).slice(0, 32)}`;
    }
    return {
      id,
      bookingDate: c.bookingDate,
      amountCents: c.amountCents,
      currency: c.currency,
      payer: c.payer,
      payerIban: c.payerIban,
      text: c.text,
      reference: c.reference,
      line: c.line,
    };
  });
}
