// The dunning panel of one invoice: the next letter's figures as the server computed them, create or send it.
import type { DunningPreviewDto, OpenItemDto, OpenItemsDto } from '../../src/shared/receivablesContract';
import { button, el, externalLink, loadingBlock, replaceChildren, whileBusy } from '../dom';
import { clearFieldErrors, field, input, showFieldErrors } from '../forms';
import { call, errorOf } from '../rpc';
import type { RcvCtx } from './app';

export function dunningPanel(
  ctx: RcvCtx,
  item: OpenItemDto,
  close: () => void,
  done: (items: OpenItemsDto) => void,
): HTMLElement {
  const { tr } = ctx;
  const panel = el('div', { class: 'rcv-panel rcv-dun' }, loadingBlock(tr('ui.loading')));
  call('dunningPreview', { invoiceId: item.invoiceId })
    .then((p) => replaceChildren(panel, ...content(ctx, item, p, close, done)))
    .catch((reason) => {
      replaceChildren(panel, button(tr('ui.rcv.cancel'), 'text', close));
      ctx.fail(reason);
    });
  return panel;
}

function content(
  ctx: RcvCtx,
  item: OpenItemDto,
  p: DunningPreviewDto,
  close: () => void,
  done: (items: OpenItemsDto) => void,
): HTMLElement[] {
  const { tr, money, date } = ctx;
  const line = (cls: string, label: string, cents: number) =>
    el(
      'tr',
      { class: cls },
      el('th', { attrs: { scope: 'row' } }, label),
      el('td', { class: 'num' }, money(cents)),
    );
  const rows = [line('fig-open', tr('ui.rcv.col.open'), p.openCents)];
  if (p.interestCents > 0) rows.push(line('fig-interest', tr('ui.rcv.interest'), p.interestCents));
  if (p.feeCents > 0) rows.push(line('fig-fee', tr('ui.rcv.fee'), p.feeCents));
  if (p.lumpSumCents > 0) rows.push(line('fig-lump-sum', tr('ui.rcv.lumpSum'), p.lumpSumCents));
  rows.push(line('fig-total', tr('ui.rcv.claim'), p.totalCents));
  const figures = el(
    'div',
    { class: 'rcv-dun-figures' },
    el('strong', { class: 'rcv-dun-level' }, `${tr('ui.rcv.letter')}: ${p.levelLabel}`),
    el(
      'p',
      { class: 'rcv-small rcv-default' },
      p.inDefault ? `${tr('ui.rcv.defaultFrom')} ${date(p.defaultFrom)}` : tr('ui.rcv.notInDefault'),
    ),
    el('table', { class: 'rcv-figures' }, el('tbody', {}, ...rows)),
    p.interestLines.length
      ? el('ul', { class: 'rcv-interest-lines' }, ...p.interestLines.map((l) => el('li', {}, l)))
      : null,
  );
  const pdf = externalLink(item.pdfUrl, tr('ui.rcv.invoicePdf', { number: item.number }));
  if (p.blocked) {
    // A blocked order gets no letter: the reason instead of the buttons.
    return [
      figures,
      el(
        'div',
        { class: 'rcv-dun-send' },
        el('div', { class: 'rcv-msg warn rcv-blocked' }, p.blocked),
        el('div', { class: 'rcv-actions' }, button(tr('ui.rcv.cancel'), 'text', close), pdf),
      ),
    ];
  }
  const email = field({ label: tr('ui.rcv.email'), control: input({ type: 'email', value: p.email }) });
  const make = (b: HTMLButtonElement, send: boolean) => {
    clearFieldErrors([email]);
    for (const other of [sendButton, createButton]) other.disabled = true;
    void whileBusy(b, () =>
      call('dunningCreate', { invoiceId: item.invoiceId, send, email: email.control.value }),
    )
      .then((r) => {
        ctx.say(r.message, 'ok', r.docUrl ? { href: r.docUrl, label: tr('ui.rcv.openDoc') } : undefined);
        done(r.items);
      })
      .catch((reason) => {
        for (const other of [sendButton, createButton]) other.disabled = false;
        const error = errorOf(reason);
        const unplaced = showFieldErrors(error.fields, (f) => (f === 'email' ? email : undefined));
        if (unplaced.length > 0 || error.fields.length === 0) ctx.fail(reason);
        else ctx.say('');
      });
  };
  const sendButton = button(tr('ui.rcv.send'), 'primary', (b) => make(b, true));
  const createButton = button(tr('ui.rcv.create'), 'secondary', (b) => make(b, false));
  return [
    figures,
    el(
      'div',
      { class: 'rcv-dun-send' },
      el('p', { class: 'rcv-deadline' }, `${tr('ui.rcv.deadline')}: ${date(p.deadline)}`),
      email.wrap,
      el(
        'div',
        { class: 'rcv-actions' },
        sendButton,
        createButton,
        button(tr('ui.rcv.cancel'), 'text', close),
      ),
      pdf ? el('div', { class: 'rcv-small' }, pdf) : null,
    ),
  ];
}
