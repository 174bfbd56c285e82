// The change summary of a new quote version, in the register's language: what was added, removed, changed.
import { formatScaled } from '../domain/decimal';
import { formatMoney } from '../domain/money';
import { PRICE_DECIMALS, QUANTITY_DECIMALS } from '../domain/quote/position';
import type { Revision } from '../domain/quote/revision';
import { type Lang, t } from '../shared/i18n';

export function revisionText(r: Revision, lang: Lang): string {
  const parts: string[] = [];
  const names = (list: { description: string }[]) => list.map((p) => p.description).join(', ');
  if (r.added.length) parts.push(t(lang, 'revision.added', { count: r.added.length, items: names(r.added) }));
  if (r.removed.length)
    parts.push(t(lang, 'revision.removed', { count: r.removed.length, items: names(r.removed) }));
  for (const c of r.changed) {
    if (c.quantity) {
      const [before, after] = [c.quantity.before, c.quantity.after].map((q) =>
        formatScaled(q, QUANTITY_DECIMALS, lang, 0),
      );
      parts.push(t(lang, 'revision.quantity', { item: c.description, before, after }));
    }
    if (c.unitPrice) {
      const [before, after] = [c.unitPrice.before, c.unitPrice.after].map((p) =>
        formatScaled(p, PRICE_DECIMALS, lang, 2),
      );
      parts.push(t(lang, 'revision.price', { item: c.description, before, after }));
    }
    if (!c.quantity && !c.unitPrice && c.other)
      parts.push(t(lang, 'revision.other', { item: c.description }));
  }
  parts.push(
    t(lang, 'revision.total', {
      before: formatMoney(r.grossBefore, lang),
      after: formatMoney(r.grossAfter, lang),
    }),
  );
  return parts.join('; ');
}
