// The sidebar shell: loads the state with one call, shows tabs, banners and the current view.
import type {
  ErrorDto,
  OrderDto,
  SettingsFormDto,
  SidebarBoot,
  SidebarStateDto,
} from '../src/shared/contract';
import type { Lang, MessageKey } from '../src/shared/i18n';
import type { SidebarView } from '../src/shared/limits';
import { banner, closeButton, errorText, type Notice } from './banner';
import { button, el, loadingBlock, replaceChildren, whileBusy } from './dom';
import { type Tr, translator } from './labels';
import { call, errorOf } from './rpc';
import { applyOrder } from './state';
import { InquiryView } from './views/inquiry';
import { ListView } from './views/list';
import { OpenItemsView } from './views/openItems';
import { OrderView } from './views/order';
import { SettingsView } from './views/settings';
import { SetupView } from './views/setup';

/** What the views get from the shell. */
export interface Ctx {
  readonly lang: Lang;
  readonly tr: Tr;
  /** The loaded state; views may read it and the shell keeps it current. */
  readonly data: SidebarStateDto;
  notify(notice: Notice | null): void;
  /** Shows a failed call: in the banner, with "Try again" when the error is not about a field. */
  fail(reason: unknown, retry?: () => void): ErrorDto;
  /** The order the user now looks at (after a move, a pick in the list, a new inquiry). */
  showOrder(order: OrderDto | null): void;
  go(view: SidebarView): void;
  /** Loads the whole state again (after setup, after a language change, on "Refresh"). */
  reload(trigger?: HTMLButtonElement | null): Promise<void>;
  refreshActive(trigger?: HTMLButtonElement | null): Promise<void>;
  settingsForm: SettingsFormDto | null;
  setSettingsProblems(form: SettingsFormDto): void;
  clientsStale: boolean;
}

interface View {
  element: HTMLElement;
  /** Called each time the view becomes visible. */
  shown?(): void;
  /** Called when the loaded state changed underneath the view. */
  refresh?(): void;
}

const TABS: { view: SidebarView; label: MessageKey }[] = [
  { view: 'order', label: 'ui.tab.order' },
  { view: 'list', label: 'ui.tab.list' },
  { view: 'items', label: 'ui.tab.items' },
  { view: 'inquiry', label: 'ui.tab.inquiry' },
  { view: 'settings', label: 'ui.tab.settings' },
];

export class App implements Ctx {
  lang: Lang;
  tr: Tr;
  data!: SidebarStateDto;
  settingsForm: SettingsFormDto | null = null;
  clientsStale = false;
  private view: SidebarView;
  private loaded = false;
  private readonly root: HTMLElement;
  private noticeHost = el('div', { class: 'notice-host' });
  private problemsHost = el('div', { class: 'problems-host' });
  private viewHost = el('main', { class: 'view-host' });
  private tabButtons = new Map<SidebarView, HTMLButtonElement>();
  private views = new Map<SidebarView, View>();
  private orderView: OrderView | null = null;
  private problemsDismissed = false;
  /** Bumped whenever the shown order changes, so an older background refresh cannot overwrite a newer answer. */
  private activeSeq = 0;
  private refreshing = false;
  /** The sheet may have changed while the user was away; the order view refreshes when next shown. */
  private activeStale = false;

  constructor(root: HTMLElement, boot: SidebarBoot) {
    this.root = root;
    this.lang = boot.lang;
    this.tr = translator(boot.lang);
    this.view = boot.view;
  }

  start(): void {
    replaceChildren(this.root, loadingBlock(this.tr('ui.loading')));
    window.addEventListener('focus', () => this.onFocus());
    void this.reload();
  }

  async reload(trigger: HTMLButtonElement | null = null): Promise<void> {
    try {
      const data = await whileBusy(trigger, () => call('sidebarLoad'));
      this.setData(data);
    } catch (reason) {
      if (!this.loaded) this.renderLoadFailure(reason);
      else this.fail(reason, () => void this.reload(trigger));
    }
  }

  private setData(data: SidebarStateDto): void {
    const langChanged = data.lang !== this.lang || !this.loaded;
    this.data = data;
    this.activeSeq += 1;
    this.loaded = true;
    this.clientsStale = false;
    if (langChanged) {
      this.lang = data.lang;
      this.tr = translator(data.lang);
      document.documentElement.lang = data.lang;
    }
    // Views hold typed input, so they survive a reload; only a new language (or setup) rebuilds them.
    const rebuild = langChanged || !data.registerReady || !this.root.querySelector('.tabs');
    if (rebuild) this.renderShell();
    else {
      for (const view of this.views.values()) view.refresh?.();
      this.orderView?.render(data.active);
      this.renderProblems();
    }
  }

  private renderLoadFailure(reason: unknown): void {
    const retry = button(this.tr('ui.retry'), 'primary', (b) => void this.reload(b));
    replaceChildren(
      this.root,
      el(
        'div',
        { class: 'panel' },
        el('h2', { class: 'panel-title' }, this.tr('ui.loadFailed')),
        el('p', { class: 'banner banner-error', attrs: { role: 'alert' } }, this.messageOf(errorOf(reason))),
        retry,
      ),
    );
  }

  private renderShell(): void {
    this.views.clear();
    this.tabButtons.clear();
    this.orderView = null;
    this.noticeHost = el('div', { class: 'notice-host', attrs: { 'aria-live': 'polite' } });
    this.problemsHost = el('div', { class: 'problems-host' });
    this.viewHost = el('main', { class: 'view-host' });
    if (!this.data.registerReady) {
      const setup = new SetupView(this);
      replaceChildren(this.root, this.noticeHost, this.viewHost);
      this.viewHost.appendChild(setup.element);
      return;
    }
    const tabs = el('nav', {
      class: 'tabs',
      attrs: { role: 'tablist', 'aria-label': this.tr('menu.title') },
    });
    for (const tab of TABS) {
      const b = el(
        'button',
        {
          class: 'tab',
          attrs: { type: 'button', role: 'tab', id: `tab-${tab.view}`, 'aria-controls': `view-${tab.view}` },
          on: { click: () => this.go(tab.view), keydown: (e) => this.onTabKey(e, tab.view) },
        },
        this.tr(tab.label),
      );
      this.tabButtons.set(tab.view, b);
      tabs.appendChild(b);
    }
    replaceChildren(this.root, tabs, this.problemsHost, this.noticeHost, this.viewHost);
    this.renderProblems();
    this.go(this.view, false);
    // The overdue count sits on its tab from the start, whichever view opens.
    this.showOverdue(this.data.openItems.items.filter((i) => i.daysOverdue > 0).length);
  }

  /** The open-items tab carries the number of overdue invoices, so money owed is visible from any view. */
  showOverdue(count: number): void {
    const tab = this.tabButtons.get('items');
    if (tab) tab.textContent = count > 0 ? `${this.tr('ui.tab.items')} (${count})` : this.tr('ui.tab.items');
  }

  /** Arrow keys move between tabs, as in every tab strip. */
  private onTabKey(e: KeyboardEvent, view: SidebarView): void {
    const i = TABS.findIndex((tab) => tab.view === view);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length].view;
    this.go(next);
    this.tabButtons.get(next)?.focus();
  }

  go(view: SidebarView, clearNotice = true): void {
    if (clearNotice && view !== this.view) this.notify(null);
    this.view = view;
    if (!this.data.registerReady) return;
    for (const [v, b] of this.tabButtons) {
      const selected = v === view;
      b.setAttribute('aria-selected', String(selected));
      b.tabIndex = selected ? 0 : -1;
    }
    const current = this.viewFor(view);
    for (const [v, other] of this.views) other.element.hidden = v !== view;
    if (!current.element.isConnected) this.viewHost.appendChild(current.element);
    current.shown?.();
    this.renderProblems();
    if (view === 'order' && this.activeStale) void this.refreshActive();
  }

  private viewFor(view: SidebarView): View {
    let v = this.views.get(view);
    if (!v) {
      if (view === 'order') {
        this.orderView = new OrderView(this);
        this.orderView.render(this.data.active);
        v = this.orderView;
      } else if (view === 'list') v = new ListView(this);
      else if (view === 'items') v = new OpenItemsView(this, (n) => this.showOverdue(n));
      else if (view === 'inquiry') v = new InquiryView(this);
      else v = new SettingsView(this);
      v.element.id = `view-${view}`;
      v.element.setAttribute('role', 'tabpanel');
      v.element.setAttribute('aria-labelledby', `tab-${view}`);
      this.views.set(view, v);
    }
    return v;
  }

  showOrder(order: OrderDto | null): void {
    this.activeSeq += 1;
    this.activeStale = false;
    this.data.active = order;
    if (order) applyOrder(this.data, order);
    (this.views.get('list') as ListView | undefined)?.refresh();
    this.viewFor('order');
    this.orderView?.render(order);
    this.go('order', false);
  }

  private onFocus(): void {
    if (!this.loaded || !this.data.registerReady) return;
    this.activeStale = true;
    if (this.view === 'order') void this.refreshActive();
  }

  /**
   * Asks for the order under the cursor. Cheap (one call) and only on demand: when the sidebar
   * gains focus or the user presses Refresh; never on a timer.
   */
  async refreshActive(trigger: HTMLButtonElement | null = null): Promise<void> {
    // A half-typed reason would be lost by a re-render; the user is busy in the sidebar anyway.
    if (this.refreshing || (!trigger && this.orderView?.isEditing())) return;
    this.refreshing = true;
    this.activeStale = false;
    const seq = ++this.activeSeq;
    try {
      const order = await whileBusy(trigger, () => call('sidebarActiveOrder'));
      if (seq !== this.activeSeq) return;
      const changed = JSON.stringify(order) !== JSON.stringify(this.data.active);
      this.data.active = order;
      if (order) applyOrder(this.data, order);
      if (changed) {
        this.orderView?.render(order);
        (this.views.get('list') as ListView | undefined)?.refresh();
      }
    } catch (reason) {
      // A background refresh that fails is not worth a banner; a pressed button is.
      if (trigger) this.fail(reason, () => void this.refreshActive());
    } finally {
      this.refreshing = false;
    }
  }

  setSettingsProblems(form: SettingsFormDto): void {
    this.settingsForm = form;
    this.data.settingsProblems = form.problems;
    this.problemsDismissed = false;
    this.renderProblems();
  }

  /** The settings sheet's problems, as a banner that can be dismissed and leads to the settings. */
  private renderProblems(): void {
    const problems = this.data.settingsProblems;
    if (problems.length === 0 || this.problemsDismissed || this.view === 'settings') {
      replaceChildren(this.problemsHost);
      return;
    }
    const shown = problems.slice(0, 3);
    const list = el('ul', { class: 'banner-list' }, ...shown.map((p) => el('li', {}, p.message)));
    const more =
      problems.length > shown.length
        ? el('p', {}, this.tr('ui.settingsProblems.more', { count: problems.length - shown.length }))
        : null;
    replaceChildren(
      this.problemsHost,
      el(
        'div',
        { class: 'banner banner-warning', attrs: { role: 'status' } },
        el(
          'div',
          { class: 'banner-body' },
          el('strong', {}, this.tr('ui.settingsProblems.title')),
          list,
          more,
          el(
            'div',
            { class: 'banner-actions' },
            button(this.tr('ui.settingsProblems.open'), 'text', () => this.go('settings')),
          ),
        ),
        closeButton(this.tr, () => {
          this.problemsDismissed = true;
          this.renderProblems();
        }),
      ),
    );
  }

  notify(notice: Notice | null): void {
    if (!notice) {
      replaceChildren(this.noticeHost);
      return;
    }
    replaceChildren(
      this.noticeHost,
      banner(this.tr, notice, () => this.notify(null)),
    );
    if (notice.kind === 'error') this.noticeHost.scrollIntoView({ block: 'nearest' });
  }

  fail(reason: unknown, retry?: () => void): ErrorDto {
    const error = errorOf(reason);
    const aboutAField = error.field !== null;
    this.notify({ kind: 'error', text: this.messageOf(error), retry: aboutAField ? undefined : retry });
    return error;
  }

  messageOf(error: ErrorDto): string {
    return errorText(this.tr, error);
  }
}
