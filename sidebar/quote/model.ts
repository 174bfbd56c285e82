// The draft as the editor holds it: new rows with fresh ids, rate-card picks, row moves, and the "unsaved" check.
import type { PositionFields, QuoteDraftFields, UsageRightsFields } from '../../src/domain/quote/draft';
import type { PositionKind } from '../../src/domain/quote/position';
import type { RateCardEntryDto } from '../../src/shared/quoteContract';

/** As in quoteContract's MAX_POSITIONS; importing it would pull zod into the dialog. */
export const MAX_ROWS = 200;

/** 'p' and eight base-36 characters, unique within the quote. */
export function newId(taken: readonly PositionFields[]): string {
  const ids = new Set(taken.map((p) => p.id));
  for (;;) {
    const id = `p${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}`;
    if (!ids.has(id)) return id;
  }
}

export function blankPosition(kind: PositionKind, taken: readonly PositionFields[]): PositionFields {
  return {
    id: newId(taken),
    kind,
    service: '',
    description: '',
    quantity: kind === 'item' ? '1' : '',
    unit: kind === 'item' ? 'hour' : '',
    unitPrice: '',
    vatRate: kind === 'item' ? '19' : '',
    discount: '',
    optional: false,
    unitCost: '',
  };
}

/** A row that becomes an item gets the defaults an item needs; its typed text stays. */
export function changeKind(p: PositionFields, kind: PositionKind): void {
  p.kind = kind;
  if (kind !== 'item') return;
  if (p.quantity.trim() === '') p.quantity = '1';
  if (p.unit === '') p.unit = 'hour';
  if (p.vatRate === '') p.vatRate = '19';
}

/**
 * Picking a service fills unit, prices and VAT rate; the description too while it is empty or
 * still the text of the service picked before (typed text is never overwritten).
 */
export function applyService(p: PositionFields, entry: RateCardEntryDto): void {
  const previous = p.service;
  p.service = entry.service;
  if (p.description.trim() === '' || p.description === previous) p.description = entry.service;
  p.unit = entry.unit;
  p.unitPrice = entry.unitPrice;
  p.unitCost = entry.unitCost;
  p.vatRate = String(entry.vatRate);
}

export function duplicate(p: PositionFields, taken: readonly PositionFields[]): PositionFields {
  return { ...p, id: newId(taken) };
}

/** Swaps the row at `index` with its neighbour; false when there is none. */
export function move<T>(list: T[], index: number, delta: -1 | 1): boolean {
  const other = index + delta;
  if (other < 0 || other >= list.length) return false;
  [list[index], list[other]] = [list[other], list[index]];
  return true;
}

export function defaultRights(): UsageRightsFields {
  return { kind: 'simple', media: '', territory: '', duration: '', onFullPayment: true };
}

export function cloneDraft(draft: QuoteDraftFields): QuoteDraftFields {
  return JSON.parse(JSON.stringify(draft)) as QuoteDraftFields;
}

export function snapshot(draft: QuoteDraftFields): string {
  return JSON.stringify(draft);
}
