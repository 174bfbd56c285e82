// One position of the table: its controls by kind, its amount, its errors, and the buttons that move or copy it.
import type { PositionFields } from '../../src/domain/quote/draft';
import { POSITION_KINDS, UNITS, VAT_RATES } from '../../src/domain/quote/position';
import type { Lang, MessageKey } from '../../src/shared/i18n';
import type { RateCardEntryDto } from '../../src/shared/quoteContract';
import { el, replaceChildren } from '../dom';
import { type Control, input, select, textarea } from '../forms';
import type { Tr } from '../labels';
import { applyService, changeKind } from './model';
import { amountCell, type RowAction, rowActions } from './rowParts';

export interface RowCtx {
  readonly tr: Tr;
  readonly lang: Lang;
  readonly rateCard: readonly RateCardEntryDto[];
  /** A value changed: `key` is the row's field ('<id>.quantity'). */
  input(key: string): void;
  /** The user changed a field and left it. */
  touch(key: string): void;
  act(row: PositionRow, action: RowAction): void;
}

type Name = keyof PositionFields;

/** Labels of the columns, used for aria-labels ("Position 2: Menge") and for the messages under the row. */
export const COLUMN_LABEL: Partial<Record<Name, MessageKey>> = {
  kind: 'ui.quote.col.kind',
  service: 'field.position.service',
  description: 'field.position.description',
  quantity: 'field.position.quantity',
  unit: 'field.position.unit',
  unitPrice: 'field.position.unitPrice',
  vatRate: 'field.position.vatRate',
  discount: 'field.position.discount',
  optional: 'ui.quote.col.optional',
  unitCost: 'field.position.unitCost',
};

export class PositionRow {
  readonly element = el('tbody', { class: 'pos' });
  readonly controls = new Map<Name, Control>();
  private readonly main = el('tr', { class: 'pos-row' });
  private readonly errorRow = el('tr', { class: 'pos-errors', attrs: { hidden: true } });
  private readonly errorList = el('ul', { class: 'row-errors' });
  private readonly no = el('span', { class: 'pos-no' });
  private amount = el('td', { class: 'c-amount num' });
  private actions = rowActions(this);
  private index = 0;

  constructor(
    private readonly ctx: RowCtx,
    readonly fields: PositionFields,
  ) {
    this.errorRow.append(el('td'), el('td', { attrs: { colspan: 10 } }, this.errorList));
    this.element.append(this.main, this.errorRow);
    this.build();
  }

  get tr(): Tr {
    return this.ctx.tr;
  }

  act(action: RowAction): void {
    this.ctx.act(this, action);
  }

  get id(): string {
    return this.fields.id;
  }

  key(name: Name): string {
    return `${this.fields.id}.${name}`;
  }

  private build(): void {
    const { tr } = this.ctx;
    const p = this.fields;
    this.controls.clear();
    this.main.className = `pos-row kind-${p.kind}`;
    this.amount = amountCell(p.kind);
    const kind = this.bind(
      'kind',
      select(
        POSITION_KINDS.map((k) => ({ value: k, label: tr(`ui.quote.kind.${k}`) })),
        p.kind,
      ),
    );
    kind.classList.add('kind-select');
    const cells = [el('td', { class: 'c-no' }, this.no), el('td', { class: 'c-kind' }, kind)];
    if (p.kind === 'item') cells.push(...this.itemCells());
    else {
      const hint = p.kind === 'title' ? 'ui.quote.titleHint' : 'ui.quote.subtotalHint';
      const text = this.bind('description', input({ maxlength: 2000, placeholder: tr(hint) }));
      text.classList.add(p.kind === 'title' ? 'title-input' : 'subtotal-input');
      cells.push(el('td', { class: 'c-what', attrs: { colspan: 7 } }, text));
    }
    cells.push(this.amount, this.actions.cell);
    replaceChildren(this.main, ...cells);
    this.label();
  }

  private itemCells(): HTMLTableCellElement[] {
    const { tr, rateCard } = this.ctx;
    const p = this.fields;
    const services = [{ value: '', label: tr('ui.quote.freeText') }];
    for (const e of rateCard) services.push({ value: e.service, label: e.service });
    if (p.service && !rateCard.some((e) => e.service === p.service))
      services.push({ value: p.service, label: p.service });
    const service = this.bind('service', select(services, p.service));
    service.classList.add('service-select');
    const description = this.bind(
      'description',
      textarea({ rows: 1, maxlength: 2000, placeholder: tr('ui.quote.descHint') }),
    );
    const choose = (name: 'unit' | 'vatRate', list: { value: string; label: string }[]) => {
      if (!list.some((o) => o.value === p[name])) list.unshift({ value: p[name], label: '–' });
      return this.bind(name, select(list, p[name]));
    };
    const num = (name: 'quantity' | 'unitPrice' | 'discount' | 'unitCost', placeholder = '') =>
      this.bind(name, input({ inputmode: 'decimal', maxlength: 30, autocomplete: 'off', placeholder }));
    const optional = this.bind('optional', el('input', { attrs: { type: 'checkbox' } }));
    const cost = el(
      'div',
      { class: 'cost', attrs: { title: tr('field.position.unitCost') } },
      el('span', { class: 'cost-label', attrs: { 'aria-hidden': 'true' } }, tr('ui.quote.costShort')),
      num('unitCost'),
    );
    return [
      el('td', { class: 'c-what' }, service, description),
      el('td', { class: 'c-qty' }, num('quantity')),
      el(
        'td',
        { class: 'c-unit' },
        choose(
          'unit',
          UNITS.map((u) => ({ value: u, label: tr(`unit.${u}`) })),
        ),
      ),
      el('td', { class: 'c-price' }, num('unitPrice'), cost),
      el(
        'td',
        { class: 'c-vat' },
        choose(
          'vatRate',
          VAT_RATES.map((r) => ({ value: String(r), label: `${r} %` })),
        ),
      ),
      el('td', { class: 'c-disc' }, num('discount', '0')),
      el('td', { class: 'c-opt' }, optional),
    ];
  }

  /** Puts the field's value into the control and writes every change back into the position. */
  private bind<C extends Control>(name: Name, control: C): C {
    const p = this.fields;
    control.classList.add(`f-${name}`);
    control.dataset.field = name;
    const isBox = control instanceof HTMLInputElement && control.type === 'checkbox';
    if (isBox) control.checked = p.optional;
    else control.value = String(p[name]);
    const read = () => {
      if (name === 'kind') {
        changeKind(p, control.value as PositionFields['kind']);
        this.build();
        this.controls.get('kind')?.focus();
      } else if (name === 'service') {
        const entry = this.ctx.rateCard.find((e) => e.service === control.value);
        if (entry) applyService(p, entry);
        else p.service = control.value;
        this.refill();
      } else if (name === 'optional') p.optional = (control as HTMLInputElement).checked;
      else (p as unknown as Record<string, string>)[name] = control.value;
      this.ctx.input(this.key(name));
    };
    control.addEventListener(isBox || control instanceof HTMLSelectElement ? 'change' : 'input', read);
    control.addEventListener('change', () => this.ctx.touch(this.key(name)));
    this.controls.set(name, control);
    return control;
  }

  /** After a rate-card pick: the filled fields show their new values. */
  private refill(): void {
    for (const [name, control] of this.controls) {
      if (name === 'optional' || name === 'kind' || name === 'service') continue;
      control.value = String(this.fields[name]);
    }
  }

  /** Numbers and labels follow the row's place in the table. */
  setIndex(index: number, count: number): void {
    this.index = index;
    this.no.textContent = String(index + 1);
    this.actions.update(index, count);
    this.label();
  }

  private label(): void {
    const { tr } = this.ctx;
    for (const [name, control] of this.controls) {
      const column = COLUMN_LABEL[name];
      if (column) control.setAttribute('aria-label', this.positionLabel(tr(column)));
    }
    this.actions.label((action) => this.positionLabel(action));
  }

  positionLabel(field: string): string {
    return this.ctx.tr('position.label', { n: this.index + 1, field });
  }

  setAmount(text: string): void {
    const optional = this.fields.kind === 'item' && this.fields.optional;
    this.amount.querySelector('.amount')?.replaceChildren(text);
    this.amount
      .querySelector('.optional-tag')
      ?.replaceChildren(optional ? this.ctx.tr('ui.quote.optionalTag') : '');
    this.main.classList.toggle('is-optional', optional);
  }

  /** Marks the controls named in `errors` (by field name; '' for the row as a whole) and lists the messages. */
  showErrors(errors: ReadonlyMap<string, string>): void {
    const items: HTMLElement[] = [];
    for (const [name, control] of this.controls) {
      const message = errors.get(name);
      const id = `${this.id}-${name}-error`;
      if (message === undefined) {
        control.removeAttribute('aria-invalid');
        control.removeAttribute('aria-describedby');
        continue;
      }
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', id);
      items.push(el('li', { attrs: { id } }, message));
    }
    const whole = errors.get('');
    if (whole !== undefined) items.push(el('li', {}, whole));
    replaceChildren(this.errorList, ...items);
    this.errorRow.hidden = items.length === 0;
    this.main.classList.toggle('has-error', items.length > 0);
  }

  focus(name: Name = this.fields.kind === 'item' ? 'service' : 'description'): void {
    this.controls.get(name)?.focus();
  }

  focusAction(action: RowAction): void {
    this.actions.focus(action);
  }
}
