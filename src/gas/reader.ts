// RegisterReader on the sheets: each table read whole at most once per execution, then served from memory.
import type { ClientRecord, InvoiceHead, InvoiceRecord, OrderRecord, RegisterReader } from '../app/ports';
import { resolveSettingChoice } from '../app/settingsView';
import type { ColumnMapping } from '../domain/bank/statement';
import type { DunningRecord } from '../domain/dunningRecord';
import type { Confirmation } from '../domain/quote/confirmation';
import type { Quote } from '../domain/quote/quote';
import type { RateCardEntry } from '../domain/quote/rateCard';
import type { Payment } from '../domain/receivables/payment';
import { parseSettings, type SettingKey, type SettingProblem, type Settings } from '../domain/settings';
import type { Lang } from '../shared/i18n';
import { type GasContext, PROP_BANK_MAPPING, PROP_SEQ, PROP_SHEETS } from './context';
import { DocumentReader } from './documentReader';
import { InvoiceReader } from './invoiceReader';
import { ProjectReader } from './projectReader';
import { readClientRows } from './rows/clientRows';
import { readInvoiceRow } from './rows/invoiceRows';
import { readOrderRows } from './rows/orderRows';
import { readDunningRow, readPaymentRow } from './rows/paymentRows';
import { readSettingRows, type SettingRow } from './rows/settingRows';
import { TABLES, type TableKey } from './schema';
import { SheetProblem } from './sheetProblem';
import { SheetTable, type TableRows } from './sheetTable';

export class GasRegisterReader implements RegisterReader {
  private readonly tables = new Map<TableKey, SheetTable>();
  readonly documents = new DocumentReader({
    table: (key) => this.table(key),
    timeZone: () => this.context.timeZone(),
  });
  readonly invoices = new InvoiceReader(
    { table: (key) => this.table(key), timeZone: () => this.context.timeZone() },
    (keys) => this.documents.positionsOf(keys),
  );
  private projectReader: ProjectReader | null = null;
  private readonly rows = new Map<TableKey, TableRows>();
  private orderRecords: OrderRecord[] | null = null;
  private clientRecords: ClientRecord[] | null = null;
  private heads: InvoiceHead[] | null = null;
  private settingRows: SettingRow[] | null = null;
  private parsedSettings: {
    settings: Settings;
    problems: SettingProblem[];
    raw: Record<string, string>;
  } | null = null;

  constructor(readonly context: GasContext) {}

  lang(): Lang {
    return this.context.registerLang();
  }

  isSetUp(): boolean {
    return this.context.props()[PROP_SHEETS] !== undefined;
  }

  table(key: TableKey): SheetTable {
    let table = this.tables.get(key);
    if (!table) {
      if (!this.isSetUp()) throw new SheetProblem('err.notSetUp', TABLES[key], null);
      const sheet = this.context.sheet(key);
      if (!sheet) throw new SheetProblem('err.sheetMissing', TABLES[key], null);
      table = new SheetTable(sheet, TABLES[key]);
      this.tables.set(key, table);
    }
    return table;
  }

  tableRows(key: TableKey): TableRows {
    let rows = this.rows.get(key);
    if (!rows) {
      rows = this.table(key).readAll();
      this.rows.set(key, rows);
    }
    return rows;
  }

  orders(): OrderRecord[] {
    if (!this.orderRecords) {
      const { rows, map } = this.tableRows('orders');
      this.orderRecords = readOrderRows(rows, map, this.context.timeZone());
    }
    return this.orderRecords;
  }

  clients(): ClientRecord[] {
    if (!this.clientRecords) {
      const { rows, map } = this.tableRows('clients');
      this.clientRecords = readClientRows(rows, map, this.context.timeZone());
    }
    return this.clientRecords;
  }

  settingsRows(): SettingRow[] {
    if (!this.settingRows) {
      const { rows, map } = this.tableRows('settings');
      this.settingRows = readSettingRows(rows, map, this.context.timeZone());
    }
    return this.settingRows;
  }

  settings(): { settings: Settings; problems: SettingProblem[]; raw: Record<string, string> } {
    if (!this.parsedSettings) {
      const raw: Record<string, string> = {};
      // Choice settings hold a label in the sheet; the rest of the add-on speaks in their values.
      for (const row of this.settingsRows())
        raw[row.key] = resolveSettingChoice(row.key as SettingKey, row.value) ?? row.value;
      this.parsedSettings = { ...parseSettings(raw, resolveSettingChoice), raw };
    }
    return this.parsedSettings;
  }

  /** Settings if this execution already read them (no extra read just to pick a language). */
  cachedSettings(): Settings | null {
    return this.parsedSettings?.settings ?? null;
  }

  quotesOf(orderNo: string): Quote[] {
    return this.documents.quotesOf(orderNo).map((s) => s.quote);
  }

  findQuote(number: string): Quote | null {
    const orderNo = this.documents.orderOfQuote(number);
    return orderNo ? (this.quotesOf(orderNo).find((q) => q.number === number) ?? null) : null;
  }

  confirmationOf(orderNo: string): Confirmation | null {
    return this.documents.confirmationOf(orderNo)?.confirmation ?? null;
  }

  rateCard(): RateCardEntry[] {
    return this.documents.rateCard();
  }

  invoicesOf(orderNo: string): InvoiceRecord[] {
    return this.invoices.invoicesOf(orderNo);
  }

  findInvoice(id: string): InvoiceRecord | null {
    const orderNo = this.invoices.orderOfInvoice(id);
    return orderNo ? (this.invoicesOf(orderNo).find((r) => r.invoice.id === id) ?? null) : null;
  }

  invoiceNumbers(): string[] {
    return this.invoices.allNumbers();
  }

  invoiceHeads(): InvoiceHead[] {
    if (!this.heads) {
      const { rows, map } = this.tableRows('invoices');
      const zone = this.context.timeZone();
      this.heads = [];
      rows.forEach((cells, i) => {
        const r = readInvoiceRow(cells, i + 2, map, zone);
        if (r.invoice.id !== '')
          this.heads?.push({ invoice: r.invoice, dueCents: r.shown.due ?? 0, row: r.row });
      });
    }
    return this.heads;
  }

  importedSources(): Set<string> {
    const values = this.table('payments').columnValues('source');
    return new Set(values.map((v) => String(v ?? '').trim()).filter(Boolean));
  }

  paymentsOf(invoiceId: string): Payment[] {
    const { rows, map } = this.table('payments').readKeyed([invoiceId], 'invoiceId');
    const zone = this.context.timeZone();
    return rows.map((r) => readPaymentRow(r.cells, map, zone)).sort((a, b) => a.date.localeCompare(b.date));
  }

  lettersOf(invoiceId: string): DunningRecord[] {
    const { rows, map } = this.table('dunning').readKeyed([invoiceId], 'invoiceId');
    const zone = this.context.timeZone();
    return rows.map((r) => readDunningRow(r.cells, map, zone)).sort((a, b) => a.date.localeCompare(b.date));
  }

  bankMapping(signature: string): ColumnMapping | null {
    try {
      const value = this.context.props()[PROP_BANK_MAPPING + signature];
      return value ? (JSON.parse(value) as ColumnMapping) : null;
    } catch {
      return null;
    }
  }

  highWater(range: string): number {
    return Number(this.context.props()[PROP_SEQ + range] ?? 0) || 0;
  }

  project(): ProjectReader {
    this.projectReader =
      this.projectReader ??
      new ProjectReader(
        { table: (key) => this.table(key), timeZone: () => this.context.timeZone() },
        this.context,
      );
    return this.projectReader;
  }

  activeOrderRow(): number | null {
    const sheet = this.context.sheet('orders');
    if (!sheet) return null;
    const active = this.context.ss().getActiveSheet();
    if (active.getSheetId() !== sheet.getSheetId()) return null;
    const cell = this.context.ss().getCurrentCell();
    const row = cell ? cell.getRow() : 0;
    return row >= 2 ? row : null;
  }
}
