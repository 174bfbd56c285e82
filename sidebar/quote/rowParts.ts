// Parts of a position row: the amount cell and the buttons that move, copy and remove the row.
import type { PositionKind } from '../../src/domain/quote/position';
import type { MessageKey } from '../../src/shared/i18n';
import { el } from '../dom';
import type { PositionRow } from './row';

export type RowAction = 'up' | 'down' | 'duplicate' | 'remove';

/** Material icon paths (24 x 24): a glyph such as ⧉ is missing from many system fonts. */
const ACTIONS: { action: RowAction; icon: string; label: MessageKey }[] = [
  { action: 'up', icon: 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z', label: 'ui.quote.up' },
  {
    action: 'down',
    icon: 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z',
    label: 'ui.quote.down',
  },
  {
    action: 'duplicate',
    icon: 'M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z',
    label: 'ui.quote.duplicate',
  },
  {
    action: 'remove',
    icon: 'M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    label: 'ui.quote.remove',
  },
];

const SVG = 'http://www.w3.org/2000/svg';

function icon(d: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', 'currentColor');
  svg.appendChild(path);
  return svg;
}

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
  for (const { action, icon: d, label } of ACTIONS) {
    const b = el(
      'button',
      {
        class: `icon-btn act-${action}`,
        attrs: { type: 'button' },
        on: { click: () => row.act(action) },
      },
      icon(d),
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
