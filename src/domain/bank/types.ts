// The shapes of a parsed bank statement: formats, column mapping, transactions, problems (re-exported by statement.ts).
import type { MessageKey, MessageParams } from '../../shared/i18n';
import type { IsoDate } from '../dates';
import type { Cents } from '../money';

export type StatementFormat = 'sparkasseCamt' | 'deutscheBank' | 'n26' | 'qonto' | 'mapped' | 'camt053';

/** For CSVs in an unknown layout: which header names hold what. The user sets it once; the app stores it by headerSignature. */
export interface ColumnMapping {
  /** Header name of the booking date column. */
  date: string;
  /** Header of a signed amount column (credit positive). */
  amount: string;
  /** Header of the counterparty name ('' if the file has none). */
  payer: string;
  /** Header of the remittance text ('' if the file has none). */
  text: string;
  /** Header of the counterparty IBAN (optional). */
  iban?: string;
  /** Decimal separator of the amount column. */
  decimal: ',' | '.';
}

export interface BankTransaction {
  /**
   * Stable across re-imports of the same statement: 'bank:' + the bank's own reference (camt AcctSvcrRef, a CSV
   * transaction id column), else 'fp:' + a hash over account IBAN, booking date, amount, payer, payer IBAN, text and
   * the occurrence index among identical rows in this statement.
   */
  id: string;
  bookingDate: IsoDate;
  /** Credits only: always > 0. */
  amountCents: Cents;
  /** 'EUR' usually. */
  currency: string;
  payer: string;
  /** '' if unknown, spaces removed, upper case. */
  payerIban: string;
  /** Remittance information (Verwendungszweck), lines joined with a space, whitespace collapsed. */
  text: string;
  /** A structured creditor reference (camt Strd/CdtrRefInf/Ref), else ''. The text is not searched here. */
  reference: string;
  /** 1-based line (CSV) or entry index (camt) in the source, for messages. */
  line: number;
}

export interface StatementProblem {
  /** 1-based line in the CSV (or entry number in camt); 0 for the file as a whole. */
  line: number;
  reason: MessageKey;
  params: MessageParams;
}

export type StatementParse =
  | {
      kind: 'parsed';
      format: StatementFormat;
      /** The statement's own account IBAN if the file names it ('' if not). */
      accountIban: string;
      /** Credits only, in file order. */
      transactions: BankTransaction[];
      /** Debits and zero amounts, skipped. */
      skippedDebits: number;
      /** Rows that could not be read (or are not booked yet), each with its reason; every other row is returned. */
      problems: StatementProblem[];
    }
  | { kind: 'needsMapping'; headers: string[]; signature: string; sample: string[][] }
  | { kind: 'unreadable'; reason: MessageKey; params: MessageParams };

/** What a format reader hands over before ids are assigned. */
export interface Candidate {
  line: number;
  accountIban: string;
  bookingDate: IsoDate;
  amountCents: Cents;
  currency: string;
  payer: string;
  payerIban: string;
  text: string;
  reference: string;
  /** The bank's own reference for this transaction, '' if none. */
  bankRef: string;
}
