// The handover: its checklist kept as action items with fixed ids, and what must hold before handing over.
import { DomainError } from '../errors';
import { latestAcceptance } from './acceptance';
import { type Acceptance, type ActionItem, HANDOVER_ITEMS, type HandoverItem } from './types';

/** A fixed id per order and item, so ticking an item twice updates one row instead of adding another. */
export function handoverItemId(orderNo: string, item: HandoverItem): string {
  return `${orderNo}-H-${item}`;
}

export function handoverItemOf(id: string): HandoverItem | null {
  const m = /-H-(\w+)$/.exec(id);
  return m && (HANDOVER_ITEMS as readonly string[]).includes(m[1]) ? (m[1] as HandoverItem) : null;
}

/** Every checklist item in the document's order; an item without a row is not done yet. */
export function checklist(
  items: readonly ActionItem[],
  orderNo: string,
): { item: HandoverItem; done: boolean; id: string }[] {
  return HANDOVER_ITEMS.map((item) => {
    const id = handoverItemId(orderNo, item);
    const row = items.find((i) => i.id === id && i.orderNo === orderNo);
    return { item, done: row?.status === 'done', id };
  });
}

/** Handed over only what the client accepted in the latest round, with the checklist complete. */
export function assertHandoverReady(p: {
  acceptances: readonly Acceptance[];
  items: readonly ActionItem[];
  orderNo: string;
}): void {
  if (latestAcceptance(p.acceptances, p.orderNo)?.result !== 'accepted') {
    throw new DomainError('err.project.notAccepted');
  }
  const open = checklist(p.items, p.orderNo).filter((c) => !c.done).length;
  if (open > 0) throw new DomainError('err.project.checklistOpen', { items: open });
}
