// Building blocks of the project dialog's tabs: the context they get, field maps for server errors, row editors, tables.
import type { FieldErrorDto } from '../../src/shared/contract';
import type { Lang } from '../../src/shared/i18n/browser';
import type { ProjectDto, ProjectResultDto } from '../../src/shared/projectContract';
import { button, el, externalLink, uid } from '../dom';
import { clearFieldErrors, type Field, field, input, showFieldErrors } from '../forms';
import type { Tr } from '../labels';

export type Tone = 'success' | 'info' | 'warning' | 'error';

/** What a tab gets from the dialog. */
export interface PrjCtx {
  readonly lang: Lang;
  readonly tr: Tr;
  money(cents: number): string;
  /** '15.06.2026' (de) or ISO (en); '–' for none. */
  date(iso: string | null): string;
  /** Hundredths of an hour, as the server sends them: 150 -> '1,5' (de). */
  hours(centiHours: number): string;
  /** 8050 basis points -> '80,5 %'. */
  percent(bp: number): string;
  /** Shows a message above the tab ('' hides it), with links after it. */
  say(text: string, tone?: Tone, links?: (HTMLAnchorElement | null)[]): void;
  /**
   * Runs a call with the button busy; a failure marks the fields `form` knows and shows its message in
   * the banner, and yields null.
   */
  run<T>(b: HTMLButtonElement, work: () => Promise<T>, form?: FieldMap): Promise<T | null>;
  /** Runs an action that answers with the whole project: the page shows the new project and the message. */
  act(b: HTMLButtonElement, work: () => Promise<ProjectResultDto>, form?: FieldMap): Promise<boolean>;
  /** Loads the project again (after a change made elsewhere, the deviations refresh). */
  reload(): Promise<void>;
}

export type TabView = (ctx: PrjCtx, p: ProjectDto) => HTMLElement;

/** A form's fields by the names the server's errors use ('date', 'items.0.text', 'milestones.2.progress'). */
export class FieldMap {
  private readonly fields = new Map<string, Field>();

  set(name: string, f: Field): Field {
    this.fields.set(name, f);
    return f;
  }

  /** The rows sent this time under `prefix`, by their position in the input (the server's error paths). */
  setRows(prefix: string, rows: readonly Record<string, Field>[]): void {
    for (const key of Array.from(this.fields.keys()))
      if (key.startsWith(`${prefix}.`)) this.fields.delete(key);
    rows.forEach((row, i) => {
      for (const [name, f] of Object.entries(row)) this.fields.set(`${prefix}.${i}.${name}`, f);
    });
  }

  clear(): void {
    clearFieldErrors(this.fields.values());
  }

  /** Marks the fields named by the errors; returns those no field here could show. */
  show(errors: readonly FieldErrorDto[]): FieldErrorDto[] {
    return showFieldErrors(errors, (name) => this.fields.get(name));
  }
}

export function section(title: string, cls: string, ...children: (Node | null | false)[]): HTMLElement {
  return el(
    'section',
    { class: `prj-section ${cls}`.trim() },
    el('h2', { class: 'prj-h' }, title),
    ...children,
  );
}

/** A form that never submits by itself (the buttons call the server). */
export function form(label: string, cls: string, ...children: (Node | null | false)[]): HTMLFormElement {
  const f = el(
    'form',
    { class: `prj-form ${cls}`.trim(), attrs: { novalidate: true, 'aria-label': label } },
    ...children,
  );
  f.addEventListener('submit', (e) => e.preventDefault());
  return f;
}

export function row(...children: (Node | null | false)[]): HTMLElement {
  return el('div', { class: 'form-row' }, ...children);
}

export function actions(...children: (Node | null | false)[]): HTMLElement {
  return el('div', { class: 'prj-actions' }, ...children);
}

export function checkbox(
  label: string,
  checked: boolean,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
): { wrap: HTMLLabelElement; box: HTMLInputElement } {
  const box = el('input', { attrs: { type: 'checkbox', ...attrs } });
  box.checked = checked;
  return { wrap: el('label', { class: 'prj-check' }, box, el('span', {}, label)), box };
}

export interface Column {
  key: string;
  label: string;
  cls?: string;
}

/** A table with a header row; `num` columns align right. */
export function table(cls: string, columns: readonly Column[], rows: readonly HTMLElement[]): HTMLElement {
  return el(
    'table',
    { class: `prj-table ${cls}`.trim() },
    el(
      'thead',
      {},
      el('tr', {}, ...columns.map((c) => el('th', { class: c.cls ?? '', attrs: { scope: 'col' } }, c.label))),
    ),
    el('tbody', {}, ...rows),
  );
}

export function cell(cls: string, ...children: (Node | string | null | false)[]): HTMLTableCellElement {
  return el('td', { class: cls }, ...children);
}

/** The links to a generated document and its PDF, where given. */
export function docLinks(tr: Tr, docUrl: string, pdfUrl: string): HTMLAnchorElement[] {
  return [externalLink(docUrl, tr('ui.project.openDoc')), externalLink(pdfUrl, tr('ui.project.pdf'))].filter(
    (a): a is HTMLAnchorElement => a !== null,
  );
}

export function links(...anchors: (HTMLAnchorElement | null)[]): HTMLElement {
  return el('span', { class: 'prj-links' }, ...anchors);
}

export interface RowColumn {
  name: string;
  label: string;
  type?: 'text' | 'date';
  maxlength?: number;
}

interface EditorRow {
  element: HTMLElement;
  fields: Record<string, Field>;
}

/** New rows to add (action items, defects): one or more to start with, "+ Zeile" for another, up to `max`. */
export class RowsEditor {
  readonly element: HTMLElement;
  private readonly rows: EditorRow[] = [];
  private readonly list = el('div', { class: 'prj-rows-list' });
  private readonly add: HTMLButtonElement;

  constructor(
    private readonly tr: Tr,
    private readonly columns: readonly RowColumn[],
    cls: string,
    addLabel: string,
    private readonly max: number,
  ) {
    this.add = button(addLabel, 'text', () => {
      const added = this.addRow();
      added.fields[this.columns[0].name].control.focus();
    });
    this.add.classList.add('prj-add');
    const head = el(
      'div',
      { class: 'prj-rows-head', attrs: { 'aria-hidden': 'true' } },
      ...columns.map((c) => el('span', {}, c.label)),
    );
    this.element = el('div', { class: `prj-rows ${cls}` }, head, this.list, this.add);
    this.addRow();
  }

  private addRow(): EditorRow {
    const n = this.rows.length + 1;
    const fields: Record<string, Field> = {};
    for (const c of this.columns) {
      const control = input(c.type === 'date' ? { type: 'date' } : { maxlength: c.maxlength ?? 500 });
      control.dataset.col = c.name;
      fields[c.name] = field({
        label: this.tr('ui.project.rowLabel', { label: c.label, n }),
        aliases: [c.label],
        control,
        class: `prj-bare w-${c.name}`,
      });
    }
    const r = {
      element: el('div', { class: 'prj-rows-row' }, ...Object.values(fields).map((f) => f.wrap)),
      fields,
    };
    this.rows.push(r);
    this.list.appendChild(r.element);
    this.add.disabled = this.rows.length >= this.max;
    return r;
  }

  /** The rows with anything typed: their values for the input, their fields for the errors (by position). */
  filled(): { values: Record<string, string>; fields: Record<string, Field> }[] {
    return this.rows
      .map((r) => ({
        values: Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f.control.value.trim()])),
        fields: r.fields,
      }))
      .filter((r) => Object.values(r.values).some((v) => v !== ''));
  }
}

/** A meter: label, figure and a bar filled to the figure (capped at 100 %). */
export function meter(ctx: PrjCtx, label: string, bp: number | null, tone = ''): HTMLElement {
  const id = uid('meter');
  const fill = el('div', { class: 'prj-bar-fill' });
  fill.style.width = `${bp === null ? 0 : Math.max(0, Math.min(100, bp / 100))}%`;
  return el(
    'div',
    { class: `prj-meter ${tone}`.trim() },
    el(
      'div',
      { class: 'prj-meter-head' },
      el('span', { attrs: { id } }, label),
      el('strong', {}, bp === null ? '–' : ctx.percent(bp)),
    ),
    el(
      'div',
      {
        class: 'prj-bar',
        attrs: {
          role: 'progressbar',
          'aria-labelledby': id,
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': bp === null ? null : Math.round(bp / 100),
        },
      },
      fill,
    ),
  );
}

/** A deviation as a chip: red when the budget is used up, amber for every other warning. */
export function deviationChip(d: { key: string; label: string }): HTMLElement {
  return el(
    'span',
    {
      class: `chip dev ${d.key === 'budget100' ? 'dev-red' : 'dev-amber'}`,
      attrs: { 'data-deviation': d.key },
    },
    d.label,
  );
}

/** A date picker: its value is ISO ('2026-06-15'), which the server reads like a typed date. */
export function dateInput(value = ''): HTMLInputElement {
  return input({ type: 'date', value });
}
