// The sidebar's copy of the register: keeping the open-orders list in step with what the user just did.
import { isOpenStage, STAGES } from '../src/domain/stages';
import type { OrderDto, OrderSummaryDto, SidebarStateDto } from '../src/shared/contract';

export function summaryOf(order: OrderDto): OrderSummaryDto {
  return {
    number: order.number,
    client: order.client,
    title: order.title,
    stage: order.stage,
    daysInStage: order.daysInStage,
    deadline: order.deadline,
  };
}

/** The server's order: lifecycle order of stages, the longest-waiting first within a stage. */
export function byStage(a: OrderSummaryDto, b: OrderSummaryDto): number {
  return STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || b.daysInStage - a.daysInStage;
}

/**
 * Puts an order the server just returned into the open-orders list (or takes it out when it
 * reached a final stage), so the list is right without loading everything again.
 */
export function applyOrder(state: SidebarStateDto, order: OrderDto): void {
  const index = state.openOrders.findIndex((o) => o.number === order.number);
  const open = isOpenStage(order.stage);
  if (index >= 0) {
    if (open) state.openOrders[index] = summaryOf(order);
    else {
      state.openOrders.splice(index, 1);
      state.openOrderCount = Math.max(0, state.openOrderCount - 1);
    }
  } else if (open) {
    state.openOrders.push(summaryOf(order));
    state.openOrderCount += 1;
  }
  state.openOrders.sort(byStage);
}
