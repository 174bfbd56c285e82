// The positions table: one row per position, buttons to add items, headings and subtotals; keeps rows and draft in step.

import type { Cents } from '../../src/domain/money';
import { formatMoney } from '../../src/domain/money';
import type { PositionFields } from '../../src/domain/quote/draft';
import type { PositionKind } from '../../src/domain/quote/position';
import type { MessageKey } from '../../src/shared/i18n';
import { button, el, replaceChildren } from '../dom';
import { blankPosition, duplicate, MAX_ROWS, move } from './model';
import { PositionRow, type RowCtx } from './row';
import type { RowAction } from './rowParts';

export type TableCtx = Omit<RowCtx, 'act'>;

const HEADS: [string, MessageKey | null][] = [
  ['c-no', 'ui.quote.col.no'],
  ['c-kind', 'ui.quote.col.kind'],
  ['c-what', 'ui.quote.col.what'],
  ['c-qty', 'field.position.quantity'],
  ['c-unit', 'field.position.unit'],
  ['c-price', 'field.position.unitPrice'],
  ['c-vat', 'field.position.vatRate'],
  ['c-disc', 'field.position.discount'],
  ['c-opt', 'ui.quote.col.optional'],
  ['c-amount', 'ui.quote.col.amount'],
  ['c-actions', null],
];

export class PositionsTable {
  readonly element = el('section', { class: 'positions', attrs: { 'aria-labelledby': 'positions-h' } });
  readonly rows: PositionRow[] = [];
  private readonly table = el('table', { class: 'pos-table' });
  private readonly empty = el('tbody', { class: 'pos-empty' });
  private readonly listError = el('div', { class: 'field-error list-error', attrs: { hidden: true } });
  private readonly addButtons: HTMLButtonElement[] = [];

  constructor(
    private readonly ctx: TableCtx,
    private readonly positions: PositionFields[],
  ) {
    const { tr } = ctx;
    const head = el('tr');
    const cols = el('colgroup');
    for (const [cls, label] of HEADS) {
      cols.append(el('col', { class: cls }));
      head.append(
        el(
          'th',
          { class: cls, attrs: { scope: 'col' } },
          label ? tr(label) : el('span', { class: 'visually-hidden' }, tr('ui.quote.col.actions')),
        ),
      );
    }
    this.table.append(cols, el('thead', {}, head), this.empty);
    replaceChildren(
      this.empty,
      el('tr', {}, el('td', { attrs: { colspan: HEADS.length } }, tr('ui.quote.noPositions'))),
    );
    const adds: [PositionKind, MessageKey, 'secondary' | 'text'][] = [
      ['item', 'ui.quote.addItem', 'secondary'],
      ['title', 'ui.quote.addTitle', 'text'],
      ['subtotal', 'ui.quote.addSubtotal', 'text'],
    ];
    const toolbar = el('div', { class: 'actions pos-add' });
    for (const [kind, label, style] of adds) {
      const b = button(tr(label), style, () => this.add(kind));
      b.dataset.add = kind;
      this.addButtons.push(b);
      toolbar.append(b);
    }
    this.element.append(
      el('h2', { class: 'section-title', attrs: { id: 'positions-h' } }, tr('field.positions')),
      el('div', { class: 'table-wrap' }, this.table),
      this.listError,
      toolbar,
    );
    for (const p of positions) this.insert(p, this.rows.length);
    this.renumber();
  }

  private rowCtx(): RowCtx {
    return { ...this.ctx, act: (row, action) => this.act(row, action) };
  }

  private insert(p: PositionFields, index: number): PositionRow {
    const row = new PositionRow(this.rowCtx(), p);
    const before = this.rows[index]?.element ?? null;
    this.table.insertBefore(row.element, before);
    this.rows.splice(index, 0, row);
    return row;
  }

  add(kind: PositionKind): void {
    if (this.positions.length >= MAX_ROWS) return;
    const p = blankPosition(kind, this.positions);
    this.positions.push(p);
    const row = this.insert(p, this.rows.length);
    this.changed();
    row.focus(kind === 'item' ? 'service' : 'description');
  }

  private act(row: PositionRow, action: RowAction): void {
    const i = this.rows.indexOf(row);
    if (action === 'remove') {
      this.positions.splice(i, 1);
      this.rows.splice(i, 1);
      row.element.remove();
      this.changed();
      const next = this.rows[Math.min(i, this.rows.length - 1)];
      if (next) next.focusAction('remove');
      else this.addButtons[0].focus();
    } else if (action === 'duplicate') {
      if (this.positions.length >= MAX_ROWS) return;
      const copy = duplicate(row.fields, this.positions);
      this.positions.splice(i + 1, 0, copy);
      this.insert(copy, i + 1);
      this.changed();
      this.rows[i + 1].focus();
    } else {
      const delta = action === 'up' ? -1 : 1;
      if (!move(this.positions, i, delta) || !move(this.rows, i, delta)) return;
      const anchor = this.rows[i + delta + 1]?.element ?? null;
      this.table.insertBefore(row.element, anchor);
      this.changed();
      row.focusAction(action);
    }
  }

  private changed(): void {
    this.renumber();
    this.ctx.input('positions');
  }

  private renumber(): void {
    this.rows.forEach((row, i) => {
      row.setIndex(i, this.rows.length);
    });
    this.empty.hidden = this.rows.length > 0;
    for (const b of this.addButtons) b.disabled = this.rows.length >= MAX_ROWS;
  }

  setAmounts(amounts: readonly (Cents | null)[]): void {
    this.rows.forEach((row, i) => {
      const cents = amounts[i];
      row.setAmount(cents === null || cents === undefined ? '' : formatMoney(cents, this.ctx.lang));
    });
  }

  /** Shows the errors whose key is a row's ('<id>' or '<id>.<field>') or the list's ('positions'). */
  showErrors(errors: ReadonlyMap<string, string>): void {
    for (const row of this.rows) {
      const own = new Map<string, string>();
      for (const [key, message] of errors) {
        if (key === row.id) own.set('', message);
        else if (key.startsWith(`${row.id}.`)) own.set(key.slice(row.id.length + 1), message);
      }
      row.showErrors(own);
    }
    const list = errors.get('positions');
    this.listError.textContent = list ?? '';
    this.listError.hidden = list === undefined;
  }

  /** Whether a key names something this table shows. */
  owns(key: string): boolean {
    if (key === 'positions') return true;
    return this.rows.some(
      (r) =>
        key === r.id || (key.startsWith(`${r.id}.`) && r.controls.has(key.slice(r.id.length + 1) as never)),
    );
  }
}
