// Quotes sheet rows <-> Quote headers (positions live in the Positions sheet, keyed by quote number).
import type { Cents } from '../../domain/money';
import { PERCENT_DECIMALS } from '../../domain/quote/position';
import type { Quote, QuoteStatus } from '../../domain/quote/quote';
import { isRightsKind } from '../../domain/quote/usageRights';
import type { Lang } from '../../shared/i18n';
import { type CellOut, type CellValue, writeDate, writeMoney, writeScaled } from '../cells';
import type { ColumnMap } from '../columns';
import { type CellProblem, CellReader } from './cellReader';
import { choiceLabel } from './choices';

/** A quote header as stored; positions are joined in by the reader. */
export interface QuoteRow {
  quote: Omit<Quote, 'positions'>;
  net: Cents | null;
  gross: Cents | null;
  row: number;
  problems: CellProblem[];
}

export function readQuoteRow(
  cells: readonly CellValue[],
  row: number,
  map: ColumnMap,
  timeZone: string,
): QuoteRow {
  const r = new CellReader(cells, map, timeZone);
  const rightsKind = r.text('rightsKind');
  const acceptedOn = r.date('acceptedOn');
  const quote: Omit<Quote, 'positions'> = {
    number: r.text('number'),
    orderNo: r.text('orderNo'),
    version: r.int('version'),
    status: r.choice<QuoteStatus>('status', 'quoteStatus', 'draft'),
    date: r.date('date') ?? '',
    validUntil: r.date('validUntil') ?? '',
    title: r.text('title'),
    intro: r.text('intro'),
    closing: r.text('closing'),
    paymentTerms: r.text('paymentTerms'),
    discountBp: r.scaled('discount', PERCENT_DECIMALS),
    usageRights: isRightsKind(rightsKind)
      ? {
          kind: rightsKind,
          media: r.text('rightsMedia'),
          territory: r.text('rightsTerritory'),
          duration: r.text('rightsDuration'),
          onFullPayment: r.bool('rightsOnPayment'),
        }
      : null,
    changeSummary: r.text('changeSummary'),
    acceptance: acceptedOn
      ? {
          date: acceptedOn,
          by: r.text('acceptedBy'),
          reference: r.text('clientReference'),
          options: r
            .text('acceptedOptions')
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        }
      : null,
    declineReason: r.text('declineReason'),
    docUrl: r.text('docUrl'),
    pdfUrl: r.text('pdfUrl'),
  };
  return { quote, net: r.money('net'), gross: r.money('gross'), row, problems: r.problems };
}

export function quoteCells(quote: Quote, net: Cents, gross: Cents, lang: Lang): Record<string, CellOut> {
  const rights = quote.usageRights;
  return {
    number: quote.number,
    orderNo: quote.orderNo,
    version: quote.version,
    status: choiceLabel('quoteStatus', quote.status, lang),
    date: writeDate(quote.date),
    validUntil: writeDate(quote.validUntil),
    title: quote.title,
    net: writeMoney(net),
    gross: writeMoney(gross),
    discount: writeScaled(quote.discountBp, PERCENT_DECIMALS),
    changeSummary: quote.changeSummary,
    acceptedOn: writeDate(quote.acceptance?.date ?? null),
    acceptedBy: quote.acceptance?.by ?? '',
    clientReference: quote.acceptance?.reference ?? '',
    acceptedOptions: quote.acceptance?.options.join(', ') ?? '',
    declineReason: quote.declineReason,
    docUrl: quote.docUrl,
    pdfUrl: quote.pdfUrl,
    intro: quote.intro,
    closing: quote.closing,
    paymentTerms: quote.paymentTerms,
    rightsKind: rights?.kind ?? '',
    rightsMedia: rights?.media ?? '',
    rightsTerritory: rights?.territory ?? '',
    rightsDuration: rights?.duration ?? '',
    rightsOnPayment: rights ? rights.onFullPayment : null,
  };
}
