// Action items from minutes and rework: what is open, what the next minutes carry over, new rows as typed.
import { type IsoDate, parseDateInput } from '../dates';
import { DomainError, DomainErrors } from '../errors';
import type { ActionItem } from './types';

export const MAX_ITEM_TEXT = 500;
export const MAX_OWNER = 200;
export const MAX_NEW_ITEMS = 50;

/** Handover checklist rows are items too, but they belong to the handover, not to the minutes. */
function isTask(item: ActionItem): boolean {
  return item.kind === 'action' || item.kind === 'rework';
}

/** The order's open action and rework items, the most pressing first; items without a due date last. */
export function openItems(items: readonly ActionItem[], orderNo: string): ActionItem[] {
  return items
    .filter((i) => i.orderNo === orderNo && isTask(i) && i.status === 'open')
    .sort((a, b) =>
      a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1,
    );
}

/**
 * What the next minutes list: every open item of the order except those closed in this meeting.
 * An id that is not open here is refused, so a stale form cannot close someone else's item twice.
 */
export function carryOver(
  items: readonly ActionItem[],
  orderNo: string,
  closeIds: readonly string[],
  today: IsoDate,
): { carried: ActionItem[]; closed: { before: ActionItem; after: ActionItem }[] } {
  const open = openItems(items, orderNo);
  const closing = new Set(closeIds);
  for (const id of closing) {
    if (!open.some((i) => i.id === id)) throw new DomainError('err.project.unknownItem', { id });
  }
  return {
    carried: open.filter((i) => !closing.has(i.id)),
    closed: open
      .filter((i) => closing.has(i.id))
      .map((before) => ({ before, after: { ...before, status: 'done' as const, doneOn: today } })),
  };
}

export interface NewItemFields {
  text: string;
  owner: string;
  due: string;
}

/** New items as typed in the minutes form; empty rows are the form's spare lines and are skipped. */
export function parseNewItems(
  rows: readonly NewItemFields[],
  today: IsoDate,
): { text: string; owner: string; due: IsoDate | null }[] {
  const errors: DomainError[] = [];
  const parsed: { text: string; owner: string; due: IsoDate | null }[] = [];
  rows.forEach((row, i) => {
    const text = row.text.trim();
    const owner = row.owner.trim();
    const dueText = row.due.trim();
    if (text === '' && owner === '' && dueText === '') return;
    if (text === '') errors.push(new DomainError('err.required', {}, `items.${i}.text`));
    else if (text.length > MAX_ITEM_TEXT) {
      errors.push(new DomainError('err.tooLong', { max: MAX_ITEM_TEXT }, `items.${i}.text`));
    }
    if (owner.length > MAX_OWNER)
      errors.push(new DomainError('err.tooLong', { max: MAX_OWNER }, `items.${i}.owner`));
    const due = dueText === '' ? null : parseDateInput(dueText);
    if (dueText !== '' && !due) errors.push(new DomainError('err.invalidDate', {}, `items.${i}.due`));
    else if (due && due < today) errors.push(new DomainError('err.project.pastDate', {}, `items.${i}.due`));
    parsed.push({ text, owner, due });
  });
  if (parsed.length > MAX_NEW_ITEMS) {
    errors.unshift(new DomainError('err.project.tooManyItems', { max: MAX_NEW_ITEMS }, 'items'));
  }
  if (errors.length > 0) throw new DomainErrors(errors);
  return parsed;
}

export function isOverdue(item: ActionItem, today: IsoDate): boolean {
  return item.status === 'open' && item.due !== null && item.due < today;
}
