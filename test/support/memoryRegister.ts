// In-memory Register and Environment for use-case tests: same port contracts, no sheets.
import type {
  ChangeSet,
  ClientRecord,
  Environment,
  OrderRecord,
  ProjectRecords,
  Register,
  RegisterReader,
} from '../../src/app/ports';
import { resolveSettingChoice } from '../../src/app/settingsView';
import type { Client } from '../../src/domain/client';
import type { Invoice } from '../../src/domain/invoice/invoice';
import type { LogEntryDraft } from '../../src/domain/log';
import type { Order } from '../../src/domain/order';
import type { Confirmation } from '../../src/domain/quote/confirmation';
import type { Quote } from '../../src/domain/quote/quote';
import type { RateCardEntry } from '../../src/domain/quote/rateCard';
import { parseSettings, SETTING_DEFS } from '../../src/domain/settings';
import type { Lang } from '../../src/shared/i18n';

const EMPTY_PROJECT: ProjectRecords = {
  meetingsOf: () => [],
  findMeeting: () => null,
  itemsOf: () => [],
  timeOf: () => [],
  acceptancesOf: () => [],
  findAcceptance: () => null,
  followUpsOf: () => [],
  findFollowUp: () => null,
  allTime: () => [],
  allItems: () => [],
  allFollowUps: () => [],
  allConfirmations: () => new Map(),
  timeOfPerson: () => [],
  folderUrl: () => '',
};

export class MemoryRegister implements Register {
  orders: OrderRecord[] = [];
  clients: ClientRecord[] = [];
  settings: Record<string, string> = Object.fromEntries(SETTING_DEFS.map((d) => [d.key, d.default]));
  highWater: Record<string, number> = {};
  log: LogEntryDraft[] = [];
  activeRow: number | null = null;
  quotes: Quote[] = [];
  confirmations: Confirmation[] = [];
  rateCard: RateCardEntry[] = [];
  invoices: Invoice[] = [];
  commits = 0;

  constructor(
    orders: Order[] = [],
    clients: Client[] = [],
    readonly lang: Lang = 'de',
  ) {
    this.orders = orders.map((order, i) => ({ order, row: i + 2, problems: [] }));
    this.clients = clients.map((client, i) => ({ client, row: i + 2, problems: [] }));
  }

  private reader(): RegisterReader {
    return {
      lang: () => this.lang,
      isSetUp: () => true,
      settings: () => ({ ...parseSettings(this.settings, resolveSettingChoice), raw: { ...this.settings } }),
      orders: () => this.orders,
      clients: () => this.clients,
      quotesOf: (orderNo) =>
        this.quotes.filter((q) => q.orderNo === orderNo).sort((a, b) => a.version - b.version),
      findQuote: (number) => this.quotes.find((q) => q.number === number) ?? null,
      confirmationOf: (orderNo) => this.confirmations.filter((c) => c.orderNo === orderNo).pop() ?? null,
      rateCard: () => this.rateCard,
      invoicesOf: (orderNo) =>
        this.invoices.filter((i) => i.orderNo === orderNo).map((invoice) => ({ invoice, tampered: false })),
      findInvoice: (id) => {
        const invoice = this.invoices.find((i) => i.id === id);
        return invoice ? { invoice, tampered: false } : null;
      },
      invoiceNumbers: () => this.invoices.map((i) => i.number).filter(Boolean),
      // Receivables are tested on the bundle (test/e2e/receivables.test.ts); the use-case tests here hold none.
      invoiceHeads: () => [],
      importedSources: () => new Set<string>(),
      paymentsOf: () => [],
      lettersOf: () => [],
      bankMapping: () => null,
      highWater: (range) => this.highWater[range] ?? 0,
      activeOrderRow: () => this.activeRow,
      // The project sheets are tested on the bundle (test/e2e/project.test.ts); the use-case tests here hold none.
      project: () => EMPTY_PROJECT,
    };
  }

  read<T>(work: (reader: RegisterReader) => T): T {
    return work(this.reader());
  }

  transact<T>(work: (reader: RegisterReader) => { changes: ChangeSet; result: T }): T {
    const { changes, result } = work(this.reader());
    this.apply(changes);
    return result;
  }

  private apply(changes: ChangeSet): void {
    this.commits++;
    for (const order of changes.insertOrders ?? []) {
      this.orders.push({ order, row: this.orders.length + 2, problems: [] });
    }
    for (const { before, after } of changes.updateOrders ?? []) {
      const record = this.orders.find((r) => r.order.number === before.number);
      if (record) record.order = after;
    }
    for (const client of changes.insertClients ?? []) {
      this.clients.push({ client, row: this.clients.length + 2, problems: [] });
    }
    for (const { before, after } of changes.updateQuotes ?? []) {
      this.quotes = this.quotes.map((q) => (q.number === before.number ? after : q));
    }
    this.quotes.push(...(changes.insertQuotes ?? []));
    this.confirmations.push(...(changes.insertConfirmations ?? []));
    for (const { before, after } of changes.updateInvoices ?? []) {
      this.invoices = this.invoices.map((i) => (i.id === before.id ? after : i));
    }
    this.invoices.push(...(changes.insertInvoices ?? []));
    Object.assign(this.settings, changes.updateSettings ?? {});
    Object.assign(this.highWater, changes.highWater ?? {});
    this.log.push(...changes.log);
  }
}

export function fixedEnvironment(overrides: Partial<Environment> = {}): Environment {
  let ids = 0;
  return {
    newId: (prefix) => `${prefix}-test.${++ids}`,
    today: () => '2026-06-15',
    now: () => '2026-06-15T09:00:00Z',
    user: () => 'anna@pixelwerk.example',
    userLang: () => 'de',
    ...overrides,
  };
}
