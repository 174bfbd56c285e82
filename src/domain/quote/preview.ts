// Live figures for the quote editor: each position's net, subtotals and the totals, even while fields are bad.
import type { Lang, MessageKey } from '../../shared/i18n';
import type { Cents } from '../money';
import { type QuoteDraftFields, readQuoteDraft } from './draft';
import { positionNet } from './position';
import { computeTotals, subtotals, type Totals, type VatMode } from './totals';

export interface QuotePreview {
  /** Per position, in input order: its net (items), its section sum (subtotals), else null. */
  amounts: (Cents | null)[];
  totals: Totals;
  /** Field path -> message key, for the fields that do not parse. */
  errors: Record<string, MessageKey>;
}

export function previewQuote(
  input: QuoteDraftFields,
  lang: Lang,
  vatMode: VatMode,
  acceptedOptions: readonly string[] = [],
): QuotePreview {
  const { draft, errors } = readQuoteDraft(input, lang);
  const sums = subtotals(draft.positions, acceptedOptions);
  return {
    amounts: draft.positions.map((p) =>
      p.kind === 'item' ? positionNet(p) : p.kind === 'subtotal' ? (sums.get(p.id) ?? 0) : null,
    ),
    totals: computeTotals(draft.positions, { discountBp: draft.discountBp, vatMode, acceptedOptions }),
    errors: Object.fromEntries(errors.map((e) => [e.field ?? '', e.key])),
  };
}
