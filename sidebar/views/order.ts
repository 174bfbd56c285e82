// Order view: the order under the cursor, its facts, quote, confirmation and invoices, and the stage moves it allows.
import { formatDate } from '../../src/domain/dates';
import { formatMoney } from '../../src/domain/money';
import { REASON_STAGES, type StageKey } from '../../src/domain/stages';
import type { OrderDto } from '../../src/shared/contract';
import { isMessageKey } from '../../src/shared/i18n/browser';
import type { Ctx } from '../app';
import { button, el, replaceChildren, whileBusy } from '../dom';
import { type Field, field, setFieldError, showFieldErrors, textarea } from '../forms';
import { stageChip, stageLabel, trLoose } from '../labels';
import { call, errorOf } from '../rpc';
import { ConfirmationPanel } from './confirmationPanel';
import { InvoicePanel } from './invoicePanel';
import { QuotePanel } from './quotePanel';

/** Stages from the confirmation on, where the project dialog (kick-off to after-care) has something to show. */
const PROJECT_STAGES: readonly StageKey[] = [
  'confirmed',
  'kickoff',
  'inProgress',
  'acceptance',
  'rework',
  'handedOver',
  'invoiced',
  'paid',
  'aftercare',
];

export class OrderView {
  readonly element = el('section', { class: 'view view-order' });
  /** The open reason form, if a move that needs a reason was started. */
  private pending: { target: StageKey; field: Field } | null = null;
  private quotePanel: QuotePanel | null = null;
  private confirmationPanel: ConfirmationPanel | null = null;
  private invoicePanel: InvoicePanel | null = null;

  constructor(private readonly ctx: Ctx) {}

  /** True while the user types a reason; a background refresh must not throw that away. */
  isEditing(): boolean {
    return (
      this.pending !== null ||
      (this.quotePanel?.isEditing() ?? false) ||
      (this.confirmationPanel?.isEditing() ?? false) ||
      (this.invoicePanel?.isEditing() ?? false)
    );
  }

  render(order: OrderDto | null): void {
    this.pending = null;
    this.quotePanel = null;
    this.confirmationPanel = null;
    this.invoicePanel = null;
    if (!order) {
      replaceChildren(this.element, this.emptyState());
      return;
    }
    replaceChildren(this.element, ...this.orderCard(order));
  }

  private emptyState(): HTMLElement {
    const { tr } = this.ctx;
    return el(
      'div',
      { class: 'empty' },
      el('h2', { class: 'empty-title' }, tr('ui.order.noneTitle')),
      el('p', { class: 'muted' }, tr('ui.order.noneHint', { sheet: { ref: 'sheet.orders' } })),
      el(
        'div',
        { class: 'actions' },
        button(tr('ui.refresh'), 'primary', (b) => void this.ctx.refreshActive(b)),
        button(tr('ui.order.openList'), 'secondary', () => this.ctx.go('list')),
      ),
    );
  }

  private orderCard(o: OrderDto): HTMLElement[] {
    const { tr, lang } = this.ctx;
    const head = el(
      'header',
      { class: 'order-head' },
      el(
        'div',
        { class: 'order-topline' },
        el('span', { class: 'order-no' }, o.number),
        stageChip(tr, o.stage),
      ),
      el('h2', { class: 'order-title', attrs: { tabindex: '-1' } }, o.title || tr('ui.order.untitled')),
      el('div', { class: 'order-client' }, o.client),
    );
    const next = el(
      'div',
      { class: 'next-step' },
      el('span', { class: 'next-label' }, tr('col.orders.nextStep')),
      el('span', { class: 'next-value' }, trLoose(tr, o.nextStep)),
    );
    const project = PROJECT_STAGES.includes(o.stage)
      ? button(tr('ui.order.project'), 'secondary', (b) => {
          whileBusy(b, () => call('sidebarOpenProject', { orderNo: o.number, tab: 'overview' })).catch((r) =>
            this.ctx.fail(r),
          );
        })
      : null;
    const facts: [string, string][] = [
      [tr('col.orders.daysInStage'), String(o.daysInStage)],
      [
        tr('col.orders.expectedValue'),
        o.expectedValueCents === null ? '–' : formatMoney(o.expectedValueCents, lang),
      ],
      [tr('col.orders.deadline'), o.deadline ? formatDate(o.deadline, lang) : '–'],
      [tr('col.orders.source'), o.source ? trLoose(tr, `source.${o.source}`) : '–'],
      [tr('col.orders.owner'), o.owner || '–'],
    ];
    if (o.reason) facts.push([tr('col.orders.reason'), o.reason]);
    const dl = el('dl', { class: 'facts' });
    for (const [term, value] of facts) dl.append(el('dt', {}, term), el('dd', {}, value));
    const description = o.description
      ? el(
          'div',
          { class: 'description' },
          el('div', { class: 'section-label' }, tr('col.orders.description')),
          el('p', { class: 'pre' }, o.description),
        )
      : null;
    this.quotePanel = new QuotePanel(this.ctx, o);
    // The confirmation follows the client's yes; an order confirmed earlier keeps showing its confirmation.
    this.confirmationPanel =
      o.quote?.status === 'accepted' || o.confirmation ? new ConfirmationPanel(this.ctx, o) : null;
    this.invoicePanel = o.billing ? new InvoicePanel(this.ctx, o, o.billing) : null;
    return [
      head,
      next,
      project,
      dl,
      description,
      this.problems(o),
      this.quotePanel.element,
      this.confirmationPanel?.element ?? null,
      this.invoicePanel?.element ?? null,
      this.moves(o),
    ].filter((n): n is HTMLElement => n !== null);
  }

  private problems(o: OrderDto): HTMLElement | null {
    if (o.problems.length === 0) return null;
    const { tr } = this.ctx;
    const columns = o.problems
      .map((key) => {
        const k = `col.orders.${key}`;
        return isMessageKey(k) ? tr(k) : key;
      })
      .join(', ');
    return el(
      'div',
      { class: 'banner banner-warning', attrs: { role: 'status' } },
      el('div', { class: 'banner-body' }, el('p', {}, tr('ui.order.problems', { columns }))),
    );
  }

  private moves(o: OrderDto): HTMLElement | null {
    if (o.allowedMoves.length === 0) return null;
    const { tr } = this.ctx;
    const section = el('section', { class: 'moves', attrs: { 'aria-label': tr('ui.order.moves') } });
    const forward = o.allowedMoves.filter((s) => !REASON_STAGES.includes(s));
    const sides = o.allowedMoves.filter((s) => REASON_STAGES.includes(s));
    const row = (stages: StageKey[], kind: 'primary' | 'secondary') =>
      el(
        'div',
        { class: 'move-row' },
        ...stages.map((target) => {
          const b = button(tr('ui.order.moveTo', { stage: stageLabel(tr, target) }), kind, (btn) =>
            REASON_STAGES.includes(target)
              ? this.askReason(o, target, reasonHost)
              : void this.move(o, target, '', btn),
          );
          b.dataset.target = target;
          return b;
        }),
      );
    const reasonHost = el('div', { class: 'reason-host' });
    section.append(el('div', { class: 'section-label' }, tr('ui.order.moves')));
    if (forward.length) section.append(row(forward, 'primary'));
    if (sides.length) section.append(row(sides, 'secondary'));
    section.append(reasonHost);
    return section;
  }

  /** Lost, cancelled and on hold need a reason, asked for right here before anything is sent. */
  private askReason(o: OrderDto, target: StageKey, host: HTMLElement): void {
    const { tr } = this.ctx;
    const stage = stageLabel(tr, target);
    const reasonField = field({
      label: tr('ui.order.reasonFor', { stage }),
      control: textarea({ rows: 3, maxlength: 1000, name: 'reason' }),
      required: true,
      aliases: [tr('field.reason')],
    });
    this.pending = { target, field: reasonField };
    const confirm = button(tr('ui.order.confirmMove', { stage }), 'primary', (b) => {
      const reason = reasonField.control.value.trim();
      if (reason === '') {
        setFieldError(reasonField, tr('err.required', { field: { ref: 'field.reason' } }));
        reasonField.control.focus();
        return;
      }
      void this.move(o, target, reason, b);
    });
    const cancel = button(tr('ui.cancel'), 'text', () => {
      this.pending = null;
      replaceChildren(host);
    });
    const form = el(
      'form',
      {
        class: 'reason-form',
        attrs: { novalidate: true },
        on: {
          submit: (e) => {
            e.preventDefault();
            confirm.click();
          },
        },
      },
      reasonField.wrap,
      el('div', { class: 'actions' }, confirm, cancel),
    );
    replaceChildren(host, form);
    reasonField.control.addEventListener('input', () => setFieldError(reasonField, null));
    reasonField.control.focus();
  }

  private async move(o: OrderDto, target: StageKey, reason: string, b: HTMLButtonElement): Promise<void> {
    const { ctx } = this;
    const { tr } = ctx;
    ctx.notify(null);
    if (this.pending) setFieldError(this.pending.field, null);
    try {
      const updated = await whileBusy(b, () =>
        call('sidebarChangeStage', { orderNo: o.number, target, reason }),
      );
      ctx.showOrder(updated);
      ctx.notify({
        kind: 'success',
        text: tr('ui.order.moved', { number: updated.number, stage: stageLabel(tr, updated.stage) }),
      });
    } catch (reason_) {
      const error = errorOf(reason_);
      const pendingField = this.pending?.field;
      const unplaced = pendingField
        ? showFieldErrors(error.fields, (f) => (f === 'reason' ? pendingField : undefined))
        : error.fields;
      if (unplaced.length > 0 || error.fields.length === 0)
        ctx.fail(reason_, () => void this.move(o, target, reason, b));
    }
  }
}
