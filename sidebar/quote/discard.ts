// "Discard changes?": an in-page modal (Apps Script dialogs block window.confirm), keyboard-trapped, Escape keeps editing.
import { button, el } from '../dom';
import type { Tr } from '../labels';

export function askDiscard(tr: Tr, host: HTMLElement, onDiscard: () => void): void {
  const previous = document.activeElement as HTMLElement | null;
  const keep = button(tr('ui.quote.keepEditing'), 'secondary', () => done());
  const discard = button(tr('ui.quote.discard'), 'danger', () => {
    done();
    onDiscard();
  });
  const box = el(
    'div',
    {
      class: 'modal',
      attrs: {
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'discard-h',
        'aria-describedby': 'discard-p',
      },
    },
    el('h2', { class: 'modal-title', attrs: { id: 'discard-h' } }, tr('ui.quote.discardTitle')),
    el('p', { attrs: { id: 'discard-p' } }, tr('ui.quote.discardText')),
    el('div', { class: 'actions modal-actions' }, keep, discard),
  );
  const backdrop = el('div', { class: 'backdrop' }, box);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      done();
    } else if (e.key === 'Tab') {
      // Focus stays inside the question.
      e.preventDefault();
      (document.activeElement === keep ? discard : keep).focus();
    }
  };
  function done(): void {
    document.removeEventListener('keydown', onKey, true);
    backdrop.remove();
    previous?.focus();
  }
  document.addEventListener('keydown', onKey, true);
  host.append(backdrop);
  keep.focus();
}
