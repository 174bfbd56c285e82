// The receivables sheets: Payments (one row per payment booked on an invoice) and Dunning (one row per letter).
import { col, type TableDef } from './tableTypes';

export const RECEIVABLES_TABLES = {
  payments: {
    key: 'payments',
    sheet: 'sheet.payments',
    keyColumn: 'id',
    columns: [
      col('date', 'date', 90),
      col('invoiceNumber', 'text', 120),
      col('orderNo', 'text', 90),
      col('payer', 'text', 200),
      col('amount', 'money', 110),
      col('skonto', 'money', 100),
      col('method', 'choice', 120, { choices: 'paymentMethod' }),
      col('settlement', 'choice', 140, { choices: 'settlement' }),
      col('note', 'text', 260),
      col('source', 'text', 160),
      col('recordedAt', 'datetime', 140),
      col('id', 'text', 110, { hidden: true }),
      col('invoiceId', 'text', 110, { hidden: true }),
    ],
  },
  dunning: {
    key: 'dunning',
    sheet: 'sheet.dunning',
    keyColumn: 'id',
    columns: [
      col('date', 'date', 90),
      col('invoiceNumber', 'text', 120),
      col('orderNo', 'text', 90),
      col('level', 'choice', 150, { choices: 'dunningLevel' }),
      col('deadline', 'date', 90),
      col('open', 'money', 110),
      col('interest', 'money', 100),
      col('fee', 'money', 100),
      col('lumpSum', 'money', 110),
      col('total', 'money', 110),
      col('sentTo', 'text', 200),
      col('docUrl', 'link', 160),
      col('pdfUrl', 'link', 160),
      col('id', 'text', 110, { hidden: true }),
      col('invoiceId', 'text', 110, { hidden: true }),
    ],
  },
} as const satisfies Record<string, TableDef>;
