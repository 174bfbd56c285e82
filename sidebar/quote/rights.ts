// The usage-rights block (section I 35): on or off, kind, media, territory, duration, and "pass on full payment".
import type { QuoteDraftFields, UsageRightsFields } from '../../src/domain/quote/draft';
import { RIGHTS_KINDS } from '../../src/domain/quote/usageRights';
import type { MessageKey } from '../../src/shared/i18n';
import { el, uid } from '../dom';
import { type Field, field, input, select } from '../forms';
import { bind, type FieldCtx } from './header';
import { defaultRights } from './model';

type TextKey = 'media' | 'territory' | 'duration';
const TEXTS: [TextKey, MessageKey, MessageKey][] = [
  ['media', 'ui.quote.rights.media', 'ui.quote.rights.mediaHint'],
  ['territory', 'ui.quote.rights.territory', 'ui.quote.rights.territoryHint'],
  ['duration', 'ui.quote.rights.duration', 'ui.quote.rights.durationHint'],
];

export class RightsBlock {
  readonly fields = new Map<string, Field>();
  readonly element: HTMLElement;
  /** What was typed before the block was switched off, back when it is switched on again. */
  private kept: UsageRightsFields;

  constructor(
    private readonly ctx: FieldCtx,
    draft: QuoteDraftFields,
  ) {
    const { tr } = ctx;
    this.kept = draft.usageRights ?? defaultRights();
    const rights = this.kept;
    const on = el('input', { attrs: { type: 'checkbox', id: uid('rights') } });
    const body = el('div', { class: 'rights-body' });
    bind(ctx, 'usageRights', on, draft.usageRights !== null, (v) => {
      draft.usageRights = v ? this.kept : null;
      body.hidden = !v;
    });
    body.hidden = draft.usageRights === null;

    const kinds: { value: string; label: string }[] = RIGHTS_KINDS.map((k) => ({
      value: k,
      label: tr(`rights.${k}`),
    }));
    if (!kinds.some((k) => k.value === rights.kind)) kinds.unshift({ value: rights.kind, label: '–' });
    const kind = select(kinds, rights.kind);
    this.add('kind', field({ label: tr('field.usageRights.kind'), control: kind }), rights.kind);
    const grid = el('div', { class: 'rights-grid' }, (this.fields.get('usageRights.kind') as Field).wrap);
    for (const [key, label, hint] of TEXTS) {
      const f = field({ label: tr(label), control: input({ maxlength: 200, placeholder: tr(hint) }) });
      this.add(key, f, rights[key]);
      grid.append(f.wrap);
    }
    const full = el('input', { attrs: { type: 'checkbox', id: uid('full') } });
    bind(ctx, 'usageRights.onFullPayment', full, rights.onFullPayment, (v) => {
      this.kept.onFullPayment = v === true;
    });
    body.append(grid, checkbox(full, tr('ui.quote.rights.onFullPayment')));
    this.element = el(
      'section',
      { class: 'rights', attrs: { 'aria-labelledby': 'rights-h' } },
      el('h2', { class: 'section-title', attrs: { id: 'rights-h' } }, tr('ui.quote.rights')),
      checkbox(on, tr('ui.quote.rights.on')),
      body,
    );
  }

  private add(name: 'kind' | TextKey, f: Field, value: string): void {
    const key = `usageRights.${name}`;
    f.names.push(key);
    bind(this.ctx, key, f.control, value, (v) => {
      this.kept[name] = String(v);
    });
    this.fields.set(key, f);
  }
}

function checkbox(box: HTMLInputElement, label: string): HTMLElement {
  return el('label', { class: 'check', attrs: { for: box.id } }, box, el('span', {}, label));
}
