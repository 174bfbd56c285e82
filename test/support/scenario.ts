// End-to-end scenarios on the built bundle: a set-up register, orders created through the add-on itself.

import type { EmulatorOptions } from '../../emulator';
import { type AddOn, freshAddOn } from '../../emulator/addon';
import type { OrderDto, Result } from '../../src/shared/contract';
import { anInquiry } from '../mothers/inputMother';

export const SHEETS = { orders: 'Aufträge', clients: 'Kunden', settings: 'Einstellungen', log: 'Protokoll' };

export function setUp(options: EmulatorOptions = {}): AddOn {
  const addOn = freshAddOn(options);
  addOn.call('onOpen', { authMode: 'LIMITED' });
  addOn.call('menuSetupRegister');
  return addOn;
}

export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.data;
}

export function createOrder(addOn: AddOn, overrides = {}): OrderDto {
  return ok(addOn.call<Result<OrderDto>>('sidebarCreateInquiry', anInquiry(overrides)));
}

/** Every sheet's values (uncounted), for "nothing changed" comparisons. */
export function snapshot(addOn: AddOn): string {
  const e = addOn.emulator;
  return JSON.stringify(e.sheetNames().map((name) => [name, e.values(name)]));
}

/** Rows of a sheet as objects keyed by header text. */
export function rowsOf(addOn: AddOn, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = addOn.emulator.values(sheet);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}
