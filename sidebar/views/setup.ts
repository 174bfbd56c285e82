// Setup view: shown until the register exists; one button creates the sheets, then the state is loaded again.
import type { Ctx } from '../app';
import { button, el, whileBusy } from '../dom';
import { call } from '../rpc';

export class SetupView {
  readonly element: HTMLElement;

  constructor(private readonly ctx: Ctx) {
    const { tr } = ctx;
    const start = button(tr('ui.setup.button'), 'primary', (b) => void this.setUp(b));
    start.classList.add('btn-block');
    this.element = el(
      'section',
      { class: 'view view-setup' },
      el(
        'div',
        { class: 'setup-art', attrs: { 'aria-hidden': 'true' } },
        el('span', { class: 'setup-icon' }, '▦'),
      ),
      el('h2', { class: 'panel-title' }, tr('ui.setup.title')),
      el('p', {}, tr('ui.setup.text')),
      el(
        'ul',
        { class: 'setup-list' },
        el('li', {}, tr('ui.setup.point1')),
        el('li', {}, tr('ui.setup.point2')),
        el('li', {}, tr('ui.setup.point3')),
      ),
      start,
      el('p', { class: 'muted small' }, tr('ui.setup.safe')),
    );
  }

  private async setUp(b: HTMLButtonElement): Promise<void> {
    const { ctx } = this;
    ctx.notify(null);
    try {
      const report = await whileBusy(b, async () => {
        const r = await call('sidebarSetupRegister');
        await ctx.reload();
        return r;
      });
      ctx.notify({
        kind: 'success',
        text: ctx.tr('ui.setup.done', { sheets: report.createdSheets.length }),
      });
    } catch (reason) {
      ctx.fail(reason, () => void this.setUp(b));
    }
  }
}
