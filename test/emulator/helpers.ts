// Shared setup for emulator tests: an emulator plus its services typed as the real Apps Script ones.

import { type AppsScriptServices, createEmulator, type Emulator, type EmulatorOptions } from '../../emulator';

export interface Setup extends AppsScriptServices {
  emu: Emulator;
  /** The first sheet of the active spreadsheet. */
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

export function setup(options?: EmulatorOptions): Setup {
  const emu = createEmulator(options);
  const sheet = emu.uncounted(() => emu.services.SpreadsheetApp.getActive().getSheets()[0]);
  return { emu, sheet, ...emu.services };
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
