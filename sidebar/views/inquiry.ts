// New-inquiry view: pick or create the client, describe the project, send it; errors land at their fields.
import { CLIENT_KINDS } from '../../src/domain/client';
import { formatMoney, parseMoney } from '../../src/domain/money';
import { SOURCES } from '../../src/domain/order';
import type { ClientInput, ClientOptionDto, FieldErrorDto, InquiryInput } from '../../src/shared/contract';
import type { Ctx } from '../app';
import { el, replaceChildren, uid, whileBusy } from '../dom';
import {
  clearFieldErrors,
  type Field,
  field,
  input,
  select,
  setFieldError,
  showFieldErrors,
  textarea,
} from '../forms';
import { call, errorOf } from '../rpc';
import { matches } from '../search';

type ClientKey = keyof ClientInput;
type Mode = 'existing' | 'new';

/** Client fields in form order, with the input attributes that suit each. */
const CLIENT_FIELDS: { key: ClientKey; attrs: Record<string, string | number> }[] = [
  { key: 'name', attrs: { maxlength: 200, autocomplete: 'organization' } },
  { key: 'contactPerson', attrs: { maxlength: 200, autocomplete: 'name' } },
  { key: 'email', attrs: { type: 'email', maxlength: 200, autocomplete: 'email' } },
  { key: 'phone', attrs: { type: 'tel', maxlength: 40, autocomplete: 'tel' } },
  { key: 'street', attrs: { maxlength: 200, autocomplete: 'street-address' } },
  { key: 'postcode', attrs: { maxlength: 20, autocomplete: 'postal-code' } },
  { key: 'city', attrs: { maxlength: 100, autocomplete: 'address-level2' } },
  { key: 'country', attrs: { maxlength: 2, autocomplete: 'country', value: 'DE', class: 'upper' } },
  { key: 'vatId', attrs: { maxlength: 20 } },
];

export class InquiryView {
  readonly element = el('section', { class: 'view view-inquiry' });
  private mode: Mode;
  private readonly fields = new Map<string, Field>();
  private readonly existingBox = el('div', { class: 'client-existing' });
  private readonly newBox = el('div', { class: 'client-new' });
  private readonly formError = el('div', { class: 'form-error', attrs: { role: 'alert', hidden: true } });
  private clientFilter: HTMLInputElement | null = null;
  private readonly modeRadios = new Map<Mode, HTMLInputElement>();

  constructor(private readonly ctx: Ctx) {
    this.mode = ctx.data.clients.length > 0 ? 'existing' : 'new';
    this.build();
  }

  shown(): void {
    // A client created with the last inquiry has an id only the server knows; fetch the list once.
    if (this.ctx.clientsStale) {
      this.ctx.clientsStale = false;
      void this.ctx.reload();
    } else this.refresh();
  }

  /** The state changed (a reload): the client list may have grown. */
  refresh(): void {
    this.fillClients();
  }

  private build(): void {
    const { tr } = this.ctx;
    const form = el('form', {
      class: 'form',
      attrs: { novalidate: true, autocomplete: 'off' },
      on: {
        submit: (e) => {
          e.preventDefault();
          void this.submit(submit);
        },
      },
    });

    // Client: existing or new.
    const modeName = uid('mode');
    const radio = (mode: Mode, label: string) => {
      const r = el('input', {
        attrs: { type: 'radio', name: modeName, value: mode, id: uid('r') },
        on: { change: () => this.setMode(mode) },
      });
      this.modeRadios.set(mode, r);
      return el('label', { class: 'radio', attrs: { for: r.id } }, r, el('span', {}, label));
    };
    const modeSwitch = el(
      'div',
      { class: 'segmented', attrs: { role: 'radiogroup', 'aria-label': tr('ui.inquiry.clientMode') } },
      radio('existing', tr('ui.inquiry.existingClient')),
      radio('new', tr('ui.inquiry.newClient')),
    );

    const clientSelect = select([], '', { name: 'clientId' });
    const clientField = field({
      label: tr('ui.inquiry.pickClient'),
      control: clientSelect,
      required: true,
      aliases: [tr('field.clientId')],
    });
    this.fields.set('clientId', clientField);
    this.clientFilter = input({
      type: 'search',
      placeholder: tr('ui.inquiry.filterClients'),
      autocomplete: 'off',
    });
    this.clientFilter.addEventListener('input', () => this.fillClients());
    const filterField = field({
      label: tr('ui.inquiry.filterClientsLabel'),
      control: this.clientFilter,
      class: 'field-compact',
    });
    this.existingBox.append(filterField.wrap, clientField.wrap);

    for (const { key, attrs } of CLIENT_FIELDS) {
      const { class: cls, ...rest } = attrs;
      const control = input({ name: `client.${key}`, ...rest });
      if (cls) control.classList.add(String(cls));
      const f = field({ label: tr(`field.client.${key}`), control, required: key === 'name' });
      this.fields.set(`client.${key}`, f);
    }
    const kind = select(
      CLIENT_KINDS.map((k) => ({ value: k, label: tr(`kind.${k}`) })),
      'business',
      { name: 'client.kind' },
    );
    this.fields.set('client.kind', field({ label: tr('field.client.kind'), control: kind }));
    const f = (key: string) => (this.fields.get(key) as Field).wrap;
    this.newBox.append(
      f('client.name'),
      f('client.kind'),
      f('client.contactPerson'),
      f('client.email'),
      f('client.phone'),
      f('client.street'),
      el(
        'div',
        { class: 'field-row' },
        withClass(f('client.postcode'), 'w-postcode'),
        withClass(f('client.city'), 'w-grow'),
      ),
      el(
        'div',
        { class: 'field-row' },
        withClass(f('client.country'), 'w-country'),
        withClass(f('client.vatId'), 'w-grow'),
      ),
    );

    const clientSet = el(
      'fieldset',
      { class: 'group-box' },
      el('legend', {}, tr('field.client')),
      el('div', { class: 'group-body' }, modeSwitch, this.existingBox, this.newBox),
    );

    // The project.
    const title = field({
      label: tr('field.title'),
      control: input({ name: 'title', maxlength: 200 }),
      required: true,
    });
    const description = field({
      label: tr('field.description'),
      control: textarea({ name: 'description', rows: 4, maxlength: 5000 }),
    });
    const source = field({
      label: tr('field.source'),
      control: select(
        SOURCES.map((s) => ({ value: s, label: tr(`source.${s}`) })),
        'inquiry',
        { name: 'source' },
      ),
    });
    const preview = el('div', { class: 'field-preview muted', attrs: { 'aria-live': 'polite' } });
    const valueInput = input({
      name: 'expectedValue',
      inputmode: 'decimal',
      maxlength: 30,
      placeholder: tr('ui.inquiry.valuePlaceholder'),
    });
    valueInput.addEventListener('input', () => {
      const cents = parseMoney(valueInput.value, this.ctx.lang);
      preview.textContent =
        cents !== null && valueInput.value.trim() !== '' ? `= ${formatMoney(cents, this.ctx.lang)}` : '';
    });
    const value = field({ label: tr('field.expectedValue'), control: valueInput, extra: preview });
    const deadline = field({
      label: tr('field.deadline'),
      control: input({ name: 'deadline', type: 'date' }),
    });
    for (const [key, fld] of [
      ['title', title],
      ['description', description],
      ['source', source],
      ['expectedValue', value],
      ['deadline', deadline],
    ] as const)
      this.fields.set(key, fld);

    const projectSet = el(
      'fieldset',
      { class: 'group-box' },
      el('legend', {}, tr('ui.inquiry.project')),
      el(
        'div',
        { class: 'group-body' },
        title.wrap,
        description.wrap,
        source.wrap,
        value.wrap,
        deadline.wrap,
      ),
    );

    const submit = el(
      'button',
      { class: 'btn btn-primary btn-block', attrs: { type: 'submit' } },
      el('span', { class: 'btn-label' }, tr('ui.inquiry.submit')),
    );
    form.append(clientSet, projectSet, this.formError, el('div', { class: 'actions' }, submit));
    // Typing into a field clears its error: the user has seen it and is fixing it.
    for (const fld of this.fields.values()) {
      const clear = () => setFieldError(fld, null);
      fld.control.addEventListener('input', clear);
      fld.control.addEventListener('change', clear);
    }
    this.element.append(form);
    this.fillClients();
    this.setMode(this.mode);
  }

  private setMode(mode: Mode): void {
    this.mode = mode;
    const radio = this.modeRadios.get(mode);
    if (radio) radio.checked = true;
    this.existingBox.hidden = mode !== 'existing';
    this.newBox.hidden = mode !== 'new';
  }

  /** The client drop-down, narrowed by the filter when there are many clients. */
  private fillClients(): void {
    const { tr, data } = this.ctx;
    const control = (this.fields.get('clientId') as Field).control as HTMLSelectElement;
    const current = control.value;
    const filterWrap = this.clientFilter?.closest('.field') as HTMLElement | null;
    if (filterWrap) filterWrap.hidden = data.clients.length <= 8;
    const query = this.clientFilter && data.clients.length > 8 ? this.clientFilter.value : '';
    const shown = data.clients.filter((c) => c.id === current || matches(query, [c.name, c.city, c.id]));
    replaceChildren(
      control,
      el(
        'option',
        { attrs: { value: '' } },
        tr(data.clients.length ? 'ui.inquiry.choose' : 'ui.inquiry.noClients'),
      ),
      ...shown.map((c) => el('option', { attrs: { value: c.id } }, clientLabel(c))),
    );
    control.value = current;
    if (query && !current && shown.length === 1) control.value = shown[0].id;
  }

  private value(key: string): string {
    return (this.fields.get(key) as Field).control.value;
  }

  private collect(): InquiryInput {
    const newClient =
      this.mode === 'new'
        ? {
            name: this.value('client.name'),
            street: this.value('client.street'),
            postcode: this.value('client.postcode'),
            city: this.value('client.city'),
            country: this.value('client.country').toUpperCase(),
            contactPerson: this.value('client.contactPerson'),
            email: this.value('client.email'),
            phone: this.value('client.phone'),
            vatId: this.value('client.vatId'),
            kind: this.value('client.kind') as ClientInput['kind'],
          }
        : null;
    return {
      clientId: this.mode === 'existing' ? this.value('clientId') : '',
      newClient,
      title: this.value('title'),
      description: this.value('description'),
      source: this.value('source') as InquiryInput['source'],
      expectedValue: this.value('expectedValue'),
      deadline: this.value('deadline'),
    };
  }

  /** The two fields without which nothing can be sent are checked here, saving a round trip. */
  private localErrors(input_: InquiryInput): FieldErrorDto[] {
    const { tr } = this.ctx;
    const errors: FieldErrorDto[] = [];
    const required = (field_: string, labelKey: 'field.clientId' | 'field.client.name' | 'field.title') =>
      errors.push({ field: field_, message: tr('err.required', { field: { ref: labelKey } }) });
    if (this.mode === 'existing' && input_.clientId === '') required('clientId', 'field.clientId');
    if (this.mode === 'new' && input_.newClient?.name.trim() === '')
      required('client.name', 'field.client.name');
    if (input_.title.trim() === '') required('title', 'field.title');
    return errors;
  }

  private resolve = (name: string): Field | undefined =>
    this.fields.get(name) ?? this.fields.get(name.replace(/^newClient\./, 'client.'));

  private showErrors(errors: readonly FieldErrorDto[]): FieldErrorDto[] {
    const unplaced = showFieldErrors(errors, this.resolve);
    if (unplaced.length > 0) {
      replaceChildren(this.formError, ...unplaced.map((e) => el('p', {}, e.message)));
      this.formError.hidden = false;
    }
    return unplaced;
  }

  private async submit(b: HTMLButtonElement): Promise<void> {
    if (b.disabled) return;
    const { ctx } = this;
    ctx.notify(null);
    clearFieldErrors(this.fields.values());
    this.formError.hidden = true;
    const payload = this.collect();
    const local = this.localErrors(payload);
    if (local.length > 0) {
      this.showErrors(local);
      return;
    }
    try {
      const order = await whileBusy(b, () => call('sidebarCreateInquiry', payload));
      if (payload.newClient) ctx.clientsStale = true;
      this.reset();
      ctx.showOrder(order);
      ctx.notify({ kind: 'success', text: ctx.tr('ui.inquiry.created', { number: order.number }) });
    } catch (reason) {
      const error = errorOf(reason);
      const unplaced = error.fields.length > 0 ? this.showErrors(error.fields) : [];
      if (error.fields.length === 0 || unplaced.length === error.fields.length) {
        this.formError.hidden = true;
        ctx.fail(reason, () => void this.submit(b));
      }
    }
  }

  /** After a successful send the form starts fresh (client mode and choice stay: the next inquiry is often alike). */
  private reset(): void {
    for (const [key, f] of this.fields) {
      if (key === 'clientId' || key === 'client.kind' || key === 'source') continue;
      f.control.value = key === 'client.country' ? 'DE' : '';
    }
    (this.fields.get('source') as Field).control.value = 'inquiry';
    (this.fields.get('client.kind') as Field).control.value = 'business';
    const preview = this.element.querySelector('.field-preview');
    if (preview) preview.textContent = '';
  }
}

function withClass(node: HTMLElement, cls: string): HTMLElement {
  node.classList.add(cls);
  return node;
}

function clientLabel(c: ClientOptionDto): string {
  return c.city ? `${c.name} (${c.city})` : c.name;
}
