// Parts of a position row: the amount cell and the buttons that move, copy and remove the row.
import type { PositionKind } from '../../src/domain/quote/position';
import type { MessageKey } from '../../src/shared/i18n';
import { el } from '../dom';
import type { PositionRow } from './row';

export type RowAction = 'up' | 'down' | 'duplicate' | 'remove';

const ACTIONS: { action: RowAction; icon: string; label: MessageKey }[] = [
  { action: 'up', icon: '↑', label: 'ui.quote.up' },
  { action: 'down', icon: '↓', label: 'ui.quote.down' },
  { action: 'duplicate', icon: '⧉', label: 'ui.quote.duplicate' },
  { action: 'remove', icon: '✕', label: 'ui.quote.remove' },
];

export function amountCell(kind: PositionKind): HTMLTableCellElement {
  return el(
    'td',
    { class: `c-amount num amount-${kind}` },
    el('span', { class: 'amount' }),
    kind === 'item' ? el('span', { class: 'optional-tag' }) : null,
  );
}

export interface RowActions {
  cell: HTMLTableCellElement;
  update(index: number, count: number): void;
  label(name: (action: string) => string): void;
  focus(action: RowAction): void;
}

export function rowActions(row: PositionRow): RowActions {
  const buttons = new Map<RowAction, { b: HTMLButtonElement; label: MessageKey }>();
  const cell = el('td', { class: 'c-actions' });
  const box = el('div', { class: 'row-actions' });
  cell.append(box);
  for (const { action, icon, label } of ACTIONS) {
    const b = el(
      'button',
      {
        class: `icon-btn act-${action}`,
        attrs: { type: 'button' },
        on: { click: () => row.act(action) },
      },
      icon,
    );
    buttons.set(action, { b, label });
    box.append(b);
  }
  return {
    cell,
    update(index, count) {
      (buttons.get('up') as { b: HTMLButtonElement }).b.disabled = index === 0;
      (buttons.get('down') as { b: HTMLButtonElement }).b.disabled = index === count - 1;
    },
    label(name) {
      for (const { b, label } of buttons.values()) {
        const text = row.tr(label);
        b.title = text;
        b.setAttribute('aria-label', name(text));
      }
    },
    focus(action) {
      const b = buttons.get(action)?.b;
      if (b && !b.disabled) b.focus();
      else row.focus();
    },
  };
}
