// The playground page: menu bar, grid, sheet tabs and the add-on's sidebar, kept in step with the server's workbook.
import type {
  EditAnswer,
  FrameMessage,
  PageLang,
  RunAnswer,
  SelectAnswer,
  SheetView,
  StateView,
  UiEvents,
} from '../wire';
import { getJson, OfflineError, postJson } from './client';
import { byId, clear, el } from './dom';
import { Grid } from './grid';
import { translator } from './labels';
import { MenuBar } from './menubar';
import { Overlays, SidePanel } from './overlays';

const lang: PageLang = document.documentElement.lang === 'en' ? 'en' : 'de';
const tr = translator(lang);
const overlays = new Overlays(tr);
const side = new SidePanel(tr);
const nameBox = byId('name-box');
const formulaInput = byId<HTMLInputElement>('formula-input');
const tabs = byId('tabs');
const note = byId('grid-note');

/** The workbook version the page last drew; a higher one from any answer means: redraw. */
let drawn = 0;
let selected: (SelectAnswer & { row: number; column: number }) | null = null;

/** Runs a request; an unreachable server shows the offline banner, any other failure an error box. */
async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    const result = await work();
    overlays.offline(false);
    return result;
  } catch (error) {
    if (error instanceof OfflineError) overlays.offline(true);
    else await overlays.error(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

function showUi(ui: UiEvents): void {
  if (ui.sidebar) side.open(ui.sidebar);
  for (const dialog of ui.dialogs) overlays.dialog(dialog);
  for (const toast of ui.toasts) overlays.toast(toast);
  for (const alert of ui.alerts) void overlays.alert(alert);
}

function drawTabs(state: StateView): void {
  clear(
    tabs,
    ...state.sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => {
        const tab = el(
          'button',
          {
            class: 'tab',
            attrs: {
              type: 'button',
              role: 'tab',
              'aria-selected': String(sheet.name === state.activeSheet),
              'data-sheet': sheet.name,
            },
            on: { click: () => void openSheet(sheet.name) },
          },
          sheet.name,
        );
        if (sheet.tabColor) tab.style.borderBottomColor = sheet.tabColor;
        return tab;
      }),
  );
}

function drawNote(view: SheetView): void {
  const parts: string[] = [];
  if (view.lastRow > view.rowCount)
    parts.push(tr('rowsLimited', { shown: view.rowCount, total: view.lastRow }));
  const hidden = view.columns.filter((c) => c.hidden).map((c) => c.letter);
  if (hidden.length) parts.push(tr('hiddenColumns', { letters: hidden.join(', ') }));
  note.textContent = parts.join(' · ');
}

function showSelection(): void {
  if (!selected) {
    nameBox.textContent = '';
    formulaInput.value = '';
    return;
  }
  nameBox.textContent = selected.a1;
  formulaInput.value = selected.formula || grid.editText(selected.row, selected.column);
}

/** Counts the user's clicks on cells: a redraw that started before one must not put the old cell back. */
let clicks = 0;
let lastClick: { row: number; column: number } | null = null;

/** Reads the workbook summary and the active sheet, and draws both. */
async function refresh(): Promise<void> {
  const clicksBefore = clicks;
  await attempt(async () => {
    const state = await getJson<StateView>('/api/state');
    document.title = `${state.title} · Playground`;
    byId('doc-title').textContent = state.title;
    menuBar.render(state.menus);
    drawTabs(state);
    const view = await getJson<SheetView>(`/api/sheet?name=${encodeURIComponent(state.activeSheet)}`);
    drawn = Math.max(state.version, view.version);
    grid.render(view);
    drawNote(view);
    if (clicks !== clicksBefore && lastClick) {
      grid.markCell(lastClick.row, lastClick.column);
      showSelection();
      return;
    }
    selected =
      view.current && selected && selected.row === view.current.row && selected.column === view.current.column
        ? selected
        : null;
    if (!selected && view.current) {
      const { row, column } = view.current;
      const answer = await postJson<SelectAnswer>('/api/select', { sheet: view.name, row, column });
      selected = { ...answer, row, column };
    }
    showSelection();
  });
}

function afterCall(version: number | undefined): Promise<void> {
  return version === undefined || version > drawn ? refresh() : Promise.resolve();
}

async function openSheet(name: string): Promise<void> {
  selected = null;
  await attempt(() => postJson('/api/select', { sheet: name }));
  await refresh();
}

async function runMenuItem(functionName: string): Promise<void> {
  overlays.busy(true);
  try {
    const answer = await postJson<RunAnswer>('/api/menu', { name: functionName });
    overlays.busy(false);
    showUi(answer.ui);
    await afterCall(answer.version);
  } catch (error) {
    overlays.busy(false);
    if (error instanceof OfflineError) overlays.offline(true);
    else {
      await overlays.error(error instanceof Error ? error.message : String(error));
      await refresh();
    }
  }
}

async function selectCell(row: number, column: number): Promise<void> {
  const sheet = grid.sheetName;
  if (!sheet) return;
  clicks += 1;
  lastClick = { row, column };
  const answer = await attempt(() => postJson<SelectAnswer>('/api/select', { sheet, row, column }));
  if (!answer) return;
  selected = { ...answer, row, column };
  showSelection();
}

async function editCell(row: number, column: number, text: string): Promise<void> {
  const sheet = grid.sheetName;
  if (!sheet) return;
  if (selected?.row === row && selected.column === column && selected.protected) {
    const go = await overlays.confirm(tr('protected.title'), tr('protected.text'), tr('protected.confirm'));
    if (!go) return;
  }
  const answer = await attempt(() => postJson<EditAnswer>('/api/edit', { sheet, row, column, text }));
  if (!answer) return;
  await afterCall(answer.version);
  if (answer.rejected) {
    await overlays.alert({
      title: tr('invalid.title'),
      prompt: [tr('invalid.text', { a1: answer.rejected.a1 }), answer.rejected.helpText]
        .filter(Boolean)
        .join('\n\n'),
      buttons: 'OK',
      input: false,
    });
  }
}

const grid = new Grid({
  select: (row, column) => void selectCell(row, column),
  edit: (row, column, text) => void editCell(row, column, text),
});
const menuBar = new MenuBar(tr, (name) => void runMenuItem(name));

formulaInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && selected) {
    event.preventDefault();
    void editCell(selected.row, selected.column, formulaInput.value);
  } else if (event.key === 'Escape') {
    showSelection();
  }
});

// What the add-on's frames report: a server call ran (redraw, show its UI), or google.script.host.close().
window.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
  if (event.origin !== window.location.origin || !event.data || typeof event.data !== 'object') return;
  if (event.data.type === 'playground:ran') {
    showUi(event.data.ui);
    void afterCall(event.data.version);
  } else if (event.data.type === 'playground:close') {
    if (!overlays.closeDialogOf(event.source) && event.source === side.window()) side.close();
  }
});

const reset = byId<HTMLButtonElement>('reset');
reset.textContent = tr('reset');
reset.addEventListener('click', async () => {
  if (!(await overlays.confirm(tr('reset.title'), tr('reset.text'), tr('reset.confirm')))) return;
  side.close();
  selected = null;
  await attempt(() => postJson('/api/reset', {}));
  await refresh();
});
byId('badge').textContent = tr('badge');

void refresh();
