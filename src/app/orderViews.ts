// Use cases "Show order": the order under the user's cursor, or one picked from the list (and selected in the sheet).
import type { OrderDto, OrderRef } from '../shared/contract';
import { findOrder } from './findOrder';
import type { Environment, Register, Workbook } from './ports';
import { orderView } from './views';

export function activeOrder(register: Register, env: Environment): OrderDto | null {
  return register.read((reader) => {
    if (!reader.isSetUp()) return null;
    const row = reader.activeOrderRow();
    const record = row === null ? undefined : reader.orders().find((r) => r.row === row);
    return record ? orderView(reader, record, env.today()) : null;
  });
}

export function selectOrder(
  register: Register,
  env: Environment,
  workbook: Workbook,
  ref: OrderRef,
): OrderDto {
  return register.read((reader) => {
    const record = findOrder(reader.orders(), ref.orderNo);
    workbook.selectOrderRow(record.row);
    return orderView(reader, record, env.today());
  });
}
