// The shape of a register table: column keys, kinds, widths and choice lists, and a helper to declare columns.
import type { MessageKey } from '../shared/i18n';

export type ColumnType =
  | 'text'
  | 'longText'
  | 'date'
  | 'datetime'
  | 'money'
  | 'int'
  | 'decimal'
  | 'price'
  | 'percent'
  | 'boolean'
  | 'link'
  | 'choice'
  | 'formula';
export type ChoiceList =
  | 'stage'
  | 'source'
  | 'kind'
  | 'logAction'
  | 'quoteStatus'
  | 'positionKind'
  | 'unit'
  | 'vatRate'
  | 'invoiceType'
  | 'invoiceStatus'
  | 'dunningLevel'
  | 'dunningBlock'
  | 'paymentMethod'
  | 'settlement'
  | 'meetingKind'
  | 'jourFixeInterval'
  | 'actionKind'
  | 'actionStatus'
  | 'acceptanceResult'
  | 'followUpKind';

export interface ColumnDef {
  key: string;
  type: ColumnType;
  width: number;
  choices?: ChoiceList;
  /** Kept for the add-on's bookkeeping; hidden on setup so it does not clutter the register. */
  hidden?: boolean;
}

export interface TableDef {
  key: TableKey;
  sheet: MessageKey;
  /** The column whose value identifies a row (order number, client id, setting key, log id). */
  keyColumn: string;
  columns: readonly ColumnDef[];
}

export type TableKey =
  | 'orders'
  | 'clients'
  | 'settings'
  | 'log'
  | 'quotes'
  | 'positions'
  | 'confirmations'
  | 'milestones'
  | 'rateCard'
  | 'invoices'
  | 'payments'
  | 'dunning'
  | 'meetings'
  | 'actionItems'
  | 'time'
  | 'acceptances'
  | 'followUps';

export const col = (
  key: string,
  type: ColumnType,
  width: number,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({
  key,
  type,
  width,
  ...extra,
});
