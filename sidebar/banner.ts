// Banners for the sidebar and the dialogs: a message, an optional "Try again" and a close button.
import { button, el } from './dom';
import type { Tr } from './labels';

export interface Notice {
  kind: 'error' | 'success' | 'info' | 'warning';
  text: string;
  /** Further lines under the text (the messages of several problems). */
  details?: string[];
  /** Offered as "Try again" on errors where repeating the same action can help. */
  retry?: () => void;
}

export function closeButton(tr: Tr, onClose: () => void): HTMLButtonElement {
  return el(
    'button',
    {
      class: 'banner-close',
      attrs: { type: 'button', 'aria-label': tr('ui.dismiss'), title: tr('ui.dismiss') },
      on: { click: onClose },
    },
    '×',
  );
}

/** The banner element; `onClose` runs on the close button and before a retry. */
export function banner(tr: Tr, notice: Notice, onClose: () => void): HTMLElement {
  const actions = notice.retry
    ? el(
        'div',
        { class: 'banner-actions' },
        button(tr('ui.retry'), 'text', () => {
          onClose();
          notice.retry?.();
        }),
      )
    : null;
  const details = notice.details?.length
    ? el('ul', { class: 'banner-list' }, ...notice.details.map((d) => el('li', {}, d)))
    : null;
  return el(
    'div',
    {
      class: `banner banner-${notice.kind}`,
      attrs: { role: notice.kind === 'error' ? 'alert' : 'status' },
    },
    el('div', { class: 'banner-body' }, el('p', {}, notice.text), details, actions),
    closeButton(tr, onClose),
  );
}

/** Server errors arrive translated; a transport failure gets a sentence of our own around its detail. */
export function errorText(tr: Tr, error: { code: string; message: string }): string {
  return error.code === 'transport' ? tr('ui.err.transport', { detail: error.message }) : error.message;
}
