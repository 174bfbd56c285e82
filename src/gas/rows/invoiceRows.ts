// Invoices sheet rows <-> Invoice headers: readable figures per rate for people, the frozen data as JSON for the add-on.
import type { DunningLevel } from '../../domain/dunning/levels';
import type { Invoice, InvoiceFigures, InvoiceStatus, InvoiceType } from '../../domain/invoice/invoice';
import type { Lang } from '../../shared/i18n';
import { type CellOut, type CellValue, writeDate, writeMoney } from '../cells';
import type { ColumnMap } from '../columns';
import { type CellProblem, CellReader } from './cellReader';
import { choiceLabel } from './choices';

/** What the visible columns do not carry; kept whole so the invoice reads back exactly as it was issued. */
type FrozenData = Pick<
  Invoice,
  | 'recipient'
  | 'skonto'
  | 'treatment'
  | 'discountBp'
  | 'deductions'
  | 'cancels'
  | 'usageRights'
  | 'intro'
  | 'paymentTerms'
>;

/** The money cells as the sheet shows them, to notice a figure typed over by hand. */
export type ShownFigures = Record<'net' | 'vat' | 'gross' | 'deducted' | 'due', number | null>;

export interface InvoiceRow {
  invoice: Omit<Invoice, 'positions'>;
  shown: ShownFigures;
  row: number;
  problems: CellProblem[];
  /** The hidden data column could not be read back: the row was edited by hand. */
  unreadable: boolean;
}

const EMPTY_DATA: FrozenData = {
  recipient: { name: '', street: '', postcode: '', city: '', country: 'DE', vatId: '', kind: 'business' },
  skonto: null,
  treatment: 'regular',
  discountBp: 0,
  deductions: [],
  cancels: null,
  usageRights: null,
  intro: '',
  paymentTerms: '',
};

function parseData(text: string): FrozenData | null {
  try {
    const data = JSON.parse(text) as FrozenData;
    return data && typeof data === 'object' && data.recipient ? { ...EMPTY_DATA, ...data } : null;
  } catch {
    return null;
  }
}

export function readInvoiceRow(
  cells: readonly CellValue[],
  row: number,
  map: ColumnMap,
  timeZone: string,
): InvoiceRow {
  const r = new CellReader(cells, map, timeZone);
  const data = parseData(r.text('data'));
  const invoice: Omit<Invoice, 'positions'> = {
    ...(data ?? EMPTY_DATA),
    id: r.text('id'),
    number: r.text('number'),
    orderNo: r.text('orderNo'),
    type: r.choice<InvoiceType>('type', 'invoiceType', 'standard'),
    status: r.choice<InvoiceStatus>('status', 'invoiceStatus', 'draft'),
    basis: r.text('basis'),
    title: r.text('title'),
    issueDate: r.date('issueDate'),
    supply: { from: r.date('supplyFrom'), to: r.date('supplyTo') },
    dueDate: r.date('dueDate'),
    cancelledBy: r.text('cancelledBy'),
    paidCents: r.money('paid') ?? 0,
    skontoCents: r.money('skonto') ?? 0,
    lastDunning: lastDunning(r),
    docUrl: r.text('docUrl'),
    pdfUrl: r.text('pdfUrl'),
    pdfHash: r.text('pdfHash'),
    dataHash: r.text('dataHash'),
  };
  const shown: ShownFigures = {
    net: r.money('net'),
    vat: r.money('vat'),
    gross: r.money('gross'),
    deducted: r.money('deducted'),
    due: r.money('due'),
  };
  return { invoice, shown, row, problems: r.problems, unreadable: data === null };
}

/** The last letter as the invoice row shows it; a level without its dates reads as none. */
function lastDunning(r: CellReader): Invoice['lastDunning'] {
  const level = r.optionalChoice<DunningLevel>('dunningLevel', 'dunningLevel');
  const date = r.date('dunnedOn');
  const deadline = r.date('dunningDeadline');
  return level && date && deadline ? { level, date, deadline } : null;
}

function rateCell(figures: InvoiceFigures, rate: number, part: 'net' | 'vat'): CellOut {
  const found = figures.rates.find((r) => r.rate === rate);
  return found ? writeMoney(found[part]) : null;
}

export function invoiceCells(invoice: Invoice, figures: InvoiceFigures, lang: Lang): Record<string, CellOut> {
  const data: FrozenData = {
    recipient: invoice.recipient,
    skonto: invoice.skonto,
    treatment: invoice.treatment,
    discountBp: invoice.discountBp,
    deductions: invoice.deductions,
    cancels: invoice.cancels,
    usageRights: invoice.usageRights,
    intro: invoice.intro,
    paymentTerms: invoice.paymentTerms,
  };
  return {
    number: invoice.number,
    orderNo: invoice.orderNo,
    type: choiceLabel('invoiceType', invoice.type, lang),
    status: choiceLabel('invoiceStatus', invoice.status, lang),
    issueDate: writeDate(invoice.issueDate),
    supplyFrom: writeDate(invoice.supply.from),
    supplyTo: writeDate(invoice.supply.to),
    dueDate: writeDate(invoice.dueDate),
    net: writeMoney(figures.net),
    vat: writeMoney(figures.vat),
    gross: writeMoney(figures.gross),
    net19: rateCell(figures, 19, 'net'),
    vat19: rateCell(figures, 19, 'vat'),
    net7: rateCell(figures, 7, 'net'),
    vat7: rateCell(figures, 7, 'vat'),
    net0: rateCell(figures, 0, 'net'),
    deducted: writeMoney(figures.deducted),
    due: writeMoney(figures.due),
    paid: writeMoney(invoice.paidCents),
    ...settlementCells(invoice, figures, lang),
    title: invoice.title,
    basis: invoice.basis,
    cancels: invoice.cancels?.number ?? '',
    cancelledBy: invoice.cancelledBy,
    docUrl: invoice.docUrl,
    pdfUrl: invoice.pdfUrl,
    pdfHash: invoice.pdfHash,
    id: invoice.id,
    dataHash: invoice.dataHash,
    data: JSON.stringify(data),
  };
}

/** The cells a payment or a dunning letter changes: paid, Skonto, open and the last dunning step. */
export function settlementCells(
  invoice: Pick<Invoice, 'paidCents' | 'skontoCents' | 'lastDunning'>,
  figures: Pick<InvoiceFigures, 'open'>,
  lang: Lang,
): Record<string, CellOut> {
  const d = invoice.lastDunning;
  return {
    paid: writeMoney(invoice.paidCents),
    skonto: invoice.skontoCents ? writeMoney(invoice.skontoCents) : null,
    open: writeMoney(figures.open),
    dunningLevel: d ? choiceLabel('dunningLevel', d.level, lang) : '',
    dunnedOn: writeDate(d?.date ?? null),
    dunningDeadline: writeDate(d?.deadline ?? null),
  };
}
