// The order confirmation: what the client accepted (options taken in, the rest out), key dates, deviations.
import type { IsoDate } from '../dates';
import { DomainError } from '../errors';
import type { Position } from './position';
import type { Quote } from './quote';

export interface Milestone {
  date: IsoDate;
  label: string;
  /** Percent done (0..100) as the team last set it; absent or null until then. */
  progress?: number | null;
}

export interface Confirmation {
  number: string;
  orderNo: string;
  /** The quote it confirms. */
  quoteNumber: string;
  date: IsoDate;
  deadline: IsoDate | null;
  milestones: Milestone[];
  /** Free text: where the confirmation deviates from the quote beyond the options. */
  deviationNote: string;
  clientReference: string;
  positions: Position[];
  docUrl: string;
  pdfUrl: string;
}

/** Positions the client ordered: the quote's positions without the options not taken; taken ones lose the flag. */
export function confirmedPositions(quote: Quote): Position[] {
  const taken = quote.acceptance?.options ?? [];
  return quote.positions
    .filter((p) => !p.optional || taken.includes(p.id))
    .map((p) => (p.optional ? { ...p, optional: false } : p));
}

/** Options of the quote the client did not take: listed as deviations on the confirmation. */
export function optionsNotTaken(quote: Quote): Position[] {
  const taken = quote.acceptance?.options ?? [];
  return quote.positions.filter((p) => p.kind === 'item' && p.optional && !taken.includes(p.id));
}

export function assertConfirmable(quote: Quote | null, orderNo: string): Quote {
  if (quote?.status !== 'accepted') throw new DomainError('err.confirm.noAcceptedQuote', { orderNo });
  return quote;
}

/** 'AB-{order}' -> 'AB-2026-0042'; a second confirmation of the same order (after a change) gets '-2'. */
export function confirmationNumber(pattern: string, orderNo: string, count: number): string {
  const base = pattern.replace(/\{order\}/g, orderNo);
  return count > 1 ? `${base}-${count}` : base;
}
