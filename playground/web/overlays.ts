// What floats over the grid: the add-on's sidebar panel, its dialogs, alerts and toasts, and the page's own confirms.
import type { AlertView, FrameView, ToastView } from '../wire';
import { byId, clear, el } from './dom';
import type { LabelKey, Tr } from './labels';

const BUTTONS: Record<string, { label: LabelKey; primary: boolean }[]> = {
  OK: [{ label: 'ok', primary: true }],
  OK_CANCEL: [
    { label: 'cancel', primary: false },
    { label: 'ok', primary: true },
  ],
  YES_NO: [
    { label: 'no', primary: false },
    { label: 'yes', primary: true },
  ],
  YES_NO_CANCEL: [
    { label: 'cancel', primary: false },
    { label: 'no', primary: false },
    { label: 'yes', primary: true },
  ],
};

/** The 300 px sidebar on the right, showing the add-on's HTML in an iframe. */
export class SidePanel {
  private readonly panel = byId('side-panel');
  private readonly title = byId('side-title');
  private frame: HTMLIFrameElement | null = null;

  constructor(tr: Tr) {
    const close = byId<HTMLButtonElement>('side-close');
    close.title = tr('sidebarClose');
    close.setAttribute('aria-label', tr('sidebarClose'));
    close.addEventListener('click', () => this.close());
  }

  open(view: FrameView): void {
    this.title.textContent = view.title;
    // A fresh iframe per showSidebar, as in Sheets: the old page and its state are gone.
    const frame = el('iframe', {
      class: 'side-frame',
      attrs: { src: `/frame/${view.id}`, title: view.title },
    });
    this.frame?.remove();
    this.frame = frame;
    this.panel.appendChild(frame);
    this.panel.hidden = false;
  }

  close(): void {
    this.frame?.remove();
    this.frame = null;
    this.panel.hidden = true;
  }

  window(): Window | null {
    return this.frame?.contentWindow ?? null;
  }
}

/** Modal dialogs, alerts and confirms, one at a time; toasts in the corner. */
export class Overlays {
  private readonly host = byId('overlay-host');
  private readonly toasts = el('div', { class: 'toasts', attrs: { 'aria-live': 'polite' } });
  private readonly busyPill: HTMLElement;
  private queue: Promise<unknown> = Promise.resolve();
  private dialogFrames = new Map<Window, () => void>();

  constructor(private readonly tr: Tr) {
    this.busyPill = el('div', { class: 'busy', attrs: { role: 'status' } }, tr('running'));
    this.busyPill.hidden = true;
    document.body.append(this.toasts, this.busyPill);
  }

  busy(on: boolean): void {
    this.busyPill.hidden = !on;
  }

  /** Runs modals in turn, so two alerts of one call appear one after the other. */
  private enqueue<T>(show: () => Promise<T>): Promise<T> {
    const next = this.queue.then(show, show);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private modal(
    title: string,
    body: (HTMLElement | null)[],
    buttons: { label: string; primary: boolean; value: boolean }[],
    className = '',
  ): Promise<boolean> {
    return new Promise((resolve) => {
      const titleId = `modal-title-${Date.now()}`;
      const box = el(
        'div',
        {
          class: `modal ${className}`.trim(),
          attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
        },
        el('h2', { class: 'modal-title', attrs: { id: titleId } }, title),
        ...body,
      );
      const row = el('div', { class: 'modal-buttons' });
      const done = (value: boolean) => {
        document.removeEventListener('keydown', onKey, true);
        backdrop.remove();
        resolve(value);
      };
      for (const b of buttons) {
        row.appendChild(
          el(
            'button',
            {
              class: b.primary ? 'btn btn-primary' : 'btn',
              attrs: { type: 'button' },
              on: { click: () => done(b.value) },
            },
            b.label,
          ),
        );
      }
      box.appendChild(row);
      const backdrop = el('div', { class: 'backdrop' }, box);
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          done(false);
        }
      };
      document.addEventListener('keydown', onKey, true);
      this.host.appendChild(backdrop);
      (row.querySelector('.btn-primary') as HTMLButtonElement | null)?.focus();
    });
  }

  /** An alert or prompt the add-on raised; the emulator has answered it already, so this only shows it. */
  alert(view: AlertView): Promise<void> {
    return this.enqueue(async () => {
      const buttons = BUTTONS[view.buttons] ?? BUTTONS.OK;
      const primary = buttons.find((b) => b.primary) ?? buttons[0];
      const title = view.title || view.prompt;
      const text = view.title ? view.prompt : '';
      await this.modal(
        title,
        [
          text ? el('p', { class: 'modal-text' }, text) : null,
          view.input ? el('input', { class: 'modal-input', attrs: { type: 'text', disabled: '' } }) : null,
          buttons.length > 1
            ? el('p', { class: 'modal-note' }, this.tr('answered', { button: this.tr(primary.label) }))
            : null,
        ],
        buttons.map((b) => ({ label: this.tr(b.label), primary: b.primary, value: b.primary })),
      );
    });
  }

  error(message: string): Promise<void> {
    return this.alert({ title: this.tr('error'), prompt: message, buttons: 'OK', input: false });
  }

  confirm(title: string, text: string, confirm: string): Promise<boolean> {
    return this.enqueue(() =>
      this.modal(
        title,
        [el('p', { class: 'modal-text' }, text)],
        [
          { label: this.tr('cancel'), primary: false, value: false },
          { label: confirm, primary: true, value: true },
        ],
      ),
    );
  }

  /** showModalDialog / showModelessDialog: the add-on's HTML in a framed box over the sheet. */
  dialog(view: FrameView): void {
    const frame = el('iframe', {
      class: 'dialog-frame',
      attrs: { src: `/frame/${view.id}`, title: view.title },
    });
    frame.style.width = `${view.width ?? 600}px`;
    frame.style.height = `${view.height ?? 400}px`;
    const close = () => {
      if (frame.contentWindow) this.dialogFrames.delete(frame.contentWindow);
      wrapper.remove();
    };
    const box = el(
      'div',
      { class: 'modal modal-frame', attrs: { role: 'dialog', 'aria-label': view.title } },
      el(
        'div',
        { class: 'modal-head' },
        el('h2', { class: 'modal-title' }, view.title),
        el(
          'button',
          {
            class: 'icon-btn',
            attrs: { type: 'button', 'aria-label': this.tr('close'), title: this.tr('close') },
            on: { click: close },
          },
          '×',
        ),
      ),
      frame,
    );
    const wrapper =
      view.kind === 'modal' ? el('div', { class: 'backdrop' }, box) : el('div', { class: 'modeless' }, box);
    this.host.appendChild(wrapper);
    if (frame.contentWindow) this.dialogFrames.set(frame.contentWindow, close);
  }

  /** google.script.host.close() from a dialog's frame; false when the message came from elsewhere. */
  closeDialogOf(source: MessageEventSource | null): boolean {
    for (const [win, close] of this.dialogFrames) {
      if (win === source) {
        close();
        return true;
      }
    }
    return false;
  }

  toast(view: ToastView): void {
    const item = el(
      'div',
      { class: 'toast' },
      view.title ? el('strong', { class: 'toast-title' }, view.title) : null,
      el('span', {}, view.message),
    );
    this.toasts.appendChild(item);
    setTimeout(() => item.remove(), 5000);
  }

  /** A line across the top when the server is gone; cleared by the next answer. */
  offline(on: boolean): void {
    let banner = document.getElementById('offline');
    if (!on) {
      banner?.remove();
      return;
    }
    if (!banner) {
      banner = el('div', { class: 'offline', attrs: { id: 'offline', role: 'alert' } });
      document.body.appendChild(banner);
    }
    clear(banner, this.tr('offline'));
  }
}
