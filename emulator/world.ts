// Everything one emulator instance holds: context, spreadsheet, properties, caches, locks, Drive, open Docs,
// sent mail, triggers and the calendar.

import { CalendarStore } from './calendar/store';
import { EmuContext } from './core/context';
import { type EmulatorSettings, spreadsheetLocaleFor } from './core/options';
import { DocSessions } from './docs/session';
import { DriveStore } from './drive/store';
import { CacheStore, type CacheStores } from './services/cache';
import { LockTable } from './services/lock';
import { MailStore } from './services/mail';
import { PropertyStore, type PropertyStores } from './services/properties';
import { TriggerStore } from './services/triggers';
import { SpreadsheetModel } from './sheets/spreadsheet-model';

export interface EmuWorld {
  ctx: EmuContext;
  book: SpreadsheetModel;
  properties: PropertyStores;
  caches: CacheStores;
  locks: LockTable;
  drive: DriveStore;
  /** Documents DocumentApp has open, per execution; saved to Drive when their execution ends. */
  docSessions: DocSessions;
  /** Mail MailApp sent and the day's quota use. */
  mail: MailStore;
  /** Installable (time-driven) triggers of the project. */
  triggers: TriggerStore;
  /** Events of the user's primary calendar (advanced Calendar service) and the invitations sent. */
  calendar: CalendarStore;
}

export const EMULATED_SPREADSHEET_ID = '1EmuLatedAuftragsregister0000000000000000000';

export function createWorld(settings: EmulatorSettings): EmuWorld {
  const ctx = new EmuContext(settings);
  const language = settings.locale.slice(0, 2).toLowerCase();
  const book = new SpreadsheetModel(
    EMULATED_SPREADSHEET_ID,
    settings.spreadsheetName,
    settings.timeZone,
    spreadsheetLocaleFor(settings.locale),
    () => ctx.clock.nowMs(),
    // A new German spreadsheet's first tab is 'Tabellenblatt1'.
    language === 'de' ? 'Tabellenblatt' : 'Sheet',
  );
  book.addSheet(book.nextDefaultName());
  const locks = new LockTable();
  ctx.executions.onEnd((executionId) => locks.releaseAll(executionId));
  const drive = new DriveStore(settings.userEmail, () => ctx.clock.nowMs());
  const docSessions = new DocSessions();
  // After the locks, so a document that cannot be saved never keeps a lock held.
  ctx.executions.onEnd((executionId) => docSessions.endExecution(executionId, ctx.clock.nowMs()));
  return {
    ctx,
    book,
    properties: { document: new PropertyStore(), user: new PropertyStore(), script: new PropertyStore() },
    caches: { document: new CacheStore(), user: new CacheStore(), script: new CacheStore() },
    locks,
    drive,
    docSessions,
    mail: new MailStore(),
    triggers: new TriggerStore(),
    calendar: new CalendarStore(),
  };
}
