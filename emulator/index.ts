// Public entry of the in-memory Apps Script emulator used by tests, the benchmark and the playground.

export { calendarErrors, calendarMessages } from './calendar/errors';
export { EmuCalendarEvents } from './calendar/events';
export { expandOccurrences } from './calendar/recurrence';
export { EmuCalendar } from './calendar/service';
export type { CalendarEvent, CalendarInvitation, InvitationKind } from './calendar/store';
export type { CallLog, CallSnapshot, ExecutionCalls } from './core/call-log';
export type { EmulatorHooks } from './core/context';
export {
  AuthMode,
  BooleanCriteria,
  Button,
  ButtonSet,
  Charset,
  DataValidationCriteria,
  DigestAlgorithm,
  EventType,
  MimeType,
  ProtectionType,
  SandboxMode,
  TriggerSource,
  Weekday,
  XFrameOptionsMode,
} from './core/enums';
export { EmuException, messages } from './core/exception';
export type { ExecutionInfo } from './core/executions';
export type { EmulatorOptions } from './core/options';
export type {
  MenuEntry,
  RecordedAlert,
  RecordedDialog,
  RecordedHtml,
  RecordedMenu,
  RecordedPrompt,
  RecordedToast,
  UiRecorder,
} from './core/ui-recorder';
export { EmuDocument } from './docs/document';
export { EmuDocumentApp } from './docs/document-app';
export { GoogleJsonResponseException } from './drive/errors';
export { EmuDriveFiles } from './drive/files';
export type { DriveFileInfo } from './drive/inspect';
export { EmuDrivePermissions } from './drive/permissions';
export { EmuDrive } from './drive/service';
export type { SentNotification } from './drive/store';
export {
  type AppsScriptServices,
  createEmulator,
  type Emulator,
  type EmulatorClock,
  fireTimeTriggers,
  loadEmulator,
  sentMails,
} from './emulator';
export type { SheetRef } from './inspect';
export { EmuBlob } from './services/blob';
export { EmuCache, EmuCacheService } from './services/cache';
export { EmuHtmlOutput } from './services/html-output';
export { EmuHtmlService } from './services/html-service';
export { EmuHtmlTemplate } from './services/html-template';
export { EmuLock, EmuLockService } from './services/lock';
export {
  EmuMailApp,
  MAIL_DAILY_QUOTA,
  mailMessages,
  type SentMail,
  type SentMailAttachment,
} from './services/mail';
export { EmuProperties, EmuPropertiesService } from './services/properties';
export { EmuLogger, EmuScriptApp } from './services/script-app';
export { EmuSession, EmuUser } from './services/session';
export {
  type ClockSchedule,
  EmuClockTriggerBuilder,
  EmuTrigger,
  EmuTriggerBuilder,
  MAX_TRIGGERS_PER_USER,
  type TriggerInfo,
  triggerMessages,
} from './services/triggers';
export { EmuMenu, EmuUi } from './services/ui';
export { EmuUtilities } from './services/utilities';
export type { CellOutput } from './sheets/cell-output';
export type { EffectiveStyle } from './sheets/conditional-eval';
export type { ValidationProblem } from './sheets/validation-check';
export { EmuBooleanCondition, EmuConditionalFormatRule } from './spreadsheet/conditional-format';
export { EmuConditionalFormatRuleBuilder } from './spreadsheet/conditional-format-builder';
export { EmuDataValidation } from './spreadsheet/data-validation';
export { EmuDataValidationBuilder } from './spreadsheet/data-validation-builder';
export { EmuProtection } from './spreadsheet/protection';
export { EmuRange } from './spreadsheet/range';
export { EmuSheet } from './spreadsheet/sheet';
export { EmuSpreadsheet } from './spreadsheet/spreadsheet';
export { EmuSpreadsheetApp } from './spreadsheet/spreadsheet-app';
