// The order card's quote section: the current version at a glance and the actions its status allows.
import { formatDate } from '../../src/domain/dates';
import { formatMoney } from '../../src/domain/money';
import type { OrderDto } from '../../src/shared/contract';
import type { QuoteSummaryDto } from '../../src/shared/quoteContract';
import type { Ctx } from '../app';
import { button, el, replaceChildren, whileBusy } from '../dom';
import { quoteStatusChip } from '../labels';
import { call } from '../rpc';
import { checkField, docLinks, showFailure } from './panelKit';
import { acceptForm, declineForm } from './quoteAnswer';

type FormKind = 'share' | 'accept' | 'decline';

export class QuotePanel {
  readonly element = el('section', { class: 'card-section quote-panel' });
  private readonly formHost = el('div', { class: 'form-host' });
  /** The inline form that is open; a background refresh leaves the card alone meanwhile. */
  private open: FormKind | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly order: OrderDto,
  ) {
    const { tr } = ctx;
    this.element.setAttribute('aria-label', tr('ui.quote.section'));
    this.element.append(el('h3', { class: 'section-label' }, tr('ui.quote.section')));
    if (order.quote)
      this.element.append(...this.summary(order.quote), this.actions(order.quote), this.formHost);
    else this.element.append(...this.none());
  }

  isEditing(): boolean {
    return this.open !== null;
  }

  private none(): HTMLElement[] {
    const { tr } = this.ctx;
    return [
      el('p', { class: 'muted' }, tr('ui.quote.none')),
      el(
        'div',
        { class: 'actions' },
        button(tr('ui.quote.create'), 'primary', (b) => void this.openEditor(b)),
      ),
    ];
  }

  private summary(q: QuoteSummaryDto): HTMLElement[] {
    const { tr, lang } = this.ctx;
    const head = el(
      'div',
      { class: 'quote-topline' },
      el('span', { class: 'quote-no' }, q.number),
      el('span', { class: 'muted' }, tr('ui.quote.version', { version: q.version })),
      quoteStatusChip(tr, q.status),
    );
    const valid = el(
      'div',
      { class: q.expired ? 'quote-valid is-expired' : 'quote-valid' },
      tr('ui.quote.validUntil', { date: formatDate(q.validUntil, lang) }),
      q.expired ? el('span', { class: 'flag' }, tr('ui.quote.expired')) : null,
    );
    const amounts = el(
      'dl',
      { class: 'facts quote-amounts' },
      el('dt', {}, tr('ui.quote.net')),
      el('dd', {}, formatMoney(q.netCents, lang)),
      el('dt', {}, tr('ui.quote.gross')),
      el('dd', { class: 'strong' }, formatMoney(q.grossCents, lang)),
    );
    if (q.status === 'accepted') {
      const taken = q.options.filter((o) => q.acceptedOptions.includes(o.id));
      if (taken.length > 0) {
        amounts.append(
          el('dt', {}, tr('ui.quote.acceptOptions')),
          el('dd', {}, taken.map((o) => o.description || o.id).join(', ')),
        );
      }
      if (q.clientReference) {
        amounts.append(el('dt', {}, tr('field.clientReference')), el('dd', {}, q.clientReference));
      }
    }
    const changes = q.changeSummary
      ? el(
          'div',
          { class: 'quote-changes' },
          el('div', { class: 'section-label' }, tr('ui.quote.changes')),
          el('p', { class: 'pre' }, q.changeSummary),
        )
      : null;
    const links = docLinks(q.docUrl, q.pdfUrl, tr('ui.quote.doc'), tr('ui.quote.pdf'));
    return [head, valid, amounts, changes, links].filter((n): n is HTMLElement => n !== null);
  }

  /** Buttons by status: a draft is edited and made into a document; a sent quote is shared and answered. */
  private actions(q: QuoteSummaryDto): HTMLElement {
    const { tr } = this.ctx;
    const row = el('div', { class: 'actions quote-actions' });
    const sent = q.status === 'sent';
    if (!q.docUrl && (q.status === 'draft' || sent)) {
      row.append(button(tr('ui.quote.createDoc'), 'primary', (b) => void this.createDocument(q, b)));
    }
    if (sent) {
      row.append(
        this.toggle('accept', tr('ui.quote.accept'), 'primary', () => acceptForm(this.ctx, q, this.closer)),
        this.toggle('decline', tr('ui.quote.decline'), 'secondary', () =>
          declineForm(this.ctx, q, this.closer),
        ),
      );
    }
    if (q.docUrl && (sent || q.status === 'accepted')) {
      row.append(this.toggle('share', tr('ui.quote.share'), 'secondary', () => this.shareForm(q)));
    }
    if (q.status === 'draft' || sent || q.status === 'declined') {
      row.append(button(tr('ui.quote.edit'), 'secondary', (b) => void this.openEditor(b)));
    }
    return row;
  }

  private readonly closer = (): void => {
    this.open = null;
    replaceChildren(this.formHost);
    for (const b of this.element.querySelectorAll('[aria-expanded]'))
      b.setAttribute('aria-expanded', 'false');
  };

  /** A button that opens its inline form under the buttons (and closes it when pressed again). */
  private toggle(
    kind: FormKind,
    label: string,
    style: 'primary' | 'secondary',
    build: () => HTMLElement,
  ): HTMLButtonElement {
    const b = button(label, style, () => {
      const wasOpen = this.open === kind;
      this.closer();
      if (wasOpen) return;
      this.open = kind;
      b.setAttribute('aria-expanded', 'true');
      const form = build();
      replaceChildren(this.formHost, form);
      form.querySelector<HTMLElement>('input, textarea, button')?.focus();
    });
    b.setAttribute('aria-expanded', 'false');
    b.dataset.form = kind;
    return b;
  }

  private async openEditor(b: HTMLButtonElement): Promise<void> {
    const { ctx } = this;
    ctx.notify(null);
    try {
      await whileBusy(b, () => call('sidebarOpenQuoteEditor', { orderNo: this.order.number }));
    } catch (reason) {
      ctx.fail(reason, () => void this.openEditor(b));
    }
  }

  private async createDocument(q: QuoteSummaryDto, b: HTMLButtonElement): Promise<void> {
    const { ctx } = this;
    const { tr } = ctx;
    ctx.notify(null);
    try {
      const doc = await whileBusy(b, () => call('quoteCreateDocument', { number: q.number }));
      // The server linked the files and marked the draft sent; the card shows that without another call.
      const quote: QuoteSummaryDto = {
        ...q,
        status: q.status === 'draft' ? 'sent' : q.status,
        docUrl: doc.docUrl,
        pdfUrl: doc.pdfUrl,
      };
      ctx.showOrder({ ...this.order, quote });
      const text = tr('ui.quote.docCreated', { number: doc.number });
      ctx.notify(
        doc.unknownPlaceholders.length > 0
          ? {
              kind: 'warning',
              text,
              details: [tr('ui.quote.unknownPlaceholders', { names: doc.unknownPlaceholders.join(', ') })],
            }
          : { kind: 'success', text },
      );
    } catch (reason) {
      ctx.fail(reason, () => void this.createDocument(q, b));
    }
  }

  /** Gives the client's e-mail address read access, with or without Google's own notification. */
  private shareForm(q: QuoteSummaryDto): HTMLElement {
    const { ctx } = this;
    const { tr } = ctx;
    const notify = checkField(tr('ui.quote.notify'), 'notify', true);
    const send = async (b: HTMLButtonElement): Promise<void> => {
      ctx.notify(null);
      try {
        const shared = await whileBusy(b, () =>
          call('quoteShare', { number: q.number, notify: notify.control.checked }),
        );
        this.closer();
        ctx.notify({
          kind: 'success',
          text: tr(shared.notified ? 'ui.quote.sharedNotified' : 'ui.quote.shared', { email: shared.email }),
        });
      } catch (reason) {
        showFailure(
          ctx,
          reason,
          (f) => (f === 'notify' ? notify : undefined),
          () => void send(b),
        );
      }
    };
    const submit = button(tr('ui.quote.shareSubmit'), 'primary', (b) => void send(b));
    return el(
      'div',
      { class: 'inline-form share-form' },
      notify.wrap,
      el('div', { class: 'actions' }, submit, button(tr('ui.cancel'), 'text', this.closer)),
    );
  }
}
