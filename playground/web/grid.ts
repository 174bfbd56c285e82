// The grid: draws one sheet's cells with their formats, keeps the current cell, and edits cells in place.
import type { CellView, SheetView, StyleView } from '../wire';
import { byId, clear, el } from './dom';
import { driveHref } from './driveLink';

const HEADER_HEIGHT = 22;
const ROW_HEIGHT = 22;
const ROW_HEADER_WIDTH = 46;

export interface GridEvents {
  select(row: number, column: number): void;
  /** The user typed `text` into the cell (or picked it from its drop-down). */
  edit(row: number, column: number, text: string): void;
}

function applyStyle(cell: HTMLElement, style: StyleView | undefined): void {
  if (!style) return;
  // CSSOM, not a style attribute: the page's CSP allows no inline styles.
  if (style.background) cell.style.background = style.background;
  if (style.color) cell.style.color = style.color;
  if (style.bold) cell.style.fontWeight = '700';
  if (style.italic) cell.style.fontStyle = 'italic';
  const lines = [style.underline ? 'underline' : '', style.strike ? 'line-through' : ''].filter(Boolean);
  if (lines.length) cell.style.textDecoration = lines.join(' ');
  if (style.align) cell.style.textAlign = style.align;
  if (style.wrap) cell.classList.add('wrap');
}

export class Grid {
  private readonly host = byId('grid-host');
  private view: SheetView | null = null;
  private current: { row: number; column: number } | null = null;
  private editor: HTMLInputElement | null = null;
  private choices: HTMLElement | null = null;

  constructor(private readonly events: GridEvents) {
    this.host.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('click', (event) => {
      if (this.choices && !this.choices.contains(event.target as Node)) this.closeChoices();
    });
  }

  get sheetName(): string | null {
    return this.view?.name ?? null;
  }

  cellAt(row: number, column: number): CellView | null {
    return this.view?.cells[row - 1]?.[column - 1] ?? null;
  }

  /** What the formula bar and the in-place editor start with: the formula, else the shown text. */
  editText(row: number, column: number): string {
    const cell = this.cellAt(row, column);
    return cell?.f ?? cell?.t ?? '';
  }

  render(view: SheetView): void {
    this.closeEditor();
    this.closeChoices();
    const keepScroll = this.view?.name === view.name;
    const { scrollTop, scrollLeft } = this.host;
    this.view = view;
    const colgroup = el('colgroup', {}, el('col', {}));
    (colgroup.firstChild as HTMLElement).style.width = `${ROW_HEADER_WIDTH}px`;
    const head = el('tr', {}, el('th', { class: 'corner' }));
    const lefts: number[] = [];
    let left = ROW_HEADER_WIDTH;
    for (const column of view.columns) {
      const col = el('col', {});
      col.style.width = column.hidden ? '0px' : `${column.width}px`;
      colgroup.appendChild(col);
      lefts.push(left);
      if (!column.hidden) left += column.width;
      const th = el('th', { attrs: { scope: 'col' } }, column.hidden ? '' : column.letter);
      if (column.index <= view.frozenColumns) this.stickLeft(th, lefts[column.index - 1], 4);
      head.appendChild(th);
    }
    const body = el('tbody', {});
    view.cells.forEach((cells, r) => {
      body.appendChild(this.row(view, cells, r + 1, lefts));
    });
    const table = el('table', { class: 'grid', attrs: { role: 'grid', 'data-sheet': view.name } }, colgroup);
    table.append(el('thead', {}, head), body);
    table.style.width = `${left}px`;
    clear(this.host, table);
    if (keepScroll) {
      this.host.scrollTop = scrollTop;
      this.host.scrollLeft = scrollLeft;
    }
    this.markCurrent(view.current);
  }

  private stickLeft(cell: HTMLElement, left: number, zIndex: number): void {
    cell.style.position = 'sticky';
    cell.style.left = `${left}px`;
    cell.style.zIndex = String(zIndex);
  }

  private row(view: SheetView, cells: (CellView | null)[], row: number, lefts: number[]): HTMLElement {
    const tr = el(
      'tr',
      { attrs: { 'data-row': String(row) } },
      el('th', { attrs: { scope: 'row' } }, String(row)),
    );
    if (row <= view.frozenRows) {
      tr.classList.add('frozen');
      if (row === view.frozenRows) tr.classList.add('frozen-last');
    }
    cells.forEach((cell, c) => {
      const column = c + 1;
      // Document links open the playground's rendering of the file, as Sheets offers a link's preview.
      const href = cell?.t ? driveHref(cell.t) : null;
      const content = href
        ? el('a', { class: 'cell-link', attrs: { href, target: '_blank', rel: 'noopener' } }, cell?.t)
        : (cell?.t ?? '');
      const td = el('td', { attrs: { 'data-column': String(column) } }, content);
      if (cell) this.decorate(td, view, cell, row, column);
      if (column <= view.frozenColumns) {
        this.stickLeft(td, lefts[c], 1);
        if (!td.style.background) td.style.background = '#fff';
      }
      td.addEventListener('mousedown', () => this.select(row, column));
      td.addEventListener('dblclick', () => this.openEditor(row, column, this.editText(row, column)));
      tr.appendChild(td);
    });
    if (row <= view.frozenRows) {
      for (const cell of tr.children) {
        (cell as HTMLElement).style.top = `${HEADER_HEIGHT + (row - 1) * ROW_HEIGHT}px`;
        if (!(cell as HTMLElement).style.background) (cell as HTMLElement).style.background = '#fff';
      }
      (tr.firstChild as HTMLElement).style.background = '#f8f9fa';
    }
    return tr;
  }

  private decorate(td: HTMLElement, view: SheetView, cell: CellView, row: number, column: number): void {
    applyStyle(td, cell.s === undefined ? undefined : view.styles[cell.s]);
    const tips: string[] = [];
    if (cell.n) {
      td.classList.add('has-note');
      tips.push(cell.n);
    }
    if (cell.bad !== undefined) {
      td.classList.add('bad');
      tips.push(cell.bad);
    }
    if (tips.length) td.title = tips.join('\n');
    if (cell.d !== undefined) {
      const list = view.lists[cell.d];
      td.classList.add('has-list');
      if (cell.t === '') td.classList.add('blank');
      const drop = el(
        'button',
        { class: 'drop', attrs: { type: 'button', tabindex: '-1', 'aria-label': '▾' } },
        '▾',
      );
      drop.addEventListener('mousedown', (event) => event.stopPropagation());
      drop.addEventListener('click', (event) => {
        event.stopPropagation();
        this.select(row, column);
        this.showChoices(drop, row, column, list);
      });
      td.appendChild(drop);
    }
  }

  private td(row: number, column: number): HTMLElement | null {
    return this.host.querySelector<HTMLElement>(`tr[data-row="${row}"] td[data-column="${column}"]`);
  }

  private markCurrent(current: { row: number; column: number } | null): void {
    for (const old of this.host.querySelectorAll('td.current')) old.classList.remove('current');
    this.current = current;
    if (current) this.td(current.row, current.column)?.classList.add('current');
  }

  /** Shows a cell as current without telling anyone (the page already knows it). */
  markCell(row: number, column: number): void {
    this.markCurrent({ row, column });
  }

  select(row: number, column: number): void {
    if (!this.view) return;
    const same = this.current?.row === row && this.current?.column === column;
    this.markCurrent({ row, column });
    this.host.focus({ preventScroll: true });
    if (!same) this.events.select(row, column);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.view || !this.current || this.editor) return;
    const { row, column } = this.current;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const nextRow = Math.min(Math.max(row + move[0], 1), this.view.rowCount);
      const nextColumn = Math.min(Math.max(column + move[1], 1), this.view.columns.length);
      this.select(nextRow, nextColumn);
      this.td(nextRow, nextColumn)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.openEditor(row, column, this.editText(row, column));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.events.edit(row, column, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.openEditor(row, column, event.key);
    }
  }

  /** An input over the cell, as Sheets shows one: Enter keeps the text, Escape drops it. */
  openEditor(row: number, column: number, text: string): void {
    const td = this.td(row, column);
    if (!td) return;
    this.closeEditor();
    const box = td.getBoundingClientRect();
    const input = el('input', { class: 'cell-editor', attrs: { type: 'text', 'aria-label': 'cell editor' } });
    input.value = text;
    input.style.left = `${box.left}px`;
    input.style.top = `${box.top}px`;
    input.style.minWidth = `${box.width}px`;
    input.style.height = `${box.height}px`;
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        const value = input.value;
        this.closeEditor();
        this.events.edit(row, column, value);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.closeEditor();
      }
    });
    input.addEventListener('blur', () => {
      if (this.editor === input) this.closeEditor();
    });
    document.body.appendChild(input);
    this.editor = input;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  private closeEditor(): void {
    const editor = this.editor;
    this.editor = null;
    editor?.remove();
    if (editor) this.host.focus({ preventScroll: true });
  }

  private showChoices(anchor: HTMLElement, row: number, column: number, items: string[]): void {
    this.closeChoices();
    const box = anchor.getBoundingClientRect();
    const list = el(
      'ul',
      { class: 'choices', attrs: { role: 'listbox' } },
      ...items.map((item) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              class: 'menu-entry',
              attrs: { type: 'button', role: 'option' },
              on: {
                click: () => {
                  this.closeChoices();
                  this.events.edit(row, column, item);
                },
              },
            },
            item,
          ),
        ),
      ),
    );
    list.style.left = `${Math.max(box.right - 220, 8)}px`;
    list.style.top = `${box.bottom + 4}px`;
    list.style.minWidth = '220px';
    document.body.appendChild(list);
    this.choices = list;
  }

  private closeChoices(): void {
    this.choices?.remove();
    this.choices = null;
  }
}
