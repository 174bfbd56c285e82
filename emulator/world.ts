// Everything one emulator instance holds: context, spreadsheet, properties, caches and locks.

import { EmuContext } from './core/context';
import { type EmulatorSettings, spreadsheetLocaleFor } from './core/options';
import { CacheStore, type CacheStores } from './services/cache';
import { LockTable } from './services/lock';
import { PropertyStore, type PropertyStores } from './services/properties';
import { SpreadsheetModel } from './sheets/spreadsheet-model';

export interface EmuWorld {
  ctx: EmuContext;
  book: SpreadsheetModel;
  properties: PropertyStores;
  caches: CacheStores;
  locks: LockTable;
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
  return {
    ctx,
    book,
    properties: { document: new PropertyStore(), user: new PropertyStore(), script: new PropertyStore() },
    caches: { document: new CacheStore(), user: new CacheStore(), script: new CacheStore() },
    locks,
  };
}
