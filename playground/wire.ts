// The JSON the playground server sends its page: workbook summary, one sheet's grid, and what a call showed.
import type { MenuEntry } from '../emulator/index';

export type PageLang = 'de' | 'en';

export interface MenuView {
  /** The menu's caption; for an add-on menu the add-on's name (Extensions → name → items). */
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface SheetTab {
  name: string;
  hidden: boolean;
  tabColor: string | null;
}

/** GET /api/state: everything but the cells. */
export interface StateView {
  lang: PageLang;
  title: string;
  version: number;
  menus: MenuView[];
  sheets: SheetTab[];
  activeSheet: string;
}

export interface StyleView {
  background?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** CSS text-align: the cell's own alignment, or the one Sheets picks for the value's type. */
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export interface CellView {
  /** The text the cell shows (getDisplayValues). */
  t: string;
  /** Index into SheetView.styles. */
  s?: number;
  /** The formula, when the cell holds one. */
  f?: string;
  /** The note, shown on hover. */
  n?: string;
  /** Index into SheetView.lists: the cell has a drop-down. */
  d?: number;
  /** The value breaks the cell's validation rule: the rule's help text (or ''). */
  bad?: string;
}

export interface ColumnView {
  /** 1-based, as in the Apps Script API. */
  index: number;
  letter: string;
  width: number;
  hidden: boolean;
}

/** GET /api/sheet?name=…: the first rows of one sheet, ready to draw. */
export interface SheetView {
  name: string;
  version: number;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  lastRow: number;
  /** Rows drawn (at most the first ROW_LIMIT of maxRows). */
  rowCount: number;
  columns: ColumnView[];
  styles: StyleView[];
  lists: string[][];
  /** rowCount rows, one entry per column; null for a blank, unstyled cell. */
  cells: (CellView | null)[][];
  /** The current cell when it is on this sheet, 1-based. */
  current: { row: number; column: number } | null;
}

export interface FrameView {
  /** GET /frame/<id> serves the HTML with the google.script.run bridge. */
  id: number;
  title: string;
  width: number | null;
  height: number | null;
  kind: 'sidebar' | 'modal' | 'modeless';
}

export interface AlertView {
  title: string;
  prompt: string;
  /** The button set; the emulator has already answered with its affirmative button. */
  buttons: string;
  input: boolean;
}

export interface ToastView {
  title: string;
  message: string;
}

/** What one call into the bundle showed: the last sidebar it opened, dialogs, alerts, toasts. */
export interface UiEvents {
  sidebar: FrameView | null;
  dialogs: FrameView[];
  alerts: AlertView[];
  toasts: ToastView[];
}

/** POST /api/run and POST /api/menu on success. */
export interface RunAnswer {
  /** Absent when the function returned nothing. */
  result?: unknown;
  version: number;
  ui: UiEvents;
}

/** POST /api/menu when the function threw (Sheets shows the message), and every 4xx/5xx body. */
export interface ErrorAnswer {
  error: string;
  version?: number;
}

/** POST /api/select. */
export interface SelectAnswer {
  a1: string;
  formula: string;
  protected: boolean;
}

/** POST /api/edit: rejected when the value breaks a validation rule that does not allow invalid data. */
export interface EditAnswer {
  version: number;
  rejected: { a1: string; helpText: string } | null;
}

/** Messages a bridged frame posts to the page. */
export type FrameMessage =
  | { type: 'playground:ran'; version: number; ui: UiEvents }
  | { type: 'playground:close' };
