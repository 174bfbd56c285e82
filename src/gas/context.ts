// Per-execution access to the spreadsheet, its time zone and the document properties, each fetched once.
import { type Lang, t } from '../shared/i18n';
import { TABLES, type TableKey } from './schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROP_SHEETS = 'aa.sheets';
export const PROP_LANG = 'aa.lang';
export const PROP_SEQ = 'aa.seq:';
/** A bank CSV layout's column mapping, by header signature: set once, remembered for the next statement. */
export const PROP_BANK_MAPPING = 'aa.bankMapping:';

export class GasContext {
  private spreadsheet: Spreadsheet | null = null;
  private zone: string | null = null;
  private properties: Record<string, string> | null = null;
  private propertiesService: GoogleAppsScript.Properties.Properties | null = null;
  private readonly sheets = new Map<TableKey, Sheet | null>();

  ss(): Spreadsheet {
    if (!this.spreadsheet) this.spreadsheet = SpreadsheetApp.getActive();
    return this.spreadsheet;
  }

  timeZone(): string {
    if (!this.zone) this.zone = this.ss().getSpreadsheetTimeZone();
    return this.zone;
  }

  docProps(): GoogleAppsScript.Properties.Properties {
    if (!this.propertiesService) this.propertiesService = PropertiesService.getDocumentProperties();
    return this.propertiesService;
  }

  /** All document properties, read in one call and then kept in step with our own writes. */
  props(): Record<string, string> {
    if (!this.properties) this.properties = this.docProps().getProperties();
    return this.properties;
  }

  setProps(values: Record<string, string>): void {
    this.docProps().setProperties(values);
    Object.assign(this.props(), values);
  }

  deleteProps(keys: readonly string[]): void {
    const props = this.docProps();
    for (const key of keys) {
      props.deleteProperty(key);
      delete this.props()[key];
    }
  }

  /** Forget what was read, e.g. after another execution may have changed it while we waited for the lock. */
  refresh(): void {
    this.properties = null;
    this.sheets.clear();
  }

  registerLang(): Lang {
    return this.props()[PROP_LANG] === 'en' ? 'en' : 'de';
  }

  sheetIds(): Partial<Record<TableKey, number>> {
    try {
      return JSON.parse(this.props()[PROP_SHEETS] ?? '{}');
    } catch {
      return {};
    }
  }

  rememberSheet(table: TableKey, sheet: Sheet): void {
    this.sheets.set(table, sheet);
  }

  /** The table's sheet by its remembered id (survives renaming), else by its name in either language. */
  sheet(table: TableKey): Sheet | null {
    if (!this.sheets.has(table)) {
      const id = this.sheetIds()[table];
      let sheet = id === undefined ? null : this.ss().getSheetById(id);
      if (!sheet) {
        for (const lang of ['de', 'en'] as const) {
          sheet = sheet ?? this.ss().getSheetByName(t(lang, TABLES[table].sheet));
        }
      }
      this.sheets.set(table, sheet);
    }
    return this.sheets.get(table) ?? null;
  }
}
