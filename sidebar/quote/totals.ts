// The totals as the document will show them (per VAT rate, discount, gross, options aside) and the internal figures.
import { divRound, formatScaled } from '../../src/domain/decimal';
import { formatMoney } from '../../src/domain/money';
import type { Totals, VatMode } from '../../src/domain/quote/totals';
import type { Lang } from '../../src/shared/i18n';
import { el, replaceChildren } from '../dom';
import type { Tr } from '../labels';

/** A label and its figure: cents, a ready text, or nothing (a note). */
type Line = [label: string, value: number | string | null, cls?: string];

export class TotalsBox {
  readonly element: HTMLElement;
  private readonly list = el('dl', { class: 'totals-list' });
  private readonly internal = el('dl', { class: 'totals-list internal-list' });

  constructor(
    private readonly tr: Tr,
    private readonly lang: Lang,
    private readonly vatMode: VatMode,
    consumer: boolean,
  ) {
    this.element = el(
      'div',
      { class: 'totals-col' },
      el(
        'section',
        { class: 'totals', attrs: { 'aria-labelledby': 'totals-h', 'aria-live': 'polite' } },
        el('h2', { class: 'section-title', attrs: { id: 'totals-h' } }, tr('ui.quote.totals')),
        this.list,
        consumer ? el('p', { class: 'muted small' }, tr('ui.quote.consumer')) : null,
      ),
      el(
        'section',
        { class: 'internal', attrs: { 'aria-labelledby': 'internal-h' } },
        el('h2', { class: 'internal-title', attrs: { id: 'internal-h' } }, tr('ui.quote.internal')),
        this.internal,
      ),
    );
  }

  private money(cents: number): string {
    return formatMoney(cents, this.lang);
  }

  render(t: Totals, discountBp: number): void {
    const { tr } = this;
    const percent = formatScaled(discountBp, 2, this.lang, 0);
    const lines: Line[] = t.rates.map((r) => [tr('ui.quote.netAt', { rate: r.rate }), r.net, 'rate-net']);
    if (t.rates.length !== 1) lines.push([tr('ui.quote.netTotal'), t.net, 'sum']);
    if (t.discount !== 0) {
      for (const r of t.rates)
        lines.push([tr('ui.quote.discountAt', { percent, rate: r.rate }), -r.discount, 'rate-discount']);
      lines.push([tr('ui.quote.netAfter'), t.netAfterDiscount, 'sum']);
    }
    if (this.vatMode === 'smallBusiness') lines.push([tr('ui.quote.noVat'), null, 'note']);
    else
      for (const r of t.rates)
        lines.push([
          tr('ui.quote.vatAt', { rate: r.rate, base: this.money(r.netAfterDiscount) }),
          r.vat,
          'rate-vat',
        ]);
    lines.push([tr('ui.quote.grossTotal'), t.gross, 'gross']);
    if (t.optionalNet !== 0) lines.push([tr('ui.quote.optionalSum'), t.optionalNet, 'optional']);
    this.fill(this.list, lines);

    const margin =
      t.netAfterDiscount > 0
        ? `${this.money(t.margin)} (${formatScaled(divRound(t.margin * 1000, t.netAfterDiscount), 1, this.lang)} %)`
        : this.money(t.margin);
    this.fill(this.internal, [
      [tr('ui.quote.estCost'), t.cost, 'cost'],
      [tr('ui.quote.margin'), margin, 'margin'],
    ]);
  }

  private fill(list: HTMLElement, lines: Line[]): void {
    replaceChildren(
      list,
      ...lines.map(([label, value, cls]) =>
        el(
          'div',
          { class: `line ${cls ?? ''}` },
          el('dt', {}, label),
          el('dd', { class: 'num' }, typeof value === 'number' ? this.money(value) : value),
        ),
      ),
    );
  }
}
