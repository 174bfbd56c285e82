// Open items in the sidebar: aging buckets and the most overdue invoices, as the sidebar's load brought them.
import { formatDate } from '../../src/domain/dates';
import { formatMoney } from '../../src/domain/money';
import type { OpenItemsDto } from '../../src/shared/receivablesContract';
import type { Ctx } from '../app';
import { button, el, replaceChildren, whileBusy } from '../dom';
import { call } from '../rpc';

export class OpenItemsView {
  readonly element = el('section', { class: 'view view-items' });

  constructor(
    private readonly ctx: Ctx,
    private readonly onCount: (overdue: number) => void,
  ) {
    this.render(ctx.data.openItems);
  }

  /** After a reload of the sidebar's state (which brings fresh open items). */
  refresh(): void {
    this.render(this.ctx.data.openItems);
  }

  render(data: OpenItemsDto): void {
    const { tr, lang } = this.ctx;
    const money = (cents: number) => formatMoney(cents, lang);
    const overdue = data.items.filter((i) => i.daysOverdue > 0);
    this.onCount(overdue.length);
    const open = (tab: 'items' | 'import') => (b: HTMLButtonElement) =>
      void whileBusy(b, () => call('sidebarOpenReceivables', { invoiceId: '', tab })).catch((reason) =>
        this.ctx.fail(reason),
      );
    replaceChildren(
      this.element,
      el('h2', { class: 'panel-title' }, `${tr('ui.items.title')} · ${money(data.totalCents)}`),
      data.problem
        ? el('p', { class: 'banner banner-warning', attrs: { role: 'status' } }, data.problem)
        : null,
      el(
        'ul',
        { class: 'aging' },
        ...data.buckets.map((b) =>
          el(
            'li',
            { class: b.bucket === 'notDue' ? '' : 'late' },
            el('span', {}, `${b.label} (${b.count})`),
            el('strong', {}, money(b.openCents)),
          ),
        ),
      ),
      data.items.length === 0
        ? el('p', { class: 'muted' }, tr('ui.items.none'))
        : el(
            'ul',
            { class: 'items-list' },
            ...data.items.map((i) =>
              el(
                'li',
                { class: i.daysOverdue > 0 ? 'is-overdue' : '' },
                el(
                  'div',
                  { class: 'quote-topline' },
                  el('span', { class: 'quote-no' }, i.number),
                  el('strong', {}, money(i.openCents)),
                ),
                el('div', { class: 'muted small' }, i.client),
                el(
                  'div',
                  { class: 'small' },
                  i.daysOverdue > 0
                    ? tr('ui.items.days', { days: i.daysOverdue })
                    : i.dueDate
                      ? tr('ui.invoice.due', { date: formatDate(i.dueDate, lang) })
                      : '',
                  i.lastLevel ? ` · ${i.lastLevel}` : '',
                  i.blockLabel ? ` · ${i.blockLabel}` : '',
                ),
              ),
            ),
          ),
      el(
        'div',
        { class: 'actions' },
        button(tr('ui.items.all'), 'primary', open('items')),
        button(tr('ui.items.import'), 'secondary', open('import')),
      ),
      this.followUps(),
      this.digestToggle(),
    );
  }

  /** After-care follow-ups due within a week or overdue; each opens the project dialog at its after-care tab. */
  private followUps(): HTMLElement | null {
    const { tr, lang } = this.ctx;
    const due = this.ctx.data.followUps ?? [];
    if (due.length === 0) return null;
    return el(
      'section',
      { class: 'follow-ups' },
      el('h3', { class: 'section-label' }, tr('ui.items.followUps', { n: due.length })),
      el(
        'ul',
        { class: 'items-list' },
        ...due.map((f) =>
          el(
            'li',
            { class: f.overdue ? 'is-overdue' : '' },
            button(`${f.orderNo} · ${f.client}`, 'text', (b) => {
              whileBusy(b, () => call('sidebarOpenProject', { orderNo: f.orderNo, tab: 'aftercare' })).catch(
                (r) => this.ctx.fail(r),
              );
            }),
            el(
              'div',
              { class: 'small' },
              `${tr('ui.invoice.due', { date: formatDate(f.due, lang) })} · ${f.label}`,
            ),
          ),
        ),
      ),
    );
  }

  /** The user's own daily e-mail about invoices that fell overdue: a trigger, switched here. */
  private digestToggle(): HTMLElement {
    const { tr } = this.ctx;
    const box = el('input', { attrs: { type: 'checkbox', id: 'digest-toggle' } });
    box.checked = this.ctx.data.digest;
    box.addEventListener('change', () => {
      const wanted = box.checked;
      box.disabled = true;
      call('digestSet', { enabled: wanted })
        .then((r) => {
          this.ctx.data.digest = r.enabled;
          this.ctx.notify({ kind: 'success', text: r.message });
        })
        .catch((reason) => {
          box.checked = !wanted;
          this.ctx.fail(reason);
        })
        .finally(() => {
          box.disabled = false;
        });
    });
    return el(
      'label',
      { class: 'check digest', attrs: { for: 'digest-toggle' } },
      box,
      ` ${tr('ui.items.digest')}`,
    );
  }
}
