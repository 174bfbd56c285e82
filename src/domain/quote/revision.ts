// What changed between two quote versions: positions added or removed, quantity or price changed, totals.
import type { Cents } from '../money';
import type { Position } from './position';

export interface PositionChange {
  id: string;
  description: string;
  quantity?: { before: number; after: number };
  unitPrice?: { before: number; after: number };
  /** Description, VAT rate, discount, optional flag or unit changed. */
  other: boolean;
}

export interface Revision {
  added: Position[];
  removed: Position[];
  changed: PositionChange[];
  grossBefore: Cents;
  grossAfter: Cents;
}

export function compareVersions(
  before: readonly Position[],
  after: readonly Position[],
  grossBefore: Cents,
  grossAfter: Cents,
): Revision {
  const old = new Map(before.map((p) => [p.id, p]));
  const now = new Set(after.map((p) => p.id));
  const changed: PositionChange[] = [];
  const added: Position[] = [];
  for (const p of after) {
    const prior = old.get(p.id);
    if (!prior) {
      added.push(p);
      continue;
    }
    const change: PositionChange = { id: p.id, description: p.description, other: false };
    if (prior.quantity !== p.quantity) change.quantity = { before: prior.quantity, after: p.quantity };
    if (prior.unitPrice !== p.unitPrice) change.unitPrice = { before: prior.unitPrice, after: p.unitPrice };
    change.other =
      prior.description !== p.description ||
      prior.vatRate !== p.vatRate ||
      prior.discountBp !== p.discountBp ||
      prior.optional !== p.optional ||
      prior.unit !== p.unit ||
      prior.kind !== p.kind;
    if (change.quantity || change.unitPrice || change.other) changed.push(change);
  }
  const removed = before.filter((p) => !now.has(p.id));
  return { added, removed, changed, grossBefore, grossAfter };
}

export function isUnchanged(r: Revision): boolean {
  return (
    r.added.length === 0 && r.removed.length === 0 && r.changed.length === 0 && r.grossBefore === r.grossAfter
  );
}
