// Handover: the checklist, the handover protocol (and sharing the order folder), and when it was handed over.
import type { ProjectDto } from '../../src/shared/projectContract';
import { button, el, externalLink } from '../dom';
import { field, input } from '../forms';
import { call } from '../rpc';
import { actions, checkbox, FieldMap, form, type PrjCtx, section } from './kit';

export function handoverTab(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  return el('div', { class: 'prj-pane prj-handover prj-columns' }, checklist(ctx, p), protocol(ctx, p));
}

function checklist(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr } = ctx;
  const boxes = p.checklist.map((c) => {
    const box = checkbox(tr(`ui.project.handover.${c.item}`), c.done);
    box.box.dataset.item = c.item;
    return { item: c.item, ...box };
  });
  const save = button(tr('ui.project.saveChecklist'), 'secondary', (b) => {
    void ctx.act(b, () =>
      call('checklistSave', {
        orderNo: p.orderNo,
        done: boxes.filter((x) => x.box.checked).map((x) => x.item),
      }),
    );
  });
  return section(
    tr('ui.project.checklist'),
    'prj-card prj-checklist',
    form(
      tr('ui.project.checklist'),
      '',
      el('div', { class: 'prj-check-list' }, ...boxes.map((x) => x.wrap)),
      actions(save),
    ),
  );
}

function protocol(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  const fields = new FieldMap();
  const share = fields.set(
    'shareWith',
    field({
      label: tr('ui.project.shareWith'),
      control: input({ type: 'email', maxlength: 200, value: p.clientEmail }),
      help: tr('ui.project.shareHelp'),
      class: 'w-share',
    }),
  );
  const create = button(tr('ui.project.createHandover'), 'primary', (b) => {
    void ctx.act(
      b,
      () => call('handoverCreate', { orderNo: p.orderNo, shareWith: share.control.value.trim() }),
      fields,
    );
  });
  const folder = externalLink(p.folderUrl, tr('ui.project.folder'));
  // The protocol made at the handover, once there is one.
  const doc = externalLink(p.handoverDocUrl, tr('ui.project.openProtocol'));
  return section(
    tr('ui.project.protocol'),
    'prj-card prj-protocol',
    el(
      'p',
      { class: `prj-handed ${p.handedOverOn ? 'done' : ''}`.trim() },
      p.handedOverOn
        ? tr('ui.project.handedOver', { date: date(p.handedOverOn) })
        : tr('ui.project.notHandedOver'),
    ),
    el(
      'p',
      { class: 'prj-links prj-folder' },
      doc,
      folder ?? el('span', { class: 'muted' }, tr('ui.project.noFolder')),
    ),
    // Handed over once: the protocol is there, and the stage has moved on.
    p.handedOverOn ? null : form(tr('ui.project.protocol'), '', share.wrap, actions(create)),
  );
}
