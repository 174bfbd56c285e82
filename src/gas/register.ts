// The Register port on Apps Script: reads, and change sets written under the document lock with an undo journal.
import type { ChangeSet, Environment, Register, RegisterReader } from '../app/ports';
import { DomainError } from '../domain/errors';
import { chainLogEntries } from '../domain/log';
import { type GasContext, PROP_BANK_MAPPING, PROP_SEQ } from './context';
import {
  documentJournal,
  hasDocumentChanges,
  undoDocumentChanges,
  writeDocumentChanges,
} from './documentWriter';
import { hasInvoiceChanges, invoiceJournal, undoInvoiceChanges, writeInvoiceChanges } from './invoiceWriter';
import { type Journal, journalKeys, journalProps, readJournal } from './journal';
import {
  hasProjectChanges,
  projectJournal,
  projectTables,
  undoProjectChanges,
  writeProjectChanges,
} from './projectWriter';
import { GasRegisterReader } from './reader';
import {
  hasReceivablesChanges,
  receivablesJournal,
  undoReceivablesChanges,
  writeReceivablesChanges,
} from './receivablesWriter';
import { clientCells } from './rows/clientRows';
import { lastLogLink, logCells } from './rows/logRows';
import { changedOrderCells, orderCells } from './rows/orderRows';
import { settingValueCell } from './rows/settingRows';
import type { TableKey } from './schema';

/** The tables a change set writes to. */
function touchedTables(changes: ChangeSet): TableKey[] {
  const keys = new Set<TableKey>(['log']);
  if (
    changes.insertOrders?.length ||
    changes.updateOrders?.length ||
    changes.bookPayments?.orders.length ||
    changes.project?.orderFigures?.length
  )
    keys.add('orders');
  for (const key of projectTables(changes.project)) keys.add(key);
  if (changes.project?.milestoneProgress) keys.add('milestones');
  if (changes.insertClients?.length) keys.add('clients');
  if (changes.updateSettings) keys.add('settings');
  if (changes.insertInvoices?.length || changes.updateInvoices?.length || changes.bookPayments)
    keys.add('invoices');
  if (changes.bookPayments?.payments.length) keys.add('payments');
  if (changes.insertLetters?.length) keys.add('dunning');
  if (changes.insertQuotes?.length || changes.updateQuotes?.length) keys.add('quotes');
  if (changes.insertQuotes?.length || changes.updateQuotes?.length || changes.insertInvoices?.length)
    keys.add('positions');
  if (changes.insertConfirmations?.length) keys.add('confirmations');
  return [...keys];
}

/** How long a user action waits for another one to finish before saying "busy". */
export const LOCK_WAIT_MS = 10_000;

export class GasRegister implements Register {
  private lastReader: GasRegisterReader | null = null;

  constructor(
    readonly context: GasContext,
    private readonly env: Environment,
    private readonly newId: () => string,
  ) {}

  /** The reader of this execution, if any action read the register (for the UI language of errors). */
  currentReader(): GasRegisterReader | null {
    return this.lastReader;
  }

  read<T>(work: (reader: RegisterReader) => T): T {
    this.lastReader = this.lastReader ?? new GasRegisterReader(this.context);
    return work(this.lastReader);
  }

  transact<T>(work: (reader: RegisterReader) => { changes: ChangeSet; result: T }): T {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) throw new DomainError('err.busy');
    try {
      // What was read before the lock may be stale: another user may have written meanwhile.
      this.context.refresh();
      this.recover();
      const reader = new GasRegisterReader(this.context);
      this.lastReader = reader;
      const { changes, result } = work(reader);
      try {
        this.commit(reader, changes);
      } catch (error) {
        // Undo now, so the register is whole when the user looks; if that fails too, the next action will.
        try {
          this.recover();
        } catch {
          /* the journal stays for the next action */
        }
        throw error;
      }
      return result;
    } finally {
      try {
        lock.releaseLock();
      } catch {
        // Apps Script releases a lock when the execution ends; a committed change must not report failure.
      }
    }
  }

  /** Writes a change set: journal first, then the rows, then the log entry that marks it committed. */
  private commit(reader: GasRegisterReader, changes: ChangeSet): void {
    if (changes.log.length === 0) return;
    const lang = reader.lang();
    const log = reader.table('log');
    const { map: logMap, last } = log.readLast();
    const entries = chainLogEntries(lastLogLink(last, logMap).hash, changes.log, {
      at: this.env.now(),
      user: this.env.user(),
      newId: this.newId,
    });

    const orders =
      changes.insertOrders?.length || changes.updateOrders?.length ? reader.table('orders') : null;
    const orderRecords = orders ? reader.orders() : [];
    const clients = changes.insertClients?.length ? reader.table('clients') : null;
    if (clients) reader.clients();
    const settingRows = changes.updateSettings ? reader.settingsRows() : [];

    // Every sheet and column the change set writes is checked before the journal: a sheet deleted by hand
    // stops the action with a message here, instead of leaving a journal whose undo cannot find it either.
    for (const key of touchedTables(changes)) reader.table(key).columnMap();

    const journal: Journal = {
      logId: entries[entries.length - 1].id,
      inserts: [],
      orderBefore: (changes.updateOrders ?? []).map((u) => u.before),
      settingsBefore: {},
      highWaterBefore: {},
      documents: hasDocumentChanges(changes) ? documentJournal(changes) : undefined,
      invoices: hasInvoiceChanges(changes) ? invoiceJournal(changes) : undefined,
      receivables: hasReceivablesChanges(changes) ? receivablesJournal(changes) : undefined,
      project: hasProjectChanges(changes) ? projectJournal(changes, reader) : undefined,
    };
    const orderInsertRow = orders ? orders.nextRow() : 0;
    (changes.insertOrders ?? []).forEach((o, i) => {
      journal.inserts.push({ table: 'orders', key: o.number, row: orderInsertRow + i });
    });
    const clientInsertRow = clients ? clients.nextRow() : 0;
    (changes.insertClients ?? []).forEach((c, i) => {
      journal.inserts.push({ table: 'clients', key: c.id, row: clientInsertRow + i });
    });
    for (const key of Object.keys(changes.updateSettings ?? {})) {
      journal.settingsBefore[key] = settingRows.find((r) => r.key === key)?.value ?? '';
    }
    const seqProps: Record<string, string> = {};
    for (const [range, seq] of Object.entries(changes.highWater ?? {})) {
      journal.highWaterBefore[range] = this.context.props()[PROP_SEQ + range] ?? null;
      seqProps[PROP_SEQ + range] = String(seq);
    }
    this.context.setProps({ ...journalProps(journal), ...seqProps });
    const mappings = Object.entries(changes.rememberMapping ?? {});
    if (mappings.length > 0)
      this.context.setProps(
        Object.fromEntries(mappings.map(([sig, m]) => [PROP_BANK_MAPPING + sig, JSON.stringify(m)])),
      );

    if (clients) clients.append((changes.insertClients ?? []).map((c) => clientCells(c, lang)));
    if (orders) {
      const map = orders.columnMap();
      orders.append((changes.insertOrders ?? []).map((o, i) => orderCells(o, orderInsertRow + i, map, lang)));
      for (const { before, after } of changes.updateOrders ?? []) {
        const record = orderRecords.find((r) => r.order.number === before.number);
        if (!record) throw new DomainError('err.unknownOrder', { orderNo: before.number });
        orders.update(record.row, changedOrderCells(before, after, record.row, map, lang));
      }
    }
    if (changes.updateSettings) {
      const settings = reader.table('settings');
      for (const [key, value] of Object.entries(changes.updateSettings)) {
        const row = settingRows.find((r) => r.key === key);
        if (row) settings.update(row.row, { value: settingValueCell(key, value, lang) });
      }
    }
    if (journal.documents) writeDocumentChanges(reader, changes);
    if (journal.invoices) writeInvoiceChanges(reader, changes);
    if (journal.receivables) writeReceivablesChanges(reader, changes);
    if (journal.project) writeProjectChanges(reader, changes);
    log.append(entries.map((e) => logCells(e, lang)));
    // Committed: the log entry is there. Clearing the journal may fail; the next action then finds it done.
    try {
      this.context.deleteProps(journalKeys(this.context.props()));
    } catch {
      /* recover() will see the log entry and only clear the journal */
    }
  }

  /** Finishes what an interrupted execution left: committed (log entry there) or undone, never half. */
  private recover(): void {
    const keys = journalKeys(this.context.props());
    if (keys.length === 0) return;
    const journal = readJournal(this.context);
    if (journal) {
      const reader = new GasRegisterReader(this.context);
      const log = reader.table('log');
      const { map, last } = log.readLast();
      if (lastLogLink(last, map).id !== journal.logId) this.undo(reader, journal);
    }
    this.context.deleteProps(keys);
    this.context.refresh();
  }

  private undo(reader: GasRegisterReader, journal: Journal): void {
    const lang = reader.lang();
    for (const tableKey of ['orders', 'clients'] as const) {
      const inserts = journal.inserts.filter((i) => i.table === tableKey);
      if (inserts.length === 0) continue;
      const table = reader.table(tableKey);
      const { rows, map } = table.readAll();
      const keyIndex = map.get(table.def.keyColumn) as number;
      const doomed = new Set<number>();
      for (const insert of inserts) {
        // At its planned row: ours if it carries our key or no key yet (a partly written row).
        const planned = rows[insert.row - 2];
        const plannedKey = planned ? String(planned[keyIndex] ?? '').trim() : null;
        if (plannedKey === insert.key || plannedKey === '') doomed.add(insert.row);
        else {
          const found = rows.findIndex((r) => String(r[keyIndex] ?? '').trim() === insert.key);
          if (found >= 0) doomed.add(found + 2);
        }
      }
      table.deleteRows([...doomed]);
    }
    if (journal.orderBefore.length > 0) {
      const table = reader.table('orders');
      const records = reader.orders();
      const map = table.columnMap();
      for (const before of journal.orderBefore) {
        const record = records.find((r) => r.order.number === before.number);
        if (record) table.update(record.row, orderCells(before, record.row, map, lang));
      }
    }
    const settingsBefore = Object.entries(journal.settingsBefore);
    if (settingsBefore.length > 0) {
      const table = reader.table('settings');
      const rows = reader.settingsRows();
      for (const [key, value] of settingsBefore) {
        const row = rows.find((r) => r.key === key);
        if (row) table.update(row.row, { value: settingValueCell(key, value, lang) });
      }
    }
    if (journal.project) undoProjectChanges(reader, journal.project);
    if (journal.receivables) undoReceivablesChanges(reader, journal.receivables);
    if (journal.invoices) undoInvoiceChanges(reader, journal.invoices);
    if (journal.documents) undoDocumentChanges(reader, journal.documents);
    const seq = Object.entries(journal.highWaterBefore);
    if (seq.length > 0) {
      const restore: Record<string, string> = {};
      const remove: string[] = [];
      for (const [range, before] of seq) {
        if (before === null) remove.push(PROP_SEQ + range);
        else restore[PROP_SEQ + range] = before;
      }
      if (Object.keys(restore).length > 0) this.context.setProps(restore);
      this.context.deleteProps(remove);
    }
  }
}
