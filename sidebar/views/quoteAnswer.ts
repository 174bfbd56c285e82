// The client's answer to a sent quote, asked inline in the order card: accepted (with options) or declined.
import { formatMoney } from '../../src/domain/money';
import type { QuoteSummaryDto } from '../../src/shared/quoteContract';
import type { Ctx } from '../app';
import { button, el, whileBusy } from '../dom';
import { type Field, field, input, setFieldError, textarea } from '../forms';
import { call } from '../rpc';
import { checkField, showFailure } from './panelKit';

/** A small form in a grey box; Enter submits through the primary button. */
function inlineForm(
  cls: string,
  submit: HTMLButtonElement,
  cancel: HTMLButtonElement,
  ...body: HTMLElement[]
): HTMLFormElement {
  return el(
    'form',
    {
      class: `inline-form ${cls}`,
      attrs: { novalidate: true },
      on: {
        submit: (e) => {
          e.preventDefault();
          submit.click();
        },
      },
    },
    ...body,
    el('div', { class: 'actions' }, submit, cancel),
  );
}

function clearOnInput(fields: Field[]): void {
  for (const f of fields) f.control.addEventListener('input', () => setFieldError(f, null));
}

/** "Client accepted": date (today unless changed), who, their reference, and the optional positions taken. */
export function acceptForm(ctx: Ctx, quote: QuoteSummaryDto, close: () => void): HTMLElement {
  const { tr, lang } = ctx;
  const date = field({
    label: tr('field.acceptedOn'),
    control: input({ name: 'date', type: 'date', value: ctx.data.today }),
  });
  const by = field({ label: tr('field.acceptedBy'), control: input({ name: 'by', maxlength: 200 }) });
  const reference = field({
    label: tr('field.clientReference'),
    control: input({ name: 'reference', maxlength: 100 }),
  });
  const options = quote.options.map((o) =>
    checkField(`${o.description || o.id} · ${formatMoney(o.netCents, lang)}`, 'option'),
  );
  const optionBox =
    options.length > 0
      ? el(
          'fieldset',
          { class: 'group-box option-box' },
          el('legend', {}, tr('ui.quote.acceptOptions')),
          ...options.map((o) => o.wrap),
        )
      : null;
  const byName: Record<string, Field> = { date, by, reference };
  /** The options ticked when last sent: the server names them by their place in that list. */
  let sent: typeof options = [];
  const resolve = (name: string): Field | undefined => {
    const option = /^options\.(\d+)$/.exec(name);
    return option ? sent[Number(option[1])] : byName[name];
  };
  const send = async (b: HTMLButtonElement): Promise<void> => {
    ctx.notify(null);
    for (const f of [date, by, reference, ...options]) setFieldError(f, null);
    sent = options.filter((o) => o.control.checked);
    try {
      const updated = await whileBusy(b, () =>
        call('quoteAccept', {
          number: quote.number,
          date: date.control.value.trim(),
          by: by.control.value.trim(),
          reference: reference.control.value.trim(),
          options: sent.map((o) => quote.options[options.indexOf(o)].id),
        }),
      );
      ctx.showOrder(updated);
      ctx.notify({ kind: 'success', text: tr('ui.quote.accepted', { number: quote.number }) });
    } catch (reason) {
      showFailure(ctx, reason, resolve, () => void send(b));
    }
  };
  clearOnInput([date, by, reference]);
  return inlineForm(
    'accept-form',
    button(tr('ui.quote.acceptSubmit'), 'primary', (b) => void send(b)),
    button(tr('ui.cancel'), 'text', close),
    date.wrap,
    by.wrap,
    reference.wrap,
    ...(optionBox ? [optionBox] : []),
  );
}

/** "Declined": a reason is required; the order can be marked lost in the same step. */
export function declineForm(ctx: Ctx, quote: QuoteSummaryDto, close: () => void): HTMLElement {
  const { tr } = ctx;
  const reason = field({
    label: tr('ui.quote.declineReason'),
    control: textarea({ name: 'reason', rows: 3, maxlength: 1000 }),
    required: true,
    aliases: [tr('field.reason')],
  });
  const lost = checkField(tr('ui.quote.markLost'), 'lost');
  const resolve = (name: string): Field | undefined => (name === 'reason' ? reason : undefined);
  const send = async (b: HTMLButtonElement): Promise<void> => {
    ctx.notify(null);
    setFieldError(reason, null);
    const text = reason.control.value.trim();
    if (text === '') {
      setFieldError(reason, tr('err.required', { field: tr('ui.quote.declineReason') }));
      reason.control.focus();
      return;
    }
    try {
      const updated = await whileBusy(b, () =>
        call('quoteDecline', { number: quote.number, reason: text, lost: lost.control.checked }),
      );
      ctx.showOrder(updated);
      ctx.notify({ kind: 'success', text: tr('ui.quote.declined', { number: quote.number }) });
    } catch (failure) {
      showFailure(ctx, failure, resolve, () => void send(b));
    }
  };
  clearOnInput([reason]);
  return inlineForm(
    'decline-form',
    button(tr('ui.quote.declineSubmit'), 'primary', (b) => void send(b)),
    button(tr('ui.cancel'), 'text', close),
    reason.wrap,
    lost.wrap,
  );
}
