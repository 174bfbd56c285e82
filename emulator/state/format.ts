// The JSON shape of a saved emulator (the playground persists it between runs).

import type { BooleanCriteriaName, ProtectionTypeName, ValidationCriteriaName } from '../core/enums';
import type { Rect } from '../sheets/a1';
import type { CellFormat } from '../sheets/formats';
import type { RuleStyle } from '../sheets/rules';
import type { SavedCalendar } from './calendar';
import type { SavedDrive } from './drive';
import type { SavedMailStore, SavedTriggers } from './scripting';

/** Dates are {d: epochMs}, formulas {f: '=A1 text'}; holes are null. */
export type SavedCell = null | number | string | boolean | { d: number } | { f: string };

/** Sparse rows: [row index, cells]. */
export type SavedGrid<T> = Array<[number, Array<T | null>]>;

export interface SavedRule {
  ranges: Rect[];
  condition: { criteria: BooleanCriteriaName; values: unknown[]; formula?: string } | null;
  style: RuleStyle;
}

export interface SavedValidation {
  criteria: ValidationCriteriaName;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface SavedProtection {
  id: number;
  type: ProtectionTypeName;
  rect: Rect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: Rect[];
  domainEdit: boolean;
}

export interface SavedSheet {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  hidden: boolean;
  columnWidths: Array<number | null>;
  hiddenColumns: number[];
  values: SavedGrid<SavedCell>;
  notes: SavedGrid<string>;
  /** Distinct formats; the formats grid holds indexes into this table. */
  formatTable: CellFormat[];
  formats: SavedGrid<number>;
  validationTable: SavedValidation[];
  validations: SavedGrid<number>;
  conditionalRules: SavedRule[];
  protections: SavedProtection[];
}

export interface SavedState {
  version: 1;
  clockMs: number;
  uuidCounter: number;
  spreadsheet: {
    id: string;
    name: string;
    timeZone: string;
    locale: string;
    activeSheetId: number;
    selection: { sheetId: number; rect: Rect; current: { row: number; col: number } } | null;
    nextSheetId: number;
    nextProtectionId: number;
    sheets: SavedSheet[];
  };
  properties: Record<'document' | 'user' | 'script', Record<string, string>>;
  cache: Record<'document' | 'user' | 'script', Record<string, { value: string; expiresAtMs: number }>>;
  /** Absent in states saved before Drive was emulated: such a state loads with an empty Drive. */
  drive?: SavedDrive;
  /** Absent in states saved before MailApp was emulated. */
  mail?: SavedMailStore;
  /** Absent in states saved before triggers were emulated. */
  triggers?: SavedTriggers;
  /** Absent in states saved before Calendar was emulated: such a state loads with an empty calendar. */
  calendar?: SavedCalendar;
}

/** Dates inside rule values survive JSON as {d: epochMs}. */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { d: value.getTime() };
  if (Array.isArray(value)) return value.map(encodeValue);
  return value;
}

export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 1 && 'd' in value) {
    return new Date(Number((value as { d: unknown }).d));
  }
  return value;
}
