// npm run bench: service round trips, CPU time and heap per user action on registers of 100 to 50,000
// orders, bundle sizes and load time; prints a table, writes bench/results/latest.json, enforces budgets.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { AddOn } from '../emulator/addon';
import { parseStatement } from '../src/domain/bank/statement';
import { matchCredits, type OpenInvoice } from '../src/domain/receivables/matching';
import type {
  ImportResultDto,
  OpenItemDto,
  OpenItemsDto,
  StatementImportInput,
  StatementInput,
  StatementPreviewDto,
} from '../src/shared/receivablesContract';
import { aNewClient, anInquiry, anInquiryFor } from '../test/mothers/inputMother';
import { aDraftInput, aPositionInput } from '../test/mothers/quoteMother';
import { SPARKASSE_HEADER, sparkasseLine } from '../test/mothers/statementMother';
import { DOCUMENT_CALL_MS, isRoundTrip, LIGHT_CALL_MS, roundTrips, SPREADSHEET_CALL_MS } from './latency';
import { SEEDED_INVOICE_NUMBER, seedRegister } from './seed';

const DIST = join(__dirname, '..', 'dist');
const budgets = JSON.parse(readFileSync(join(__dirname, '..', 'bench', 'budgets.json'), 'utf8'));
const sizes = (process.env.BENCH_SIZES ?? '100,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_CALLS=statement prints the service calls by method of every action whose name contains it. */
const SHOW_CALLS = process.env.BENCH_CALLS ?? '';

interface Action {
  name: string;
  /** Uncounted set-up for run i (a fresh order with a saved quote, say); its result goes to run. */
  prepare?(addOn: AddOn, i: number): unknown;
  run(addOn: AddOn, i: number, prepared: unknown): unknown;
  /** Checks a successful run's answer (untimed): a run that did nothing must not pass for a fast one. */
  verify?(result: unknown, prepared: unknown): void;
}

/** An action whose set-up hands its run a typed value. */
function typed<P>(action: {
  name: string;
  prepare(addOn: AddOn, i: number): P;
  run(addOn: AddOn, i: number, prepared: P): unknown;
  verify?(result: unknown, prepared: P): void;
}): Action {
  const { verify } = action;
  return {
    name: action.name,
    prepare: action.prepare,
    run: (a, i, prepared) => action.run(a, i, prepared as P),
    verify: verify && ((result, prepared) => verify(result, prepared as P)),
  };
}

/** The Result's data, or a thrown error naming the function: a failed set-up must not pass for a fast run. */
function data<T>(name: string, result: unknown): T {
  const r = result as { ok: boolean; data?: T; error?: { message: string } };
  if (!r?.ok) throw new Error(`${name} failed: ${r?.error?.message ?? JSON.stringify(result)}`);
  return r.data as T;
}

/** A new inquiry with a saved quote of n positions (every tenth optional); returns the quote's number. */
function orderWithQuote(a: AddOn, i: number, n: number): string {
  const order = data<{ number: string }>(
    'sidebarCreateInquiry',
    a.call('sidebarCreateInquiry', anInquiryFor('K-0001', { title: `Bench ${n} #${i}` })),
  );
  const positions = Array.from({ length: n }, (_, k) =>
    aPositionInput({
      id: `b${k + 1}`,
      description: `Leistung ${k + 1}`,
      quantity: String(1 + (k % 7)),
      unitPrice: `${80 + k},50`,
      optional: k % 10 === 9,
    }),
  );
  const saved = data<{ draft: unknown; base: { number: string } }>(
    'quoteSave',
    a.call('quoteSave', { orderNo: order.number, baseNumber: '', draft: aDraftInput({ positions }) }),
  );
  return saved.base.number;
}

/** An order with its accepted quote and confirmation; returns the order number. */
function confirmedQuoteOrder(a: AddOn, i: number): string {
  const quote = orderWithQuote(a, i, 5);
  data('quoteCreateDocument', a.call('quoteCreateDocument', { number: quote }));
  data('quoteAccept', a.call('quoteAccept', { number: quote, date: '', by: '', reference: '', options: [] }));
  const orderNo = quote.replace(/^A-(.*)-\d+$/, '$1');
  data(
    'confirmationCreate',
    a.call('confirmationCreate', { orderNo, deadline: '', milestones: [], deviationNote: '' }),
  );
  return orderNo;
}

function invoiceDraft(orderNo: string) {
  return {
    orderNo,
    type: 'standard',
    share: '',
    picks: [],
    supplyFrom: '2026-06-01',
    supplyTo: '2026-06-30',
    skontoPercent: '',
    skontoDays: '',
    resolved: [],
  };
}

function documentAction(n: number): Action {
  return {
    name: `create quote document (${n} positions)`,
    prepare: (a, i) => orderWithQuote(a, i, n),
    run: (a, _i, quote) => a.call('quoteCreateDocument', { number: quote }),
  };
}

/** A confirmed order with a drafted standard invoice; returns the invoice's id. */
function draftedInvoice(a: AddOn, i: number): string {
  const orderNo = confirmedQuoteOrder(a, i);
  const order = data<{ billing: { invoices: { id: string }[] } }>(
    'invoiceCreateDraft',
    a.call('invoiceCreateDraft', invoiceDraft(orderNo)),
  );
  return order.billing.invoices[0].id;
}

/** The open seeded invoices (bench/seed.ts numbers them RE-YYYY-NNNNN), by number; throws if the seed left none. */
function seededOpenItems(a: AddOn): { today: string; items: OpenItemDto[] } {
  const open = data<OpenItemsDto>('receivablesLoad', a.call('receivablesLoad'));
  const items = open.items
    .filter((item) => SEEDED_INVOICE_NUMBER.test(item.number))
    .sort((x, y) => x.number.localeCompare(y.number));
  if (items.length === 0) throw new Error('the seeded register holds no open invoice');
  return { today: open.today, items };
}

const STATEMENT_ROWS = 500;
/**
 * The credits naming an invoice number are spread over every open invoice (about 11 at 100 orders, 270 of the
 * 1,045 at 10,000): the calls must not depend on how many invoices one statement pays. (They did while the undo
 * journal listed every touched invoice; it now holds one id prefix, see src/gas/receivablesWriter.ts.)
 */
const STATEMENT_INVOICES = Number.POSITIVE_INFINITY;
const UNKNOWN_PAYERS = ['Max Mustermann', 'Erika Musterfrau', 'Nordlicht Events UG', 'Hans Schmidt'];

const euros = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/**
 * A bank statement of 500 rows booked today: every tenth a debit (skipped), the 450 credits ~60 % naming one of
 * ten open seeded invoices' numbers in the remittance text (small partial amounts, so they stay open run after run),
 * ~20 % an open invoice's exact amount by its client without a number (a suggestion at most), ~20 % unknown
 * payers. `tag` goes into every text, so each run's transactions are new ones (a re-import would skip them).
 */
function bankStatement(today: string, items: readonly OpenItemDto[], tag: string): StatementInput {
  const [year, month, day] = today.split('-');
  const date = `${day}.${month}.${year.slice(2)}`;
  const line = (text: string, payer: string, cents: number, kind = 'GUTSCHR. UEBERWEISUNG') =>
    sparkasseLine({ date, text, payer, amount: euros(cents), kind });
  const lines = Array.from({ length: STATEMENT_ROWS }, (_, k) => {
    if (k % 10 === 9)
      return line(`Miete Buero ${tag} ${k}`, 'Hausverwaltung Mitte GmbH', -(50_000 + k), 'DAUERAUFTRAG');
    const c = k - Math.floor(k / 10);
    const item = items[c % Math.min(items.length, STATEMENT_INVOICES)];
    switch (c % 5) {
      case 0:
      case 1:
      case 2: {
        // Some payers space the number out: "RE 2025 00042".
        const number = c % 2 ? item.number : item.number.replace(/-/g, ' ');
        return line(`Rechnung ${number} Teilzahlung ${tag}-${c}`, item.client, 100 + (c % 900));
      }
      case 3: {
        const other = items[items.length - 1 - (c % items.length)];
        return line(`Zahlung ${tag}-${c} Projekt`, other.client.toUpperCase(), other.openCents);
      }
      default:
        return line(`Gutschrift ${tag}-${c}`, UNKNOWN_PAYERS[c % UNKNOWN_PAYERS.length], 2_000 + c * 7);
    }
  });
  return {
    fileName: `auszug-${tag}.csv`,
    encoding: 'text',
    content: [SPARKASSE_HEADER, ...lines].join('\n'),
    mapping: null,
  };
}

function review(name: string, result: unknown): Extract<StatementPreviewDto, { kind: 'review' }> {
  const preview = data<StatementPreviewDto>(name, result);
  if (preview.kind !== 'review') throw new Error(`${name}: the statement was not recognised`);
  return preview;
}

/** The sure matches of a fresh statement, to book; throws if none (the import would measure nothing). */
function statementToImport(a: AddOn, i: number): StatementImportInput {
  const { today, items } = seededOpenItems(a);
  const statement = bankStatement(today, items, `I${i}`);
  const preview = review('statementPreview', a.call('statementPreview', statement));
  const accept = preview.rows
    .filter((r) => r.kind === 'sure' && r.invoiceId)
    .map((r) => ({ txId: r.txId, invoiceId: r.invoiceId as string }));
  if (accept.length === 0) throw new Error('statementPreview found no sure match to import');
  return { statement, accept };
}

/** Issued and unpaid: the 'issue invoice' flow, for a dunning letter. Returns the invoice's id. */
function issuedInvoice(a: AddOn, i: number): string {
  const id = draftedInvoice(a, i);
  data('invoiceIssue', a.call('invoiceIssue', { id }));
  return id;
}

function dunningAction(name: string, send: boolean): Action {
  return typed({
    name,
    prepare: issuedInvoice,
    // A month later: the invoice is overdue, so the reminder is due (a letter before its level is due is refused).
    run: (a, _i, invoiceId) => {
      const now = a.emulator.clock.now();
      a.emulator.clock.set(new Date(now.getTime() + 30 * 86_400_000));
      try {
        return a.call('dunningCreate', { invoiceId, send, email: send ? 'buchhaltung@kunde.example' : '' });
      } finally {
        a.emulator.clock.set(now);
      }
    },
  });
}

/**
 * Parsing and matching a statement in memory alone, without the register's reads and writes: the invoices as
 * the server would see them (every payable one, from the Invoices sheet) and the Payments sheet's transaction ids.
 */
function parseAndMatchMs(a: AddOn): number {
  const e = a.emulator;
  const { today, items } = e.uncounted(() => seededOpenItems(a));
  const statement = bankStatement(today, items, 'M');
  const [head, ...rows] = e.values('Rechnungen');
  const col = (name: string) => head.indexOf(name);
  const day = (v: unknown) =>
    v instanceof Date ? v.toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' }) : String(v ?? '');
  const cents = (v: unknown) => Math.round(Number(v || 0) * 100);
  const invoices: OpenInvoice[] = rows
    .filter((r) => r[col('Status')] === 'Gestellt' && cents(r[col('Zahlbetrag')]) > 0)
    .map((r) => {
      const dueCents = cents(r[col('Zahlbetrag')]);
      const settledCents = cents(r[col('Bezahlt')]) + cents(r[col('Skonto')]);
      return {
        id: String(r[col('ID')]),
        number: String(r[col('Rechnungsnr.')]),
        orderNo: String(r[col('Auftrag')]),
        clientName: JSON.parse(String(r[col('Daten')] || '{}')).recipient?.name ?? '',
        issueDate: day(r[col('Rechnungsdatum')]),
        dueDate: day(r[col('Fällig am')]) || null,
        dueCents,
        settledCents,
        openCents: Math.max(0, dueCents - settledCents),
        skonto: null,
      };
    });
  const payments = e.values('Zahlungen');
  const source = payments[0].indexOf('Bankbuchung');
  const imported = new Set(payments.slice(1).map((r) => String(r[source] ?? '')));
  const times: number[] = [];
  for (let i = 0; i < Math.max(3, RUNS); i++) {
    times.push(
      cpuMs(() => {
        const parsed = parseStatement(statement.content, null);
        if (parsed.kind !== 'parsed') throw new Error('the bench statement did not parse');
        const matches = matchCredits(parsed.transactions, invoices, imported);
        if (!matches.some((m) => m.kind === 'sure')) throw new Error('no sure match in memory');
      }),
    );
  }
  return Math.round(median(times) * 10) / 10;
}

/** Moves a user makes by hand (ordered and confirmed come from the quote flow, measured below). */
const TO_QUOTE = { target: 'quote', reason: '' };
const ON_HOLD = { target: 'onHold', reason: 'Kunde im Urlaub' };

const ACTIONS: Action[] = [
  // What the German menu binds (menu.ts): the page opens in the menu's language with no locale lookup.
  { name: 'open sidebar', run: (a) => a.call('menuOpenSidebarDe') },
  { name: 'load sidebar', run: (a) => a.call('sidebarLoad') },
  { name: 'active order', run: (a) => a.call('sidebarActiveOrder') },
  {
    name: 'create inquiry (existing client)',
    run: (a) => a.call('sidebarCreateInquiry', anInquiryFor('K-0001')),
  },
  {
    name: 'create inquiry (new client)',
    run: (a, i) => a.call('sidebarCreateInquiry', anInquiry({ newClient: aNewClient({ name: `Neu ${i}` }) })),
  },
  {
    // The newest order moves to Quote, then on hold and back, on hold and back, ...
    name: 'change stage',
    run: (a, i) =>
      a.call('sidebarChangeStage', {
        orderNo: a.emulator.values('Aufträge').at(-1)?.[0],
        ...(i % 2 === 0 ? TO_QUOTE : ON_HOLD),
      }),
  },
  {
    name: 'save settings',
    run: (a, i) => a.call('sidebarSaveSettings', { 'company.phone': `+49 30 ${1000 + i}` }),
  },
  { name: 'set up register again', run: (a) => a.call('menuSetupRegister') },
  {
    name: 'open quote editor',
    prepare: (a, i) => orderWithQuote(a, i, 5).replace(/^A-(.*)-\d+$/, '$1'),
    run: (a, _i, orderNo) => a.call('quoteLoadEditor', { orderNo }),
  },
  {
    name: 'save quote (20 positions)',
    prepare: (a, i) =>
      data<{ number: string }>(
        'sidebarCreateInquiry',
        a.call('sidebarCreateInquiry', anInquiryFor('K-0001', { title: `Save #${i}` })),
      ).number,
    run: (a, _i, orderNo) =>
      a.call('quoteSave', {
        orderNo,
        baseNumber: '',
        draft: aDraftInput({
          positions: Array.from({ length: 20 }, (_, k) => aPositionInput({ id: `s${k + 1}` })),
        }),
      }),
  },
  documentAction(5),
  documentAction(50),
  {
    name: 'accept quote',
    prepare: (a, i) => {
      const quote = orderWithQuote(a, i, 5);
      data('quoteCreateDocument', a.call('quoteCreateDocument', { number: quote }));
      return quote;
    },
    run: (a, _i, number) =>
      a.call('quoteAccept', { number, date: '', by: 'Kundin', reference: 'PO-1', options: [] }),
  },
  typed({
    name: 'draft invoice',
    prepare: confirmedQuoteOrder,
    run: (a, _i, orderNo) => a.call('invoiceCreateDraft', invoiceDraft(orderNo)),
  }),
  {
    name: 'issue invoice (5 positions)',
    prepare: (a, i) => draftedInvoice(a, i),
    run: (a, _i, id) => a.call('invoiceIssue', { id }),
  },
  {
    name: 'create confirmation',
    prepare: (a, i) => {
      const quote = orderWithQuote(a, i, 5);
      data('quoteCreateDocument', a.call('quoteCreateDocument', { number: quote }));
      data(
        'quoteAccept',
        a.call('quoteAccept', { number: quote, date: '', by: '', reference: '', options: [] }),
      );
      return quote.replace(/^A-(.*)-\d+$/, '$1');
    },
    run: (a, _i, orderNo) =>
      a.call('confirmationCreate', {
        orderNo,
        deadline: '2026-12-31',
        milestones: [{ date: '2026-11-15', label: 'Entwurf' }],
        deviationNote: '',
      }),
  },
  { name: 'open items', run: (a) => a.call('receivablesLoad') },
  typed({
    // A part payment typed in by hand, today, on another open seeded invoice each run.
    name: 'record payment',
    prepare: (a, i) => {
      const { today, items } = seededOpenItems(a);
      return { invoiceId: items[i % items.length].invoiceId, date: today };
    },
    run: (a, _i, { invoiceId, date }) =>
      a.call('paymentRecord', { invoiceId, date, amount: '10,00', method: 'transfer', note: 'Bench' }),
  }),
  typed({
    name: `preview bank statement (${STATEMENT_ROWS} rows)`,
    prepare: (a, i) => {
      const { today, items } = seededOpenItems(a);
      return bankStatement(today, items, `P${i}`);
    },
    run: (a, _i, statement) => a.call('statementPreview', statement),
    verify: (result) => {
      const preview = review('statementPreview', result);
      if (!preview.rows.some((r) => r.kind === 'sure')) throw new Error('statementPreview: no sure match');
    },
  }),
  typed({
    name: `import bank statement (${STATEMENT_ROWS} rows)`,
    prepare: statementToImport,
    run: (a, _i, input) => a.call('statementImport', input),
    verify: (result, input) => {
      const imported = data<ImportResultDto>('statementImport', result);
      if (imported.booked === 0 || imported.booked !== input.accept.length)
        throw new Error(`statementImport booked ${imported.booked} of ${input.accept.length} sure matches`);
    },
  }),
  dunningAction('dunning letter', false),
  dunningAction('dunning letter sent', true),
  typed({
    // A block on another seeded order with an open invoice each run.
    name: 'set dunning block',
    prepare: (a, i) => {
      const { items } = seededOpenItems(a);
      return items[items.length - 1 - (i % items.length)].orderNo;
    },
    run: (a, _i, orderNo) => a.call('dunningSetBlock', { orderNo, block: 'dispute' }),
  }),
];

/** A seeded running order (bench/seedProject.ts) and, for minutes, one of its jour fixes still without minutes. */
function seededMeeting(a: AddOn, i: number): { orderNo: string; meetingId: string } {
  const [head, ...rows] = a.emulator.values('Besprechungen');
  const col = (name: string) => head.indexOf(name);
  const open = rows.filter((r) => r[col('Art')] === 'Jour fixe' && r[col('Protokoll am')] === '');
  const row = open[(i * 7) % open.length];
  if (!row) throw new Error('the seed left no jour fixe without minutes');
  return { orderNo: String(row[col('Auftrag')]), meetingId: String(row[col('ID')]) };
}

const PROJECT_ACTIONS: Action[] = [
  typed({
    name: 'load project',
    prepare: seededMeeting,
    run: (a, _i, { orderNo }) => a.call('projectLoad', { orderNo }),
  }),
  typed({
    name: 'schedule kick-off',
    prepare: confirmedQuoteOrder,
    run: (a, _i, orderNo) =>
      a.call('kickoffSchedule', {
        orderNo,
        date: a.emulator.clock.now().toISOString().slice(0, 10),
        start: '23:00',
        durationMin: '60',
        place: 'Agentur',
        video: true,
        guests: 'kunde@kunde.example',
        openQuestions: 'Texte?\nBilder?',
      }),
  }),
  typed({
    // Minutes of a seeded jour fixe: two new action items, one closed, the open ones carried over.
    name: 'write minutes',
    prepare: seededMeeting,
    run: (a, _i, { meetingId }) =>
      a.call('minutesWrite', {
        meetingId,
        attendees: 'Kundin, Anna',
        notes: 'Entwürfe besprochen\nFarben abgestimmt',
        decisions: 'Variante B',
        close: [],
        items: [
          { text: 'Texte liefern', owner: 'Kundin', due: '' },
          { text: 'Bilder auswählen', owner: 'Anna', due: '' },
        ],
      }),
  }),
  typed({
    name: 'record time',
    prepare: seededMeeting,
    run: (a, i, { orderNo }) =>
      a.call('timeRecord', {
        orderNo,
        date: a.emulator.clock.now().toISOString().slice(0, 10),
        person: `bench${i}@pixelwerk.example`,
        service: 'Gestaltung',
        hours: '1,5',
        billable: true,
        note: '',
      }),
  }),
  {
    name: 'refresh deviations',
    run: (a) => a.call('deviationsRefresh'),
    verify: (result) => {
      const refreshed = data<{ checked: number }>('deviationsRefresh', result);
      if (refreshed.checked === 0) throw new Error('deviationsRefresh checked no order');
    },
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

interface Row {
  size: number;
  action: string;
  roundTrips: number;
  byService: Record<string, number>;
  cpuMs: number;
  heapMiB: number;
  projectedS: number;
  ok: boolean;
}

/** Each row's service calls by method, for the open-sidebar breakdown and for calls that differ by size. */
const callsOf = new WeakMap<Row, Record<string, number>>();
/** CPU ms of parsing and matching the 500-row statement in memory alone, per register size. */
const parseAndMatch: Record<number, number> = {};

function measure(size: number, htmlFiles: Record<string, string>): Row[] {
  const addOn = seedRegister(size, htmlFiles);
  const e = addOn.emulator;
  // The user's cursor sits on an order row, as when they open the sidebar to work on it.
  // The same kind of order at every size: a closed one, with its quote, confirmation and invoices.
  const stages = e.values('Aufträge').map((r) => r[4]);
  const closedRow = stages.findIndex((stage, i) => i >= Math.min(size, 50) && stage === 'Abgeschlossen') + 1;
  e.uncounted(() => e.spreadsheet.getSheetByName('Aufträge')?.getRange(closedRow, 3).activate());
  const rows: Row[] = [];
  for (const action of [...ACTIONS, ...PROJECT_ACTIONS]) {
    const cpu: number[] = [];
    let calls: Record<string, number> = {};
    let heapPeak = 0;
    let ok = true;
    for (let i = 0; i < RUNS; i++) {
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const prepared = action.prepare ? e.uncounted(() => action.prepare?.(addOn, i) ?? '') : '';
      e.calls.reset();
      let result: unknown;
      cpu.push(cpuMs(() => (result = action.run(addOn, i, prepared))));
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapBefore);
      if (i === 0) calls = e.calls.byName();
      if (result && typeof result === 'object' && 'ok' in result && !(result as { ok: boolean }).ok)
        ok = false;
      else action.verify?.(result, prepared);
    }
    const trips = roundTrips(calls);
    const cpuMedian = median(cpu);
    const row: Row = {
      size,
      action: action.name,
      roundTrips: trips.count,
      byService: trips.byService,
      cpuMs: Math.round(cpuMedian * 10) / 10,
      heapMiB: Math.round((heapPeak / 2 ** 20) * 10) / 10,
      projectedS: Math.round((trips.projectedMs + cpuMedian) / 100) / 10,
      ok,
    };
    callsOf.set(row, calls);
    if (SHOW_CALLS && action.name.includes(SHOW_CALLS))
      console.log(`${action.name} @${size}: ${JSON.stringify(calls)}`);
    rows.push(row);
  }
  parseAndMatch[size] = parseAndMatchMs(addOn);
  return rows;
}

/** The methods whose call counts differ between two runs of an action: "Sheet.getRange 12 -> 14". */
function callDiff(before: Record<string, number>, after: Record<string, number>): string {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((m) => (before[m] ?? 0) !== (after[m] ?? 0))
    .map((m) => `${m} ${before[m] ?? 0} -> ${after[m] ?? 0}`)
    .join(', ');
}

function bundleFigures() {
  const files = readdirSync(DIST).filter((f) => f.endsWith('.js') || f.endsWith('.html'));
  const sizesKiB = Object.fromEntries(
    files.map((f) => [f, Math.round((statSync(join(DIST, f)).size / 1024) * 10) / 10]),
  );
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
  const loads: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = process.hrtime.bigint();
    new vm.Script(code).runInContext(vm.createContext({}));
    loads.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { sizesKiB, loadMs: Math.round(median(loads) * 10) / 10 };
}

function main(): void {
  const htmlFiles = Object.fromEntries(
    readdirSync(DIST)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), readFileSync(join(DIST, f), 'utf8')]),
  );
  const bundle = bundleFigures();
  const rows = sizes.flatMap((size) => measure(size, htmlFiles));
  const failures: string[] = [];
  for (const [file, kib] of Object.entries(bundle.sizesKiB)) {
    const limit = file.endsWith('.js') ? budgets.bundleKiB : budgets.htmlKiB;
    if (kib > limit) failures.push(`${file} is ${kib} KiB (budget ${limit})`);
  }
  for (const size of sizes) {
    const calls = (n: number) =>
      rows.find((r) => r.size === size && r.action === `create quote document (${n} positions)`)
        ?.roundTrips ?? 0;
    const perPosition = (calls(50) - calls(5)) / 45;
    if (perPosition > budgets.documentCallsPerPosition)
      failures.push(
        `quote document @${size}: ${perPosition.toFixed(1)} calls per position (budget ${budgets.documentCallsPerPosition})`,
      );
  }
  for (const row of rows) {
    const limit = budgets.roundTrips[row.action];
    if (limit !== undefined && row.roundTrips > limit)
      failures.push(`${row.action} @${row.size}: ${row.roundTrips} round trips (budget ${limit})`);
    if (!row.ok) failures.push(`${row.action} @${row.size} returned an error`);
    const smallest = rows.find((r) => r.action === row.action && r.size === sizes[0]);
    if (budgets.sameCallsAtEverySize && smallest && smallest.roundTrips !== row.roundTrips) {
      failures.push(
        `${row.action}: ${smallest.roundTrips} round trips at ${sizes[0]} orders but ${row.roundTrips} at ${row.size} (${callDiff(callsOf.get(smallest) ?? {}, callsOf.get(row) ?? {})})`,
      );
    }
  }
  // The issue's target for opening the sidebar, printed with its calls by method (roundTrips enforces it).
  const sidebarTarget = budgets.openSidebarTarget as number;
  const openSidebar = rows
    .filter((r) => r.action === 'open sidebar')
    .map((r) => ({ size: r.size, roundTrips: r.roundTrips, calls: callsOf.get(r) ?? {} }));

  console.log(
    `\nLatency model: ${SPREADSHEET_CALL_MS} ms per spreadsheet or Drive call, ${LIGHT_CALL_MS} ms per properties/lock/session call, ${DOCUMENT_CALL_MS} ms per document element call (bench/latency.ts)`,
  );
  console.log(
    `Bundle: ${Object.entries(bundle.sizesKiB)
      .map(([f, k]) => `${f} ${k} KiB`)
      .join(', ')}; load in a fresh vm ${bundle.loadMs} ms\n`,
  );
  console.log('| action | orders | round trips | by service | CPU ms (median) | heap MiB | projected s |');
  console.log('|---|---:|---:|---|---:|---:|---:|');
  for (const r of rows) {
    const services = Object.entries(r.byService)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ');
    console.log(
      `| ${r.action} | ${r.size} | ${r.roundTrips} | ${services} | ${r.cpuMs} | ${r.heapMiB} | ${r.projectedS} |`,
    );
  }
  console.log(
    `\nParsing and matching the ${STATEMENT_ROWS}-row statement in memory (no register reads or writes), CPU ms: ${sizes.map((s) => `${parseAndMatch[s]} at ${s} orders`).join(', ')}`,
  );
  for (const { size, roundTrips: trips, calls } of openSidebar) {
    const methods = (remote: boolean) =>
      Object.entries(calls)
        .filter(([m]) => (isRoundTrip(m) || m === 'Menu.addToUi') === remote)
        .map(([m, n]) => `${m} ${n}`)
        .join(', ') || 'none';
    console.log(
      `Open sidebar @${size}: ${trips} service calls, target <= ${sidebarTarget} ${trips <= sidebarTarget ? 'met' : 'NOT met '}: ${methods(true)}; local builders: ${methods(false)}`,
    );
  }
  writeFileSync(
    join(__dirname, '..', 'bench', 'results', 'latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), sizes, runs: RUNS, latency: { SPREADSHEET_CALL_MS, LIGHT_CALL_MS, DOCUMENT_CALL_MS }, bundle, rows, statementParseAndMatchCpuMs: parseAndMatch, openSidebar: { target: sidebarTarget, bySize: openSidebar }, failures }, null, 2)}\n`,
  );
  if (failures.length > 0) {
    console.error(`\nBudgets broken:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets held.');
}

main();
