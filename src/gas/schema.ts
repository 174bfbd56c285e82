// The register's tables: each sheet's columns with their stable keys, kinds, widths and choice lists.
import type { MessageKey } from '../shared/i18n';
import { DOCUMENT_TABLES } from './documentSchema';
import { INVOICE_TABLES } from './invoiceSchema';
import { PROJECT_TABLES } from './projectSchema';
import { RECEIVABLES_TABLES } from './receivablesSchema';
import { type ColumnDef, col, type TableDef, type TableKey } from './tableTypes';

export type { ChoiceList, ColumnDef, ColumnType, TableDef, TableKey } from './tableTypes';

export const TABLES: Record<TableKey, TableDef> = {
  ...DOCUMENT_TABLES,
  ...INVOICE_TABLES,
  ...RECEIVABLES_TABLES,
  ...PROJECT_TABLES,
  orders: {
    key: 'orders',
    sheet: 'sheet.orders',
    keyColumn: 'number',
    columns: [
      col('number', 'text', 90),
      col('createdOn', 'date', 90),
      col('client', 'text', 180),
      col('title', 'text', 220),
      col('stage', 'choice', 110, { choices: 'stage' }),
      col('nextStep', 'text', 170),
      col('daysInStage', 'formula', 70),
      col('stageSince', 'date', 90),
      col('expectedValue', 'money', 110),
      col('deadline', 'date', 90),
      col('source', 'choice', 110, { choices: 'source' }),
      col('description', 'longText', 260),
      col('owner', 'text', 160),
      col('reason', 'text', 180),
      col('stageBeforeHold', 'choice', 100, { choices: 'stage', hidden: true }),
      col('quote', 'text', 120),
      col('quoteTotal', 'money', 110),
      col('quoteDoc', 'link', 160),
      col('quotePdf', 'link', 160),
      col('confirmation', 'text', 110),
      col('confirmationDoc', 'link', 160),
      col('confirmationPdf', 'link', 160),
      col('invoiced', 'money', 110),
      col('paid', 'money', 110),
      col('open', 'money', 110),
      col('openDue', 'date', 110),
      col('dunningBlock', 'choice', 150, { choices: 'dunningBlock' }),
      col('kickoffOn', 'date', 90),
      col('acceptedOn', 'date', 90),
      col('handedOverOn', 'date', 90),
      col('handoverDoc', 'link', 160),
      col('hours', 'decimal', 80),
      col('budgetUsed', 'money', 110),
      col('budgetPct', 'percent', 80),
      col('progressPct', 'percent', 80),
      col('elapsedPct', 'percent', 80),
      col('deviations', 'text', 240),
      col('parentOrder', 'text', 100),
    ],
  },
  clients: {
    key: 'clients',
    sheet: 'sheet.clients',
    keyColumn: 'id',
    columns: [
      col('id', 'text', 80),
      col('name', 'text', 200),
      col('kind', 'choice', 110, { choices: 'kind' }),
      col('contactPerson', 'text', 160),
      col('email', 'text', 200),
      col('phone', 'text', 130),
      col('street', 'text', 180),
      col('postcode', 'text', 70),
      col('city', 'text', 130),
      col('country', 'text', 60),
      col('vatId', 'text', 120),
      col('createdOn', 'date', 90),
    ],
  },
  settings: {
    key: 'settings',
    sheet: 'sheet.settings',
    keyColumn: 'key',
    columns: [
      col('label', 'text', 240),
      col('value', 'text', 280),
      col('help', 'longText', 420),
      col('key', 'text', 140),
    ],
  },
  log: {
    key: 'log',
    sheet: 'sheet.log',
    keyColumn: 'id',
    columns: [
      col('at', 'datetime', 140),
      col('user', 'text', 180),
      col('action', 'choice', 150, { choices: 'logAction' }),
      col('orderNo', 'text', 90),
      col('oldValue', 'text', 200),
      col('newValue', 'text', 260),
      col('id', 'text', 90),
      col('hash', 'text', 120),
    ],
  },
};

export function columnDef(table: TableKey, key: string): ColumnDef {
  const def = TABLES[table].columns.find((c) => c.key === key);
  if (!def) throw new Error(`No column ${key} in ${table}`);
  return def;
}

export function columnLabelKey(table: TableKey, column: string): MessageKey {
  return `col.${table}.${column}` as MessageKey;
}
