// The spreadsheet's state: its sheets in tab order, identity, locale, time zone and selection.

import { EmuException, messages } from '../core/exception';
import type { Rect } from './a1';
import { type BookEnvironment, SheetModel } from './sheet-model';

export interface Selection {
  sheetId: number;
  rect: Rect;
  /** The current cell inside the selection. */
  current: { row: number; col: number };
}

export class SpreadsheetModel implements BookEnvironment {
  sheets: SheetModel[] = [];
  nextSheetId = 0;
  nextProtectionId = 1;
  activeSheetId = 0;
  selection: Selection | null = null;

  constructor(
    public id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
    readonly nowMs: () => number,
    /** 'Tabellenblatt' in a German spreadsheet, 'Sheet' in an English one. */
    readonly defaultSheetPrefix: string,
  ) {}

  sheetByName(name: string): SheetModel | null {
    // Sheet names are unique ignoring case, and lookups ignore case too.
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted) ?? null;
  }

  sheetById(id: number): SheetModel | null {
    return this.sheets.find((sheet) => sheet.id === id) ?? null;
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  nextDefaultName(): string {
    let n = this.sheets.length + 1;
    while (this.sheetByName(`${this.defaultSheetPrefix}${n}`)) n += 1;
    return `${this.defaultSheetPrefix}${n}`;
  }

  assertNameFree(name: string, except?: SheetModel): void {
    const existing = this.sheetByName(name);
    if (existing && existing !== except) throw new EmuException(messages.sheetExists(name));
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    this.assertNameFree(name);
    const sheet = new SheetModel(this, this.nextSheetId++, name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw new EmuException(messages.lastSheet);
    this.sheets = this.sheets.filter((candidate) => candidate !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }
}
