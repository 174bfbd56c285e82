// Emulated Spreadsheet: its sheets, identity, locale, time zone, selection and protections.

import type { EmuContext } from '../core/context';
import { enumName, ProtectionType } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { asUser, EmuUser } from '../services/session';
import { parseA1 } from '../sheets/a1';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import { asProtection, asRange, asSheet, toEmuRange, toEmuSheet } from './boundary';
import { EmuProtection } from './protection';
import { EmuRange } from './range';
import { checkedRect } from './range-bounds';
import { EmuSheet, selectRange } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class EmuSpreadsheet
  extends EmuService
  implements
    Pick<
      Spreadsheet,
      | 'getId'
      | 'getName'
      | 'rename'
      | 'getUrl'
      | 'getSheets'
      | 'getNumSheets'
      | 'getSheetByName'
      | 'getSheetById'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getActiveRange'
      | 'setActiveRange'
      | 'getActiveCell'
      | 'getCurrentCell'
      | 'setCurrentCell'
      | 'getRange'
      | 'getRangeByName'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
      | 'getProtections'
      | 'toast'
      | 'getOwner'
    >
{
  constructor(
    ctx: EmuContext,
    readonly book: SpreadsheetModel,
  ) {
    super(ctx, 'Spreadsheet');
  }

  private sheetOf(model: SpreadsheetModel['sheets'][number]): Sheet {
    return asSheet(new EmuSheet(this.ctx, this.book, model));
  }

  getId(): string {
    this.track('getId');
    return this.book.id;
  }

  getName(): string {
    this.track('getName');
    return this.book.name;
  }

  rename(newName: string): void {
    this.track('rename');
    this.book.name = newName;
  }

  getUrl(): string {
    this.track('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }

  getSheets(): Sheet[] {
    this.track('getSheets');
    return this.book.sheets.map((sheet) => this.sheetOf(sheet));
  }

  getNumSheets(): number {
    this.track('getNumSheets');
    return this.book.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    this.track('getSheetByName');
    const sheet = this.book.sheetByName(name);
    return sheet ? this.sheetOf(sheet) : null;
  }

  getSheetById(id: number): Sheet | null {
    this.track('getSheetById');
    const sheet = this.book.sheetById(id);
    return sheet ? this.sheetOf(sheet) : null;
  }

  /** insertSheet(), (index), (name), (name, index); index is 0-based. The new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): Sheet {
    this.track('insertSheet');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.book.nextDefaultName();
    const position =
      typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : undefined;
    const sheet = this.book.addSheet(name, position);
    this.book.activeSheetId = sheet.id;
    return this.sheetOf(sheet);
  }

  deleteSheet(sheet: Sheet): void {
    this.track('deleteSheet');
    this.book.removeSheet(toEmuSheet(sheet).sheetModel);
  }

  getActiveSheet(): Sheet {
    this.track('getActiveSheet');
    return this.sheetOf(this.book.activeSheet());
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.track('setActiveSheet');
    this.book.activeSheetId = toEmuSheet(sheet).sheetModel.id;
    return sheet;
  }

  getActiveRange(): Range | null {
    this.track('getActiveRange');
    const sheet = this.book.activeSheet();
    const selection = this.book.selection;
    const rect =
      selection?.sheetId === sheet.id ? selection.rect : { row: 0, col: 0, numRows: 1, numCols: 1 };
    return asRange(new EmuRange(this.ctx, this.book, sheet, rect));
  }

  setActiveRange(range: Range): Range {
    this.track('setActiveRange');
    return selectRange(toEmuRange(range));
  }

  getActiveCell(): Range {
    this.track('getActiveCell');
    return this.currentCell();
  }

  getCurrentCell(): Range | null {
    this.track('getCurrentCell');
    return this.currentCell();
  }

  private currentCell(): Range {
    const sheet = this.book.activeSheet();
    const selection = this.book.selection;
    const current = selection?.sheetId === sheet.id ? selection.current : { row: 0, col: 0 };
    return asRange(new EmuRange(this.ctx, this.book, sheet, { ...current, numRows: 1, numCols: 1 }));
  }

  setCurrentCell(cell: Range): Range {
    this.track('setCurrentCell');
    return selectRange(toEmuRange(cell));
  }

  /** 'Sheet'!A1:B2, or A1 notation on the active sheet. */
  getRange(a1Notation: string): Range {
    this.track('getRange');
    const active = this.book.activeSheet();
    const parsed = parseA1(a1Notation, active.maxRows, active.maxColumns);
    const sheet = parsed?.sheetName ? this.book.sheetByName(parsed.sheetName) : active;
    if (!parsed || !sheet) throw new EmuException(messages.rangeNotFound);
    const reparsed = parseA1(a1Notation, sheet.maxRows, sheet.maxColumns) ?? parsed;
    const { row, col, numRows, numCols } = reparsed.rect;
    return asRange(
      new EmuRange(this.ctx, this.book, sheet, checkedRect(sheet, row + 1, col + 1, numRows, numCols)),
    );
  }

  getRangeByName(_name: string): Range | null {
    this.track('getRangeByName');
    return null;
  }

  getSpreadsheetTimeZone(): string {
    this.track('getSpreadsheetTimeZone');
    return this.book.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.track('setSpreadsheetTimeZone');
    this.book.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    this.track('getSpreadsheetLocale');
    return this.book.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.track('setSpreadsheetLocale');
    this.book.locale = locale;
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.track('getProtections');
    const wanted = enumName(type, ProtectionType, 'ProtectionType');
    return this.book.sheets.flatMap((sheet) =>
      sheet.protections
        .filter((protection) => protection.type === wanted)
        .map((protection) => asProtection(new EmuProtection(this.ctx, this.book, sheet, protection))),
    );
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.track('toast');
    this.ctx.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }

  getOwner(): GoogleAppsScript.Base.User | null {
    this.track('getOwner');
    return asUser(new EmuUser(this.ctx, this.ctx.settings.userEmail));
  }
}
