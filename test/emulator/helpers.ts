// Shared setup for emulator tests: an emulator plus its globals typed as the real Apps Script services.

import { createEmulator, type Emulator, type EmulatorOptions } from '../../emulator';

export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
}

export interface Setup extends AppsScriptGlobals {
  emu: Emulator;
  /** The first sheet of the active spreadsheet. */
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

export function setup(options?: EmulatorOptions): Setup {
  const emu = createEmulator(options);
  const globals = emu.globals as unknown as AppsScriptGlobals;
  const sheet = emu.uncounted(() => globals.SpreadsheetApp.getActive().getSheets()[0]);
  return { emu, sheet, ...globals };
}

/** The error a function throws (fails the test if it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}
