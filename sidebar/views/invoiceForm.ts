// The invoices section's "New invoice" form: type, share or picked positions, supply period, Skonto, resolved down payments.
import { formatMoney } from '../../src/domain/money';
import type { OrderDto } from '../../src/shared/contract';
import type { BillingDto, InvoiceDraftInput } from '../../src/shared/invoiceContract';
import type { Ctx } from '../app';
import { button, el, uid, whileBusy } from '../dom';
import { type Field, field, input, setFieldError } from '../forms';
import { call } from '../rpc';
import { checkField, showFailure } from './panelKit';

type DraftType = InvoiceDraftInput['type'];
const TYPES: DraftType[] = ['standard', 'partial', 'downPayment', 'final'];

interface Pick {
  id: string;
  check: Field & { control: HTMLInputElement };
  qty: Field;
}

/** A fieldset that takes one error for its whole group (no position picked, say). */
function groupField(cls: string, legend: string, control: HTMLInputElement, ...body: HTMLElement[]): Field {
  const error = el('div', { class: 'field-error', attrs: { hidden: true } });
  const wrap = el('fieldset', { class: `group-box ${cls}` }, el('legend', {}, legend), ...body, error);
  return { wrap, control, names: [legend], error };
}

export function invoiceForm(ctx: Ctx, order: OrderDto, b: BillingDto, close: () => void): HTMLElement {
  const { tr, lang } = ctx;
  const money = (cents: number) => formatMoney(cents, lang);
  const radios = TYPES.map((type) => {
    const r = el('input', { attrs: { type: 'radio', name: 'invoiceType', value: type, id: uid('r') } });
    r.checked = type === 'standard';
    return r;
  });
  const typeBox = el(
    'fieldset',
    { class: 'group-box option-box' },
    el('legend', {}, tr('field.invoice.type')),
    ...radios.map((r, i) =>
      el(
        'label',
        { class: 'check', attrs: { for: r.id } },
        r,
        el('span', {}, i === 0 ? tr('ui.invoice.standard') : tr(`invoiceType.${TYPES[i]}`)),
      ),
    ),
  );
  const chosen = (): DraftType => TYPES[radios.findIndex((r) => r.checked)];
  const share = field({
    label: tr('field.invoice.share'),
    control: input({ name: 'share', maxlength: 30 }),
    help: tr('ui.invoice.shareHelp'),
    required: true,
  });
  const picks: Pick[] = b.unbilled.map((p) => {
    const check = checkField(`${p.description || p.id} · ${money(p.netCents)}`, 'pick');
    const qty = field({
      label: tr('field.invoice.quantity'),
      control: input({ name: 'quantity', value: p.quantity, maxlength: 30 }),
      class: 'pick-qty',
    });
    // Changing a quantity means billing that position.
    qty.control.addEventListener('input', () => {
      check.control.checked = true;
    });
    return { id: p.id, check, qty };
  });
  const pickBox = groupField(
    'option-box pick-box',
    tr('field.invoice.positions'),
    picks[0]?.check.control ?? radios[0],
    ...picks.map((p) => el('div', { class: 'pick-row' }, p.check.wrap, p.qty.wrap)),
  );
  const downs = b.invoices
    .filter((i) => i.type === 'downPayment' && i.status === 'issued' && !i.cancelledBy && i.openCents > 0)
    .map((i) => ({
      id: i.id,
      check: checkField(`${i.number} · ${tr('ui.invoice.open')} ${money(i.openCents)}`, 'resolved'),
    }));
  const resolvedBox = el(
    'fieldset',
    { class: 'group-box option-box' },
    el('legend', {}, tr('field.invoice.resolved')),
    ...downs.map((d) => d.check.wrap),
  );
  const date = (name: string, label: string, required = false) =>
    field({ label, control: input({ name, type: 'date' }), required });
  const from = date('supplyFrom', tr('field.invoice.supplyFrom'), true);
  const to = date('supplyTo', tr('field.invoice.supplyTo'));
  const skontoPercent = field({
    label: tr('field.invoice.skontoPercent'),
    control: input({ name: 'skontoPercent', maxlength: 10 }),
  });
  const skontoDays = field({
    label: tr('field.invoice.skontoDays'),
    control: input({ name: 'skontoDays', maxlength: 5 }),
  });
  const fields = [share, pickBox, ...picks.map((p) => p.qty), from, to, skontoPercent, skontoDays];
  const sync = (): void => {
    const type = chosen();
    share.wrap.hidden = type !== 'downPayment';
    pickBox.wrap.hidden = type !== 'partial';
    resolvedBox.hidden = type !== 'final' || downs.length === 0;
    // A down payment may leave the supply period open ("not yet fixed").
    const star = from.wrap.querySelector<HTMLElement>('.req');
    if (star) star.hidden = type === 'downPayment';
  };
  sync();

  /** Picks as last sent: the server names a quantity by its place in that list. */
  let sent: Pick[] = [];
  const named = new Map<string, Field>([
    ['share', share],
    ['picks', pickBox],
    ['supplyFrom', from],
    ['supplyTo', to],
    ['skontoPercent', skontoPercent],
    ['skontoDays', skontoDays],
  ]);
  const resolve = (name: string): Field | undefined => {
    const m = /^picks\.(\d+)\.quantity$/.exec(name);
    if (m) return sent[Number(m[1])]?.qty;
    const p = picks.find((x) => name === `positions.${x.id}` || name.startsWith(`positions.${x.id}.`));
    return p ? p.qty : named.get(name);
  };
  const val = (f: Field) => f.control.value.trim();
  const send = async (btn: HTMLButtonElement): Promise<void> => {
    ctx.notify(null);
    for (const f of fields) setFieldError(f, null);
    const type = chosen();
    sent = type === 'partial' ? picks.filter((p) => p.check.control.checked) : [];
    // Obvious mistakes are caught here, at their fields, before anything is sent.
    const problems: [Field, string][] = [];
    const need = (f: Field, when: boolean) => {
      if (when && val(f) === '') problems.push([f, tr('err.required', { field: f.names[0] })]);
    };
    need(share, type === 'downPayment');
    if (type === 'partial' && sent.length === 0) problems.push([pickBox, tr('ui.invoice.pickOne')]);
    need(from, type !== 'downPayment' || val(to) !== '');
    need(skontoPercent, val(skontoDays) !== '');
    need(skontoDays, val(skontoPercent) !== '');
    if (problems.length > 0) {
      for (const [f, message] of problems) setFieldError(f, message);
      problems[0][0].control.focus();
      return;
    }
    try {
      const updated = await whileBusy(btn, () =>
        call('invoiceCreateDraft', {
          orderNo: order.number,
          type,
          share: type === 'downPayment' ? val(share) : '',
          picks: sent.map((p) => ({ id: p.id, quantity: val(p.qty) })),
          supplyFrom: val(from),
          supplyTo: val(to),
          skontoPercent: val(skontoPercent),
          skontoDays: val(skontoDays),
          resolved: type === 'final' ? downs.filter((d) => d.check.control.checked).map((d) => d.id) : [],
        }),
      );
      close();
      ctx.showOrder(updated);
      ctx.notify({ kind: 'success', text: tr('ui.invoice.drafted') });
    } catch (reason) {
      showFailure(ctx, reason, resolve, () => void send(btn));
    }
  };
  const submit = button(tr('ui.invoice.submit'), 'primary', (btn) => void send(btn));
  return el(
    'form',
    {
      class: 'inline-form invoice-form',
      attrs: { novalidate: true },
      on: {
        submit: (e) => {
          e.preventDefault();
          submit.click();
        },
        change: sync,
        input: (e) => {
          for (const f of fields) if (f.wrap.contains(e.target as Node)) setFieldError(f, null);
        },
      },
    },
    typeBox,
    share.wrap,
    pickBox.wrap,
    resolvedBox,
    el('div', { class: 'pair' }, from.wrap, to.wrap),
    el('div', { class: 'pair' }, skontoPercent.wrap, skontoDays.wrap),
    el('div', { class: 'actions' }, submit, button(tr('ui.cancel'), 'text', close)),
  );
}
