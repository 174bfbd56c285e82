// The quote's own fields: subject, dates, document discount, introduction, closing text and payment terms.
import type { QuoteDraftFields } from '../../src/domain/quote/draft';
import type { MessageKey } from '../../src/shared/i18n';
import { el } from '../dom';
import { type Control, type Field, field, input, textarea } from '../forms';
import type { Tr } from '../labels';

export interface FieldCtx {
  readonly tr: Tr;
  input(key: string): void;
  touch(key: string): void;
}

/** Shows `value` in the control and reports every change (and every change the user leaves) by key. */
export function bind(
  ctx: FieldCtx,
  key: string,
  control: Control,
  value: string | boolean,
  write: (value: string | boolean) => void,
): void {
  const box = control instanceof HTMLInputElement && control.type === 'checkbox';
  if (box) control.checked = value === true;
  else control.value = String(value);
  control.name = key;
  control.addEventListener(box || control instanceof HTMLSelectElement ? 'change' : 'input', () => {
    write(box ? control.checked : control.value);
    ctx.input(key);
  });
  control.addEventListener('change', () => ctx.touch(key));
}

function numeric(control: HTMLInputElement): HTMLInputElement {
  control.classList.add('num');
  return control;
}

type TextKey = 'date' | 'validUntil' | 'title' | 'intro' | 'closing' | 'paymentTerms' | 'discount';

const SPECS: Record<TextKey, { label: MessageKey; aliases?: MessageKey[]; make: () => Control }> = {
  title: { label: 'ui.quote.title', aliases: ['field.title'], make: () => input({ maxlength: 200 }) },
  date: { label: 'field.date', make: () => input({ type: 'date' }) },
  validUntil: { label: 'field.validUntil', make: () => input({ type: 'date' }) },
  discount: {
    label: 'ui.quote.docDiscount',
    aliases: ['field.discount'],
    make: () => numeric(input({ inputmode: 'decimal', maxlength: 10, placeholder: '0' })),
  },
  intro: { label: 'field.intro', make: () => textarea({ rows: 3, maxlength: 5000 }) },
  closing: { label: 'field.closing', make: () => textarea({ rows: 3, maxlength: 5000 }) },
  paymentTerms: { label: 'field.paymentTerms', make: () => textarea({ rows: 2, maxlength: 1000 }) },
};

export class HeaderFields {
  readonly fields = new Map<string, Field>();

  constructor(
    private readonly ctx: FieldCtx,
    draft: QuoteDraftFields,
  ) {
    for (const key of Object.keys(SPECS) as TextKey[]) {
      const spec = SPECS[key];
      const control = spec.make();
      const f = field({
        label: ctx.tr(spec.label),
        control,
        aliases: [...(spec.aliases ?? []).map((k) => ctx.tr(k)), key],
        class: `f-${key}`,
      });
      bind(ctx, key, control, draft[key], (v) => {
        draft[key] = String(v);
      });
      this.fields.set(key, f);
    }
  }

  private wrap(key: TextKey): HTMLElement {
    return (this.fields.get(key) as Field).wrap;
  }

  /** Top of the editor: subject and introduction beside the dates and the discount. */
  basics(): HTMLElement {
    return el(
      'section',
      { class: 'basics', attrs: { 'aria-label': this.ctx.tr('ui.quote.basics') } },
      el('div', { class: 'basics-main' }, this.wrap('title'), this.wrap('intro')),
      el(
        'div',
        { class: 'basics-side' },
        el('div', { class: 'field-row' }, this.wrap('date'), this.wrap('validUntil')),
        this.wrap('discount'),
      ),
    );
  }

  /** Under the positions: closing text and payment terms. */
  texts(): HTMLElement {
    return el(
      'section',
      { class: 'texts', attrs: { 'aria-labelledby': 'texts-h' } },
      el('h2', { class: 'section-title', attrs: { id: 'texts-h' } }, this.ctx.tr('ui.quote.texts')),
      this.wrap('closing'),
      this.wrap('paymentTerms'),
    );
  }
}
