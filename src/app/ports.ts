// Ports: what use cases need from the outside world, implemented on Apps Script in src/gas.
import type { Client } from '../domain/client';
import type { IsoDate } from '../domain/dates';
import type { LogEntryDraft } from '../domain/log';
import type { Order } from '../domain/order';
import type { SettingProblem, Settings } from '../domain/settings';
import type { Lang } from '../shared/i18n';

export interface Problem {
  column: string;
  value: string;
}

export interface OrderRecord {
  order: Order;
  row: number;
  problems: Problem[];
}

export interface ClientRecord {
  client: Client;
  row: number;
  problems: Problem[];
}

/** Reads the register; each table is read at most once per execution. */
export interface RegisterReader {
  /** Language the register's headers and choice labels are written in. */
  lang(): Lang;
  isSetUp(): boolean;
  settings(): { settings: Settings; problems: SettingProblem[]; raw: Record<string, string> };
  orders(): OrderRecord[];
  clients(): ClientRecord[];
  /** Highest number ever allocated in a counting range (numbers are never reused). */
  highWater(range: string): number;
  /** The sheet row of the cell the user has selected in the Orders sheet, or null. */
  activeOrderRow(): number | null;
}

/** Everything one user action changes, written together or not at all. */
export interface ChangeSet {
  insertOrders?: Order[];
  updateOrders?: { before: Order; after: Order }[];
  insertClients?: Client[];
  updateSettings?: Record<string, string>;
  highWater?: Record<string, number>;
  log: LogEntryDraft[];
}

export interface Register {
  /** Reads without the lock (views). */
  read<T>(work: (reader: RegisterReader) => T): T;
  /** Reads and writes under the document lock; the change set lands whole or not at all. */
  transact<T>(work: (reader: RegisterReader) => { changes: ChangeSet; result: T }): T;
}

export interface Environment {
  today(): IsoDate;
  /** Current instant, ISO 8601 in UTC to the second. */
  now(): string;
  user(): string;
  /** The user's own language (from the Google account locale). */
  userLang(): Lang;
}

/** UI actions the server performs itself (select a row). */
export interface Workbook {
  selectOrderRow(row: number): void;
}
