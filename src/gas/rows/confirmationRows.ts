// Confirmations, Key dates and Rate card sheet rows <-> their domain records.
import type { Cents } from '../../domain/money';
import type { Confirmation, Milestone } from '../../domain/quote/confirmation';
import { PRICE_DECIMALS, type Unit, type VatRate } from '../../domain/quote/position';
import type { RateCardEntry } from '../../domain/quote/rateCard';
import type { Lang } from '../../shared/i18n';
import { type CellOut, type CellValue, writeDate, writeMoney, writeScaled } from '../cells';
import type { ColumnMap } from '../columns';
import { type CellProblem, CellReader } from './cellReader';
import { choiceLabel } from './choices';

export interface ConfirmationRow {
  confirmation: Omit<Confirmation, 'positions' | 'milestones'>;
  row: number;
  problems: CellProblem[];
}

export function readConfirmationRow(
  cells: readonly CellValue[],
  row: number,
  map: ColumnMap,
  timeZone: string,
): ConfirmationRow {
  const r = new CellReader(cells, map, timeZone);
  return {
    confirmation: {
      number: r.text('number'),
      orderNo: r.text('orderNo'),
      quoteNumber: r.text('quoteNumber'),
      date: r.date('date') ?? '',
      deadline: r.date('deadline'),
      deviationNote: r.text('deviationNote'),
      clientReference: r.text('clientReference'),
      docUrl: r.text('docUrl'),
      pdfUrl: r.text('pdfUrl'),
    },
    row,
    problems: r.problems,
  };
}

export function confirmationCells(c: Confirmation, net: Cents, gross: Cents): Record<string, CellOut> {
  return {
    number: c.number,
    orderNo: c.orderNo,
    quoteNumber: c.quoteNumber,
    date: writeDate(c.date),
    deadline: writeDate(c.deadline),
    net: writeMoney(net),
    gross: writeMoney(gross),
    clientReference: c.clientReference,
    deviationNote: c.deviationNote,
    docUrl: c.docUrl,
    pdfUrl: c.pdfUrl,
  };
}

export function readMilestoneRow(cells: readonly CellValue[], map: ColumnMap, timeZone: string) {
  const r = new CellReader(cells, map, timeZone);
  const progressCell = map.has('progress') ? cells[map.get('progress') as number] : '';
  const milestone: Milestone = {
    date: r.date('date') ?? '',
    label: r.text('label'),
    progress: progressCell === '' || progressCell === undefined ? null : r.int('progress'),
  };
  return { document: r.text('document'), milestone, problems: r.problems };
}

export function milestoneCells(document: string, orderNo: string, m: Milestone): Record<string, CellOut> {
  return {
    document,
    orderNo,
    date: writeDate(m.date),
    label: m.label,
    progress: m.progress === undefined || m.progress === null ? null : m.progress,
  };
}

export function readRateCardRow(cells: readonly CellValue[], map: ColumnMap, timeZone: string) {
  const r = new CellReader(cells, map, timeZone);
  const entry: RateCardEntry = {
    service: r.text('service'),
    unit: r.choice<Unit>('unit', 'unit', 'hour'),
    unitPrice: r.scaled('unitPrice', PRICE_DECIMALS),
    unitCost: r.money('unitCost') ?? 0,
    vatRate: Number(r.choice('vatRate', 'vatRate', '19')) as VatRate,
    description: r.text('description'),
  };
  return { entry, problems: r.problems };
}

export function rateCardCells(e: RateCardEntry, lang: Lang): Record<string, CellOut> {
  return {
    service: e.service,
    unit: choiceLabel('unit', e.unit, lang),
    unitPrice: writeScaled(e.unitPrice, PRICE_DECIMALS),
    unitCost: writeMoney(e.unitCost),
    vatRate: choiceLabel('vatRate', String(e.vatRate), lang),
    description: e.description,
  };
}
