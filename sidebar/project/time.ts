// Time: book hours on a rate-card service, the latest entries, and the sums per service.
import type { ProjectDto } from '../../src/shared/projectContract';
import { button, el } from '../dom';
import { field, input, select } from '../forms';
import { call } from '../rpc';
import { actions, cell, checkbox, dateInput, FieldMap, form, type PrjCtx, row, section, table } from './kit';

export function timeTab(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  return el(
    'div',
    { class: 'prj-pane prj-time' },
    timeForm(ctx, p),
    el('div', { class: 'prj-columns prj-time-columns' }, entries(ctx, p), byService(ctx, p)),
  );
}

function timeForm(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr } = ctx;
  const fields = new FieldMap();
  const date = fields.set(
    'date',
    field({ label: tr('ui.project.date'), control: dateInput(p.today), required: true, class: 'w-date' }),
  );
  const person = fields.set(
    'person',
    field({
      label: tr('ui.project.person'),
      control: input({ maxlength: 200, value: p.user }),
      required: true,
      class: 'w-person',
    }),
  );
  const service = fields.set(
    'service',
    field({
      label: tr('ui.project.service'),
      control: select(
        [
          { value: '', label: tr('ui.project.chooseService') },
          ...p.services.map((s) => ({ value: s, label: s })),
        ],
        p.services[0] ?? '',
      ),
      help: p.services.length === 0 ? tr('ui.project.noServices') : undefined,
      required: true,
      class: 'w-service',
    }),
  );
  const hours = fields.set(
    'hours',
    field({
      label: tr('ui.project.hours'),
      control: input({ inputmode: 'decimal', maxlength: 10 }),
      help: tr('ui.project.hoursHelp'),
      required: true,
      class: 'w-hours',
    }),
  );
  const billable = checkbox(tr('ui.project.billable'), true);
  const note = fields.set(
    'note',
    field({ label: tr('ui.project.note'), control: input({ maxlength: 500 }), class: 'w-note' }),
  );
  const submit = button(tr('ui.project.book'), 'primary', (b) => {
    void ctx.act(
      b,
      () =>
        call('timeRecord', {
          orderNo: p.orderNo,
          date: date.control.value,
          person: person.control.value.trim(),
          service: service.control.value,
          hours: hours.control.value.trim(),
          billable: billable.box.checked,
          note: note.control.value.trim(),
        }),
      fields,
    );
  });
  const f = form(
    tr('ui.project.recordTime'),
    'prj-time-form',
    row(date.wrap, person.wrap, service.wrap, hours.wrap, note.wrap),
    actions(billable.wrap, submit),
  );
  // Enter in a field books, as in any form.
  f.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') {
      e.preventDefault();
      submit.click();
    }
  });
  return section(tr('ui.project.recordTime'), 'prj-card', f);
}

function entries(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  if (p.time.length === 0)
    return section(
      tr('ui.project.latest'),
      'prj-entries',
      el('p', { class: 'muted' }, tr('ui.project.noTime')),
    );
  return section(
    tr('ui.project.latest'),
    'prj-entries',
    table(
      'prj-time-table',
      [
        { key: 'date', label: tr('ui.project.date'), cls: 'col-date' },
        { key: 'person', label: tr('ui.project.person') },
        { key: 'service', label: tr('ui.project.service') },
        { key: 'hours', label: tr('ui.project.hours'), cls: 'num' },
        { key: 'billable', label: tr('ui.project.billable') },
        { key: 'note', label: tr('ui.project.note') },
      ],
      p.time.map((t) =>
        el(
          'tr',
          { class: t.billable ? '' : 'unbilled' },
          cell('col-date', date(t.date)),
          cell('col-person', t.person),
          cell('col-service', t.service),
          cell('num', ctx.hours(t.hours)),
          cell('col-billable', tr(t.billable ? 'ui.project.yes' : 'ui.project.no')),
          cell('col-note', t.note),
        ),
      ),
    ),
  );
}

function byService(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, money } = ctx;
  if (p.byService.length === 0)
    return section(tr('ui.project.byService'), 'prj-sums', el('p', { class: 'muted' }, '–'));
  const sum = p.byService.reduce(
    (s, x) => ({
      hours: s.hours + x.hours,
      billable: s.billable + x.billableHours,
      cents: s.cents + x.cents,
    }),
    { hours: 0, billable: 0, cents: 0 },
  );
  const line = (cls: string, label: string, hours: number, billable: number, cents: number) =>
    el(
      'tr',
      { class: cls },
      cell('col-service', label),
      cell('num', ctx.hours(hours)),
      cell('num', ctx.hours(billable)),
      cell('num', money(cents)),
    );
  return section(
    tr('ui.project.byService'),
    'prj-sums',
    table(
      'prj-sums-table',
      [
        { key: 'service', label: tr('ui.project.service') },
        { key: 'hours', label: tr('ui.project.hours'), cls: 'num' },
        { key: 'billable', label: tr('ui.project.billableHours'), cls: 'num' },
        { key: 'value', label: tr('ui.project.value'), cls: 'num' },
      ],
      [
        ...p.byService.map((s) => line('', s.service, s.hours, s.billableHours, s.cents)),
        line('sum', tr('ui.project.total'), sum.hours, sum.billable, sum.cents),
      ],
    ),
  );
}
