// Form fields with bound labels, help and error texts, and showing a Result's field errors at them.
import type { FieldErrorDto } from '../src/shared/contract';
import { el, uid } from './dom';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field {
  wrap: HTMLElement;
  control: Control;
  /** Names the server's messages may start with ("Label: ..."), dropped beside the field. */
  names: string[];
  error: HTMLElement;
}

export interface FieldOptions {
  label: string;
  control: Control;
  help?: string;
  required?: boolean;
  /** Further names the server uses for this field in its messages (its core label, say). */
  aliases?: string[];
  /** Extra element under the control (a live preview, for example). */
  extra?: HTMLElement;
  class?: string;
}

export function field(options: FieldOptions): Field {
  const { control } = options;
  if (!control.id) control.id = uid('f');
  const errorId = `${control.id}-error`;
  const helpId = `${control.id}-help`;
  const error = el('div', { class: 'field-error', attrs: { id: errorId, hidden: true } });
  const help = options.help ? el('div', { class: 'field-help', attrs: { id: helpId } }, options.help) : null;
  control.setAttribute('aria-describedby', [help ? helpId : '', errorId].filter(Boolean).join(' '));
  if (options.required) control.setAttribute('aria-required', 'true');
  const label = el(
    'label',
    { class: 'field-label', attrs: { for: control.id } },
    options.label,
    options.required ? el('span', { class: 'req', attrs: { 'aria-hidden': 'true' } }, ' *') : null,
  );
  const wrap = el(
    'div',
    { class: `field ${options.class ?? ''}`.trim() },
    label,
    control,
    options.extra,
    help,
    error,
  );
  return { wrap, control, names: [options.label, ...(options.aliases ?? [])], error };
}

export function input(
  attrs: Record<string, string | number | boolean | null | undefined> = {},
): HTMLInputElement {
  return el('input', { class: 'input', attrs: { type: 'text', ...attrs } });
}

export function textarea(
  attrs: Record<string, string | number | boolean | null | undefined> = {},
): HTMLTextAreaElement {
  return el('textarea', { class: 'input', attrs });
}

export function select(
  options: { value: string; label: string }[],
  value: string,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
): HTMLSelectElement {
  const s = el('select', { class: 'input', attrs });
  for (const o of options) s.appendChild(el('option', { attrs: { value: o.value } }, o.label));
  s.value = value;
  return s;
}

export function setFieldError(f: Field, message: string | null, serverName = ''): void {
  if (message === null) {
    f.error.textContent = '';
    f.error.hidden = true;
    f.control.removeAttribute('aria-invalid');
    f.wrap.classList.remove('has-error');
    return;
  }
  f.error.textContent = withoutName(message, serverName ? [...f.names, serverName] : f.names);
  f.error.hidden = false;
  f.control.setAttribute('aria-invalid', 'true');
  f.wrap.classList.add('has-error');
}

/** The server's messages start with "Label: "; beside the field that label is already on screen. */
function withoutName(message: string, names: readonly string[]): string {
  for (const name of names) {
    const prefix = `${name}: `;
    if (name && message.startsWith(prefix)) return message.slice(prefix.length);
  }
  return message;
}

export function clearFieldErrors(fields: Iterable<Field>): void {
  for (const f of fields) setFieldError(f, null);
}

/**
 * Puts each error beside its field (looked up by the error's `field`, through `resolve` for
 * aliases), focuses the first such field and returns the errors no field could take.
 */
export function showFieldErrors(
  errors: readonly FieldErrorDto[],
  resolve: (field: string) => Field | undefined,
): FieldErrorDto[] {
  const unplaced: FieldErrorDto[] = [];
  let first: Field | undefined;
  for (const e of errors) {
    const f = e.field === '' ? undefined : resolve(e.field);
    if (!f?.wrap.isConnected || f.wrap.closest('[hidden]')) {
      unplaced.push(e);
      continue;
    }
    // One message per field: the first the server names is the one to fix first.
    if (!f.control.hasAttribute('aria-invalid')) setFieldError(f, e.message, e.field);
    // Focus goes to the field highest up in the form, whatever order the server listed them in.
    if (!first || f.wrap.compareDocumentPosition(first.wrap) & Node.DOCUMENT_POSITION_FOLLOWING) first = f;
  }
  if (first) {
    first.control.focus();
    first.wrap.scrollIntoView({ block: 'nearest' });
  }
  return unplaced;
}
