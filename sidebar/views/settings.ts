// Settings view: loaded only when opened; one field per setting with its help, saved in one call.
import type { SettingFieldDto, SettingsFormDto } from '../../src/shared/contract';
import type { Ctx } from '../app';
import { button, el, loadingBlock, replaceChildren, whileBusy } from '../dom';
import { clearFieldErrors, type Field, field, input, select, setFieldError, showFieldErrors } from '../forms';
import { call, errorOf } from '../rpc';

export class SettingsView {
  readonly element = el('section', { class: 'view view-settings' });
  private loading = false;
  private readonly fields = new Map<string, Field>();
  private readonly formError = el('div', { class: 'form-error', attrs: { role: 'alert', hidden: true } });

  constructor(private readonly ctx: Ctx) {
    if (ctx.settingsForm) this.render(ctx.settingsForm);
  }

  shown(): void {
    if (!this.ctx.settingsForm) void this.load();
  }

  private async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    replaceChildren(this.element, loadingBlock(this.ctx.tr('ui.loading')));
    try {
      const form = await call('sidebarLoadSettings');
      this.ctx.setSettingsProblems(form);
      this.render(form);
    } catch (reason) {
      const { tr } = this.ctx;
      replaceChildren(
        this.element,
        el('p', { class: 'muted' }, tr('ui.settings.loadFailed')),
        button(tr('ui.retry'), 'primary', () => void this.load()),
      );
      this.ctx.fail(reason);
    } finally {
      this.loading = false;
    }
  }

  private render(form: SettingsFormDto): void {
    const { tr } = this.ctx;
    this.fields.clear();
    const save = el(
      'button',
      { class: 'btn btn-primary btn-block', attrs: { type: 'submit' } },
      el('span', { class: 'btn-label' }, tr('ui.settings.save')),
    );
    const formEl = el('form', {
      class: 'form',
      attrs: { novalidate: true, autocomplete: 'off' },
      on: {
        submit: (e) => {
          e.preventDefault();
          void this.save(save);
        },
      },
    });
    // Settings come in groups by key prefix ('company.*', 'numbers.*'); a rule between groups helps the eye.
    let group = '';
    for (const def of form.fields) {
      const prefix = def.key.split('.')[0];
      if (group !== '' && prefix !== group) formEl.append(el('hr', { class: 'divider' }));
      group = prefix;
      const f = field({ label: def.label, control: this.control(def), help: def.help || undefined });
      f.control.addEventListener('input', () => setFieldError(f, null));
      this.fields.set(def.key, f);
      formEl.append(f.wrap);
    }
    formEl.append(this.formError, el('div', { class: 'actions actions-sticky' }, save));
    replaceChildren(this.element, el('p', { class: 'muted intro' }, tr('ui.settings.intro')), formEl);
    // Problems the sheet already has are shown where they can be fixed, without stealing the focus.
    for (const p of form.problems) {
      const f = this.fields.get(p.field);
      if (f) setFieldError(f, p.message);
    }
  }

  private control(def: SettingFieldDto): HTMLInputElement | HTMLSelectElement {
    const attrs = { name: def.key, 'data-key': def.key };
    if (def.choices.length === 0) return input({ ...attrs, value: def.value, maxlength: 300 });
    // A cell may hold a choice's label rather than its value; show it selected all the same.
    const wanted = def.value.trim().toLowerCase();
    const match = def.choices.find(
      (c) => c.value.toLowerCase() === wanted || c.label.toLowerCase() === wanted,
    );
    const options =
      match || def.value === '' ? def.choices : [...def.choices, { value: def.value, label: def.value }];
    return select(options, match ? match.value : def.value, attrs);
  }

  private async save(b: HTMLButtonElement): Promise<void> {
    if (b.disabled) return;
    const { ctx } = this;
    ctx.notify(null);
    clearFieldErrors(this.fields.values());
    this.formError.hidden = true;
    const values: Record<string, string> = {};
    for (const [key, f] of this.fields) values[key] = f.control.value;
    const languageBefore = ctx.settingsForm?.fields.find((f) => f.key === 'ui.language')?.value;
    try {
      const form = await whileBusy(b, () => call('sidebarSaveSettings', values));
      ctx.setSettingsProblems(form);
      const languageAfter = form.fields.find((f) => f.key === 'ui.language')?.value;
      if (languageAfter !== languageBefore) {
        // The sidebar's language may follow; the whole state is loaded again in it.
        await ctx.reload();
      }
      this.render(form);
      ctx.notify({ kind: 'success', text: ctx.tr('ui.settings.saved') });
    } catch (reason) {
      const error = errorOf(reason);
      const unplaced = showFieldErrors(error.fields, (key) => this.fields.get(key));
      if (unplaced.length > 0 && unplaced.length < error.fields.length) {
        replaceChildren(this.formError, ...unplaced.map((e) => el('p', {}, e.message)));
        this.formError.hidden = false;
      } else if (unplaced.length > 0 || error.fields.length === 0) ctx.fail(reason, () => void this.save(b));
    }
  }
}
