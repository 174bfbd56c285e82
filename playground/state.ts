// The playground's workbook: the bundle on an emulator, loaded from and saved to the state file after each change.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type AddOn, bundleCode, DIST, htmlFiles, loadAddOn } from '../emulator/addon';
import { createEmulator, type Emulator, loadEmulator, type MenuEntry } from '../emulator/index';
import { seedDemo } from './seed';
import { typedForApi } from './typed-input';
import type { AlertView, EditAnswer, FrameView, PageLang, SelectAnswer, UiEvents } from './wire';

export interface StateOptions {
  /** Where the workbook is saved (playground/.state.json unless PLAYGROUND_STATE says otherwise). */
  statePath: string;
  /** The user's locale: add-on menus, the sidebar and a freshly seeded register follow it. */
  lang: PageLang;
  /** Delete the saved state and seed the demo again. */
  reset?: boolean;
  log?: (line: string) => void;
}

interface Frame extends FrameView {
  html: string;
}

/** Frames the page may still load; older ones are dropped so a long session does not grow without end. */
const KEPT_FRAMES = 20;

export class PlaygroundState {
  addon!: AddOn;
  /** Grows whenever the workbook changed, so the page knows to redraw. */
  version = 1;
  private functions = new Set<string>();
  private frames = new Map<number, Frame>();
  private nextFrameId = 1;
  private saved = '';
  private readonly log: (line: string) => void;

  constructor(private readonly options: StateOptions) {
    this.log = options.log ?? (() => undefined);
    if (!existsSync(`${DIST}/Code.js`) || !existsSync(`${DIST}/sidebar.html`)) {
      throw new Error('dist/Code.js or dist/sidebar.html is missing: run "node esbuild.config.mjs" first.');
    }
    if (options.reset) rmSync(options.statePath, { force: true });
    this.open();
  }

  get emulator(): Emulator {
    return this.addon.emulator;
  }

  /** Loads the saved workbook, or seeds the demo when there is none (or it cannot be read). */
  private open(): void {
    const path = this.options.statePath;
    const saved = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (saved !== null) {
      try {
        this.attach(loadEmulator(saved, this.emulatorOptions()));
        this.saved = saved;
        this.addon.call('onOpen');
        this.clearUi();
        this.log(`Loaded the workbook from ${path}`);
        return;
      } catch (error) {
        const broken = `${path}.broken`;
        renameSync(path, broken);
        this.log(
          `Could not read ${path} (${(error as Error).message}); kept it as ${broken} and seeded afresh.`,
        );
      }
    }
    this.attach(createEmulator(this.emulatorOptions()));
    seedDemo(this.addon);
    this.clearUi();
    this.save();
    this.log(`Seeded the demo agency into ${path}`);
  }

  private emulatorOptions() {
    return { htmlFiles: htmlFiles(), locale: this.options.lang };
  }

  private attach(emulator: Emulator): void {
    this.addon = loadAddOn(emulator, bundleCode());
    // Only what the bundle declared at top level may be called: not the emulator's globals (Date, console, ...).
    const injected = new Set(Object.keys(emulator.globals));
    this.functions = new Set(
      Object.keys(this.addon.context).filter(
        (name) =>
          !injected.has(name) && !name.endsWith('_') && typeof this.addon.context[name] === 'function',
      ),
    );
  }

  /** Top-level functions of dist/Code.js (what google.script.run may call); private `name_` ones excluded. */
  isBundleFunction(name: string): boolean {
    return this.functions.has(name);
  }

  /** Menu items' function names, from what onOpen recorded. */
  menuFunctions(): Set<string> {
    const names = new Set<string>();
    const visit = (entries: MenuEntry[]) => {
      for (const entry of entries) {
        if (entry.type === 'item') names.add(entry.functionName);
        else if (entry.type === 'submenu') visit(entry.items);
      }
    };
    for (const menu of this.emulator.ui.menus) visit(menu.items);
    return names;
  }

  /**
   * Calls one of the bundle's functions as an execution; saves the workbook if it changed and returns
   * what the call showed. A throw passes through (after saving what the execution already wrote).
   */
  call(name: string, args: unknown[]): { result: unknown; ui: UiEvents } {
    if (!this.isBundleFunction(name)) throw new Error(`no function ${name}`);
    try {
      const result = this.addon.call(name, ...args);
      return { result, ui: this.takeUi() };
    } finally {
      this.save();
    }
  }

  /** The UI a call recorded, turned into what the page shows; the recorder is emptied (menus stay). */
  takeUi(): UiEvents {
    const ui = this.emulator.ui;
    const lastSidebar = ui.sidebars[ui.sidebars.length - 1];
    const alerts: AlertView[] = [
      ...ui.alerts.map((a) => ({ title: a.title, prompt: a.prompt, buttons: a.buttons, input: false })),
      ...ui.prompts.map((p) => ({ title: p.title, prompt: p.prompt, buttons: p.buttons, input: true })),
    ];
    const events: UiEvents = {
      sidebar: lastSidebar
        ? this.addFrame(lastSidebar.html, lastSidebar.title, 'sidebar', lastSidebar.width ?? null, null)
        : null,
      dialogs: ui.dialogs.map((d) =>
        this.addFrame(d.html, d.title, d.modal ? 'modal' : 'modeless', d.width ?? null, d.height ?? null),
      ),
      alerts,
      toasts: ui.toasts.map((t) => ({ title: t.title, message: t.message })),
    };
    this.clearUi();
    return events;
  }

  private clearUi(): void {
    const ui = this.emulator.ui;
    ui.sidebars = [];
    ui.dialogs = [];
    ui.alerts = [];
    ui.prompts = [];
    ui.toasts = [];
  }

  private addFrame(
    html: string,
    title: string,
    kind: FrameView['kind'],
    width: number | null,
    height: number | null,
  ): FrameView {
    const frame: Frame = { id: this.nextFrameId++, title, kind, width, height, html };
    this.frames.set(frame.id, frame);
    for (const id of this.frames.keys()) {
      if (this.frames.size <= KEPT_FRAMES) break;
      this.frames.delete(id);
    }
    const { html: _html, ...view } = frame;
    return view;
  }

  frameHtml(id: number): string | null {
    return this.frames.get(id)?.html ?? null;
  }

  /** Writes the workbook if it differs from what was last saved; a change bumps the version. */
  save(): void {
    const json = this.emulator.serialize();
    if (json === this.saved) return;
    const path = this.options.statePath;
    mkdirSync(dirname(path), { recursive: true });
    // Written beside and renamed, so a crash mid-write never leaves half a file.
    writeFileSync(`${path}.tmp`, json);
    renameSync(`${path}.tmp`, path);
    this.saved = json;
    this.version += 1;
  }

  /** Deletes the saved state and seeds the demo again. */
  reset(): void {
    rmSync(this.options.statePath, { force: true });
    this.saved = '';
    this.frames.clear();
    this.open();
  }

  private sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.emulator.uncounted(() => this.emulator.spreadsheet.getSheetByName(name));
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }

  /** What a click does in Sheets: the sheet becomes active and the cell current (never counted). */
  select(name: string, row: number, column: number): SelectAnswer {
    const sheet = this.sheet(name);
    return this.emulator.uncounted(() => {
      const range = sheet.getRange(row, column);
      range.activate();
      return {
        a1: range.getA1Notation(),
        formula: range.getFormula(),
        protected: this.emulator.isProtected(name, row, column),
      };
    });
  }

  /** A switch of sheet tabs: the sheet becomes active with its first cell current. */
  activateSheet(name: string): void {
    const sheet = this.sheet(name);
    this.emulator.uncounted(() => sheet.getRange(1, 1).activate());
  }

  /**
   * Typing into a cell: the text is read as Sheets reads it in the spreadsheet's locale, written with
   * setValue, and taken back if it breaks a validation rule that rejects invalid input.
   */
  edit(name: string, row: number, column: number, text: string): EditAnswer {
    const sheet = this.sheet(name);
    const rejected = this.emulator.uncounted(() => {
      if (row > sheet.getMaxRows() || column > sheet.getMaxColumns()) throw new Error('outside the sheet');
      const range = sheet.getRange(row, column);
      const formula = range.getFormula();
      const before = range.getValue();
      const locale = this.emulator.spreadsheet.getSpreadsheetLocale();
      range.setValue(typedForApi(text, locale));
      const rule = range.getDataValidation();
      const problem = this.emulator.validationErrors(name).find((p) => p.row === row && p.column === column);
      if (!problem || !rule || rule.getAllowInvalid()) return null;
      if (formula) range.setFormula(formula);
      else range.setValue(before);
      return { a1: problem.a1, helpText: problem.helpText };
    });
    this.save();
    return { version: this.version, rejected };
  }
}
