// Overview: budget used, progress against time elapsed, the milestones' progress, deviations and the follow-on offer.
import type { ProjectDto } from '../../src/shared/projectContract';
import { button, el } from '../dom';
import { field, input } from '../forms';
import { call } from '../rpc';
import { actions, cell, deviationChip, FieldMap, form, meter, type PrjCtx, section, table } from './kit';

export function overviewTab(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  return el(
    'div',
    { class: 'prj-pane prj-overview' },
    el('div', { class: 'prj-cards' }, budget(ctx, p), progress(ctx, p), keyDates(ctx, p)),
    el('div', { class: 'prj-columns' }, milestones(ctx, p), deviations(ctx, p)),
  );
}

function facts(pairs: [string, string][]): HTMLElement {
  const dl = el('dl', { class: 'prj-facts' });
  for (const [term, value] of pairs) dl.append(el('dt', {}, term), el('dd', {}, value));
  return dl;
}

function budget(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, money } = ctx;
  const f = p.figures;
  const bp = f.budgetBp;
  const tone = bp === null ? '' : bp > 10_000 ? 'over' : bp > 8_000 ? 'warn' : '';
  return section(
    tr('ui.project.budget'),
    'prj-card prj-budget',
    facts([
      [tr('ui.project.hours'), f.hours === null ? '–' : `${ctx.hours(f.hours)} h`],
      [tr('ui.project.used'), f.budgetUsedCents === null ? '–' : money(f.budgetUsedCents)],
      [tr('ui.project.confirmedNet'), f.confirmedNetCents === null ? '–' : money(f.confirmedNetCents)],
    ]),
    meter(ctx, tr('ui.project.budgetUsed'), bp, tone),
  );
}

function progress(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr } = ctx;
  const { progressBp, elapsedBp } = p.figures;
  // Behind schedule: less done than time has passed.
  const behind = progressBp !== null && elapsedBp !== null && progressBp < elapsedBp;
  return section(
    tr('ui.project.progressVsTime'),
    'prj-card prj-progress',
    meter(ctx, tr('ui.project.progress'), progressBp, behind ? 'behind' : ''),
    meter(ctx, tr('ui.project.elapsed'), elapsedBp, 'time'),
  );
}

function keyDates(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  return section(
    tr('ui.project.keyDates'),
    'prj-card prj-dates',
    facts([
      [tr('ui.project.kickoffOn'), date(p.kickoffOn)],
      [tr('ui.project.deadline'), date(p.deadline)],
      [tr('ui.project.acceptedOn'), date(p.acceptedOn)],
      [tr('ui.project.handedOverOn'), date(p.handedOverOn)],
    ]),
  );
}

function milestones(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  if (p.milestones.length === 0)
    return section(
      tr('ui.project.milestones'),
      'prj-milestones',
      el('p', { class: 'muted' }, tr('ui.project.noMilestones')),
    );
  const fields = new FieldMap();
  // Every milestone is sent, in the order shown: the server's 'milestones.2.progress' is the third row.
  const inputs = p.milestones.map((m, i) => {
    const control = input({
      inputmode: 'numeric',
      maxlength: 5,
      value: m.progress === null ? '' : String(m.progress),
    });
    const f = field({
      label: `${tr('ui.project.progress')}: ${m.label}`,
      aliases: [tr('ui.project.progress')],
      control,
      class: 'prj-bare w-percent',
    });
    fields.set(`milestones.${i}.progress`, f);
    return { m, f };
  });
  const rows = inputs.map(({ m, f }) =>
    el(
      'tr',
      { attrs: { 'data-milestone': m.index } },
      cell('col-date', date(m.date)),
      cell('col-label', m.label),
      cell(
        'col-progress',
        el('div', { class: 'prj-percent' }, f.wrap, el('span', { attrs: { 'aria-hidden': 'true' } }, '%')),
      ),
    ),
  );
  const save = button(tr('ui.project.saveProgress'), 'primary', (b) => {
    void ctx.act(
      b,
      () =>
        call('progressSave', {
          orderNo: p.orderNo,
          milestones: inputs.map(({ m, f }) => ({ index: m.index, progress: f.control.value.trim() })),
        }),
      fields,
    );
  });
  return section(
    tr('ui.project.milestones'),
    'prj-milestones',
    form(
      tr('ui.project.milestones'),
      '',
      table(
        'prj-milestone-table',
        [
          { key: 'date', label: tr('ui.project.date'), cls: 'col-date' },
          { key: 'label', label: tr('ui.project.milestone') },
          { key: 'progress', label: tr('ui.project.progress'), cls: 'col-progress' },
        ],
        rows,
      ),
      actions(save),
    ),
  );
}

function deviations(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr } = ctx;
  const list = p.figures.deviations;
  const refresh = button(tr('ui.project.refreshDeviations'), 'secondary', (b) => {
    void ctx
      .run(b, () => call('deviationsRefresh'))
      .then((r) => {
        if (!r) return;
        ctx.say(r.message);
        // The register's flags are new for every order; this order's figures and chips come with a fresh load.
        return ctx.reload();
      });
  });
  const changeRequest = p.overrun
    ? button(tr('ui.project.changeRequest'), 'primary', (b) => {
        void ctx
          .run(b, () => call('followOnCreate', { orderNo: p.orderNo, kind: 'changeRequest' }))
          .then((r) => {
            if (r) ctx.say(r.message);
          });
      })
    : null;
  return section(
    tr('ui.project.deviations'),
    'prj-deviations',
    list.length
      ? el('ul', { class: 'prj-devlist' }, ...list.map((d) => el('li', {}, deviationChip(d))))
      : el('p', { class: 'muted' }, tr('ui.project.noDeviations')),
    p.overrun ? el('p', { class: 'prj-overrun' }, tr('ui.project.overrun')) : null,
    actions(refresh, changeRequest),
  );
}
