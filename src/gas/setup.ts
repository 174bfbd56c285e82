// "Set up register": creates or completes the sheets, their columns, formats, drop-downs, colours and protection.
// Running it again changes nothing that exists: user rows, user columns and user widths survive.

import { choiceLabelKey } from '../app/settingsView';
import { defaultRateCard } from '../domain/quote/rateCard';
import { SETTING_DEFS, type SettingKey, settingChoices } from '../domain/settings';
import { FINAL_STAGES } from '../domain/stages';
import type { SetupReportDto } from '../shared/contract';
import { type Lang, type MessageKey, t } from '../shared/i18n';
import { columnNote, mapColumns } from './columns';
import { type GasContext, PROP_LANG, PROP_SHEETS } from './context';
import { templateLinks } from './docs/templates';
import { choiceLabel, choiceLabels } from './rows/choices';
import { rateCardCells } from './rows/confirmationRows';
import { columnLetter } from './rows/orderRows';
import { readSettingRows, settingCells } from './rows/settingRows';
import { type ColumnDef, columnLabelKey, TABLES, type TableDef, type TableKey } from './schema';
import { SheetTable } from './sheetTable';
import { stageRules } from './stageColours';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DOCUMENT_TABLE_KEYS = [
  'quotes',
  'positions',
  'confirmations',
  'milestones',
  'rateCard',
  'invoices',
  'payments',
  'dunning',
  'meetings',
  'actionItems',
  'time',
  'acceptances',
  'followUps',
] as const;
/** Every sheet of the register, in the order their tabs appear. */
const REGISTER_TABLES: readonly TableKey[] = ['orders', 'clients', ...DOCUMENT_TABLE_KEYS, 'settings', 'log'];

const HEADER_BACKGROUND = '#1f3a5f';
const HEADER_FONT = '#ffffff';
const OVERDUE_RED = '#f4c7c3';
const DUE_SOON_AMBER = '#fce8b2';

export function setUpRegister(context: GasContext, accountLang: Lang): SetupReportDto {
  const report: SetupReportDto = { createdSheets: [], addedColumns: [], addedSettings: [] };
  // The register keeps the language it was first set up in: its headers and labels must stay readable as data.
  const lang: Lang = context.props()[PROP_LANG] === undefined ? accountLang : context.registerLang();
  const ids: Partial<Record<TableKey, number>> = { ...context.sheetIds() };
  const sheets = {} as Record<TableKey, { sheet: Sheet; columns: Map<string, number> }>;
  for (const key of REGISTER_TABLES) {
    const def = TABLES[key];
    let sheet = context.sheet(key);
    if (!sheet) {
      sheet = context.ss().insertSheet(t(lang, def.sheet));
      report.createdSheets.push(t(lang, def.sheet));
    }
    context.rememberSheet(key, sheet);
    ids[key] = sheet.getSheetId();
    sheets[key] = { sheet, columns: ensureColumns(sheet, def, lang, report) };
  }
  context.setProps({ [PROP_SHEETS]: JSON.stringify(ids), [PROP_LANG]: lang });
  formatOrders(
    sheets.orders.sheet,
    sheets.orders.columns,
    sheets.clients.columns,
    sheets.clients.sheet,
    lang,
  );
  formatChoices(sheets.clients.sheet, TABLES.clients, sheets.clients.columns, lang);
  for (const key of DOCUMENT_TABLE_KEYS)
    formatChoices(sheets[key].sheet, TABLES[key], sheets[key].columns, lang);
  formatInvoices(sheets.invoices.sheet, sheets.invoices.columns, lang);
  formatProject(sheets, lang);
  if (report.createdSheets.includes(t(lang, TABLES.rateCard.sheet)))
    seedRateCard(sheets.rateCard.sheet, lang);
  ensureSettings(sheets.settings.sheet, context, lang, report);
  protectLog(sheets.log.sheet, lang);
  // German and English templates in the add-on's Drive folder; ones that exist are left as the agency styled them.
  templateLinks(context);
  return report;
}

/** Adds the columns the sheet lacks at its right end, with header, key note, format and width. */
function ensureColumns(sheet: Sheet, def: TableDef, lang: Lang, report: SetupReportDto): Map<string, number> {
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width);
  const values = header.getValues()[0];
  const notes = header.getNotes()[0];
  const map = mapColumns(def, values, notes);
  const isEmpty = sheet.getLastColumn() === 0;
  const missing = def.columns.filter((c) => !map.has(c.key));
  if (missing.length > 0) {
    const start = isEmpty ? 0 : width;
    const needed = start + missing.length;
    if (needed > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    const range = sheet.getRange(1, start + 1, 1, missing.length);
    range.setValues([missing.map((c) => t(lang, columnLabelKey(def.key, c.key)))]);
    range.setNotes([missing.map((c) => columnNote(lang, c.key))]);
    missing.forEach((c, i) => {
      map.set(c.key, start + i);
      sheet.setColumnWidth(start + i + 1, c.width);
      const format = numberFormat(c, lang);
      if (format) sheet.getRange(2, start + i + 1, sheet.getMaxRows() - 1, 1).setNumberFormat(format);
      if (c.hidden) sheet.hideColumns(start + i + 1);
      if (!isEmpty)
        report.addedColumns.push(`${t(lang, def.sheet)}: ${t(lang, columnLabelKey(def.key, c.key))}`);
    });
  }
  // Any header the key note was deleted from gets it back.
  map.forEach((index, key) => {
    if (!String(notes[index] ?? '').includes(`aa:${key}`))
      sheet.getRange(1, index + 1).setNote(columnNote(lang, key));
  });
  const lastColumn = Math.max(...map.values()) + 1;
  sheet
    .getRange(1, 1, 1, Math.max(lastColumn, sheet.getLastColumn()))
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_FONT);
  sheet.setFrozenRows(1);
  return map;
}

function numberFormat(column: ColumnDef, lang: Lang): string | null {
  switch (column.type) {
    case 'date':
      return lang === 'de' ? 'dd.MM.yyyy' : 'yyyy-MM-dd';
    case 'datetime':
      return lang === 'de' ? 'dd.MM.yyyy HH:mm:ss' : 'yyyy-MM-dd HH:mm:ss';
    case 'money':
      return '#,##0.00 "€"';
    case 'int':
    case 'formula':
      return '0';
    case 'decimal':
    case 'percent':
      return '#,##0.###';
    case 'price':
      return '#,##0.00## "€"';
    default:
      return null;
  }
}

/** Drop-downs on choice columns, checkboxes on yes/no columns; re-applied so a deleted one comes back. */
function formatChoices(sheet: Sheet, def: TableDef, columns: Map<string, number>, lang: Lang): void {
  for (const column of def.columns) {
    if (column.type === 'boolean') {
      dataRange(sheet, columns, column.key).setDataValidation(
        SpreadsheetApp.newDataValidation().requireCheckbox().build(),
      );
      continue;
    }
    if (!column.choices) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(choiceLabels(column.choices, lang), true)
      .setAllowInvalid(false)
      .build();
    dataRange(sheet, columns, column.key).setDataValidation(rule);
  }
}

/** A new rate card starts with the services most agencies sell, for the user to adjust. */
function seedRateCard(sheet: Sheet, lang: Lang): void {
  const table = new SheetTable(sheet, TABLES.rateCard);
  table.readAll();
  table.append(defaultRateCard(lang).map((entry) => rateCardCells(entry, lang)));
}

function dataRange(sheet: Sheet, columns: Map<string, number>, key: string) {
  return sheet.getRange(2, (columns.get(key) as number) + 1, Math.max(1, sheet.getMaxRows() - 1), 1);
}

function formatOrders(
  sheet: Sheet,
  columns: Map<string, number>,
  clientColumns: Map<string, number>,
  clientSheet: Sheet,
  lang: Lang,
): void {
  formatChoices(sheet, TABLES.orders, columns, lang);
  // Client drop-down from the Clients sheet's name column; a name typed by hand only warns.
  const names = clientSheet.getRange(
    2,
    (clientColumns.get('name') as number) + 1,
    Math.max(1, clientSheet.getMaxRows() - 1),
    1,
  );
  dataRange(sheet, columns, 'client').setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInRange(names, true).setAllowInvalid(true).build(),
  );
  const stageColumn = dataRange(sheet, columns, 'stage');
  const deadlineColumn = dataRange(sheet, columns, 'deadline');
  const rows = sheet.getRange(2, 1, Math.max(1, sheet.getMaxRows() - 1), Math.max(...columns.values()) + 1);
  const budgetColumn = dataRange(sheet, columns, 'budgetPct');
  const ours = [
    stageColumn.getA1Notation(),
    deadlineColumn.getA1Notation(),
    rows.getA1Notation(),
    budgetColumn.getA1Notation(),
  ];
  const kept = sheet
    .getConditionalFormatRules()
    .filter((rule) => !rule.getRanges().every((r) => ours.includes(r.getA1Notation())));
  const stage = `$${columnLetter(columns.get('stage') as number)}2`;
  const deadline = `$${columnLetter(columns.get('deadline') as number)}2`;
  const finals = FINAL_STAGES.map((s) => `${stage}="${choiceLabel('stage', s, lang)}"`).join(',');
  const overdue = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=AND(ISNUMBER(${deadline}),${deadline}<TODAY(),NOT(OR(${finals})))`)
    .setBackground('#f4c7c3')
    .setFontColor('#a50e0e')
    .setRanges([deadlineColumn])
    .build();
  const openDue = `$${columnLetter(columns.get('openDue') as number)}2`;
  sheet.setConditionalFormatRules([
    ...kept,
    overdue,
    ...stageRules(stageColumn, lang),
    ...dueRules(rows, `ISNUMBER(${openDue})`, openDue),
    ...budgetRules(budgetColumn, `$${columnLetter(columns.get('budgetPct') as number)}2`),
  ]);
}

/** Budget used over 100 % red, over 80 % amber (the deviation thresholds), straight from the cell. */
function budgetRules(range: GoogleAppsScript.Spreadsheet.Range, cell: string) {
  return [
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=AND(ISNUMBER(${cell}),${cell}>100)`)
      .setBackground(OVERDUE_RED)
      .setRanges([range])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=AND(ISNUMBER(${cell}),${cell}>80)`)
      .setBackground(DUE_SOON_AMBER)
      .setRanges([range])
      .build(),
  ];
}

/** Open action items and follow-ups: red once overdue, amber a week before, like invoices. */
function formatProject(
  sheets: Record<TableKey, { sheet: Sheet; columns: Map<string, number> }>,
  lang: Lang,
): void {
  const open = (
    key: 'actionItems' | 'followUps',
    condition: (cell: (k: string) => string) => string,
    due: string,
  ) => {
    const { sheet, columns } = sheets[key];
    const rows = sheet.getRange(2, 1, Math.max(1, sheet.getMaxRows() - 1), Math.max(...columns.values()) + 1);
    const cell = (k: string) => `$${columnLetter(columns.get(k) as number)}2`;
    const kept = sheet
      .getConditionalFormatRules()
      .filter((rule) => !rule.getRanges().every((r) => r.getA1Notation() === rows.getA1Notation()));
    sheet.setConditionalFormatRules([...kept, ...dueRules(rows, condition(cell), cell(due))]);
  };
  open('actionItems', (cell) => `${cell('status')}="${choiceLabel('actionStatus', 'open', lang)}"`, 'due');
  open('followUps', (cell) => `${cell('doneOn')}=""`, 'due');
}

/**
 * Overdue red, due within 7 days amber: conditional formats against TODAY(), so the colours are right every
 * morning without a trigger. `open` is the condition that the row still owes money.
 */
function dueRules(
  rows: GoogleAppsScript.Spreadsheet.Range,
  open: string,
  due: string,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return [
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=AND(${open},ISNUMBER(${due}),${due}<TODAY())`)
      .setBackground(OVERDUE_RED)
      .setRanges([rows])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=AND(${open},ISNUMBER(${due}),${due}<=TODAY()+7)`)
      .setBackground(DUE_SOON_AMBER)
      .setRanges([rows])
      .build(),
  ];
}

/** The Invoices sheet: an issued invoice with money open is red once overdue and amber a week before. */
function formatInvoices(sheet: Sheet, columns: Map<string, number>, lang: Lang): void {
  const rows = sheet.getRange(2, 1, Math.max(1, sheet.getMaxRows() - 1), Math.max(...columns.values()) + 1);
  const kept = sheet
    .getConditionalFormatRules()
    .filter((rule) => !rule.getRanges().every((r) => r.getA1Notation() === rows.getA1Notation()));
  const cell = (key: string) => `$${columnLetter(columns.get(key) as number)}2`;
  const issued = `${cell('status')}="${choiceLabel('invoiceStatus', 'issued', lang)}"`;
  sheet.setConditionalFormatRules([
    ...kept,
    ...dueRules(rows, `${issued},${cell('open')}>0`, cell('dueDate')),
  ]);
}

function ensureSettings(sheet: Sheet, context: GasContext, lang: Lang, report: SetupReportDto): void {
  const table = new SheetTable(sheet, TABLES.settings);
  const { rows, map } = table.readAll();
  const present = new Set(readSettingRows(rows, map, context.timeZone()).map((r) => r.key));
  const missing = SETTING_DEFS.filter((d) => !present.has(d.key)).map((d) => d.key as SettingKey);
  if (missing.length > 0) {
    table.append(missing.map((key) => settingCells(key, lang)));
    report.addedSettings.push(...missing.map((key) => t(lang, `setting.${key}` as MessageKey)));
  }
  // Choice settings get a drop-down of their labels in the value cell.
  const all = readSettingRows(table.readAll().rows, map, context.timeZone());
  for (const row of all) {
    const choices = settingChoices(row.key as SettingKey);
    if (choices.length === 0) continue;
    const labels = choices.map((c) => t(lang, choiceLabelKey(row.key as SettingKey, c)));
    sheet
      .getRange(row.row, (map.get('value') as number) + 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(labels, true).setAllowInvalid(false).build(),
      );
  }
  sheet.getRange(2, (map.get('help') as number) + 1, Math.max(1, sheet.getMaxRows() - 1), 1).setWrap(true);
}

/**
 * The log is protected with a warning only: an editor add-on runs as the user at the keyboard, so a
 * hard protection would stop colleagues' actions from being logged. The hash chain shows tampering.
 */
function protectLog(sheet: Sheet, lang: Lang): void {
  const description = t(lang, 'sheet.log');
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing.some((p) => p.getDescription() === description)) return;
  sheet.protect().setDescription(description).setWarningOnly(true);
}
