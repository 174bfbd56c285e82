// Apps Script enums, each member at runtime its own name as a string, as the real ones print.

// Cast once here to the @types enum types, so add-on code compiles and compares them by identity.

import { EmuException, messages } from './exception';

export function enumOf<const Names extends readonly string[]>(
  names: Names,
): { readonly [K in Names[number]]: K } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as {
    readonly [K in Names[number]]: K;
  };
}

/** The single boundary cast from our string enums to the ambient numeric enum types of @types. */
export function typed<T>(values: object): T {
  return values as unknown as T;
}

export const ProtectionType = enumOf(['RANGE', 'SHEET'] as const);
export type ProtectionTypeName = keyof typeof ProtectionType;

export const DataValidationCriteria = enumOf([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);
export type ValidationCriteriaName = keyof typeof DataValidationCriteria;

export const BooleanCriteria = enumOf([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export const Button = enumOf(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export type ButtonName = keyof typeof Button;
export const ButtonSet = enumOf(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export type ButtonSetName = keyof typeof ButtonSet;

export const SandboxMode = enumOf(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = enumOf(['ALLOWALL', 'DEFAULT'] as const);
export const Charset = enumOf(['US_ASCII', 'UTF_8'] as const);
export type CharsetName = keyof typeof Charset;
export const DigestAlgorithm = enumOf(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);
export type DigestAlgorithmName = keyof typeof DigestAlgorithm;
export const AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const EventType = enumOf([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const);
export const TriggerSource = enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
/** Base.Weekday (ScriptApp.WeekDay), in JavaScript's getDay() order: SUNDAY is 0. */
export const Weekday = enumOf([
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const);
export type WeekdayName = keyof typeof Weekday;

/** MimeType is the one Apps Script enum whose members really are strings (the MIME types). */
export const MimeType = Object.freeze({
  CSV: 'text/csv',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  FOLDER: 'application/vnd.google-apps.folder',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  JPEG: 'image/jpeg',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  ZIP: 'application/zip',
});

export const typedEnums = {
  ProtectionType: typed<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(ProtectionType),
  DataValidationCriteria:
    typed<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>(DataValidationCriteria),
  BooleanCriteria: typed<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>(BooleanCriteria),
  Button: typed<typeof GoogleAppsScript.Base.Button>(Button),
  ButtonSet: typed<typeof GoogleAppsScript.Base.ButtonSet>(ButtonSet),
  SandboxMode: typed<typeof GoogleAppsScript.HTML.SandboxMode>(SandboxMode),
  XFrameOptionsMode: typed<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(XFrameOptionsMode),
  Charset: typed<typeof GoogleAppsScript.Utilities.Charset>(Charset),
  DigestAlgorithm: typed<typeof GoogleAppsScript.Utilities.DigestAlgorithm>(DigestAlgorithm),
  AuthMode: typed<typeof GoogleAppsScript.Script.AuthMode>(AuthMode),
  EventType: typed<typeof GoogleAppsScript.Script.EventType>(EventType),
  TriggerSource: typed<typeof GoogleAppsScript.Script.TriggerSource>(TriggerSource),
  Weekday: typed<typeof GoogleAppsScript.Base.Weekday>(Weekday),
};

/** Reads an enum argument the add-on passed (typed as the @types enum) back as our member name. */
export function enumName<Name extends string>(
  value: unknown,
  members: { readonly [K in Name]: K },
  what: string,
): Name {
  const name = String(value);
  if (!Object.hasOwn(members, name)) throw new EmuException(messages.invalidArgument(`${what} ${name}`));
  return name as Name;
}
