// The order card's invoices section: billed, paid and open, each invoice with the actions it allows, and a new one.
import { formatDate } from '../../src/domain/dates';
import { formatMoney } from '../../src/domain/money';
import type { OrderDto } from '../../src/shared/contract';
import type { BillingDto, InvoiceSummaryDto } from '../../src/shared/invoiceContract';
import type { Ctx } from '../app';
import { button, el, replaceChildren, whileBusy } from '../dom';
import { call, errorOf } from '../rpc';
import { invoiceForm } from './invoiceForm';
import { docLinks } from './panelKit';

export class InvoicePanel {
  readonly element = el('section', { class: 'card-section invoice-panel' });
  private readonly formHost = el('div', { class: 'form-host' });
  /** The new-invoice form or a cancel question is open; a background refresh leaves the card alone. */
  private editing = false;

  constructor(
    private readonly ctx: Ctx,
    order: OrderDto,
    b: BillingDto,
  ) {
    const { tr, lang } = ctx;
    const sums = el('dl', { class: 'facts invoice-sums' });
    for (const [key, cents] of [
      ['ui.invoice.invoiced', b.invoicedCents],
      ['ui.invoice.paid', b.paidCents],
      ['ui.invoice.open', b.openCents],
      ['ui.invoice.unbilled', b.unbilledNetCents],
    ] as const)
      sums.append(el('dt', {}, tr(key)), el('dd', {}, formatMoney(cents, lang)));
    this.element.setAttribute('aria-label', tr('ui.invoice.section'));
    this.element.append(
      el('h3', { class: 'section-label' }, tr('ui.invoice.section')),
      sums,
      el('ul', { class: 'invoice-list' }, ...b.invoices.map((i) => this.item(i))),
    );
    // Nothing left to bill: no new invoice to offer.
    if (b.unbilled.length === 0) return;
    const close = (): void => {
      this.editing = false;
      toggle.setAttribute('aria-expanded', 'false');
      replaceChildren(this.formHost);
    };
    const toggle = button(tr('ui.invoice.new'), 'secondary', () => {
      if (this.formHost.firstChild) return close();
      this.editing = true;
      toggle.setAttribute('aria-expanded', 'true');
      replaceChildren(this.formHost, invoiceForm(ctx, order, b, close));
      this.formHost.querySelector('input')?.focus();
    });
    toggle.setAttribute('aria-expanded', 'false');
    this.element.append(el('div', { class: 'actions' }, toggle), this.formHost);
  }

  isEditing(): boolean {
    return this.editing;
  }

  private item(i: InvoiceSummaryDto): HTMLElement {
    const { tr, lang } = this.ctx;
    const money = (cents: number) => formatMoney(cents, lang);
    const note = (text: string) => el('div', { class: 'muted small' }, text);
    return el(
      'li',
      { class: 'invoice-item', attrs: { 'data-id': i.id } },
      el(
        'div',
        { class: 'quote-topline' },
        el('span', { class: 'quote-no' }, i.number || tr('invoiceStatus.draft')),
        el('span', { class: 'muted' }, tr(`invoiceType.${i.type}`)),
        el('span', { class: `chip inv-${i.status}` }, tr(`invoiceStatus.${i.status}`)),
      ),
      i.title ? el('div', { class: 'invoice-title' }, i.title) : null,
      el(
        'div',
        { class: 'invoice-amounts' },
        el('span', {}, `${tr('ui.quote.gross')} ${money(i.grossCents)}`),
        el('span', {}, `${tr('ui.invoice.open')} ${money(i.openCents)}`),
      ),
      i.dueDate
        ? el(
            'div',
            { class: i.overdue ? 'quote-valid is-overdue' : 'quote-valid' },
            tr('ui.invoice.due', { date: formatDate(i.dueDate, lang) }),
            i.overdue ? el('span', { class: 'flag' }, tr('ui.invoice.overdue')) : null,
          )
        : null,
      i.cancelledBy ? note(tr('ui.invoice.cancelledBy', { number: i.cancelledBy })) : null,
      i.cancels ? note(tr('ui.invoice.cancels', { number: i.cancels })) : null,
      docLinks(i.docUrl, i.pdfUrl, tr('ui.invoice.doc'), tr('ui.quote.pdf')),
      // A row edited by hand is shown as it is, never acted on.
      i.tampered
        ? el('p', { class: 'invoice-warning', attrs: { role: 'note' } }, tr('ui.invoice.tampered'))
        : this.actions(i),
    );
  }

  /** A draft is issued; an issued invoice (not itself a cancellation) is cancelled after an inline question. */
  private actions(i: InvoiceSummaryDto): HTMLElement | null {
    const { tr } = this.ctx;
    const row = el('div', { class: 'actions invoice-actions' });
    if (i.status === 'draft') {
      row.append(button(tr('ui.invoice.issue'), 'primary', (b) => void this.run('invoiceIssue', i, b)));
      return row;
    }
    if (i.status !== 'issued' || i.type === 'cancellation' || i.cancelledBy) return null;
    const ask = button(tr('ui.invoice.cancel'), 'secondary', () => {
      this.editing = true;
      replaceChildren(
        row,
        el(
          'div',
          { class: 'confirm-box', attrs: { role: 'group' } },
          el('p', {}, tr('ui.invoice.cancelAsk', { number: i.number })),
          el('div', { class: 'actions' }, yes, no),
        ),
      );
      yes.focus();
    });
    const yes = button(tr('ui.invoice.cancelYes'), 'danger', (b) => void this.run('invoiceCancel', i, b));
    const no = button(tr('ui.invoice.keep'), 'text', () => {
      this.editing = false;
      replaceChildren(row, ask);
      ask.focus();
    });
    // Payment and dunning happen in the receivables dialog: its review lists need more room than 300 px.
    const receivables =
      i.openCents > 0
        ? button(this.ctx.tr('ui.invoice.payments'), 'secondary', (b) => {
            void whileBusy(b, () => call('sidebarOpenReceivables', { invoiceId: i.id, tab: 'items' })).catch(
              (reason) => this.ctx.fail(reason),
            );
          })
        : null;
    row.append(...(receivables ? [receivables] : []), ask);
    return row;
  }

  private async run(
    name: 'invoiceIssue' | 'invoiceCancel',
    i: InvoiceSummaryDto,
    b: HTMLButtonElement,
  ): Promise<void> {
    const { ctx } = this;
    const { tr } = ctx;
    const retry = () => void this.run(name, i, b);
    ctx.notify(null);
    try {
      const r = await whileBusy(b, () => call(name, { id: i.id }));
      this.editing = false;
      ctx.showOrder(r.order);
      const names = r.unknownPlaceholders.join(', ');
      ctx.notify({
        kind: names ? 'warning' : r.warnings.length ? 'info' : 'success',
        text:
          name === 'invoiceIssue'
            ? tr('ui.invoice.issued', { number: r.number })
            : tr('ui.invoice.cancelled', { number: i.number, by: r.number }),
        details: [...r.warnings, ...(names ? [tr('ui.quote.unknownPlaceholders', { names })] : [])],
      });
    } catch (reason) {
      const { fields } = errorOf(reason);
      // Missing data comes as one item per field: every one is listed, so all is fixed in one go.
      if (fields.length > 1 || fields.some((f) => f.field !== ''))
        ctx.notify({
          kind: 'error',
          text: tr('ui.invoice.blocked'),
          details: fields.map((f) => f.message),
          retry,
        });
      else ctx.fail(reason, retry);
    }
  }
}
