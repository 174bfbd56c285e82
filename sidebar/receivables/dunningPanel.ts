// The dunning panel of one invoice: the next letter's figures as the server computed them, create or send it.
import type { OpenItemDto, OpenItemsDto } from '../../src/shared/receivablesContract';
import { button, el, externalLink, loadingBlock, replaceChildren } from '../dom';
import { field, input } from '../forms';
import { call } from '../rpc';
import type { RcvCtx } from './app';

export function dunningPanel(
  ctx: RcvCtx,
  item: OpenItemDto,
  close: () => void,
  done: (items: OpenItemsDto) => void,
): HTMLElement {
  const panel = el('div', { class: 'rcv-panel' }, loadingBlock('…'));
  const { tr, money, date } = ctx;
  call('dunningPreview', { invoiceId: item.invoiceId })
    .then((p) => {
      const email = input({ type: 'email', value: p.email });
      const line = (label: string, cents: number) =>
        el('tr', {}, el('td', {}, label), el('td', { class: 'num' }, money(cents)));
      const rows = [line(tr('ui.rcv.col.open'), p.openCents)];
      if (p.interestCents > 0) rows.push(line(tr('ui.rcv.interest'), p.interestCents));
      if (p.feeCents > 0) rows.push(line(tr('ui.rcv.fee'), p.feeCents));
      if (p.lumpSumCents > 0) rows.push(line(tr('ui.rcv.lumpSum'), p.lumpSumCents));
      rows.push(line(tr('ui.rcv.claim'), p.totalCents));
      const make = (send: boolean) =>
        call('dunningCreate', { invoiceId: item.invoiceId, send, email: email.value })
          .then((r) => {
            ctx.say(r.message);
            done(r.items);
          })
          .catch((reason) => ctx.fail(reason));
      replaceChildren(
        panel,
        el('strong', {}, `${tr('ui.rcv.letter')}: ${p.levelLabel}`),
        p.blocked ? el('div', { class: 'rcv-msg warn' }, p.blocked) : null,
        el(
          'p',
          {},
          p.inDefault ? `${tr('ui.rcv.defaultFrom')} ${date(p.defaultFrom)}` : tr('ui.rcv.notInDefault'),
        ),
        el('table', { class: 'rcv-table' }, el('tbody', {}, ...rows)),
        ...p.interestLines.map((l) => el('div', { class: 'rcv-small' }, l)),
        el('p', {}, `${tr('ui.rcv.deadline')}: ${date(p.deadline)}`),
        field({ label: tr('ui.rcv.email'), control: email }).wrap,
        el(
          'div',
          { class: 'rcv-actions' },
          button(tr('ui.rcv.send'), 'primary', () => void make(true)),
          button(tr('ui.rcv.create'), 'secondary', () => void make(false)),
          button(tr('ui.rcv.cancel'), 'text', close),
          item.pdfUrl ? externalLink(item.pdfUrl, item.number) : null,
        ),
      );
    })
    .catch((reason) => {
      replaceChildren(panel, button(tr('ui.rcv.cancel'), 'text', close));
      ctx.fail(reason);
    });
  return panel;
}
