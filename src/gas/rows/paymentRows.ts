// Payments and Dunning sheet rows <-> Payment and DunningRecord.
import type { DunningLevel } from '../../domain/dunning/levels';
import type { DunningRecord } from '../../domain/dunningRecord';
import type { Payment, PaymentMethod } from '../../domain/receivables/payment';
import type { SettlementStatus } from '../../domain/receivables/settlement';
import type { Lang } from '../../shared/i18n';
import { type CellOut, type CellValue, writeDate, writeMoney } from '../cells';
import type { ColumnMap } from '../columns';
import { CellReader } from './cellReader';
import { choiceLabel } from './choices';

export function paymentCells(
  payment: Payment,
  settlement: SettlementStatus,
  lang: Lang,
): Record<string, CellOut> {
  return {
    date: writeDate(payment.date),
    invoiceNumber: payment.invoiceNumber,
    orderNo: payment.orderNo,
    payer: payment.payer,
    amount: writeMoney(payment.amountCents),
    skonto: payment.skontoCents ? writeMoney(payment.skontoCents) : null,
    method: choiceLabel('paymentMethod', payment.method, lang),
    settlement: choiceLabel('settlement', settlement, lang),
    note: payment.note,
    source: payment.source,
    recordedAt: payment.recordedAt ? new Date(payment.recordedAt) : null,
    id: payment.id,
    invoiceId: payment.invoiceId,
  };
}

export function readPaymentRow(cells: readonly CellValue[], map: ColumnMap, timeZone: string): Payment {
  const r = new CellReader(cells, map, timeZone);
  return {
    id: r.text('id'),
    invoiceId: r.text('invoiceId'),
    invoiceNumber: r.text('invoiceNumber'),
    orderNo: r.text('orderNo'),
    date: r.date('date') ?? '',
    amountCents: r.money('amount') ?? 0,
    skontoCents: r.money('skonto') ?? 0,
    method: r.choice<PaymentMethod>('method', 'paymentMethod', 'other'),
    payer: r.text('payer'),
    note: r.text('note'),
    source: r.text('source'),
    recordedAt: r.text('recordedAt'),
  };
}

export function dunningCells(record: DunningRecord, lang: Lang): Record<string, CellOut> {
  return {
    date: writeDate(record.date),
    invoiceNumber: record.invoiceNumber,
    orderNo: record.orderNo,
    level: choiceLabel('dunningLevel', record.level, lang),
    deadline: writeDate(record.deadline),
    open: writeMoney(record.openCents),
    interest: writeMoney(record.interestCents),
    fee: writeMoney(record.feeCents),
    lumpSum: writeMoney(record.lumpSumCents),
    total: writeMoney(record.totalCents),
    sentTo: record.sentTo,
    docUrl: record.docUrl,
    pdfUrl: record.pdfUrl,
    id: record.id,
    invoiceId: record.invoiceId,
  };
}

export function readDunningRow(cells: readonly CellValue[], map: ColumnMap, timeZone: string): DunningRecord {
  const r = new CellReader(cells, map, timeZone);
  return {
    id: r.text('id'),
    invoiceId: r.text('invoiceId'),
    invoiceNumber: r.text('invoiceNumber'),
    orderNo: r.text('orderNo'),
    level: r.choice<DunningLevel>('level', 'dunningLevel', 'reminder'),
    date: r.date('date') ?? '',
    deadline: r.date('deadline') ?? '',
    openCents: r.money('open') ?? 0,
    interestCents: r.money('interest') ?? 0,
    feeCents: r.money('fee') ?? 0,
    lumpSumCents: r.money('lumpSum') ?? 0,
    totalCents: r.money('total') ?? 0,
    sentTo: r.text('sentTo'),
    docUrl: r.text('docUrl'),
    pdfUrl: r.text('pdfUrl'),
  };
}
