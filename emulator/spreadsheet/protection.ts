// Emulated Protection of a sheet or range.

// The effective user owns the spreadsheet, so they stay an editor and can always edit, as the real
// owner can; isProtected() tells tests what is locked for others.

import type { EmuContext } from '../core/context';
import { EmuService } from '../core/service';
import { asUser, EmuUser } from '../services/session';
import type { Rect } from '../sheets/a1';
import type { ProtectionModel } from '../sheets/rules';
import type { SheetModel } from '../sheets/sheet-model';
import type { SpreadsheetModel } from '../sheets/spreadsheet-model';
import { asProtection, asProtectionType, asRange, toEmuRange } from './boundary';
import { EmuRange } from './range';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type UserOrEmail = string | GoogleAppsScript.Base.User;

function newProtection(
  ctx: EmuContext,
  book: SpreadsheetModel,
  sheet: SheetModel,
  rect: Rect | null,
): EmuProtection {
  const model: ProtectionModel = {
    id: book.nextProtectionId++,
    type: rect ? 'RANGE' : 'SHEET',
    rect,
    description: '',
    warningOnly: false,
    editors: [ctx.settings.userEmail],
    unprotected: [],
    domainEdit: false,
  };
  sheet.protections.push(model);
  return new EmuProtection(ctx, book, sheet, model);
}

export const createRangeProtection = (
  ctx: EmuContext,
  book: SpreadsheetModel,
  sheet: SheetModel,
  rect: Rect,
) => newProtection(ctx, book, sheet, rect);
export const createSheetProtection = (ctx: EmuContext, book: SpreadsheetModel, sheet: SheetModel) =>
  newProtection(ctx, book, sheet, null);

function emailOf(user: UserOrEmail): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export class EmuProtection
  extends EmuService
  implements
    Pick<
      Protection,
      | 'getDescription'
      | 'setDescription'
      | 'isWarningOnly'
      | 'setWarningOnly'
      | 'getEditors'
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'removeEditors'
      | 'canEdit'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'remove'
      | 'getRange'
      | 'getProtectionType'
      | 'getUnprotectedRanges'
      | 'setUnprotectedRanges'
      | 'getRangeName'
    >
{
  private readonly id: number;

  constructor(
    ctx: EmuContext,
    private readonly book: SpreadsheetModel,
    private readonly sheet: SheetModel,
    model: ProtectionModel,
  ) {
    super(ctx, 'Protection');
    this.id = model.id;
  }

  /** Structural changes replace protection objects, so look the current one up by id. */
  private get model(): ProtectionModel {
    const model = this.sheet.protections.find((protection) => protection.id === this.id);
    if (!model) throw new Error('This protection has been removed.');
    return model;
  }

  private self(): Protection {
    return asProtection(this);
  }

  getDescription(): string {
    this.track('getDescription');
    return this.model.description;
  }

  setDescription(description: string): Protection {
    this.track('setDescription');
    this.model.description = String(description);
    return this.self();
  }

  isWarningOnly(): boolean {
    this.track('isWarningOnly');
    return this.model.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.track('setWarningOnly');
    this.model.warningOnly = warningOnly;
    return this.self();
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.track('getEditors');
    return this.model.editors.map((email) => asUser(new EmuUser(this.ctx, email)));
  }

  addEditor(user: UserOrEmail): Protection {
    this.track('addEditor');
    return this.updateEditors([emailOf(user)], []);
  }

  addEditors(emailAddresses: string[]): Protection {
    this.track('addEditors');
    return this.updateEditors(emailAddresses, []);
  }

  removeEditor(user: UserOrEmail): Protection {
    this.track('removeEditor');
    return this.updateEditors([], [emailOf(user)]);
  }

  removeEditors(users: UserOrEmail[]): Protection {
    this.track('removeEditors');
    return this.updateEditors([], users.map(emailOf));
  }

  private updateEditors(added: string[], removed: string[]): Protection {
    const owner = this.ctx.settings.userEmail;
    // The owner can never be removed from a protection's editors.
    const keep = this.model.editors.filter((email) => email === owner || !removed.includes(email));
    this.model.editors = [...new Set([...keep, ...added])];
    return this.self();
  }

  canEdit(): boolean {
    this.track('canEdit');
    return this.model.editors.includes(this.ctx.settings.userEmail);
  }

  canDomainEdit(): boolean {
    this.track('canDomainEdit');
    return this.model.domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    this.track('setDomainEdit');
    this.model.domainEdit = editable;
    return this.self();
  }

  remove(): void {
    this.track('remove');
    this.sheet.protections = this.sheet.protections.filter((protection) => protection.id !== this.id);
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.track('getRange');
    const rect = this.model.rect ?? {
      row: 0,
      col: 0,
      numRows: this.sheet.maxRows,
      numCols: this.sheet.maxColumns,
    };
    return asRange(new EmuRange(this.ctx, this.book, this.sheet, rect));
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.track('getProtectionType');
    return asProtectionType(this.model.type);
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.track('getUnprotectedRanges');
    return this.model.unprotected.map((rect) => asRange(new EmuRange(this.ctx, this.book, this.sheet, rect)));
  }

  /** Only sheet protections can have unprotected ranges; the real method ignores the call otherwise. */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    this.track('setUnprotectedRanges');
    if (this.model.type === 'SHEET')
      this.model.unprotected = ranges.map((range) => ({ ...toEmuRange(range).rect }));
    return this.self();
  }

  getRangeName(): string | null {
    this.track('getRangeName');
    return null;
  }
}
