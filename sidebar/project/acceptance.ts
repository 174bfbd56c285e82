// Acceptance: request it with the deliverables, record the client's decision (accepted items, defects), see rework.
import type { AcceptanceDto, ProjectDto } from '../../src/shared/projectContract';
import { button, el } from '../dom';
import { field, textarea } from '../forms';
import { call } from '../rpc';
import {
  actions,
  cell,
  checkbox,
  dateInput,
  docLinks,
  FieldMap,
  form,
  links,
  type PrjCtx,
  RowsEditor,
  section,
  table,
} from './kit';

const MAX_DEFECTS = 30;

export function acceptanceTab(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const pending = p.acceptances.find((a) => a.result === 'pending');
  return el(
    'div',
    { class: 'prj-pane prj-acceptance' },
    pending ? decisionForm(ctx, p, pending) : requestForm(ctx, p),
    el('div', { class: 'prj-columns' }, rounds(ctx, p), rework(ctx, p)),
  );
}

function requestForm(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr } = ctx;
  const fields = new FieldMap();
  // The DTO carries no confirmation positions: the list starts empty, the help says what belongs in it.
  const deliverables = fields.set(
    'deliverables',
    field({
      label: tr('ui.project.deliverables'),
      control: textarea({ rows: 6, maxlength: 30000 }),
      help: tr('ui.project.deliverablesHelp'),
      required: true,
      class: 'w-deliverables',
    }),
  );
  const submit = button(tr('ui.project.requestAcceptance'), 'primary', (b) => {
    void ctx.act(
      b,
      () => call('acceptanceRequest', { orderNo: p.orderNo, deliverables: deliverables.control.value }),
      fields,
    );
  });
  return section(
    tr('ui.project.requestAcceptance'),
    'prj-card prj-request',
    form(tr('ui.project.requestAcceptance'), '', deliverables.wrap, actions(submit)),
  );
}

function decisionForm(ctx: PrjCtx, p: ProjectDto, a: AcceptanceDto): HTMLElement {
  const { tr } = ctx;
  const title = tr('ui.project.decide', { n: a.round });
  const fields = new FieldMap();
  const date = fields.set(
    'date',
    field({
      label: tr('ui.project.decisionDate'),
      control: dateInput(p.today),
      required: true,
      class: 'w-date',
    }),
  );
  // Nothing is ticked beforehand: an acceptance is the client's word, taken item by item.
  const accepted = a.deliverables.map((d) => ({ d, c: checkbox(d, false) }));
  const defects = new RowsEditor(
    tr,
    [
      { name: 'text', label: tr('ui.project.defect'), maxlength: 500 },
      { name: 'due', label: tr('ui.project.fixBy'), type: 'date' },
    ],
    'prj-defect-rows',
    tr('ui.project.addDefect'),
    MAX_DEFECTS,
  );
  const submit = button(tr('ui.project.saveDecision'), 'primary', (b) => {
    const rows = defects.filled();
    fields.clear();
    fields.setRows(
      'defects',
      rows.map((r) => r.fields),
    );
    void ctx.act(
      b,
      () =>
        call('acceptanceDecide', {
          acceptanceId: a.id,
          date: date.control.value,
          accepted: accepted.filter((x) => x.c.box.checked).map((x) => x.d),
          defects: rows.map((r) => ({ text: r.values.text, due: r.values.due })),
        }),
      fields,
    );
  });
  return section(
    title,
    'prj-card prj-decision',
    form(
      title,
      '',
      el(
        'div',
        { class: 'form-row' },
        date.wrap,
        el('p', { class: 'prj-small prj-doc-links' }, ...docLinks(tr, a.docUrl, a.pdfUrl)),
      ),
      el(
        'div',
        { class: 'prj-decision-grid' },
        el(
          'fieldset',
          { class: 'prj-fieldset prj-accepted' },
          el('legend', {}, tr('ui.project.acceptedDeliverables')),
          ...accepted.map((x) => x.c.wrap),
        ),
        el(
          'fieldset',
          { class: 'prj-fieldset prj-defects' },
          el('legend', {}, tr('ui.project.defects')),
          defects.element,
        ),
      ),
      actions(submit),
    ),
  );
}

function rounds(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  if (p.acceptances.length === 0)
    return section(
      tr('ui.project.rounds'),
      'prj-rounds',
      el('p', { class: 'muted' }, tr('ui.project.noRounds')),
    );
  return section(
    tr('ui.project.rounds'),
    'prj-rounds',
    table(
      'prj-rounds-table',
      [
        { key: 'round', label: tr('ui.project.roundCol') },
        { key: 'requested', label: tr('ui.project.requestedOn'), cls: 'col-date' },
        { key: 'deliverables', label: tr('ui.project.deliverables') },
        { key: 'result', label: tr('ui.project.result') },
        { key: 'links', label: tr('ui.project.links') },
      ],
      p.acceptances.map((a) =>
        el(
          'tr',
          { attrs: { 'data-acceptance': a.id } },
          cell('col-round', String(a.round)),
          cell('col-date', date(a.requestedOn)),
          cell(
            'col-deliverables',
            el(
              'ul',
              { class: 'prj-deliverables' },
              ...a.deliverables.map((d) =>
                el(
                  'li',
                  { class: a.accepted.includes(d) ? 'ok' : '' },
                  a.accepted.includes(d) ? `✓ ${d}` : d,
                ),
              ),
            ),
          ),
          cell(
            'col-result',
            el('span', { class: `chip res-${a.result}` }, tr(`ui.project.result.${a.result}`)),
            a.decidedOn ? el('div', { class: 'prj-small' }, date(a.decidedOn)) : null,
          ),
          cell('col-links', links(...docLinks(tr, a.docUrl, a.pdfUrl))),
        ),
      ),
    ),
  );
}

function rework(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  const items = p.items.filter((i) => i.kind === 'rework');
  if (items.length === 0)
    return section(
      tr('ui.project.reworkItems'),
      'prj-rework',
      el('p', { class: 'muted' }, tr('ui.project.noRework')),
    );
  return section(
    tr('ui.project.reworkItems'),
    'prj-rework',
    table(
      'prj-rework-table',
      [
        { key: 'text', label: tr('ui.project.defect') },
        { key: 'due', label: tr('ui.project.fixBy'), cls: 'col-due' },
        { key: 'status', label: tr('ui.project.status') },
      ],
      items.map((i) =>
        el(
          'tr',
          { class: [i.status, i.overdue ? 'overdue' : ''].join(' ').trim(), attrs: { 'data-item': i.id } },
          cell('col-text', i.text),
          cell('col-due', date(i.due)),
          cell(
            'col-status',
            i.overdue
              ? tr('ui.project.overdue')
              : tr(i.status === 'done' ? 'ui.project.status.done' : 'ui.project.status.open'),
          ),
        ),
      ),
    ),
  );
}
