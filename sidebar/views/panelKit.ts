// Helpers shared by the order card's quote and confirmation panels: checkbox fields, document links, failed calls.
import type { Ctx } from '../app';
import { el, externalLink, uid } from '../dom';
import { type Field, showFieldErrors } from '../forms';
import { errorOf } from '../rpc';

/** A checkbox with its label on the right, shaped as a Field so a server error can sit beside it. */
export function checkField(
  label: string,
  name: string,
  checked = false,
): Field & { control: HTMLInputElement } {
  const control = el('input', { attrs: { type: 'checkbox', name, id: uid('c') } });
  control.checked = checked;
  const error = el('div', { class: 'field-error', attrs: { id: `${control.id}-error`, hidden: true } });
  control.setAttribute('aria-describedby', error.id);
  const wrap = el(
    'div',
    { class: 'field check-field' },
    el('label', { class: 'check', attrs: { for: control.id } }, control, el('span', {}, label)),
    error,
  );
  return { wrap, control, names: [label], error };
}

/** Links to a document and its PDF; an address that is not http(s) is left out rather than made clickable. */
export function docLinks(
  docUrl: string,
  pdfUrl: string,
  docLabel: string,
  pdfLabel: string,
): HTMLElement | null {
  const links = [externalLink(docUrl, docLabel), externalLink(pdfUrl, pdfLabel)].filter(
    (a): a is HTMLAnchorElement => a !== null,
  );
  return links.length ? el('div', { class: 'doc-links' }, ...links) : null;
}

/**
 * Shows a failed call: each field error beside its field, the rest (or an error about no field)
 * in the banner, with "Try again" where repeating can help.
 */
export function showFailure(
  ctx: Ctx,
  reason: unknown,
  resolve: (field: string) => Field | undefined,
  retry: () => void,
): void {
  const error = errorOf(reason);
  const unplaced = showFieldErrors(error.fields, resolve);
  if (unplaced.length > 0 || error.fields.length === 0) ctx.fail(reason, retry);
}
