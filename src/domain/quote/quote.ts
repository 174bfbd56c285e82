// A quote version: header, texts, usage rights and positions; its status and the rules that guard them.
import type { IsoDate } from '../dates';
import { DomainError } from '../errors';
import type { Position } from './position';
import type { UsageRights } from './usageRights';

/** draft: still editable; sent: its document exists, a change makes a new version; then the client's answer. */
export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'superseded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export interface QuoteAcceptance {
  date: IsoDate;
  by: string;
  /** The client's PO or reference number. */
  reference: string;
  /** Ids of the optional positions the client took. */
  options: string[];
}

export interface Quote {
  number: string;
  orderNo: string;
  version: number;
  status: QuoteStatus;
  date: IsoDate;
  validUntil: IsoDate;
  title: string;
  intro: string;
  closing: string;
  paymentTerms: string;
  discountBp: number;
  usageRights: UsageRights | null;
  positions: Position[];
  /** What changed against the previous version, in the register's language. */
  changeSummary: string;
  acceptance: QuoteAcceptance | null;
  declineReason: string;
  docUrl: string;
  pdfUrl: string;
}

/** The version the register shows for an order: the highest one that is not superseded. */
export function currentQuote(quotes: readonly Quote[], orderNo: string): Quote | null {
  const own = quotes.filter((q) => q.orderNo === orderNo && q.status !== 'superseded');
  return own.sort((a, b) => b.version - a.version)[0] ?? null;
}

export function latestVersion(quotes: readonly Quote[], orderNo: string): number {
  return quotes.filter((q) => q.orderNo === orderNo).reduce((max, q) => Math.max(max, q.version), 0);
}

/**
 * A draft can be edited in place; a sent or declined quote only through a new version (a declined one
 * is the start of a negotiation); an accepted one not at all: the order rests on it.
 */
export function assertRevisable(quote: Quote): void {
  if (quote.status === 'accepted' || quote.status === 'superseded') {
    throw new DomainError('err.quote.closed', {
      number: quote.number,
      status: { ref: `quoteStatus.${quote.status}` },
    });
  }
}

export function isExpired(quote: Quote, today: IsoDate): boolean {
  return (quote.status === 'draft' || quote.status === 'sent') && quote.validUntil < today;
}

/** Quote numbers follow a pattern with {order} and {version} ({#} is read as the version too). */
export function quoteNumber(pattern: string, orderNo: string, version: number): string {
  return pattern.replace(/\{order\}/g, orderNo).replace(/\{version\}|\{#\}/g, String(version));
}

export function isQuotePattern(pattern: string): boolean {
  const versions = pattern.match(/\{version\}|\{#\}/g)?.length ?? 0;
  return (
    pattern.includes('{order}') &&
    versions === 1 &&
    /^[A-Za-z0-9\-/_.]*$/.test(pattern.replace(/\{order\}|\{version\}|\{#\}/g, ''))
  );
}
