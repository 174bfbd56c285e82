// Finds an order by number the way people type it (case and surrounding spaces ignored).
import { DomainError } from '../domain/errors';
import { normalizeNumber } from '../domain/numbering';
import type { OrderRecord } from './ports';

export function findOrder(records: readonly OrderRecord[], orderNo: string): OrderRecord {
  const wanted = normalizeNumber(orderNo);
  const record = records.find((r) => normalizeNumber(r.order.number) === wanted);
  if (!record) throw new DomainError('err.unknownOrder', { orderNo });
  return record;
}

/** An order whose row holds unreadable cells is not acted on until the row is fixed. */
export function findSoundOrder(records: readonly OrderRecord[], orderNo: string): OrderRecord {
  const record = findOrder(records, orderNo);
  const problem = record.problems[0];
  if (problem) {
    throw new DomainError('err.badCell', {
      sheet: { ref: 'sheet.orders' },
      row: record.row,
      column: { ref: `col.orders.${problem.column}` as 'col.orders.number' },
      value: problem.value,
    });
  }
  return record;
}
