// DTOs of quotes and confirmations for the sidebar and the quote editor, computed by the domain's totals.
import { formatScaled } from '../domain/decimal';
import { formatMoney } from '../domain/money';
import type { Confirmation } from '../domain/quote/confirmation';
import type { QuoteDraftFields } from '../domain/quote/draft';
import {
  PERCENT_DECIMALS,
  type Position,
  PRICE_DECIMALS,
  positionNet,
  QUANTITY_DECIMALS,
} from '../domain/quote/position';
import { isExpired, type Quote } from '../domain/quote/quote';
import type { RateCardEntry } from '../domain/quote/rateCard';
import { computeTotals, type VatMode } from '../domain/quote/totals';
import type { Lang } from '../shared/i18n';
import type {
  ConfirmationSummaryDto,
  QuoteSummaryDto,
  QuoteVersionDto,
  RateCardEntryDto,
} from '../shared/quoteContract';

export function quoteTotals(quote: Quote, vatMode: VatMode) {
  return computeTotals(quote.positions, {
    discountBp: quote.discountBp,
    vatMode,
    acceptedOptions: quote.acceptance?.options ?? [],
  });
}

export function versionDto(quote: Quote, vatMode: VatMode): QuoteVersionDto {
  return {
    number: quote.number,
    version: quote.version,
    status: quote.status,
    date: quote.date,
    grossCents: quoteTotals(quote, vatMode).gross,
  };
}

export function quoteSummary(quote: Quote, vatMode: VatMode, today: string): QuoteSummaryDto {
  const totals = quoteTotals(quote, vatMode);
  return {
    ...versionDto(quote, vatMode),
    validUntil: quote.validUntil,
    expired: isExpired(quote, today),
    netCents: totals.netAfterDiscount,
    changeSummary: quote.changeSummary,
    docUrl: quote.docUrl,
    pdfUrl: quote.pdfUrl,
    options: quote.positions
      .filter((p) => p.kind === 'item' && p.optional)
      .map((p) => ({ id: p.id, description: p.description, netCents: positionNet(p) })),
    acceptedOptions: quote.acceptance?.options ?? [],
    clientReference: quote.acceptance?.reference ?? '',
  };
}

export function confirmationSummary(c: Confirmation): ConfirmationSummaryDto {
  return { number: c.number, quoteNumber: c.quoteNumber, date: c.date, docUrl: c.docUrl, pdfUrl: c.pdfUrl };
}

/** A stored position as the editor shows it: numbers in the user's style, so saving unchanged reads back equal. */
export function positionFields(p: Position, lang: Lang) {
  return {
    id: p.id,
    kind: p.kind,
    service: p.service,
    description: p.description,
    quantity: p.kind === 'item' ? formatScaled(p.quantity, QUANTITY_DECIMALS, lang, 0) : '',
    unit: p.unit,
    unitPrice: p.kind === 'item' ? formatScaled(p.unitPrice, PRICE_DECIMALS, lang, 2) : '',
    vatRate: String(p.vatRate),
    discount: p.discountBp ? formatScaled(p.discountBp, PERCENT_DECIMALS, lang, 0) : '',
    optional: p.optional,
    unitCost: p.unitCost ? formatScaled(p.unitCost, 2, lang, 2) : '',
  };
}

export function draftFields(quote: Quote, lang: Lang): QuoteDraftFields {
  return {
    date: quote.date,
    validUntil: quote.validUntil,
    title: quote.title,
    intro: quote.intro,
    closing: quote.closing,
    paymentTerms: quote.paymentTerms,
    discount: quote.discountBp ? formatScaled(quote.discountBp, PERCENT_DECIMALS, lang, 0) : '',
    usageRights: quote.usageRights,
    positions: quote.positions.map((p) => positionFields(p, lang)),
  };
}

export function rateCardDto(entry: RateCardEntry, lang: Lang): RateCardEntryDto {
  return {
    service: entry.service,
    unit: entry.unit,
    unitPrice: formatScaled(entry.unitPrice, PRICE_DECIMALS, lang, 2),
    unitCost: entry.unitCost ? formatScaled(entry.unitCost, 2, lang, 2) : '',
    vatRate: entry.vatRate,
  };
}

/** "A-2026-0001-1, 6.272,85 €": how a log entry names a quote. */
export function quoteLabel(quote: Quote, vatMode: VatMode, lang: Lang): string {
  return `${quote.number}, ${formatMoney(quoteTotals(quote, vatMode).gross, lang)}`;
}
