// Loads the built dist/Code.js into a fresh vm context whose globals are the emulator, and calls its
// global functions the way Google does (one execution per call, JSON in and out). Tests, bench, playground.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createEmulator, type Emulator, type EmulatorOptions } from './index';

export const DIST = join(__dirname, '..', 'dist');

let cachedCode: string | null = null;
export function bundleCode(): string {
  cachedCode = cachedCode ?? readFileSync(join(DIST, 'Code.js'), 'utf8');
  return cachedCode;
}

/** Every page the build made (sidebar, quote editor, ...), by name as createHtmlOutputFromFile takes it. */
export function htmlFiles(): Record<string, string> {
  const pages = readdirSync(DIST).filter((f) => f.endsWith('.html'));
  return Object.fromEntries(pages.map((f) => [f.slice(0, -5), readFileSync(join(DIST, f), 'utf8')]));
}

/**
 * One compiled script for every add-on: compiling the bundle per context costs time, and on Node 20 each
 * compiled vm.Script stays reachable from its context's host options, so test files that load hundreds of
 * add-ons (the fault injection) grew by megabytes per add-on.
 */
const scripts = new Map<string, vm.Script>();
function compiled(code: string): vm.Script {
  let script = scripts.get(code);
  if (!script) {
    script = new vm.Script(code, { filename: 'Code.js' });
    scripts.set(code, script);
  }
  return script;
}

export interface AddOn {
  emulator: Emulator;
  context: vm.Context;
  /** Calls a top-level function of the bundle as one Apps Script execution. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

export function loadAddOn(emulator: Emulator, code: string = bundleCode()): AddOn {
  const context = vm.createContext({ ...emulator.globals });
  // HtmlService templates evaluate against the add-on's globals, as in Apps Script.
  emulator.setGlobalScope(context);
  compiled(code).runInContext(context);
  return {
    emulator,
    context,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
      const wireArgs = JSON.parse(JSON.stringify(args));
      return emulator.runExecution(() => {
        const result = fn(...wireArgs);
        return result === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(result)) as T);
      }, name);
    },
  };
}

/** A fresh emulated spreadsheet with the add-on loaded. */
export function freshAddOn(options: EmulatorOptions = {}): AddOn {
  return loadAddOn(createEmulator({ htmlFiles: htmlFiles(), ...options }));
}
