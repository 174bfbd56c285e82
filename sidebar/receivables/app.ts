// The receivables dialog: two tabs (open items, bank import) and the message line they share.
import { formatDate } from '../../src/domain/dates';
import { formatMoney } from '../../src/domain/money';
import { type Lang, type MessageKey, type MessageParams, t } from '../../src/shared/i18n/browser';
import type { ReceivablesBoot } from '../../src/shared/receivablesContract';
import { el, externalLink, replaceChildren } from '../dom';
import { errorOf } from '../rpc';
import { ImportTab } from './importTab';
import { ItemsTab } from './itemsTab';

export type Tone = 'ok' | 'warn' | 'err';

export interface RcvCtx {
  lang: Lang;
  tr(key: MessageKey, params?: MessageParams): string;
  money(cents: number): string;
  date(iso: string | null): string;
  /** Shows `text` in the message line ('' hides it), with a link after it when one is given. */
  say(text: string, tone?: Tone, link?: { href: string; label: string }): void;
  fail(reason: unknown): void;
}

export class ReceivablesApp {
  private readonly message = el('div', { class: 'rcv-msg', attrs: { role: 'status', hidden: true } });
  private readonly body = el('div', { class: 'rcv-body', attrs: { role: 'tabpanel' } });
  private readonly ctx: RcvCtx;

  constructor(
    private readonly root: HTMLElement,
    private readonly boot: ReceivablesBoot,
  ) {
    const lang = boot.lang;
    this.ctx = {
      lang,
      tr: (key, params) => t(lang, key, params),
      money: (cents) => formatMoney(cents, lang),
      date: (iso) => (iso ? formatDate(iso, lang) : '–'),
      say: (text, tone = 'ok', link) => {
        const a = link ? externalLink(link.href, link.label) : null;
        replaceChildren(this.message, text, a ? ' ' : null, a);
        this.message.className = `rcv-msg ${tone === 'ok' ? '' : tone}`.trim();
        this.message.setAttribute('role', tone === 'err' ? 'alert' : 'status');
        this.message.hidden = text === '';
      },
      fail: (reason) => this.ctx.say(errorOf(reason).message, 'err'),
    };
  }

  start(): void {
    const items = new ItemsTab(this.ctx, this.boot.invoiceId);
    const importTab = new ImportTab(this.ctx, (data) => items.render(data));
    const tabs = el('div', { class: 'rcv-tabs', attrs: { role: 'tablist' } });
    const show = (which: 'items' | 'import') => {
      this.ctx.say('');
      for (const b of Array.from(tabs.children))
        b.setAttribute('aria-selected', String(b.id === `tab-${which}`));
      this.body.setAttribute('aria-labelledby', `tab-${which}`);
      replaceChildren(this.body, which === 'items' ? items.element : importTab.element);
      if (which === 'items') items.shown();
    };
    for (const which of ['items', 'import'] as const)
      tabs.appendChild(
        el(
          'button',
          { attrs: { id: `tab-${which}`, role: 'tab', type: 'button' }, on: { click: () => show(which) } },
          this.ctx.tr(which === 'items' ? 'ui.rcv.items' : 'ui.rcv.import'),
        ),
      );
    replaceChildren(this.root, tabs, this.message, this.body);
    show(this.boot.tab);
  }
}
