// Bank import: paste or upload a statement, map an unknown CSV once, review the matches, book the confirmed ones.
import type {
  OpenItemsDto,
  StatementInput,
  StatementPreviewDto,
  StatementRowDto,
} from '../../src/shared/receivablesContract';
import { button, el, replaceChildren, whileBusy } from '../dom';
import { type Field, field, select, showFieldErrors, textarea } from '../forms';
import { call, errorOf } from '../rpc';
import type { RcvCtx } from './app';

type Review = Extract<StatementPreviewDto, { kind: 'review' }>;
type Mapping = Extract<StatementPreviewDto, { kind: 'mapping' }>;
type ColumnMapping = NonNullable<StatementInput['mapping']>;
type Choice = { check: HTMLInputElement; invoice: HTMLSelectElement };

const MAPPED = ['date', 'amount', 'payer', 'text', 'iban'] as const;

export class ImportTab {
  readonly element = el('section', { class: 'rcv-import' });
  private readonly text = textarea({ spellcheck: 'false', rows: 6 });
  private readonly file = el('input', {
    class: 'visually-hidden',
    attrs: { type: 'file', accept: '.csv,.txt,.xml' },
  });
  private readonly fileName = el('span', { class: 'rcv-small rcv-file-name' });
  private readonly checkButton: HTMLButtonElement;
  private readonly result = el('div', { class: 'rcv-result' });
  private statement: StatementInput | null = null;
  /** The mapping form's fields while it is shown, for the server's errors about them. */
  private mappingFields = new Map<string, Field>();

  constructor(
    private readonly ctx: RcvCtx,
    private readonly booked: (items: OpenItemsDto) => void,
  ) {
    const { tr } = ctx;
    this.file.setAttribute('aria-label', tr('ui.rcv.file'));
    this.file.addEventListener('change', () => void this.readFile());
    // Typed or pasted text is what "Prüfen" checks: the file chosen before no longer counts.
    this.text.addEventListener('input', () => {
      if (this.text.value.trim() !== '') this.fileName.textContent = '';
    });
    this.checkButton = button(tr('ui.rcv.check'), 'primary', (b) => void this.check(null, b));
    replaceChildren(
      this.element,
      field({ label: tr('ui.rcv.paste'), control: this.text, class: 'rcv-paste' }).wrap,
      el(
        'div',
        { class: 'rcv-actions rcv-source' },
        this.checkButton,
        // The browser's own file button speaks the browser's language; this one the dialog's.
        el('label', { class: 'btn btn-secondary rcv-file' }, this.file, tr('ui.rcv.chooseFile')),
        this.fileName,
      ),
      this.result,
    );
  }

  private async readFile(): Promise<void> {
    const chosen = this.file.files?.[0];
    if (!chosen) return;
    // Bytes, not text: the server tells UTF-8 from Windows-1252, so umlauts of any bank's export survive.
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    this.statement = { fileName: chosen.name, encoding: 'base64', content: btoa(binary), mapping: null };
    this.text.value = '';
    this.fileName.textContent = chosen.name;
    // The same file chosen again (after fixing it) is read again.
    this.file.value = '';
    await this.check(null, this.checkButton);
  }

  private input(mapping: StatementInput['mapping']): StatementInput {
    if (this.text.value.trim() !== '')
      this.statement = { fileName: 'clipboard', encoding: 'text', content: this.text.value, mapping: null };
    return { ...(this.statement as StatementInput), mapping };
  }

  /** Sends the statement for a preview; `keep` leaves the message line as it is (after booking). */
  private async check(
    mapping: StatementInput['mapping'],
    b: HTMLButtonElement | null,
    keep = false,
  ): Promise<void> {
    if (!this.statement && this.text.value.trim() === '') {
      this.ctx.say(this.ctx.tr('ui.rcv.nothing'), 'warn');
      this.text.focus();
      return;
    }
    const statement = this.input(mapping);
    try {
      const preview = await whileBusy(b, () => call('statementPreview', statement));
      this.statement = statement;
      if (preview.kind === 'mapping') this.mappingForm(preview);
      else this.review(preview, keep);
    } catch (reason) {
      const error = errorOf(reason);
      const unplaced = showFieldErrors(error.fields, (f) =>
        this.mappingFields.get(f.replace(/^mapping\./, '')),
      );
      if (unplaced.length > 0 || error.fields.length === 0) this.ctx.fail(reason);
      else this.ctx.say('');
    }
  }

  private mappingForm(p: Mapping): void {
    const { tr } = this.ctx;
    const options = [{ value: '', label: '–' }, ...p.headers.map((h) => ({ value: h, label: h }))];
    const picks = MAPPED.map((key) => ({
      key,
      f: field({
        label: tr(`ui.rcv.map.${key}`),
        control: select(options, ''),
        required: key !== 'iban',
        class: 'rcv-map-field',
      }),
    }));
    const decimal = field({
      label: tr('ui.rcv.map.decimal'),
      control: select(
        [
          { value: ',', label: '1.234,56' },
          { value: '.', label: '1,234.56' },
        ],
        ',',
      ),
      class: 'rcv-map-field',
    });
    this.mappingFields = new Map([...picks.map((x) => [x.key, x.f] as const), ['decimal', decimal]]);
    this.ctx.say(p.message, 'warn');
    const sample =
      p.sample.length > 0
        ? el(
            'div',
            { class: 'rcv-sample' },
            el(
              'table',
              { class: 'rcv-table' },
              el('thead', {}, el('tr', {}, ...p.headers.map((h) => el('th', {}, h)))),
              el('tbody', {}, ...p.sample.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
            ),
          )
        : null;
    replaceChildren(
      this.result,
      el(
        'div',
        { class: 'rcv-panel rcv-mapping' },
        el('strong', {}, tr('ui.rcv.mapTitle')),
        sample,
        el('div', { class: 'form-row' }, ...picks.map((x) => x.f.wrap), decimal.wrap),
        el(
          'div',
          { class: 'rcv-actions' },
          button(tr('ui.rcv.check'), 'primary', (b) => {
            const v = Object.fromEntries(picks.map((x) => [x.key, x.f.control.value]));
            void this.check(
              {
                date: v.date,
                amount: v.amount,
                payer: v.payer,
                text: v.text,
                iban: v.iban || undefined,
                decimal: decimal.control.value as ColumnMapping['decimal'],
              },
              b,
            );
          }),
        ),
      ),
    );
  }

  private review(p: Review, keep: boolean): void {
    const { tr } = this.ctx;
    this.mappingFields = new Map();
    if (!keep) this.ctx.say(p.ibanWarning, p.ibanWarning ? 'warn' : 'ok');
    const chosen = new Map<string, Choice>();
    const rows = p.rows.map((r) => this.reviewRow(r, p, chosen));
    const selected = () =>
      [...chosen.entries()]
        .filter(([, c]) => c.check.checked && !c.check.disabled && c.invoice.value !== '')
        .map(([txId, c]) => ({ txId, invoiceId: c.invoice.value }));
    const book = button(tr('ui.rcv.bookSelected'), 'primary', (b) => {
      const accept = selected();
      if (accept.length === 0) return;
      void whileBusy(b, () =>
        call('statementImport', { statement: this.statement as StatementInput, accept }),
      )
        .then((r) => {
          this.ctx.say(r.message);
          this.booked(r.items);
          // The booked credits now show as already booked.
          return this.check(this.statement?.mapping ?? null, null, true);
        })
        .catch((reason) => this.ctx.fail(reason));
    });
    const update = () => {
      book.disabled = selected().length === 0;
    };
    for (const c of chosen.values()) {
      c.check.addEventListener('change', update);
      c.invoice.addEventListener('change', update);
    }
    update();
    const head = el(
      'tr',
      {},
      el('th', { class: 'col-check' }, el('span', { class: 'visually-hidden' }, tr('ui.rcv.col.book'))),
      el('th', {}, tr('ui.rcv.date')),
      el('th', { class: 'num' }, tr('ui.rcv.amount')),
      el('th', {}, tr('ui.rcv.col.payer')),
      el('th', {}, tr('ui.rcv.col.match')),
      el('th', {}, tr('ui.rcv.col.invoice')),
    );
    replaceChildren(
      this.result,
      el(
        'p',
        { class: 'rcv-small rcv-summary' },
        [p.format, p.accountIban, tr('ui.rcv.debits', { count: p.skippedDebits })]
          .filter(Boolean)
          .join(' · '),
      ),
      rows.length
        ? el('table', { class: 'rcv-table rcv-review' }, el('thead', {}, head), el('tbody', {}, ...rows))
        : el('p', { class: 'muted' }, tr('ui.rcv.noCredits')),
      p.problems.length
        ? el(
            'div',
            { class: 'rcv-msg warn rcv-problems' },
            el('strong', {}, tr('ui.rcv.problems')),
            el(
              'ul',
              {},
              ...p.problems.map((x) => el('li', {}, `${tr('ui.rcv.line', { line: x.line })}: ${x.message}`)),
            ),
          )
        : null,
      rows.length ? el('div', { class: 'rcv-actions' }, book) : null,
    );
  }

  private reviewRow(r: StatementRowDto, p: Review, chosen: Map<string, Choice>): HTMLElement {
    const { tr, money, date } = this.ctx;
    const check = el('input', {
      attrs: { type: 'checkbox', 'aria-label': `${r.payer} ${money(r.amountCents)}` },
    });
    check.checked = r.kind === 'sure';
    check.disabled = r.kind === 'duplicate';
    const list = r.candidates.length > 0 ? r.candidates : p.invoices;
    const choices = [
      { value: '', label: tr('ui.rcv.choose') },
      ...list.map((c) => ({ value: c.invoiceId, label: c.label })),
    ];
    // The matched invoice is always choosable, even if it is not among the list sent along.
    if (r.invoiceId && !list.some((c) => c.invoiceId === r.invoiceId))
      choices.push({ value: r.invoiceId, label: r.invoiceId });
    const invoice = select(choices, r.invoiceId ?? '', {
      'aria-label': `${tr('ui.rcv.col.invoice')}: ${r.payer}`,
    });
    invoice.disabled = r.kind === 'duplicate';
    invoice.addEventListener('change', () => {
      check.checked = invoice.value !== '';
    });
    chosen.set(r.txId, { check, invoice });
    return el(
      'tr',
      { class: r.kind, attrs: { 'data-tx': r.txId } },
      el('td', { class: 'col-check' }, check),
      el('td', { class: 'col-date' }, date(r.date)),
      el('td', { class: 'num' }, money(r.amountCents)),
      el(
        'td',
        { class: 'col-payer' },
        el('div', { class: 'rcv-payer' }, r.payer),
        el('div', { class: 'rcv-small' }, r.text),
      ),
      el(
        'td',
        { class: 'col-kind' },
        el('span', { class: `rcv-kind ${r.kind}` }, tr(`ui.rcv.kind.${r.kind}`)),
        r.via ? el('div', { class: 'rcv-small' }, r.via) : null,
      ),
      el(
        'td',
        { class: 'col-target' },
        invoice,
        r.outcome ? el('div', { class: 'rcv-small' }, r.outcome) : null,
      ),
    );
  }
}
