// Orders sheet rows <-> Order: the register row, with its computed next step and days-in-stage formula.
import type { DunningBlock, Order, Source } from '../../domain/order';
import { DEVIATIONS, type Deviation } from '../../domain/project/types';
import type { StageKey } from '../../domain/stages';
import { type Lang, t } from '../../shared/i18n';
import { type CellOut, type CellValue, formula, writeDate, writeMoney, writeScaled } from '../cells';
import type { ColumnMap } from '../columns';
import { type CellProblem, CellReader } from './cellReader';
import { choiceLabel } from './choices';

export interface OrderRow {
  order: Order;
  /** Sheet row number. */
  row: number;
  problems: CellProblem[];
}

export function readOrderRows(rows: readonly CellValue[][], map: ColumnMap, timeZone: string): OrderRow[] {
  const numberIndex = map.get('number') as number;
  const out: OrderRow[] = [];
  rows.forEach((cells, i) => {
    if (String(cells[numberIndex] ?? '').trim() === '') return; // blank or user's spare row
    const r = new CellReader(cells, map, timeZone);
    const createdOn = r.date('createdOn');
    const stageSince = r.date('stageSince');
    const order: Order = {
      number: r.text('number'),
      createdOn: createdOn ?? stageSince ?? '',
      client: r.text('client'),
      title: r.text('title'),
      description: r.text('description'),
      source: r.choice<Source>('source', 'source', 'inquiry'),
      stage: r.choice<StageKey>('stage', 'stage', 'inquiry'),
      stageSince: stageSince ?? createdOn ?? '',
      stageBeforeHold: r.optionalChoice<StageKey>('stageBeforeHold', 'stage'),
      reason: r.text('reason'),
      expectedValue: r.money('expectedValue'),
      deadline: r.date('deadline'),
      owner: r.text('owner'),
      dunningBlock: r.optionalChoice<DunningBlock>('dunningBlock', 'dunningBlock'),
      documents: {
        quote: r.text('quote'),
        quoteTotal: r.money('quoteTotal'),
        quoteDoc: r.text('quoteDoc'),
        quotePdf: r.text('quotePdf'),
        confirmation: r.text('confirmation'),
        confirmationDoc: r.text('confirmationDoc'),
        confirmationPdf: r.text('confirmationPdf'),
        invoiced: r.money('invoiced'),
        paid: r.money('paid'),
        open: r.money('open'),
        openDue: r.date('openDue'),
      },
      project: {
        kickoffOn: r.date('kickoffOn'),
        acceptedOn: r.date('acceptedOn'),
        handedOverOn: r.date('handedOverOn'),
        handoverDoc: r.text('handoverDoc'),
        parentOrder: r.text('parentOrder'),
        hours: blankOr(cells, map, 'hours', () => r.scaled('hours', 2)),
        budgetUsed: r.money('budgetUsed'),
        budgetBp: blankOr(cells, map, 'budgetPct', () => r.scaled('budgetPct', 2)),
        progressBp: blankOr(cells, map, 'progressPct', () => r.scaled('progressPct', 2)),
        elapsedBp: blankOr(cells, map, 'elapsedPct', () => r.scaled('elapsedPct', 2)),
        deviations: readDeviations(r.text('deviations')),
      },
    };
    out.push({ order, row: i + 2, problems: r.problems });
  });
  return out;
}

/** A number column the user left blank reads as "not computed", not as 0. */
function blankOr(
  cells: readonly CellValue[],
  map: ColumnMap,
  key: string,
  read: () => number,
): number | null {
  const index = map.get(key);
  return index === undefined || cells[index] === '' || cells[index] === undefined ? null : read();
}

/** The deviations cell lists labels in either language, or keys, separated by " · ". */
function readDeviations(text: string): Deviation[] {
  if (text.trim() === '') return [];
  const parts = text.split('·').map((p) => p.trim().toLowerCase());
  return DEVIATIONS.filter((d) =>
    parts.some(
      (p) =>
        p === d.toLowerCase() ||
        (['de', 'en'] as const).some((l) => p === t(l, `deviation.${d}`).toLowerCase()),
    ),
  );
}

export function deviationsText(deviations: readonly Deviation[], lang: Lang): string {
  return deviations.map((d) => t(lang, `deviation.${d}`)).join(' · ');
}

const scaledOrNull = (value: number | null) => (value === null ? null : writeScaled(value, 2));

/** A1 column letters for a 0-based index (0 -> A, 26 -> AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Every add-on column of an order row, in the register's language. */
export function orderCells(
  order: Order,
  sheetRow: number,
  map: ColumnMap,
  lang: Lang,
): Record<string, CellOut> {
  const since = `${columnLetter(map.get('stageSince') as number)}${sheetRow}`;
  return {
    number: order.number,
    createdOn: writeDate(order.createdOn),
    client: order.client,
    title: order.title,
    stage: choiceLabel('stage', order.stage, lang),
    nextStep: t(lang, `next.${order.stage}`),
    daysInStage: formula(`=IF(${since}="","",TODAY()-${since})`),
    stageSince: writeDate(order.stageSince),
    expectedValue: writeMoney(order.expectedValue),
    deadline: writeDate(order.deadline),
    source: choiceLabel('source', order.source, lang),
    description: order.description,
    owner: order.owner,
    reason: order.reason,
    stageBeforeHold: order.stageBeforeHold ? choiceLabel('stage', order.stageBeforeHold, lang) : null,
    quote: order.documents.quote,
    quoteTotal: writeMoney(order.documents.quoteTotal),
    quoteDoc: order.documents.quoteDoc,
    quotePdf: order.documents.quotePdf,
    confirmation: order.documents.confirmation,
    confirmationDoc: order.documents.confirmationDoc,
    confirmationPdf: order.documents.confirmationPdf,
    invoiced: writeMoney(order.documents.invoiced),
    paid: writeMoney(order.documents.paid),
    open: writeMoney(order.documents.open),
    openDue: writeDate(order.documents.openDue),
    dunningBlock: order.dunningBlock ? choiceLabel('dunningBlock', order.dunningBlock, lang) : '',
    kickoffOn: writeDate(order.project.kickoffOn),
    acceptedOn: writeDate(order.project.acceptedOn),
    handedOverOn: writeDate(order.project.handedOverOn),
    handoverDoc: order.project.handoverDoc,
    parentOrder: order.project.parentOrder,
    hours: scaledOrNull(order.project.hours),
    budgetUsed: writeMoney(order.project.budgetUsed),
    budgetPct: scaledOrNull(order.project.budgetBp),
    progressPct: scaledOrNull(order.project.progressBp),
    elapsedPct: scaledOrNull(order.project.elapsedBp),
    deviations: deviationsText(order.project.deviations, lang),
  };
}

/** Only the cells that differ between two versions of an order (plus what derives from them). */
export function changedOrderCells(
  before: Order,
  after: Order,
  sheetRow: number,
  map: ColumnMap,
  lang: Lang,
): Record<string, CellOut> {
  const old = orderCells(before, sheetRow, map, lang);
  const next = orderCells(after, sheetRow, map, lang);
  const changed: Record<string, CellOut> = {};
  for (const key of Object.keys(next)) {
    if (JSON.stringify(old[key]) !== JSON.stringify(next[key]) || key === 'daysInStage')
      changed[key] = next[key];
  }
  if (before.stage === after.stage) delete changed.daysInStage;
  return changed;
}
