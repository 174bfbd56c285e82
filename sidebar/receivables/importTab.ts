// Bank import: paste or upload a statement, map an unknown CSV once, review the matches, book the confirmed ones.
import type {
  StatementInput,
  StatementPreviewDto,
  StatementRowDto,
} from '../../src/shared/receivablesContract';
import { button, el, replaceChildren } from '../dom';
import { field, select, textarea } from '../forms';
import { call } from '../rpc';
import type { RcvCtx } from './app';

type Review = Extract<StatementPreviewDto, { kind: 'review' }>;

export class ImportTab {
  readonly element = el('section', { class: 'rcv-import' });
  private readonly text = textarea({ 'aria-label': 'statement' });
  private readonly file = el('input', { attrs: { type: 'file', accept: '.csv,.txt,.xml' } });
  private readonly result = el('div', {});
  private statement: StatementInput | null = null;

  constructor(
    private readonly ctx: RcvCtx,
    private readonly booked: () => void,
  ) {
    const { tr } = ctx;
    this.file.addEventListener('change', () => void this.readFile());
    replaceChildren(
      this.element,
      el('p', {}, tr('ui.rcv.paste')),
      this.text,
      el(
        'div',
        { class: 'rcv-actions' },
        this.file,
        button(tr('ui.rcv.check'), 'primary', () => void this.check(null)),
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
    await this.check(null);
  }

  private input(mapping: StatementInput['mapping']): StatementInput {
    if (this.text.value.trim() !== '')
      this.statement = { fileName: 'clipboard', encoding: 'text', content: this.text.value, mapping: null };
    return { ...(this.statement as StatementInput), mapping };
  }

  private async check(mapping: StatementInput['mapping']): Promise<void> {
    if (!this.statement && this.text.value.trim() === '') return;
    const statement = this.input(mapping);
    try {
      const preview = await call('statementPreview', statement);
      this.statement = statement;
      if (preview.kind === 'mapping') this.mappingForm(preview);
      else this.review(preview);
    } catch (reason) {
      this.ctx.fail(reason);
    }
  }

  private mappingForm(p: Extract<StatementPreviewDto, { kind: 'mapping' }>): void {
    const { tr } = this.ctx;
    const options = [{ value: '', label: '–' }, ...p.headers.map((h) => ({ value: h, label: h }))];
    const pick = (key: 'date' | 'amount' | 'payer' | 'text' | 'iban') => {
      const control = select(options, '');
      return { key, control, f: field({ label: tr(`ui.rcv.map.${key}`), control }) };
    };
    const picks = (['date', 'amount', 'payer', 'text', 'iban'] as const).map(pick);
    const decimal = select(
      [
        { value: ',', label: '1.234,56' },
        { value: '.', label: '1,234.56' },
      ],
      ',',
    );
    this.ctx.say(p.message, 'warn');
    replaceChildren(
      this.result,
      el(
        'div',
        { class: 'rcv-panel' },
        el('strong', {}, tr('ui.rcv.mapTitle')),
        el(
          'div',
          { class: 'form-row' },
          ...picks.map((x) => x.f.wrap),
          field({ label: tr('ui.rcv.map.decimal'), control: decimal }).wrap,
        ),
        el(
          'div',
          { class: 'rcv-actions' },
          button(tr('ui.rcv.check'), 'primary', () => {
            const v = Object.fromEntries(picks.map((x) => [x.key, x.control.value]));
            void this.check({
              date: v.date,
              amount: v.amount,
              payer: v.payer,
              text: v.text,
              iban: v.iban || undefined,
              decimal: decimal.value as ',',
            });
          }),
        ),
      ),
    );
  }

  private review(p: Review): void {
    const { tr, money, date } = this.ctx;
    this.ctx.say(p.ibanWarning, p.ibanWarning ? 'warn' : 'ok');
    const chosen = new Map<string, { check: HTMLInputElement; invoice: HTMLSelectElement }>();
    const rows = p.rows.map((r) => this.reviewRow(r, p, chosen));
    const book = button(tr('ui.rcv.bookSelected'), 'primary', () => {
      const accept = [...chosen.entries()]
        .filter(([, c]) => c.check.checked && c.invoice.value !== '')
        .map(([txId, c]) => ({ txId, invoiceId: c.invoice.value }));
      call('statementImport', { statement: this.statement as StatementInput, accept })
        .then((r) => {
          this.ctx.say(r.message);
          this.booked();
          void this.check(this.statement?.mapping ?? null);
        })
        .catch((reason) => this.ctx.fail(reason));
    });
    replaceChildren(
      this.result,
      el(
        'p',
        { class: 'rcv-small' },
        `${p.format}${p.accountIban ? ` · ${p.accountIban}` : ''} · ${tr('ui.rcv.debits', { count: p.skippedDebits })}`,
      ),
      el('table', { class: 'rcv-table' }, el('tbody', {}, ...rows)),
      p.problems.length
        ? el(
            'div',
            { class: 'rcv-msg warn' },
            el('strong', {}, tr('ui.rcv.problems')),
            ...p.problems.map((x) => el('div', {}, `${tr('ui.rcv.line', { line: x.line })}: ${x.message}`)),
          )
        : null,
      el('div', { class: 'rcv-actions' }, book),
    );
    void money;
    void date;
  }

  private reviewRow(
    r: StatementRowDto,
    p: Review,
    chosen: Map<string, { check: HTMLInputElement; invoice: HTMLSelectElement }>,
  ): HTMLElement {
    const { tr, money, date } = this.ctx;
    const check = el('input', { attrs: { type: 'checkbox', 'aria-label': r.payer } });
    check.checked = r.kind === 'sure';
    check.disabled = r.kind === 'duplicate';
    const list = r.candidates.length > 0 ? r.candidates : p.invoices;
    const invoice = select(
      [
        { value: '', label: tr('ui.rcv.choose') },
        ...list.map((c) => ({ value: c.invoiceId, label: c.label })),
      ],
      r.invoiceId ?? '',
    );
    invoice.disabled = r.kind === 'duplicate';
    invoice.addEventListener('change', () => {
      check.checked = invoice.value !== '';
    });
    chosen.set(r.txId, { check, invoice });
    return el(
      'tr',
      {},
      el('td', {}, check),
      el('td', {}, date(r.date)),
      el('td', { class: 'num' }, money(r.amountCents)),
      el('td', {}, r.payer, el('div', { class: 'rcv-small' }, r.text)),
      el(
        'td',
        {},
        el('span', { class: `rcv-kind ${r.kind}` }, tr(`ui.rcv.kind.${r.kind}`)),
        el('div', { class: 'rcv-small' }, r.via),
      ),
      el('td', {}, invoice, el('div', { class: 'rcv-small' }, r.outcome)),
    );
  }
}
