// A reminder or dunning letter as the register keeps it: when, which level, what it claimed, where it went.
import type { IsoDate } from './dates';
import type { DunningLevel } from './dunning/levels';
import type { Cents } from './money';

export interface DunningRecord {
  id: string;
  invoiceId: string;
  invoiceNumber: string;
  orderNo: string;
  level: DunningLevel;
  date: IsoDate;
  deadline: IsoDate;
  openCents: Cents;
  interestCents: Cents;
  feeCents: Cents;
  /** The 40 EUR lump sum (§ 288 Abs. 5 BGB), claimed at most once per invoice. */
  lumpSumCents: Cents;
  totalCents: Cents;
  /** E-mail address the letter was sent to; '' when it was only created. */
  sentTo: string;
  docUrl: string;
  pdfUrl: string;
}
