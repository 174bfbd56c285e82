// Open items: aging buckets, every unpaid invoice with its dunning state, and per row a payment or dunning panel.
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '../../src/domain/receivables/payment';
import type { OpenItemDto, OpenItemsDto } from '../../src/shared/receivablesContract';
import { button, el, loadingBlock, replaceChildren } from '../dom';
import { field, input, select } from '../forms';
import { call } from '../rpc';
import type { RcvCtx } from './app';
import { dunningPanel } from './dunningPanel';

export class ItemsTab {
  readonly element = el('section', { class: 'rcv-items' });
  private data: OpenItemsDto | null = null;

  constructor(
    private readonly ctx: RcvCtx,
    private focusInvoice: string,
  ) {}

  shown(): void {
    if (!this.data) void this.reload();
  }

  async reload(): Promise<void> {
    replaceChildren(this.element, loadingBlock('…'));
    try {
      this.render(await call('receivablesLoad'));
    } catch (reason) {
      this.ctx.fail(reason);
    }
  }

  render(data: OpenItemsDto): void {
    this.data = data;
    const { tr, money } = this.ctx;
    const buckets = el(
      'div',
      { class: 'rcv-buckets' },
      el('div', { class: 'rcv-bucket' }, tr('ui.rcv.total'), el('strong', {}, money(data.totalCents))),
      ...data.buckets.map((b) =>
        el(
          'div',
          { class: `rcv-bucket ${b.bucket === 'notDue' ? '' : 'late'}` },
          `${b.label} (${b.count})`,
          el('strong', {}, money(b.openCents)),
        ),
      ),
    );
    if (data.items.length === 0) {
      replaceChildren(this.element, buckets, el('p', { class: 'muted' }, tr('ui.rcv.none')));
      return;
    }
    const head = el(
      'tr',
      {},
      ...(['invoice', 'client', 'due', 'days', 'open', 'dunning', 'next'] as const).map((c) =>
        el('th', { class: c === 'open' || c === 'days' ? 'num' : '' }, tr(`ui.rcv.col.${c}`)),
      ),
      el('th', {}, ''),
    );
    const body = el('tbody', {});
    for (const item of data.items) body.append(...this.row(item, data.today));
    replaceChildren(this.element, buckets, el('table', { class: 'rcv-table' }, el('thead', {}, head), body));
    if (this.focusInvoice) {
      const item = data.items.find((i) => i.invoiceId === this.focusInvoice);
      this.focusInvoice = '';
      if (item) this.element.querySelector<HTMLButtonElement>(`[data-pay="${item.invoiceId}"]`)?.click();
    }
  }

  private row(item: OpenItemDto, today: string): HTMLElement[] {
    const { tr, money, date } = this.ctx;
    const soon =
      item.daysOverdue === 0 &&
      item.dueDate !== null &&
      item.dueDate >= today &&
      daysTo(today, item.dueDate) <= 7;
    const panelRow = el('tr', { attrs: { hidden: true } });
    const panelCell = el('td', { attrs: { colspan: 8 } });
    panelRow.appendChild(panelCell);
    const open = (content: HTMLElement) => {
      replaceChildren(panelCell, content);
      panelRow.hidden = false;
    };
    const close = () => {
      panelRow.hidden = true;
    };
    const pay = button(tr('ui.rcv.pay'), 'secondary', () => open(this.paymentForm(item, close)));
    pay.dataset.pay = item.invoiceId;
    const dun = button(tr('ui.rcv.dun'), 'secondary', () =>
      open(dunningPanel(this.ctx, item, close, (d) => this.render(d))),
    );
    const blockChoices = [
      { value: '', label: tr('ui.rcv.noBlock') },
      ...(['dispute', 'acceptanceOpen', 'callFirst'] as const).map((b) => ({
        value: b,
        label: tr(`dunningBlock.${b}`),
      })),
    ];
    const block = select(blockChoices, item.block ?? '', { 'aria-label': tr('ui.rcv.noBlock') });
    block.addEventListener('change', () => {
      call('dunningSetBlock', { orderNo: item.orderNo, block: block.value as '' })
        .then((d) => this.render(d))
        .catch((r) => this.ctx.fail(r));
    });
    const next = item.next
      ? `${item.next.label} ${item.next.isDue ? '' : tr('ui.rcv.from', { date: date(item.next.dueFrom) })}`
      : '–';
    const row = el(
      'tr',
      { class: item.daysOverdue > 0 ? 'overdue' : soon ? 'soon' : '' },
      el('td', {}, item.number, el('div', { class: 'rcv-small' }, item.orderNo)),
      el('td', {}, item.client),
      el('td', {}, date(item.dueDate)),
      el('td', { class: 'num' }, String(item.daysOverdue)),
      el('td', { class: 'num' }, money(item.openCents)),
      el('td', {}, item.lastLevel ? `${item.lastLevel} (${date(item.lastDate)})` : '–'),
      el('td', {}, item.block ? item.blockLabel : next),
      el('td', {}, el('div', { class: 'rcv-actions' }, pay, dun, block)),
    );
    return [row, panelRow];
  }

  private paymentForm(item: OpenItemDto, close: () => void): HTMLElement {
    const { tr } = this.ctx;
    const lang = document.documentElement.lang === 'en' ? 1 : 0;
    const dateInput = input({ type: 'date', value: this.data?.today ?? '' });
    const amount = input({
      value: (item.openCents / 100).toFixed(2).replace('.', lang ? '.' : ','),
      inputmode: 'decimal',
    });
    const method = select(
      PAYMENT_METHODS.map((m) => ({ value: m, label: tr(PAYMENT_METHOD_LABELS[m]) })),
      'transfer',
    );
    const note = input({ maxlength: 500 });
    const fields = {
      date: field({ label: tr('ui.rcv.date'), control: dateInput, required: true }),
      amount: field({ label: tr('ui.rcv.amount'), control: amount, required: true }),
      method: field({ label: tr('ui.rcv.method'), control: method }),
      note: field({ label: tr('ui.rcv.note'), control: note }),
    };
    const submit = button(tr('ui.rcv.book'), 'primary', () => {
      call('paymentRecord', {
        invoiceId: item.invoiceId,
        date: dateInput.value,
        amount: amount.value,
        method: method.value as 'transfer',
        note: note.value,
      })
        .then((r) => {
          this.ctx.say(r.message, r.overpaid ? 'warn' : 'ok');
          this.render(r.items);
        })
        .catch((reason) => this.ctx.fail(reason));
    });
    return el(
      'div',
      { class: 'rcv-panel' },
      el('div', { class: 'form-row' }, ...Object.values(fields).map((f) => f.wrap)),
      el('div', { class: 'rcv-actions' }, submit, button(tr('ui.rcv.cancel'), 'text', close)),
    );
  }
}

function daysTo(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
