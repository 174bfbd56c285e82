// List view: open orders grouped by stage, searchable; a click selects the order's row in the sheet.
import { formatDate } from '../../src/domain/dates';
import { STAGES, type StageKey } from '../../src/domain/stages';
import type { OrderSummaryDto } from '../../src/shared/contract';
import type { Ctx } from '../app';
import { button, el, replaceChildren, uid, whileBusy } from '../dom';
import { daysText, stageLabel } from '../labels';
import { call } from '../rpc';
import { matches } from '../search';

export class ListView {
  readonly element = el('section', { class: 'view view-list' });
  private readonly search: HTMLInputElement;
  private readonly summary = el('p', { class: 'list-summary muted', attrs: { 'aria-live': 'polite' } });
  private readonly results = el('div', { class: 'list-results' });

  constructor(private readonly ctx: Ctx) {
    const { tr } = ctx;
    const id = uid('search');
    this.search = el('input', {
      class: 'input search-input',
      attrs: { id, type: 'search', autocomplete: 'off', placeholder: tr('ui.list.searchPlaceholder') },
      on: { input: () => this.refresh() },
    });
    const toolbar = el(
      'div',
      { class: 'list-toolbar' },
      el('label', { class: 'visually-hidden', attrs: { for: id } }, tr('ui.list.search')),
      this.search,
      this.refreshButton(),
    );
    this.element.append(toolbar, this.summary, this.results);
    this.refresh();
  }

  /** An icon keeps the search field wide; the label is there for screen readers and as a tooltip. */
  private refreshButton(): HTMLButtonElement {
    const { ctx } = this;
    const { tr } = ctx;
    const b = button('↻', 'text', (btn) => void ctx.reload(btn));
    b.classList.add('btn-icon');
    b.setAttribute('aria-label', tr('ui.list.reload'));
    b.title = tr('ui.list.reload');
    return b;
  }

  shown(): void {
    this.refresh();
  }

  refresh(): void {
    const { tr, data } = this.ctx;
    const query = this.search.value.trim();
    const all = data.openOrders;
    const hits = query ? all.filter((o) => matches(query, [o.number, o.client, o.title])) : all;
    if (query) this.summary.textContent = tr('ui.list.hits', { count: hits.length, query });
    else if (data.openOrderCount > all.length)
      this.summary.textContent = tr('ui.list.capped', { shown: all.length, total: data.openOrderCount });
    else
      this.summary.textContent = tr(all.length === 1 ? 'ui.list.countOne' : 'ui.list.count', {
        count: all.length,
      });

    if (hits.length === 0) {
      replaceChildren(
        this.results,
        el('p', { class: 'empty-list muted' }, tr(query ? 'ui.list.noHits' : 'ui.list.empty')),
      );
      return;
    }
    const groups = new Map<StageKey, OrderSummaryDto[]>();
    for (const o of hits) {
      const group = groups.get(o.stage) ?? [];
      group.push(o);
      groups.set(o.stage, group);
    }
    const sections: HTMLElement[] = [];
    for (const stage of STAGES) {
      const orders = groups.get(stage);
      if (!orders) continue;
      const headId = uid('group');
      sections.push(
        el(
          'section',
          { class: 'group', attrs: { 'aria-labelledby': headId } },
          el(
            'h3',
            { class: 'group-head', attrs: { id: headId } },
            el('span', { class: `dot stage-${stage}`, attrs: { 'aria-hidden': 'true' } }),
            el('span', { class: 'group-name' }, stageLabel(tr, stage)),
            el('span', { class: 'group-count' }, orders.length),
          ),
          el('ul', { class: 'order-list' }, ...orders.map((o) => el('li', {}, this.item(o)))),
        ),
      );
    }
    replaceChildren(this.results, ...sections);
  }

  private item(o: OrderSummaryDto): HTMLButtonElement {
    const { tr, lang, data } = this.ctx;
    const overdue = o.deadline !== null && o.deadline < data.today;
    const meta = [
      el('span', { class: 'item-no' }, o.number),
      el('span', { class: 'item-days' }, daysText(tr, o.daysInStage)),
      o.deadline
        ? el(
            'span',
            { class: overdue ? 'item-deadline overdue' : 'item-deadline' },
            tr(overdue ? 'ui.list.overdue' : 'ui.list.due', { date: formatDate(o.deadline, lang) }),
          )
        : null,
    ];
    const b = el(
      'button',
      { class: 'order-item', attrs: { type: 'button', 'data-order': o.number } },
      el('span', { class: 'item-meta' }, ...meta),
      el('span', { class: 'item-client' }, o.client),
      el('span', { class: 'item-title' }, o.title),
    );
    b.addEventListener('click', () => void this.select(o, b));
    return b;
  }

  private async select(o: OrderSummaryDto, b: HTMLButtonElement): Promise<void> {
    this.ctx.notify(null);
    try {
      const order = await whileBusy(b, () => call('sidebarSelectOrder', { orderNo: o.number }));
      this.ctx.showOrder(order);
      this.ctx.notify(null);
    } catch (reason) {
      this.ctx.fail(reason, () => void this.select(o, b));
    }
  }
}
