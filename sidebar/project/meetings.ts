// Meetings: schedule the kick-off and the jour fixe, list the meetings, write a jour fixe's minutes, keep the action items.
import type { ActionItemDto, MeetingDto, ProjectDto } from '../../src/shared/projectContract';
import { button, el, externalLink, replaceChildren } from '../dom';
import { type Field, field, input, select, textarea } from '../forms';
import { call } from '../rpc';
import {
  actions,
  cell,
  checkbox,
  dateInput,
  FieldMap,
  form,
  links,
  type PrjCtx,
  RowsEditor,
  row,
  section,
  table,
} from './kit';

/** New action items one set of minutes (or one save of the list) may add. */
const MAX_NEW_ITEMS = 20;
const INTERVALS = ['weekly', 'biweekly', 'monthly'] as const;

export function meetingsTab(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr } = ctx;
  const hasKickoff = p.meetings.some((m) => m.kind === 'kickoff');
  const hasJourFixe = p.meetings.some((m) => m.kind === 'jourFixe');
  return el(
    'div',
    { class: 'prj-pane prj-meetings' },
    planner(tr('ui.project.planKickoff'), 'prj-plan-kickoff', !hasKickoff, kickoffForm(ctx, p)),
    planner(
      tr('ui.project.planJourFixe'),
      'prj-plan-jourfixe',
      hasKickoff && !hasJourFixe,
      jourFixeForm(ctx, p),
    ),
    meetingList(ctx, p),
    itemsSection(ctx, p),
  );
}

/** A scheduling form folded under its title; open while it is the next thing to do. */
function planner(title: string, cls: string, open: boolean, content: HTMLElement): HTMLElement {
  return el(
    'details',
    { class: `prj-planner ${cls}`, attrs: { open } },
    el('summary', { class: 'prj-h' }, title),
    content,
  );
}

interface MeetingFields {
  date: Field;
  start: Field;
  durationMin: Field;
  place: Field;
  guests: Field;
  video: HTMLInputElement;
  videoWrap: HTMLElement;
}

function meetingFields(ctx: PrjCtx, p: ProjectDto, dateLabel: string, fields: FieldMap): MeetingFields {
  const { tr } = ctx;
  const guests = textarea({ rows: 2, maxlength: 5000 });
  guests.value = p.clientEmail;
  const video = checkbox(tr('ui.project.video'), false);
  return {
    date: fields.set(
      'date',
      field({ label: dateLabel, control: dateInput(), required: true, class: 'w-date' }),
    ),
    start: fields.set(
      'start',
      field({
        label: tr('ui.project.start'),
        control: input({ type: 'time', value: '10:00' }),
        required: true,
        class: 'w-time',
      }),
    ),
    durationMin: fields.set(
      'durationMin',
      field({
        label: tr('ui.project.duration'),
        control: input({ inputmode: 'numeric', maxlength: 4, value: '60' }),
        class: 'w-duration',
      }),
    ),
    place: fields.set(
      'place',
      field({ label: tr('ui.project.place'), control: input({ maxlength: 500 }), class: 'w-place' }),
    ),
    guests: fields.set(
      'guests',
      field({
        label: tr('ui.project.guests'),
        help: tr('ui.project.guestsHelp'),
        control: guests,
        class: 'w-guests',
      }),
    ),
    video: video.box,
    videoWrap: video.wrap,
  };
}

function meetingInput(p: ProjectDto, f: MeetingFields) {
  return {
    orderNo: p.orderNo,
    date: f.date.control.value,
    start: f.start.control.value,
    durationMin: f.durationMin.control.value.trim(),
    place: f.place.control.value.trim(),
    video: f.video.checked,
    guests: f.guests.control.value.trim(),
  };
}

function kickoffForm(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr } = ctx;
  const fields = new FieldMap();
  const f = meetingFields(ctx, p, tr('ui.project.date'), fields);
  const questions = fields.set(
    'openQuestions',
    field({
      label: tr('ui.project.openQuestions'),
      control: textarea({ rows: 3, maxlength: 5000 }),
      class: 'w-questions',
    }),
  );
  const submit = button(tr('ui.project.scheduleKickoff'), 'primary', (b) => {
    void ctx.act(
      b,
      () => call('kickoffSchedule', { ...meetingInput(p, f), openQuestions: questions.control.value.trim() }),
      fields,
    );
  });
  return form(
    tr('ui.project.planKickoff'),
    'prj-kickoff',
    row(f.date.wrap, f.start.wrap, f.durationMin.wrap, f.place.wrap),
    f.videoWrap,
    row(f.guests.wrap, questions.wrap),
    actions(submit),
  );
}

function jourFixeForm(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  const fields = new FieldMap();
  const f = meetingFields(ctx, p, tr('ui.project.firstDate'), fields);
  const interval = fields.set(
    'interval',
    field({
      label: tr('ui.project.interval'),
      control: select(
        INTERVALS.map((i) => ({ value: i, label: tr(`ui.project.interval.${i}`) })),
        'weekly',
      ),
      class: 'w-interval',
    }),
  );
  const untilInput = dateInput();
  if (p.deadline) untilInput.placeholder = date(p.deadline);
  const until = fields.set(
    'until',
    field({
      label: tr('ui.project.until'),
      control: untilInput,
      help: p.deadline
        ? tr('ui.project.untilHelp', { date: date(p.deadline) })
        : tr('ui.project.untilNoDeadline'),
      class: 'w-until',
    }),
  );
  const submit = button(tr('ui.project.scheduleJourFixe'), 'primary', (b) => {
    void ctx.act(
      b,
      () =>
        call('jourFixeSchedule', {
          ...meetingInput(p, f),
          interval: interval.control.value,
          until: until.control.value,
        }),
      fields,
    );
  });
  return form(
    tr('ui.project.planJourFixe'),
    'prj-jourfixe',
    row(f.date.wrap, f.start.wrap, f.durationMin.wrap, interval.wrap, until.wrap),
    row(f.place.wrap, f.guests.wrap),
    f.videoWrap,
    actions(submit),
  );
}

/** '10:00' and 90 minutes -> '10:00–11:30'. */
function timeSpan(m: MeetingDto): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(m.start);
  if (!match || !(m.durationMin > 0)) return m.start;
  const end = (Number(match[1]) * 60 + Number(match[2]) + m.durationMin) % (24 * 60);
  const hh = String(Math.floor(end / 60)).padStart(2, '0');
  const mm = String(end % 60).padStart(2, '0');
  return `${m.start}–${hh}:${mm}`;
}

function meetingList(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  if (p.meetings.length === 0)
    return section(
      tr('ui.project.meetings'),
      'prj-meeting-list',
      el('p', { class: 'muted' }, tr('ui.project.noMeetings')),
    );
  const columns = [
    { key: 'date', label: tr('ui.project.date'), cls: 'col-date' },
    { key: 'time', label: tr('ui.project.time'), cls: 'col-time' },
    { key: 'kind', label: tr('ui.project.kind') },
    { key: 'place', label: tr('ui.project.where') },
    { key: 'links', label: tr('ui.project.links') },
    { key: 'minutes', label: tr('ui.project.minutes'), cls: 'col-actions' },
  ];
  const rows = p.meetings.flatMap((m) => {
    const panelCell = el('td', { class: 'prj-panel-cell', attrs: { colspan: columns.length } });
    const panelRow = el('tr', { class: 'prj-panel-row', attrs: { hidden: true } }, panelCell);
    const tr_ = el('tr', { class: 'prj-meeting', attrs: { 'data-meeting': m.id } });
    let minutes: HTMLElement;
    if (m.kind === 'jourFixe' && m.minutesOn === null) {
      const close = () => {
        write.setAttribute('aria-expanded', 'false');
        panelRow.hidden = true;
        tr_.classList.remove('open');
        replaceChildren(panelCell);
      };
      const write = button(tr('ui.project.writeMinutes'), 'secondary', () => {
        if (write.getAttribute('aria-expanded') === 'true') return close();
        write.setAttribute('aria-expanded', 'true');
        replaceChildren(panelCell, minutesForm(ctx, p, m, close));
        panelRow.hidden = false;
        tr_.classList.add('open');
        panelRow.scrollIntoView({ block: 'nearest' });
      });
      write.classList.add('btn-small');
      write.setAttribute('aria-expanded', 'false');
      minutes = write;
    } else {
      minutes = el(
        'span',
        { class: 'muted' },
        m.minutesOn ? tr('ui.project.minutesOn', { date: date(m.minutesOn) }) : '–',
      );
    }
    tr_.append(
      cell('col-date', date(m.date)),
      cell('col-time', timeSpan(m)),
      cell(
        'col-kind',
        tr(m.kind === 'kickoff' ? 'ui.project.kickoff' : 'ui.project.jourFixe'),
        // The series' rhythm under the jour fixe: "wöchentlich".
        m.interval
          ? el('div', { class: 'prj-small prj-rhythm' }, tr(`ui.project.rhythm.${m.interval}`))
          : null,
      ),
      cell('col-place', externalLink(m.place, m.place) ?? m.place),
      cell(
        'col-links',
        links(
          externalLink(m.eventUrl, tr('ui.project.calendar')),
          externalLink(m.docUrl, tr(m.kind === 'kickoff' ? 'ui.project.agenda' : 'ui.project.minutes')),
        ),
      ),
      cell('col-actions', minutes),
    );
    return [tr_, panelRow];
  });
  return section(tr('ui.project.meetings'), 'prj-meeting-list', table('prj-meetings-table', columns, rows));
}

/** The order's open action and rework items, each with a checkbox to close it. */
function closeList(
  ctx: PrjCtx,
  items: readonly ActionItemDto[],
): { element: HTMLElement; closed: () => string[] } {
  const { tr, date } = ctx;
  const boxes: { id: string; box: HTMLInputElement }[] = [];
  const element = el(
    'ul',
    { class: 'prj-close-list' },
    ...items.map((i) => {
      const c = checkbox(tr('ui.project.done'), false, {
        'aria-label': tr('ui.project.doneFor', { text: i.text }),
      });
      c.box.dataset.item = i.id;
      boxes.push({ id: i.id, box: c.box });
      return el(
        'li',
        { class: i.overdue ? 'overdue' : '' },
        c.wrap,
        el('span', { class: 'prj-item-text' }, i.text),
        el(
          'span',
          { class: 'prj-small' },
          [i.kind === 'rework' ? tr('ui.project.kind.rework') : '', i.owner, i.due ? date(i.due) : '']
            .filter(Boolean)
            .join(' · '),
        ),
      );
    }),
  );
  return { element, closed: () => boxes.filter((b) => b.box.checked).map((b) => b.id) };
}

function newItemsEditor(ctx: PrjCtx): RowsEditor {
  const { tr } = ctx;
  return new RowsEditor(
    tr,
    [
      { name: 'text', label: tr('ui.project.itemText'), maxlength: 500 },
      { name: 'owner', label: tr('ui.project.owner'), maxlength: 200 },
      { name: 'due', label: tr('ui.project.due'), type: 'date' },
    ],
    'prj-item-rows',
    tr('ui.project.addRow'),
    MAX_NEW_ITEMS,
  );
}

function openItems(p: ProjectDto): ActionItemDto[] {
  return p.items.filter((i) => i.status === 'open' && (i.kind === 'action' || i.kind === 'rework'));
}

function minutesForm(ctx: PrjCtx, p: ProjectDto, m: MeetingDto, close: () => void): HTMLElement {
  const { tr, date } = ctx;
  const fields = new FieldMap();
  const attendees = fields.set(
    'attendees',
    field({
      label: tr('ui.project.attendees'),
      // Who actually came, by name: the invitation list is not the attendance.
      control: input({ maxlength: 2000, value: '' }),
      class: 'w-attendees',
    }),
  );
  const notes = fields.set(
    'notes',
    field({
      label: tr('ui.project.notes'),
      control: textarea({ rows: 5, maxlength: 20000 }),
      class: 'w-notes',
    }),
  );
  const decisions = fields.set(
    'decisions',
    field({
      label: tr('ui.project.decisions'),
      control: textarea({ rows: 5, maxlength: 10000 }),
      class: 'w-decisions',
    }),
  );
  const open = openItems(p);
  const closing = closeList(ctx, open);
  const editor = newItemsEditor(ctx);
  const save = button(tr('ui.project.saveMinutes'), 'primary', (b) => {
    const rows = editor.filled();
    fields.clear();
    fields.setRows(
      'items',
      rows.map((r) => r.fields),
    );
    void ctx.act(
      b,
      () =>
        call('minutesWrite', {
          meetingId: m.id,
          attendees: attendees.control.value.trim(),
          notes: notes.control.value.trim(),
          decisions: decisions.control.value.trim(),
          close: closing.closed(),
          items: rows.map((r) => ({ text: r.values.text, owner: r.values.owner, due: r.values.due })),
        }),
      fields,
    );
  });
  queueMicrotask(() => {
    if (attendees.control.isConnected) attendees.control.focus();
  });
  return form(
    tr('ui.project.minutesOf', { date: date(m.date) }),
    'prj-panel prj-minutes',
    el('h3', { class: 'prj-h3' }, tr('ui.project.minutesOf', { date: date(m.date) })),
    attendees.wrap,
    row(notes.wrap, decisions.wrap),
    open.length
      ? el(
          'fieldset',
          { class: 'prj-fieldset' },
          el('legend', {}, tr('ui.project.openItems')),
          closing.element,
        )
      : null,
    el('fieldset', { class: 'prj-fieldset' }, el('legend', {}, tr('ui.project.newItems')), editor.element),
    actions(save, button(tr('ui.cancel'), 'text', close)),
  );
}

function itemsSection(ctx: PrjCtx, p: ProjectDto): HTMLElement {
  const { tr, date } = ctx;
  const items = p.items
    .filter((i) => i.kind === 'action' || i.kind === 'rework')
    // Open first, the server's order within each.
    .sort((a, b) => Number(a.status === 'done') - Number(b.status === 'done'));
  const boxes: { id: string; box: HTMLInputElement }[] = [];
  const rows = items.map((i) => {
    const c = checkbox('', i.status === 'done', { 'aria-label': tr('ui.project.doneFor', { text: i.text }) });
    c.box.disabled = i.status === 'done';
    c.box.dataset.item = i.id;
    if (i.status === 'open') boxes.push({ id: i.id, box: c.box });
    return el(
      'tr',
      { class: [i.status, i.overdue ? 'overdue' : ''].join(' ').trim(), attrs: { 'data-item': i.id } },
      cell('col-check', c.box),
      cell(
        'col-text',
        i.text,
        i.kind === 'rework' ? el('span', { class: 'prj-kind' }, tr('ui.project.kind.rework')) : null,
      ),
      cell('col-owner', i.owner || '–'),
      cell('col-due', date(i.due)),
      cell(
        'col-status',
        i.overdue
          ? tr('ui.project.overdue')
          : tr(i.status === 'done' ? 'ui.project.status.done' : 'ui.project.status.open'),
      ),
    );
  });
  const fields = new FieldMap();
  const editor = newItemsEditor(ctx);
  const save = button(tr('ui.project.saveItems'), 'primary', (b) => {
    const filled = editor.filled();
    const close = boxes.filter((x) => x.box.checked).map((x) => x.id);
    if (filled.length === 0 && close.length === 0) {
      ctx.say(tr('ui.project.nothingToSave'), 'info');
      return;
    }
    fields.clear();
    fields.setRows(
      'items',
      filled.map((r) => r.fields),
    );
    void ctx.act(
      b,
      () =>
        call('itemsUpdate', {
          orderNo: p.orderNo,
          close,
          items: filled.map((r) => ({ text: r.values.text, owner: r.values.owner, due: r.values.due })),
        }),
      fields,
    );
  });
  return section(
    tr('ui.project.items'),
    'prj-items',
    form(
      tr('ui.project.items'),
      '',
      items.length
        ? table(
            'prj-items-table',
            [
              { key: 'check', label: tr('ui.project.done'), cls: 'col-check' },
              { key: 'text', label: tr('ui.project.itemText') },
              { key: 'owner', label: tr('ui.project.owner') },
              { key: 'due', label: tr('ui.project.due'), cls: 'col-due' },
              { key: 'status', label: tr('ui.project.status') },
            ],
            rows,
          )
        : el('p', { class: 'muted' }, tr('ui.project.noItems')),
      el('fieldset', { class: 'prj-fieldset' }, el('legend', {}, tr('ui.project.newItems')), editor.element),
      actions(save),
    ),
  );
}
