// The order card's confirmation section, once the quote is accepted: the confirmation made, or the form to make it.
import { formatDate } from '../../src/domain/dates';
import type { OrderDto } from '../../src/shared/contract';
import type { ConfirmationSummaryDto } from '../../src/shared/quoteContract';
import type { Ctx } from '../app';
import { button, el, replaceChildren, whileBusy } from '../dom';
import { type Field, field, input, setFieldError, textarea } from '../forms';
import { call } from '../rpc';
import { docLinks, showFailure } from './panelKit';

/** At most this many key dates, as the server's schema allows. */
const MAX_MILESTONES = 50;

interface MilestoneRow {
  row: HTMLElement;
  date: Field;
  label: Field;
}

export class ConfirmationPanel {
  readonly element = el('section', { class: 'card-section confirmation-panel' });
  private readonly rows: MilestoneRow[] = [];
  private readonly rowHost = el('div', { class: 'milestones' });
  private addButton: HTMLButtonElement | null = null;
  /** Rows as they were sent: the server names a row's errors by its place in that list. */
  private sentRows: MilestoneRow[] = [];
  private touched = false;

  constructor(
    private readonly ctx: Ctx,
    private readonly order: OrderDto,
  ) {
    const { tr } = ctx;
    this.element.setAttribute('aria-label', tr('ui.confirm.section'));
    this.element.append(el('h3', { class: 'section-label' }, tr('ui.confirm.section')));
    const c = order.confirmation;
    if (c) this.element.append(this.summary(c));
    // A confirmation for an earlier quote version does not cover the accepted one: offer a new one.
    const quote = order.quote;
    if (quote?.status === 'accepted' && (!c || c.quoteNumber !== quote.number))
      this.element.append(this.form());
  }

  /** True once something was typed into the form, so a background refresh does not throw it away. */
  isEditing(): boolean {
    return this.touched;
  }

  private summary(c: ConfirmationSummaryDto): HTMLElement {
    const { tr, lang } = this.ctx;
    return el(
      'div',
      { class: 'confirmation-summary' },
      el(
        'div',
        { class: 'quote-topline' },
        el('span', { class: 'quote-no' }, c.number),
        el('span', { class: 'muted' }, formatDate(c.date, lang)),
      ),
      el(
        'div',
        { class: 'muted small' },
        tr('ui.confirm.forQuote', { number: c.quoteNumber, date: formatDate(c.date, lang) }),
      ),
      docLinks(c.docUrl, c.pdfUrl, tr('ui.confirm.doc'), tr('ui.quote.pdf')),
    );
  }

  private form(): HTMLElement {
    const { tr } = this.ctx;
    const deadline = field({
      label: tr('ui.confirm.deadline'),
      control: input({ name: 'deadline', type: 'date', value: this.order.deadline ?? '' }),
    });
    const deviation = field({
      label: tr('ui.confirm.deviation'),
      control: textarea({ name: 'deviationNote', rows: 3, maxlength: 2000 }),
      help: tr('ui.confirm.deviationHelp'),
    });
    this.addButton = button(tr('ui.confirm.addMilestone'), 'text', () => {
      const row = this.addRow();
      row.date.control.focus();
    });
    const milestones = el(
      'fieldset',
      { class: 'group-box milestone-box' },
      el('legend', {}, tr('field.milestones')),
      this.rowHost,
      el('div', {}, this.addButton),
    );
    this.addRow();
    const resolve = (name: string): Field | undefined => {
      if (name === 'deadline') return deadline;
      if (name === 'deviationNote') return deviation;
      const m = /^milestones\.(\d+)\.(date|label)$/.exec(name);
      const row = m ? this.sentRows[Number(m[1])] : undefined;
      return row && m ? row[m[2] as 'date' | 'label'] : undefined;
    };
    const send = async (b: HTMLButtonElement): Promise<void> => {
      const { ctx } = this;
      ctx.notify(null);
      this.sentRows = [...this.rows];
      for (const f of [deadline, deviation, ...this.rows.flatMap((r) => [r.date, r.label])])
        setFieldError(f, null);
      try {
        const updated = await whileBusy(b, () =>
          call('confirmationCreate', {
            orderNo: this.order.number,
            deadline: deadline.control.value.trim(),
            milestones: this.sentRows.map((r) => ({
              date: r.date.control.value.trim(),
              label: r.label.control.value.trim(),
            })),
            deviationNote: deviation.control.value.trim(),
          }),
        );
        this.touched = false;
        ctx.showOrder(updated);
        ctx.notify({
          kind: 'success',
          text: tr('ui.confirm.created', { number: updated.confirmation?.number ?? '' }),
        });
      } catch (reason) {
        showFailure(ctx, reason, resolve, () => void send(b));
      }
    };
    const submit = button(tr('ui.confirm.submit'), 'primary', (b) => void send(b));
    const form = el(
      'form',
      {
        class: 'inline-form confirmation-form',
        attrs: { novalidate: true },
        on: {
          submit: (e) => {
            e.preventDefault();
            submit.click();
          },
          input: (e) => {
            this.touched = true;
            const wrap = (e.target as HTMLElement).closest('.field');
            const f = [deadline, deviation, ...this.rows.flatMap((r) => [r.date, r.label])].find(
              (x) => x.wrap === wrap,
            );
            if (f) setFieldError(f, null);
          },
        },
      },
      deadline.wrap,
      milestones,
      deviation.wrap,
      el('div', { class: 'actions' }, submit),
    );
    return form;
  }

  private addRow(): MilestoneRow {
    const { tr } = this.ctx;
    const date = field({
      label: tr('field.milestone.date'),
      control: input({ name: 'milestoneDate', type: 'date' }),
      class: 'w-date',
    });
    const label = field({
      label: tr('field.milestone.label'),
      control: input({ name: 'milestoneLabel', maxlength: 200 }),
      class: 'w-grow',
    });
    const remove = el(
      'button',
      { class: 'btn btn-text btn-icon', attrs: { type: 'button' } },
      el('span', { class: 'btn-label', attrs: { 'aria-hidden': 'true' } }, '×'),
    );
    const entry: MilestoneRow = {
      row: el('div', { class: 'milestone-row' }, date.wrap, label.wrap, remove),
      date,
      label,
    };
    remove.addEventListener('click', () => {
      const i = this.rows.indexOf(entry);
      this.rows.splice(i, 1);
      entry.row.remove();
      this.touched = true;
      this.renumber();
      (this.rows[Math.min(i, this.rows.length - 1)]?.date.control ?? this.addButton)?.focus();
    });
    this.rows.push(entry);
    this.rowHost.append(entry.row);
    this.renumber();
    return entry;
  }

  /** Remove buttons name their row ("Remove date 2"); the add button stops at the schema's limit. */
  private renumber(): void {
    const { tr } = this.ctx;
    this.rows.forEach((r, i) => {
      const remove = r.row.querySelector('button');
      const name = tr('ui.confirm.removeMilestone', { n: i + 1 });
      remove?.setAttribute('aria-label', name);
      remove?.setAttribute('title', name);
      // The server names a row's fields "Position 2: Meilenstein"; beside the field that is already said.
      for (const f of [r.date, r.label]) {
        const own = f.names[0];
        f.names = [own, tr('position.label', { n: i + 1, field: own })];
      }
    });
    if (this.addButton) this.addButton.hidden = this.rows.length >= MAX_MILESTONES;
    if (this.rows.length === 0) replaceChildren(this.rowHost);
  }
}
