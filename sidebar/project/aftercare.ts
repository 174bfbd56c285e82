// After-care: the follow-ups planned at handover, recording one (outcome, satisfaction), and a maintenance offer.
import type { FollowUpDto, ProjectDto } from '../../src/shared/projectContract';
import { button, el, replaceChildren, uid } from '../dom';
import { type Field, field, textarea } from '../forms';
import { call } from '../rpc';
import { actions, cell, dateInput, FieldMap, form, type PrjCtx, row, section, table } from './kit';

export function aftercareTab(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr } = ctx;
  const maintenance = button(tr('ui.project.maintenance'), 'secondary', (b) => {
    void ctx
      .run(b, () => call('followOnCreate', { orderNo: p.orderNo, kind: 'maintenance' }))
      .then((r) => {
        if (r) ctx.say(r.message);
      });
  });
  return el(
    'div',
    { class: 'prj-pane prj-aftercare' },
    followUps(ctx, p),
    section(
      tr('ui.project.maintenance'),
      'prj-maintenance',
      el('p', { class: 'muted' }, tr('ui.project.maintenanceHelp')),
      actions(maintenance),
    ),
  );
}

function followUps(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  if (p.followUps.length === 0)
    return section(
      tr('ui.project.followUps'),
      'prj-followups',
      el('p', { class: 'muted' }, tr('ui.project.noFollowUps')),
    );
  const columns = [
    { key: 'due', label: tr('ui.project.due'), cls: 'col-date' },
    { key: 'occasion', label: tr('ui.project.occasion') },
    { key: 'status', label: tr('ui.project.status') },
    { key: 'outcome', label: tr('ui.project.outcome') },
    { key: 'satisfaction', label: tr('ui.project.satisfaction') },
    { key: 'actions', label: '', cls: 'col-actions' },
  ];
  const rows = p.followUps.flatMap((f) => {
    const panelCell = el('td', { class: 'prj-panel-cell', attrs: { colspan: columns.length } });
    const panelRow = el('tr', { class: 'prj-panel-row', attrs: { hidden: true } }, panelCell);
    const line = el('tr', {
      // The server says what is overdue (on its clock); a done follow-up shows as done.
      class: `prj-followup ${f.doneOn ? 'done' : f.overdue ? 'overdue' : ''}`.trim(),
      attrs: { 'data-followup': f.id },
    });
    let action: HTMLElement | null = null;
    if (f.doneOn === null) {
      const close = () => {
        record.setAttribute('aria-expanded', 'false');
        panelRow.hidden = true;
        line.classList.remove('open');
        replaceChildren(panelCell);
      };
      const record = button(tr('ui.project.record'), 'secondary', () => {
        if (record.getAttribute('aria-expanded') === 'true') return close();
        record.setAttribute('aria-expanded', 'true');
        replaceChildren(panelCell, recordForm(ctx, p, f, close));
        panelRow.hidden = false;
        line.classList.add('open');
        panelRow.scrollIntoView({ block: 'nearest' });
      });
      record.classList.add('btn-small');
      record.setAttribute('aria-expanded', 'false');
      action = record;
    }
    line.append(
      cell('col-date', date(f.due)),
      cell('col-label', f.label),
      cell(
        'col-status',
        f.doneOn
          ? tr('ui.project.doneOn', { date: date(f.doneOn) })
          : f.overdue
            ? tr('ui.project.overdue')
            : tr('ui.project.status.open'),
      ),
      cell('col-outcome', f.outcome),
      cell('col-satisfaction', f.satisfaction === null ? '–' : `${f.satisfaction} / 5`),
      cell('col-actions', action),
    );
    return [line, panelRow];
  });
  return section(tr('ui.project.followUps'), 'prj-followups', table('prj-followups-table', columns, rows));
}

/** 1 to 5 as a row of radio buttons; a Field, so the server's complaint about it shows beside it. */
function satisfactionField(ctx: PrjCtx): { field: Field; value: () => string } {
  const { tr } = ctx;
  const name = uid('satisfaction');
  const labelId = `${name}-label`;
  const radios = [1, 2, 3, 4, 5].map((n) =>
    el('input', {
      attrs: { type: 'radio', name, value: n, 'aria-label': `${tr('ui.project.satisfaction')} ${n}` },
    }),
  );
  const error = el('div', { class: 'field-error', attrs: { id: `${name}-error`, hidden: true } });
  const help = el(
    'div',
    { class: 'field-help', attrs: { id: `${name}-help` } },
    tr('ui.project.satisfactionHelp'),
  );
  const group = el(
    'div',
    {
      class: 'segmented prj-stars',
      attrs: {
        role: 'radiogroup',
        'aria-labelledby': labelId,
        'aria-describedby': `${name}-help ${name}-error`,
      },
    },
    ...radios.map((r) =>
      el('label', { class: 'radio' }, r, el('span', { attrs: { 'aria-hidden': 'true' } }, r.value)),
    ),
  );
  const wrap = el(
    'div',
    { class: 'field w-satisfaction' },
    el('span', { class: 'field-label', attrs: { id: labelId } }, tr('ui.project.satisfaction')),
    group,
    help,
    error,
  );
  return {
    field: { wrap, control: radios[0], names: [tr('ui.project.satisfaction')], error },
    value: () => radios.find((r) => r.checked)?.value ?? '',
  };
}

function recordForm(ctx: PrjCtx, p: ProjectDto, f: FollowUpDto, close: () => void): HTMLElement {
  const { tr } = ctx;
  const fields = new FieldMap();
  const date = fields.set(
    'date',
    field({ label: tr('ui.project.date'), control: dateInput(p.today), required: true, class: 'w-date' }),
  );
  const outcome = fields.set(
    'outcome',
    field({
      label: tr('ui.project.outcome'),
      control: textarea({ rows: 3, maxlength: 2000 }),
      class: 'w-outcome',
    }),
  );
  const satisfaction = satisfactionField(ctx);
  fields.set('satisfaction', satisfaction.field);
  const save = button(tr('ui.project.save'), 'primary', (b) => {
    void ctx.act(
      b,
      () =>
        call('followUpRecord', {
          followUpId: f.id,
          date: date.control.value,
          outcome: outcome.control.value.trim(),
          satisfaction: satisfaction.value(),
        }),
      fields,
    );
  });
  return form(
    `${tr('ui.project.record')}: ${f.label}`,
    'prj-panel prj-record',
    row(date.wrap, satisfaction.field.wrap, outcome.wrap),
    actions(save, button(tr('ui.cancel'), 'text', close)),
  );
}
