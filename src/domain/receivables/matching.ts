// Matching bank credits to open invoices: RF reference, then invoice number, then amount + payer (rules G 30, 31).
import type { ReceivablesKey } from '../../shared/i18n/receivables';
import type { IsoDate } from '../dates';
import type { Cents } from '../money';
import { nameKey, nameRuns } from './names';
import { compactNumber, rfReferenceFor, rfReferencesIn } from './reference';
import { numbersIn } from './remittance';
import { type Settlement, settle, skontoAmount, withinSkontoPeriod } from './settlement';

/** A credit from a bank statement, as the statement parser produces it (structurally). */
export interface BankCredit {
  id: string;
  bookingDate: IsoDate;
  /** > 0 */
  amountCents: Cents;
  payer: string;
  payerIban: string;
  text: string;
  /** Structured RF reference or ''. */
  reference: string;
  line: number;
}

export interface OpenInvoice {
  id: string;
  number: string;
  orderNo: string;
  clientName: string;
  issueDate: IsoDate;
  dueDate: IsoDate | null;
  dueCents: Cents;
  /** Paid + Skonto so far. */
  settledCents: Cents;
  /** Expected to be max(0, dueCents - settledCents). */
  openCents: Cents;
  skonto: { percentBp: number; days: number } | null;
}

export type MatchKind = 'sure' | 'suggestion' | 'unmatched' | 'duplicate';
export type MatchVia = 'reference' | 'number' | 'amountPayer' | null;

export interface Match {
  credit: BankCredit;
  /** duplicate: the credit's id was imported before (alreadyImported) or came earlier in this list. */
  kind: MatchKind;
  via: MatchVia;
  /** null when unmatched or duplicate, and for a suggestion with several alternatives and none preferred. */
  invoiceId: string | null;
  /** What recording the credit against invoiceId would do, given the credits matched 'sure' before it. */
  settlement: Settlement | null;
  /** With several candidates (numbers in one text, amount + payer): all candidates' ids, for the user to pick; else []. */
  alternatives: string[];
}

export const MATCH_KIND_LABELS: Record<MatchKind, ReceivablesKey> = {
  sure: 'receivables.match.sure',
  suggestion: 'receivables.match.suggestion',
  unmatched: 'receivables.match.unmatched',
  duplicate: 'receivables.match.duplicate',
};

export const MATCH_VIA_LABELS: Record<Exclude<MatchVia, null>, ReceivablesKey> = {
  reference: 'receivables.via.reference',
  number: 'receivables.via.number',
  amountPayer: 'receivables.via.amountPayer',
};

/**
 * One pass over the credits against indexes built once (by RF reference, by compact number, by open amount and
 * client name), so the work is linear in credits + invoices. Per credit, in order:
 * 1. its id was imported before, or came earlier in this list: 'duplicate' (G 31);
 * 2. an RF reference (the structured field, then the text) of exactly one invoice: 'sure';
 * 3. the number of exactly one invoice in the text (see numbersIn): 'sure';
 * 4. the exact open amount, or within the Skonto period the exact amount less Skonto, and the payer's name
 *    containing the client's name (see nameWords): 'suggestion' only. An amount alone never matches.
 * Several invoices at step 2 or 3 give a 'suggestion' listing them; invoiceId is then the one whose open amount
 * (or amount less Skonto) the credit pays exactly, if exactly one does. Credits matched 'sure' are applied in
 * order, so a later credit on the same invoice sees the earlier one (a second full payment is 'overpaid');
 * suggestions are not applied, as the user may still reject them.
 */
export function matchCredits(
  credits: readonly BankCredit[],
  invoices: readonly OpenInvoice[],
  alreadyImported: ReadonlySet<string>,
): Match[] {
  const index = new InvoiceIndex(invoices);
  const seen = new Set<string>();
  return credits.map((credit) => {
    if (alreadyImported.has(credit.id) || seen.has(credit.id)) return unmatched(credit, 'duplicate');
    seen.add(credit.id);
    if (!(credit.amountCents > 0)) return unmatched(credit, 'unmatched');
    const refs = [...rfReferencesIn(credit.reference), ...rfReferencesIn(credit.text)];
    const byRef = distinct(refs.flatMap((ref) => index.byRf.get(ref) ?? []));
    if (byRef.length > 0) return index.decide(credit, 'reference', byRef);
    const numbers = numbersIn(
      `${credit.text} ${credit.reference}`,
      (c) => index.byNumber.has(c),
      index.maxNumber,
    );
    const byNumber = distinct(numbers.flatMap((n) => index.byNumber.get(n) ?? []));
    if (byNumber.length > 0) return index.decide(credit, 'number', byNumber);
    const byPayer = index.byAmountAndPayer(credit);
    if (byPayer.length > 0) return index.decide(credit, 'amountPayer', byPayer, false);
    return unmatched(credit, 'unmatched');
  });
}

interface Entry {
  invoice: OpenInvoice;
  /** Settled so far, including the credits matched 'sure' in this pass. */
  settled: Cents;
  order: number;
}

class InvoiceIndex {
  readonly byRf = new Map<string, Entry[]>();
  readonly byNumber = new Map<string, Entry[]>();
  /** `${amount}|${client name key}` for the open amount and the amount less Skonto, kept current as credits apply. */
  private readonly byAmount = new Map<string, Entry[]>();
  readonly maxNumber: number;

  constructor(invoices: readonly OpenInvoice[]) {
    let maxNumber = 0;
    invoices.forEach((invoice, order) => {
      const entry: Entry = { invoice, settled: invoice.settledCents, order };
      const compact = compactNumber(invoice.number);
      if (!/[A-Z0-9]/.test(compact)) return; // a number without letters or digits: nothing to find
      maxNumber = Math.max(maxNumber, compact.length);
      push(this.byNumber, compact, entry);
      push(this.byRf, rfReferenceFor(invoice.number), entry);
      const open = invoice.openCents;
      this.indexAmounts(entry, open, open - skontoOf(invoice));
    });
    this.maxNumber = maxNumber;
  }

  /** Invoices whose current open amount (or, in the Skonto period, amount less Skonto) the credit pays, by payer. */
  byAmountAndPayer(credit: BankCredit): Entry[] {
    const runs = nameRuns(credit.payer);
    const found = runs.flatMap((run) => this.byAmount.get(`${credit.amountCents}|${run}`) ?? []);
    return distinct(found.filter((e) => paysExactly(e, credit))).sort((a, b) => a.order - b.order);
  }

  decide(credit: BankCredit, via: Exclude<MatchVia, null>, found: Entry[], sure = true): Match {
    const alternatives = found.length > 1 ? found.map((e) => e.invoice.id) : [];
    const exact = found.length > 1 ? found.filter((e) => paysExactly(e, credit)) : found;
    const entry = exact.length === 1 ? exact[0] : null;
    if (!entry) return { credit, kind: 'suggestion', via, invoiceId: null, settlement: null, alternatives };
    const { invoice } = entry;
    const settlement = settle({
      dueCents: invoice.dueCents,
      settledBefore: entry.settled,
      amountCents: credit.amountCents,
      paymentDate: credit.bookingDate,
      issueDate: invoice.issueDate,
      skonto: invoice.skonto,
    });
    const kind = sure && found.length === 1 ? 'sure' : 'suggestion';
    if (kind === 'sure') this.apply(entry, credit.amountCents + settlement.skontoCents);
    return { credit, kind, via, invoiceId: invoice.id, settlement, alternatives };
  }

  private apply(entry: Entry, cents: Cents): void {
    entry.settled += cents;
    const open = entry.invoice.dueCents - entry.settled;
    if (open > 0) this.indexAmounts(entry, open, open - skontoOf(entry.invoice));
  }

  private indexAmounts(entry: Entry, open: Cents, openLessSkonto: Cents): void {
    const client = nameKey(entry.invoice.clientName);
    if (client === '' || open <= 0) return;
    push(this.byAmount, `${open}|${client}`, entry);
    if (openLessSkonto > 0 && openLessSkonto !== open)
      push(this.byAmount, `${openLessSkonto}|${client}`, entry);
  }
}

function skontoOf(invoice: OpenInvoice): Cents {
  return invoice.skonto ? skontoAmount(invoice.dueCents, invoice.skonto.percentBp) : 0;
}

/** The credit pays the invoice's current open amount exactly, or in the Skonto period exactly that less Skonto. */
function paysExactly(entry: Entry, credit: BankCredit): boolean {
  const { invoice } = entry;
  const open = invoice.dueCents - entry.settled;
  if (open <= 0) return false;
  if (credit.amountCents === open) return true;
  const skonto = invoice.skonto;
  return (
    skonto !== null &&
    withinSkontoPeriod(credit.bookingDate, invoice.issueDate, skonto.days) &&
    credit.amountCents === open - skontoOf(invoice)
  );
}

function unmatched(credit: BankCredit, kind: 'unmatched' | 'duplicate'): Match {
  return { credit, kind, via: null, invoiceId: null, settlement: null, alternatives: [] };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}
