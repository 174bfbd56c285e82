// The quote editor dialog: loads with one call, keeps the draft, shows live totals from the domain code, saves and closes.
import { parseScaled } from '../../src/domain/decimal';
import { formatMoney } from '../../src/domain/money';
import type { QuoteDraftFields } from '../../src/domain/quote/draft';
import { PERCENT_DECIMALS } from '../../src/domain/quote/position';
import { previewQuote } from '../../src/domain/quote/preview';
import type { ErrorDto, QuoteEditorBoot } from '../../src/shared/contract';
import type { Lang, MessageKey } from '../../src/shared/i18n';
import type { QuoteEditorDto } from '../../src/shared/quoteContract';
import { banner, errorText, type Notice } from '../banner';
import { button, el, loadingBlock, replaceChildren, whileBusy } from '../dom';
import { type Field, setFieldError } from '../forms';
import { quoteStatusChip, type Tr, translator } from '../labels';
import { call, errorOf } from '../rpc';
import { askDiscard } from './discard';
import { ErrorBook, type ErrorKey, keyOf } from './fieldErrors';
import { type FieldCtx, HeaderFields } from './header';
import { cloneDraft, snapshot } from './model';
import { PositionsTable } from './positions';
import { RightsBlock } from './rights';
import { COLUMN_LABEL } from './row';
import { TotalsBox } from './totals';
import { versionsList } from './versions';

/** One editing session of one loaded quote; a save that succeeds starts a new one from the server's answer. */
interface Session {
  dto: QuoteEditorDto;
  draft: QuoteDraftFields;
  saved: string;
  errors: ErrorBook;
  header: HeaderFields;
  rights: RightsBlock;
  table: PositionsTable;
  totals: TotalsBox;
  gross: HTMLElement;
  dirtyTag: HTMLElement;
  saveButton: HTMLButtonElement;
}

export class QuoteEditor {
  private lang: Lang;
  private tr: Tr;
  private s: Session | null = null;
  private saving = false;
  /** Messages of the last update that no field on screen could take. */
  private unplaced: string[] = [];
  private readonly noticeHost = el('div', { class: 'notice-host', attrs: { 'aria-live': 'polite' } });

  constructor(
    private readonly root: HTMLElement,
    private readonly boot: QuoteEditorBoot,
  ) {
    this.lang = boot.lang;
    this.tr = translator(boot.lang);
  }

  start(): void {
    document.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void this.save();
      }
    });
    void this.load(null);
  }

  private async load(trigger: HTMLButtonElement | null): Promise<void> {
    if (!trigger) replaceChildren(this.root, loadingBlock(this.tr('ui.loading')));
    try {
      const dto = await whileBusy(trigger, () => call('quoteLoadEditor', { orderNo: this.boot.orderNo }));
      this.render(dto);
    } catch (reason) {
      this.renderLoadFailure(errorOf(reason));
    }
  }

  private renderLoadFailure(error: ErrorDto): void {
    replaceChildren(
      this.root,
      el(
        'div',
        { class: 'panel load-failed' },
        el('h2', { class: 'panel-title' }, this.tr('ui.quote.loadFailed')),
        el('p', { class: 'banner banner-error', attrs: { role: 'alert' } }, errorText(this.tr, error)),
        el(
          'div',
          { class: 'actions' },
          button(this.tr('ui.retry'), 'primary', (b) => void this.load(b)),
          button(this.tr('ui.quote.close'), 'secondary', () => closeDialog()),
        ),
      ),
    );
  }

  /** Builds the whole editor from a loaded (or just saved) quote. */
  private render(dto: QuoteEditorDto): void {
    if (dto.lang !== this.lang) {
      this.lang = dto.lang;
      this.tr = translator(dto.lang);
      document.documentElement.lang = dto.lang;
    }
    const { tr, lang } = this;
    const draft = cloneDraft(dto.draft);
    const fieldCtx: FieldCtx = {
      tr,
      input: (key) => this.edited(key),
      touch: (key) => this.touched(key),
    };
    const errors = new ErrorBook((key, message) => this.liveText(key, message));
    const header = new HeaderFields(fieldCtx, draft);
    const rights = new RightsBlock(fieldCtx, draft);
    const table = new PositionsTable({ ...fieldCtx, lang, rateCard: dto.rateCard }, draft.positions);
    const totals = new TotalsBox(tr, lang, dto.vatMode, dto.clientKind === 'consumer');
    const next = Math.max(0, ...dto.versions.map((v) => v.version)) + 1;
    const saveButton = button(
      dto.savesNewVersion ? tr('ui.quote.saveAsVersion', { next }) : tr('ui.quote.save'),
      'primary',
      () => void this.save(),
    );
    saveButton.classList.add('save');
    saveButton.title = tr('ui.quote.saveHint');
    const closeButton = button(tr('ui.quote.close'), 'secondary', () => this.close());
    closeButton.classList.add('close');
    const gross = el('span', { class: 'foot-gross num' });
    const dirtyTag = el('span', { class: 'dirty-tag', attrs: { hidden: true } }, tr('ui.quote.unsaved'));
    this.s = {
      dto,
      draft,
      saved: snapshot(draft),
      errors,
      header,
      rights,
      table,
      totals,
      gross,
      dirtyTag,
      saveButton,
    };

    const base = dto.base;
    const head = el(
      'header',
      { class: 'ed-head' },
      el(
        'div',
        { class: 'ed-title-row' },
        el(
          'h1',
          { class: 'ed-title' },
          base ? tr('ui.quote.heading', { number: base.number }) : tr('ui.quote.new'),
        ),
        base ? quoteStatusChip(tr, base.status) : null,
        base ? el('span', { class: 'muted' }, tr('ui.quote.version', { version: base.version })) : null,
      ),
      el(
        'dl',
        { class: 'ed-meta' },
        el(
          'div',
          {},
          el('dt', {}, tr('ui.quote.orderLabel')),
          el('dd', { class: 'ed-order' }, dto.orderNo, dto.orderTitle ? ` · ${dto.orderTitle}` : ''),
        ),
        el(
          'div',
          {},
          el('dt', {}, tr('ui.quote.clientLabel')),
          el('dd', { class: 'ed-client' }, dto.clientName),
        ),
      ),
    );
    const versionNote =
      dto.savesNewVersion && base
        ? el(
            'p',
            { class: 'banner banner-info version-note' },
            tr('ui.quote.newVersion', { version: base.version, next }),
          )
        : null;
    const body = el(
      'div',
      { class: 'ed-body' },
      header.basics(),
      table.element,
      el(
        'div',
        { class: 'ed-lower' },
        el('div', { class: 'ed-lower-main' }, header.texts(), rights.element),
        el(
          'div',
          { class: 'ed-lower-side' },
          totals.element,
          versionsList(tr, lang, dto.versions, base?.number ?? null),
        ),
      ),
    );
    const foot = el(
      'footer',
      { class: 'ed-foot' },
      el(
        'div',
        { class: 'foot-sum' },
        el('span', { class: 'muted' }, tr('ui.quote.grossTotal')),
        gross,
        dirtyTag,
      ),
      el('div', { class: 'actions' }, closeButton, saveButton),
    );
    replaceChildren(this.noticeHost);
    replaceChildren(
      this.root,
      el('div', { class: 'editor' }, head, versionNote, this.noticeHost, body, foot),
    );
    this.update();
  }

  /** A value changed: the server's complaint about it goes, totals and errors follow. */
  private edited(key: ErrorKey): void {
    this.s?.errors.edited(key);
    this.update();
  }

  private touched(key: ErrorKey): void {
    this.s?.errors.touch(key);
    this.update();
  }

  /** Live figures and messages, from the same domain code the server saves with. */
  private update(): Map<ErrorKey, string> {
    const s = this.s;
    if (!s) return new Map();
    const preview = previewQuote(s.draft, this.lang, s.dto.vatMode);
    s.table.setAmounts(preview.amounts);
    const discountBp =
      s.draft.discount.trim() === '' ? 0 : (parseScaled(s.draft.discount, this.lang, PERCENT_DECIMALS) ?? 0);
    s.totals.render(preview.totals, discountBp);
    s.gross.textContent = formatMoney(preview.totals.gross, this.lang);
    s.dirtyTag.hidden = !this.dirty();
    const ids = s.draft.positions.map((p) => p.id);
    const live = new Map<ErrorKey, MessageKey>();
    for (const [path, key] of Object.entries(preview.errors)) {
      const k = keyOf(path, ids);
      if (!live.has(k)) live.set(k, key);
    }
    this.unplaced = this.place(s.errors.current(live));
    return live;
  }

  /** Each message at its field; returns the ones no field on screen could take. */
  private place(shown: ReadonlyMap<ErrorKey, string>): string[] {
    const s = this.s;
    if (!s) return [];
    s.table.showErrors(shown);
    const fields = new Map<string, Field>([...s.header.fields, ...s.rights.fields]);
    for (const [key, f] of fields) {
      const message = shown.get(key);
      if (message === undefined) setFieldError(f, null);
      else setFieldError(f, message, key);
    }
    const unplaced: string[] = [];
    for (const [key, message] of shown) {
      const field = fields.get(key);
      const visible = field ? !field.wrap.closest('[hidden]') : s.table.owns(key);
      if (!visible) unplaced.push(message);
    }
    return unplaced;
  }

  /** The text of a live (domain) error: the message with the label of its field. */
  private liveText(key: ErrorKey, message: MessageKey): string {
    return this.tr(message, { field: this.labelOf(key) });
  }

  private labelOf(key: ErrorKey): string {
    const s = this.s;
    const f = s?.header.fields.get(key) ?? s?.rights.fields.get(key);
    if (f) return f.names[0];
    const dot = key.indexOf('.');
    const name = dot < 0 ? '' : key.slice(dot + 1);
    const column = COLUMN_LABEL[name as keyof typeof COLUMN_LABEL];
    if (column && s?.table.rows.some((r) => key.startsWith(`${r.id}.`))) return this.tr(column);
    return this.tr('field.positions');
  }

  private dirty(): boolean {
    return !!this.s && snapshot(this.s.draft) !== this.s.saved;
  }

  private notify(notice: Notice | null): void {
    if (!notice) replaceChildren(this.noticeHost);
    else
      replaceChildren(
        this.noticeHost,
        banner(this.tr, notice, () => this.notify(null)),
      );
  }

  private focusFirstError(): boolean {
    const target = this.root.querySelector<HTMLElement>('.ed-body [aria-invalid="true"]');
    if (!target) return false;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  }

  async save(): Promise<void> {
    const s = this.s;
    if (!s || this.saving) return;
    s.errors.showAll = true;
    const live = this.update();
    if (live.size > 0) {
      this.notify({ kind: 'error', text: this.tr('ui.quote.fixErrors') });
      if (!this.focusFirstError()) this.noticeHost.scrollIntoView({ block: 'nearest' });
      return;
    }
    this.saving = true;
    const base = s.dto.base;
    const draft = cloneDraft(s.draft);
    try {
      const dto = await whileBusy(s.saveButton, () =>
        call('quoteSave', { orderNo: s.dto.orderNo, baseNumber: base?.number ?? '', draft }),
      );
      this.render(dto);
      const saved = dto.base;
      const { tr } = this;
      if (saved) {
        const text = !base
          ? tr('ui.quote.savedFirst', { number: saved.number, version: saved.version })
          : saved.number !== base.number
            ? tr('ui.quote.savedVersion', {
                number: saved.number,
                version: saved.version,
                previous: base.version,
              })
            : tr('ui.quote.saved', { number: saved.number, version: saved.version });
        this.notify({ kind: 'success', text });
      }
      this.s?.saveButton.focus();
    } catch (reason) {
      this.showSaveError(errorOf(reason));
    } finally {
      this.saving = false;
    }
  }

  /** The server's field errors at their fields (the first focused), the rest in the banner. */
  private showSaveError(error: ErrorDto): void {
    const s = this.s;
    if (!s) return;
    const ids = s.draft.positions.map((p) => p.id);
    const withField = error.fields.filter((f) => f.field !== '');
    s.errors.setServer(
      withField.map((f) => {
        const key = keyOf(f.field, ids);
        return { key, message: this.serverText(f.field, f.message) };
      }),
    );
    this.update();
    const unplaced = this.unplaced;
    const general = error.fields.filter((f) => f.field === '').map((f) => f.message);
    const placedAny = withField.length > unplaced.length;
    const focused = placedAny && this.focusFirstError();
    const others = [...general, ...unplaced];
    if (focused) {
      this.notify({ kind: 'error', text: this.tr('ui.quote.fixErrors'), details: others });
    } else {
      const [first, ...rest] = others.length > 0 ? others : [errorText(this.tr, error)];
      this.notify({
        kind: 'error',
        text: error.code === 'transport' ? errorText(this.tr, error) : first,
        details: error.code === 'transport' ? [] : rest,
        retry: error.code === 'transport' ? () => void this.save() : undefined,
      });
    }
  }

  /** "Position 3: Menge: ..." reads "Menge: ..." in the list under row 3. */
  private serverText(path: string, message: string): string {
    const m = /^(?:draft\.)?positions\.(\d+)\.\w+$/.exec(path);
    if (!m) return message;
    const prefix = this.tr('position.label', { n: Number(m[1]) + 1, field: '' });
    return message.startsWith(prefix) ? message.slice(prefix.length) : message;
  }

  close(): void {
    if (!this.dirty()) {
      closeDialog();
      return;
    }
    askDiscard(this.tr, this.root, () => closeDialog());
  }
}

function closeDialog(): void {
  if (typeof google !== 'undefined' && google.script?.host) google.script.host.close();
}
