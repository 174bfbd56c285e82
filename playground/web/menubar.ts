// The menu bar: Sheets' own menus (shown, not emulated) and Extensions → add-on → the items onOpen created.
import type { MenuEntry } from '../../emulator/index';
import type { MenuView } from '../wire';
import { byId, clear, el } from './dom';
import type { LabelKey, Tr } from './labels';

const SHEETS_MENUS: LabelKey[] = [
  'menu.file',
  'menu.edit',
  'menu.view',
  'menu.insert',
  'menu.format',
  'menu.data',
  'menu.tools',
];

export type RunMenuItem = (functionName: string) => void;

export class MenuBar {
  private readonly bar = byId('menubar');
  private open: HTMLElement | null = null;

  constructor(
    private readonly tr: Tr,
    private readonly onRun: RunMenuItem,
  ) {
    document.addEventListener('click', (event) => {
      if (this.open && !this.open.contains(event.target as Node)) this.close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  render(menus: MenuView[]): void {
    this.open = null;
    const addonMenus = menus.filter((m) => m.addon);
    const ownMenus = menus.filter((m) => !m.addon);
    const extensions: HTMLElement[] = addonMenus.length
      ? addonMenus.map((m) => this.submenu(m.caption, m.items))
      : [this.inertEntry(this.tr('menu.noAddon'))];
    clear(
      this.bar,
      ...SHEETS_MENUS.map((key) => this.inertTop(this.tr(key))),
      this.top(this.tr('menu.extensions'), extensions),
      this.inertTop(this.tr('menu.help')),
      // A createMenu() menu stands beside Help in Sheets.
      ...ownMenus.map((m) =>
        this.top(
          m.caption,
          m.items.map((item) => this.entry(item)),
        ),
      ),
    );
  }

  private close(): void {
    if (!this.open) return;
    for (const list of this.open.querySelectorAll<HTMLElement>('.menu-list')) list.hidden = true;
    for (const b of this.open.querySelectorAll('[aria-expanded]')) b.setAttribute('aria-expanded', 'false');
    this.open = null;
  }

  private inertTop(caption: string): HTMLElement {
    return el(
      'div',
      { class: 'menu-top' },
      el(
        'button',
        {
          class: 'menu-button inert',
          attrs: { type: 'button', title: this.tr('menu.notHere'), 'aria-disabled': 'true' },
        },
        caption,
      ),
    );
  }

  private top(caption: string, items: HTMLElement[]): HTMLElement {
    const list = el('ul', { class: 'menu-list', attrs: { role: 'menu' } }, ...items);
    list.hidden = true;
    const button = el(
      'button',
      { class: 'menu-button', attrs: { type: 'button', 'aria-haspopup': 'true', 'aria-expanded': 'false' } },
      caption,
    );
    const wrapper = el('div', { class: 'menu-top' }, button, list);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      const wasOpen = this.open === wrapper;
      this.close();
      if (wasOpen) return;
      list.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      this.open = wrapper;
      list.querySelector<HTMLButtonElement>('.menu-entry')?.focus();
    });
    return wrapper;
  }

  private entry(item: MenuEntry): HTMLElement {
    if (item.type === 'separator') return el('li', { class: 'menu-separator', attrs: { role: 'separator' } });
    if (item.type === 'submenu') return this.submenu(item.caption, item.items);
    const button = el(
      'button',
      {
        class: 'menu-entry',
        attrs: { type: 'button', role: 'menuitem', 'data-function': item.functionName },
      },
      item.caption,
    );
    button.addEventListener('click', () => {
      this.close();
      this.onRun(item.functionName);
    });
    return el('li', { class: 'menu-item' }, button);
  }

  private submenu(caption: string, items: MenuEntry[]): HTMLElement {
    const list = el(
      'ul',
      { class: 'menu-list', attrs: { role: 'menu' } },
      ...items.map((i) => this.entry(i)),
    );
    list.hidden = true;
    const button = el(
      'button',
      {
        class: 'menu-entry',
        attrs: { type: 'button', role: 'menuitem', 'aria-haspopup': 'true', 'aria-expanded': 'false' },
      },
      el('span', {}, caption),
      el('span', { attrs: { 'aria-hidden': 'true' } }, '▸'),
    );
    const show = () => {
      list.hidden = false;
      button.setAttribute('aria-expanded', 'true');
    };
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      show();
      list.querySelector<HTMLButtonElement>('.menu-entry')?.focus();
    });
    const item = el('li', { class: 'menu-item' }, button, list);
    item.addEventListener('mouseenter', show);
    item.addEventListener('mouseleave', () => {
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    });
    return item;
  }

  private inertEntry(caption: string): HTMLElement {
    return el('li', { class: 'menu-item' }, el('span', { class: 'menu-entry inert' }, caption));
  }
}
