// Assembles an emulator: global services for the add-on, plus the controls and views tests need.

import { calendarEventViews, calendarInvitationViews } from './calendar/inspect';
import { EmuCalendar } from './calendar/service';
import type { CalendarEvent, CalendarInvitation } from './calendar/store';
import type { CallLog } from './core/call-log';
import type { EmulatorHooks } from './core/context';
import { MimeType } from './core/enums';
import type { ExecutionInfo } from './core/executions';
import { type EmulatorOptions, resolveOptions } from './core/options';
import type { UiRecorder } from './core/ui-recorder';
import { EmuDocumentApp } from './docs/document-app';
import type { DocumentModel } from './docs/model';
import { type DriveFileInfo, documentText, driveFiles, fileBytes, savedDocument } from './drive/inspect';
import { EmuDrive } from './drive/service';
import type { SentNotification } from './drive/store';
import {
  dataValues,
  effectiveStyle,
  isProtected,
  loadRows,
  type SheetRef,
  sheetModelOf,
  validationErrors,
} from './inspect';
import { EmuCacheService } from './services/cache';
import { EmuHtmlService } from './services/html-service';
import { EmuLockService } from './services/lock';
import { EmuMailApp, type SentMail, sentMailViews } from './services/mail';
import { EmuPropertiesService } from './services/properties';
import { EmuLogger, EmuScriptApp } from './services/script-app';
import { EmuSession } from './services/session';
import {
  advanceWithTriggers,
  fireDueTriggers,
  runTrigger,
  type TriggerInfo,
  triggerViews,
} from './services/triggers';
import { EmuUtilities } from './services/utilities';
import type { CellOutput } from './sheets/cell-output';
import type { EffectiveStyle } from './sheets/conditional-eval';
import type { ValidationProblem } from './sheets/validation-check';
import { EmuSpreadsheet } from './spreadsheet/spreadsheet';
import { EmuSpreadsheetApp } from './spreadsheet/spreadsheet-app';
import { restoreWorld } from './state/deserialize';
import { serializeWorld } from './state/serialize';
import { createWorld, type EmuWorld } from './world';

export interface EmulatorClock {
  now(): Date;
  advance(ms: number): void;
  set(date: Date): void;
}

/** The emulated services typed as the real ones, for TypeScript callers (tests, bench, playground). */
export interface AppsScriptServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
  Drive: GoogleAppsScript.Drive;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Calendar: GoogleAppsScript.Calendar;
}

export interface Emulator {
  /**
   * SpreadsheetApp, PropertiesService, ..., Drive, DocumentApp, MailApp, Calendar, console, Date (emulated clock),
   * MimeType.
   */
  globals: Record<string, unknown>;
  /** The same service objects as globals, typed. */
  services: AppsScriptServices;
  /** The active spreadsheet. Calls through it are counted like the add-on's. */
  spreadsheet: EmuSpreadsheet;
  calls: CallLog;
  clock: EmulatorClock;
  ui: UiRecorder;
  hooks: EmulatorHooks;
  /** Lines written with Logger.log. */
  logs: string[];
  /** Runs fn as one Apps Script execution; its locks are released when it ends, even by throwing. */
  runExecution<T>(fn: () => T, label?: string): T;
  currentExecution(): ExecutionInfo;
  /** Where template expressions find the add-on's functions; pass the vm context if it copies globals. */
  setGlobalScope(scope: object): void;
  /** Runs fn without counting calls or firing hooks (test setup, inspection). */
  uncounted<T>(fn: () => T): T;
  serialize(): string;
  /** Uncounted views and seeding; rows and columns are 1-based. */
  sheetNames(): string[];
  values(sheet: SheetRef): CellOutput[][];
  effectiveStyle(sheet: SheetRef, row: number, column: number): EffectiveStyle;
  validationErrors(sheet: SheetRef): ValidationProblem[];
  isProtected(sheet: SheetRef, row: number, column: number): boolean;
  loadRows(sheet: SheetRef, startRow: number, rows: readonly (readonly unknown[])[]): void;
  /** Creates a sheet without counting (returns its name). */
  addSheet(name: string): string;
  properties(scope: 'document' | 'user' | 'script'): Record<string, string>;
  /** The saved body text of a Google Doc: paragraphs on lines, table cells split by tabs, rows by lines. */
  documentText(id: string): string;
  /** Every Drive file and folder, My Drive's root first. */
  driveFiles(): DriveFileInfo[];
  /** The bytes of an uploaded file (a PDF, say). */
  fileBytes(id: string): Buffer;
  /** The saved content of a Google Doc, or null when the id is no Doc. */
  savedDocument(id: string): DocumentModel | null;
  /** Sharing e-mails Drive.Permissions.create sent. */
  notifications: readonly SentNotification[];
  /** Every mail MailApp.sendEmail sent, oldest first (uncounted copies). */
  sentMails(): SentMail[];
  /** Every event Calendar.Events.insert stored, oldest first; removed ones have status 'cancelled' (copies). */
  calendarEvents(): CalendarEvent[];
  /** Invitations, updates and cancellations Calendar mailed to guests (sendUpdates 'all' or 'externalOnly'). */
  calendarInvitations(): CalendarInvitation[];
  /** The project's installable triggers, in creation order. */
  triggers(): TriggerInfo[];
  /**
   * Fires the time-driven triggers that are due at the emulated clock's time, each as its own execution calling
   * the handler (looked up by name in the global scope) with a time-driven event object; returns how many fired.
   * Missed runs are not caught up. If handlers throw, the others still run and the first error is rethrown.
   */
  fireTimeTriggers(): number;
  /** Runs one trigger's handler now, whatever its schedule (the schedule is left alone). */
  fireTrigger(id: string): void;
  /**
   * Advances the clock by ms, stopping at each scheduled run on the way to fire it (so handlers see their own run
   * time); returns how many fired. A throwing handler ends it there, the clock left at that run.
   */
  advanceWithTriggers(ms: number): number;
}

function buildGlobals(world: EmuWorld): Record<string, unknown> {
  const { ctx, book } = world;
  const globals: Record<string, unknown> = {};
  Object.assign(globals, {
    SpreadsheetApp: new EmuSpreadsheetApp(ctx, book),
    PropertiesService: new EmuPropertiesService(ctx, world.properties),
    LockService: new EmuLockService(ctx, world.locks, () => book.id),
    CacheService: new EmuCacheService(ctx, world.caches),
    HtmlService: new EmuHtmlService(ctx),
    Session: new EmuSession(ctx),
    Utilities: new EmuUtilities(ctx),
    ScriptApp: new EmuScriptApp(ctx, { store: world.triggers, documentId: () => book.id }),
    Logger: new EmuLogger(ctx),
    Drive: new EmuDrive(ctx, world.drive),
    DocumentApp: new EmuDocumentApp(ctx, world.drive, world.docSessions),
    MailApp: new EmuMailApp(ctx, world.mail),
    Calendar: new EmuCalendar(ctx, world.calendar),
    MimeType,
    console,
    Date: ctx.Date,
  });
  // Template expressions resolve the add-on's functions here; a vm context built from a copy must call
  // setGlobalScope.
  ctx.globalScope = globals;
  return globals;
}

function assemble(world: EmuWorld): Emulator {
  const { ctx, book } = world;
  const model = (sheet: SheetRef) => sheetModelOf(book, sheet);
  const globals = buildGlobals(world);
  return {
    globals,
    services: globals as unknown as AppsScriptServices,
    spreadsheet: new EmuSpreadsheet(ctx, book),
    calls: ctx.calls,
    clock: {
      now: () => ctx.clock.now(),
      advance: (ms) => ctx.clock.advance(ms),
      set: (date) => ctx.clock.set(date),
    },
    ui: ctx.ui,
    hooks: ctx.hooks,
    logs: ctx.logLines,
    runExecution: (fn, label) => ctx.executions.run(fn, label),
    currentExecution: () => ctx.executions.info(),
    setGlobalScope: (scope) => {
      ctx.globalScope = scope;
    },
    uncounted: (fn) => ctx.uncounted(fn),
    serialize: () => serializeWorld(world),
    sheetNames: () => book.sheets.map((sheet) => sheet.name),
    values: (sheet) => dataValues(model(sheet)),
    effectiveStyle: (sheet, row, column) => effectiveStyle(model(sheet), row, column),
    validationErrors: (sheet) => validationErrors(book, model(sheet)),
    isProtected: (sheet, row, column) => isProtected(model(sheet), row, column),
    loadRows: (sheet, startRow, rows) => loadRows(model(sheet), startRow, rows),
    addSheet: (name) => book.addSheet(name).name,
    properties: (scope) => Object.fromEntries(world.properties[scope].values),
    documentText: (id) => documentText(world.drive, id),
    driveFiles: () => driveFiles(world.drive),
    fileBytes: (id) => fileBytes(world.drive, id),
    savedDocument: (id) => savedDocument(world.drive, id),
    notifications: world.drive.notifications,
    sentMails: () => sentMailViews(world.mail),
    calendarEvents: () => calendarEventViews(world.calendar),
    calendarInvitations: () => calendarInvitationViews(world.calendar),
    triggers: () => triggerViews(world.triggers),
    fireTimeTriggers: () => fireDueTriggers(ctx, world.triggers),
    fireTrigger: (id) => {
      const trigger = world.triggers.get(id);
      if (!trigger) throw new Error(`No trigger with id ${id} in the emulated project`);
      runTrigger(ctx, trigger);
    },
    advanceWithTriggers: (ms) => advanceWithTriggers(ctx, world.triggers, ms),
  };
}

export function createEmulator(options?: EmulatorOptions): Emulator {
  return assemble(createWorld(resolveOptions(options)));
}

/** Recreates an emulator from serialize() output; options supply what is not saved (HTML files, latency). */
export function loadEmulator(json: string, options?: EmulatorOptions): Emulator {
  const world = createWorld(resolveOptions(options));
  restoreWorld(world, json);
  return assemble(world);
}

/** Every mail the add-on sent through MailApp, oldest first. */
export function sentMails(emulator: Emulator): SentMail[] {
  return emulator.sentMails();
}

/** Fires the time-driven triggers due now (see Emulator.fireTimeTriggers); returns how many fired. */
export function fireTimeTriggers(emulator: Emulator): number {
  return emulator.fireTimeTriggers();
}
