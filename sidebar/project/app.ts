// The project dialog: the order's header (stage, next step, deviations), six tabs and the message banner they share.

import { formatDate } from '../../src/domain/dates';
import { formatScaled } from '../../src/domain/decimal';
import { formatMoney } from '../../src/domain/money';
import type { MessageKey } from '../../src/shared/i18n/browser';
import type { ProjectBoot, ProjectDto, ProjectTab } from '../../src/shared/projectContract';
import { banner, errorText } from '../banner';
import { el, loadingBlock, replaceChildren, whileBusy } from '../dom';
import { stageChip, type Tr, translator, trLoose } from '../labels';
import { call, errorOf } from '../rpc';
import { acceptanceTab } from './acceptance';
import { aftercareTab } from './aftercare';
import { handoverTab } from './handover';
import { deviationChip, docLinks, type FieldMap, type PrjCtx, type TabView, type Tone } from './kit';
import { meetingsTab } from './meetings';
import { overviewTab } from './overview';
import { timeTab } from './time';

const TABS: readonly { tab: ProjectTab; label: MessageKey; view: TabView }[] = [
  { tab: 'overview', label: 'ui.project.tab.overview', view: overviewTab },
  { tab: 'meetings', label: 'ui.project.tab.meetings', view: meetingsTab },
  { tab: 'time', label: 'ui.project.tab.time', view: timeTab },
  { tab: 'acceptance', label: 'ui.project.tab.acceptance', view: acceptanceTab },
  { tab: 'handover', label: 'ui.project.tab.handover', view: handoverTab },
  { tab: 'aftercare', label: 'ui.project.tab.aftercare', view: aftercareTab },
];

export function isProjectTab(value: unknown): value is ProjectTab {
  return TABS.some((t) => t.tab === value);
}

export class ProjectApp {
  private readonly head = el('header', { class: 'prj-head' });
  private readonly tabs = el('div', { class: 'prj-tabs', attrs: { role: 'tablist' } });
  private readonly notice = el('div', { class: 'prj-notice' });
  private readonly body = el('div', { class: 'prj-body', attrs: { role: 'tabpanel' } });
  private readonly ctx: PrjCtx;
  private readonly tr: Tr;
  private project: ProjectDto | null = null;
  private tab: ProjectTab;

  constructor(
    private readonly root: HTMLElement,
    private readonly boot: ProjectBoot,
  ) {
    const lang = boot.lang;
    const tr = translator(lang);
    this.tr = tr;
    this.tab = boot.tab;
    this.ctx = {
      lang,
      tr,
      money: (cents) => formatMoney(cents, lang),
      date: (iso) => (iso ? formatDate(iso, lang) : '–'),
      // The server counts time in hundredths of an hour, as it counts money in cents.
      hours: (centiHours) => formatScaled(Math.round(centiHours), 2, lang, 0),
      percent: (bp) => `${formatScaled(Math.round(bp / 10), 1, lang, 0)} %`,
      say: (text, tone = 'success', links = []) => this.say(text, tone, links),
      run: (b, work, form) => this.run(b, work, form),
      act: async (b, work, form) => {
        const r = await this.run(b, work, form);
        if (!r) return false;
        this.render(r.project);
        this.say(r.message, 'success', docLinks(tr, r.docUrl, r.pdfUrl));
        return true;
      },
      reload: () => this.load(false),
    };
  }

  start(): void {
    for (const t of TABS) {
      this.tabs.appendChild(
        el(
          'button',
          {
            class: 'prj-tab',
            attrs: { id: `tab-${t.tab}`, role: 'tab', type: 'button', 'aria-selected': 'false' },
            on: { click: () => this.show(t.tab) },
          },
          this.tr(t.label),
        ),
      );
    }
    replaceChildren(this.root, this.head, this.tabs, this.notice, this.body);
    void this.load(true);
  }

  private async load(first: boolean): Promise<void> {
    const { tr } = this;
    if (!this.boot.orderNo) {
      this.say(tr('ui.project.noOrder'), 'error');
      return;
    }
    if (first) replaceChildren(this.body, loadingBlock(tr('ui.loading')));
    try {
      this.render(await call('projectLoad', { orderNo: this.boot.orderNo }));
    } catch (reason) {
      const error = errorOf(reason);
      this.notify(
        banner(tr, { kind: 'error', text: errorText(tr, error), retry: () => void this.load(first) }, () =>
          this.say(''),
        ),
      );
      if (first) replaceChildren(this.body);
    }
  }

  private render(p: ProjectDto): void {
    this.project = p;
    this.renderHead(p);
    this.renderTab();
  }

  private renderHead(p: ProjectDto): void {
    const { tr } = this;
    const deviations = p.figures.deviations;
    replaceChildren(
      this.head,
      el(
        'div',
        { class: 'prj-head-main' },
        el(
          'div',
          { class: 'prj-topline' },
          el('span', { class: 'prj-no' }, p.orderNo),
          el('span', { class: 'prj-client' }, p.client),
        ),
        el('h1', { class: 'prj-title' }, p.title || '–'),
      ),
      el(
        'div',
        { class: 'prj-head-side' },
        el(
          'div',
          { class: 'prj-head-status' },
          stageChip(tr, p.stage),
          el(
            'span',
            { class: 'prj-next' },
            el('span', { class: 'prj-next-label' }, `${tr('ui.project.nextStep')}: `),
            el('span', { class: 'prj-next-value' }, trLoose(tr, p.nextStep)),
          ),
        ),
        deviations.length
          ? el(
              'div',
              { class: 'prj-devs', attrs: { 'aria-label': tr('ui.project.deviations') } },
              ...deviations.map(deviationChip),
            )
          : null,
      ),
    );
  }

  private show(tab: ProjectTab): void {
    if (tab !== this.tab) this.say('');
    this.tab = tab;
    this.renderTab();
    this.body.scrollTop = 0;
  }

  private renderTab(): void {
    for (const b of Array.from(this.tabs.children))
      b.setAttribute('aria-selected', String(b.id === `tab-${this.tab}`));
    this.body.setAttribute('aria-labelledby', `tab-${this.tab}`);
    const p = this.project;
    if (!p) return;
    const view = TABS.find((t) => t.tab === this.tab)?.view ?? overviewTab;
    // An answer re-renders the tab in place: the reader keeps their place in it.
    const scroll = this.body.scrollTop;
    replaceChildren(this.body, view(this.ctx, p));
    this.body.scrollTop = scroll;
  }

  private notify(node: HTMLElement | null): void {
    replaceChildren(this.notice, node);
  }

  private say(text: string, tone: Tone = 'success', links: (HTMLAnchorElement | null)[] = []): void {
    if (text === '') {
      this.notify(null);
      return;
    }
    const b = banner(this.tr, { kind: tone, text }, () => this.say(''));
    const shown = links.filter((a): a is HTMLAnchorElement => a !== null);
    if (shown.length)
      b.querySelector('.banner-body')?.appendChild(el('p', { class: 'prj-banner-links' }, ...shown));
    this.notify(b);
  }

  private async run<T>(b: HTMLButtonElement, work: () => Promise<T>, form?: FieldMap): Promise<T | null> {
    this.say('');
    form?.clear();
    try {
      return await whileBusy(b, work);
    } catch (reason) {
      const error = errorOf(reason);
      const unplaced = form ? form.show(error.fields) : error.fields;
      // The message shows in the banner too; further complaints no field could take are listed under it.
      const details = Array.from(new Set(unplaced.map((e) => e.message))).filter((m) => m !== error.message);
      this.notify(
        banner(this.tr, { kind: 'error', text: errorText(this.tr, error), details }, () => this.say('')),
      );
      return null;
    }
  }
}
