// Open items: aging buckets, every unpaid invoice with its dunning state, and per row a payment or dunning panel.
import { formatScaled } from '../../src/domain/decimal';
import { DUNNING_BLOCKS } from '../../src/domain/order';
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '../../src/domain/receivables/payment';
import type {
  DunningBlockInput,
  OpenItemDto,
  OpenItemsDto,
  PaymentInput,
} from '../../src/shared/receivablesContract';
import { button, el, loadingBlock, replaceChildren, whileBusy } from '../dom';
import { clearFieldErrors, type Field, field, input, select, showFieldErrors } from '../forms';
import { call, errorOf } from '../rpc';
import type { RcvCtx } from './app';
import { dunningPanel } from './dunningPanel';

const COLUMNS = ['invoice', 'client', 'due', 'days', 'open', 'dunning', 'next', 'block'] as const;
const NUMERIC: readonly string[] = ['days', 'open'];

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
    const { tr } = this.ctx;
    replaceChildren(this.element, loadingBlock(tr('ui.loading')));
    try {
      this.render(await call('receivablesLoad'));
    } catch (reason) {
      this.ctx.fail(reason);
      replaceChildren(
        this.element,
        button(tr('ui.retry'), 'secondary', () => void this.reload()),
      );
    }
  }

  render(data: OpenItemsDto): void {
    this.data = data;
    const { tr, money } = this.ctx;
    const buckets = el(
      'div',
      { class: 'rcv-buckets' },
      el(
        'div',
        { class: 'rcv-bucket total' },
        el('span', { class: 'rcv-bucket-label' }, tr('ui.rcv.total')),
        el('strong', {}, money(data.totalCents)),
      ),
      ...data.buckets.map((b) =>
        el(
          'div',
          {
            class: `rcv-bucket ${b.bucket === 'notDue' ? '' : 'late'}`.trim(),
            attrs: { 'data-bucket': b.bucket },
          },
          el('span', { class: 'rcv-bucket-label' }, `${b.label} (${b.count})`),
          el('strong', {}, money(b.openCents)),
        ),
      ),
    );
    const problem = data.problem ? el('div', { class: 'rcv-msg warn' }, data.problem) : null;
    if (data.items.length === 0) {
      replaceChildren(this.element, buckets, problem, el('p', { class: 'muted' }, tr('ui.rcv.none')));
      return;
    }
    const head = el(
      'tr',
      {},
      ...COLUMNS.map((c) =>
        el('th', { class: `col-${c} ${NUMERIC.includes(c) ? 'num' : ''}`.trim() }, tr(`ui.rcv.col.${c}`)),
      ),
      el('th', { class: 'col-actions' }, ''),
    );
    const body = el('tbody', {});
    for (const item of data.items) body.append(...this.row(item, data.today));
    replaceChildren(
      this.element,
      buckets,
      problem,
      el('table', { class: 'rcv-table rcv-list' }, el('thead', {}, head), body),
    );
    if (this.focusInvoice) {
      const item = data.items.find((i) => i.invoiceId === this.focusInvoice);
      this.focusInvoice = '';
      if (item)
        this.element.querySelector<HTMLButtonElement>(`[data-pay="${CSS.escape(item.invoiceId)}"]`)?.click();
    }
  }

  private row(item: OpenItemDto, today: string): HTMLElement[] {
    const { tr, money, date } = this.ctx;
    const soon =
      item.daysOverdue === 0 &&
      item.dueDate !== null &&
      item.dueDate >= today &&
      daysTo(today, item.dueDate) <= 7;
    const panelRow = el('tr', { class: 'rcv-panel-row', attrs: { hidden: true } });
    const panelCell = el('td', { class: 'rcv-panel-cell', attrs: { colspan: COLUMNS.length + 1 } });
    panelRow.appendChild(panelCell);
    const row = el('tr', {
      class: `rcv-row ${item.daysOverdue > 0 ? 'overdue' : soon ? 'soon' : ''}`.trim(),
      attrs: { 'data-invoice': item.invoiceId },
    });
    const toggles: HTMLButtonElement[] = [];
    const close = () => {
      for (const b of toggles) b.setAttribute('aria-expanded', 'false');
      panelRow.hidden = true;
      row.classList.remove('open');
    };
    // A button opens its panel, and closes it again when that panel is the one showing.
    const open = (which: HTMLButtonElement, content: () => HTMLElement) => {
      if (which.getAttribute('aria-expanded') === 'true') {
        close();
        return;
      }
      for (const b of toggles) b.setAttribute('aria-expanded', String(b === which));
      replaceChildren(panelCell, content());
      panelRow.hidden = false;
      row.classList.add('open');
      panelRow.scrollIntoView({ block: 'nearest' });
    };
    const pay = button(tr('ui.rcv.pay'), 'secondary', (b) => open(b, () => this.paymentForm(item, close)));
    pay.dataset.pay = item.invoiceId;
    const dun = button(tr('ui.rcv.dun'), 'secondary', (b) =>
      open(b, () => dunningPanel(this.ctx, item, close, (d) => this.render(d))),
    );
    dun.dataset.dun = item.invoiceId;
    toggles.push(pay, dun);
    for (const b of toggles) {
      b.classList.add('btn-small');
      b.setAttribute('aria-expanded', 'false');
    }
    const blockChoices = [
      { value: '', label: tr('ui.rcv.noBlock') },
      ...DUNNING_BLOCKS.map((b) => ({ value: b, label: tr(`dunningBlock.${b}`) })),
    ];
    const block = select(blockChoices, item.block ?? '', {
      'aria-label': `${tr('ui.rcv.col.block')} ${item.number}`,
    });
    block.classList.add('rcv-block');
    block.addEventListener('change', () => {
      block.disabled = true;
      call('dunningSetBlock', { orderNo: item.orderNo, block: block.value as DunningBlockInput['block'] })
        .then((d) => this.render(d))
        .catch((r) => {
          // The block stays what the register holds.
          block.value = item.block ?? '';
          block.disabled = false;
          this.ctx.fail(r);
        });
    });
    const next = item.next
      ? item.next.isDue
        ? item.next.label
        : `${item.next.label} ${tr('ui.rcv.from', { date: date(item.next.dueFrom) })}`
      : '–';
    row.append(
      el(
        'td',
        { class: 'col-invoice' },
        el('div', { class: 'rcv-number' }, item.number),
        el('div', { class: 'rcv-small' }, item.orderNo),
      ),
      el('td', { class: 'col-client' }, item.client),
      el('td', { class: 'col-due' }, date(item.dueDate)),
      el('td', { class: 'col-days num' }, String(item.daysOverdue)),
      el('td', { class: 'col-open num' }, money(item.openCents)),
      el(
        'td',
        { class: 'col-dunning' },
        ...(item.lastLevel
          ? [el('div', {}, item.lastLevel), el('div', { class: 'rcv-small' }, date(item.lastDate))]
          : ['–']),
      ),
      el(
        'td',
        { class: `col-next ${item.block ? 'blocked' : ''}`.trim() },
        item.block ? item.blockLabel : next,
      ),
      el('td', { class: 'col-block' }, block),
      el('td', { class: 'col-actions' }, el('div', { class: 'rcv-row-actions' }, pay, dun)),
    );
    return [row, panelRow];
  }

  private paymentForm(item: OpenItemDto, close: () => void): HTMLElement {
    const { tr, lang } = this.ctx;
    const dateInput = input({ type: 'date', value: this.data?.today ?? '' });
    const amount = input({ value: formatScaled(item.openCents, 2, lang), inputmode: 'decimal' });
    const method = select(
      PAYMENT_METHODS.map((m) => ({ value: m, label: tr(PAYMENT_METHOD_LABELS[m]) })),
      'transfer',
    );
    const note = input({ maxlength: 500 });
    const fields: Record<keyof Omit<PaymentInput, 'invoiceId'>, Field> = {
      date: field({ label: tr('ui.rcv.date'), control: dateInput, required: true, class: 'w-date' }),
      amount: field({ label: tr('ui.rcv.amount'), control: amount, required: true, class: 'w-amount' }),
      method: field({ label: tr('ui.rcv.method'), control: method, class: 'w-method' }),
      note: field({ label: tr('ui.rcv.note'), control: note, class: 'w-note' }),
    };
    const submit = button(tr('ui.rcv.book'), 'primary', (b) => {
      clearFieldErrors(Object.values(fields));
      void whileBusy(b, () =>
        call('paymentRecord', {
          invoiceId: item.invoiceId,
          date: dateInput.value,
          amount: amount.value,
          method: method.value as PaymentInput['method'],
          note: note.value,
        }),
      )
        .then((r) => {
          this.ctx.say(r.message, r.overpaid ? 'warn' : 'ok');
          this.render(r.items);
        })
        .catch((reason) => {
          const error = errorOf(reason);
          const unplaced = showFieldErrors(error.fields, (f) =>
            f in fields ? fields[f as keyof typeof fields] : undefined,
          );
          if (unplaced.length > 0 || error.fields.length === 0) this.ctx.fail(reason);
          else this.ctx.say('');
        });
    });
    const form = el(
      'form',
      {
        class: 'rcv-panel rcv-pay',
        attrs: { novalidate: true, 'aria-label': `${tr('ui.rcv.pay')} ${item.number}` },
      },
      el('div', { class: 'form-row' }, ...Object.values(fields).map((f) => f.wrap)),
      el('div', { class: 'rcv-actions' }, submit, button(tr('ui.rcv.cancel'), 'text', close)),
    );
    // Enter in a field books, as in any form.
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
        e.preventDefault();
        submit.click();
      }
    });
    queueMicrotask(() => {
      if (amount.isConnected) amount.focus();
    });
    return form;
  }
}

function daysTo(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
