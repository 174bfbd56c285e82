// npm run bench: service round trips, CPU time and heap per user action on registers of 100 to 50,000
// orders, bundle sizes and load time; prints a table, writes bench/results/latest.json, enforces budgets.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { AddOn } from '../emulator/addon';
import { aNewClient, anInquiry, anInquiryFor } from '../test/mothers/inputMother';
import { aDraftInput, aPositionInput } from '../test/mothers/quoteMother';
import { DOCUMENT_CALL_MS, LIGHT_CALL_MS, roundTrips, SPREADSHEET_CALL_MS } from './latency';
import { seedRegister } from './seed';

const DIST = join(__dirname, '..', 'dist');
const budgets = JSON.parse(readFileSync(join(__dirname, '..', 'bench', 'budgets.json'), 'utf8'));
const sizes = (process.env.BENCH_SIZES ?? '100,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Action {
  name: string;
  /** Uncounted set-up for run i (a fresh order with a saved quote, say); its result goes to run. */
  prepare?(addOn: AddOn, i: number): string;
  run(addOn: AddOn, i: number, prepared: string): unknown;
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

/** Moves a user makes by hand (ordered and confirmed come from the quote flow, measured below). */
const TO_QUOTE = { target: 'quote', reason: '' };
const ON_HOLD = { target: 'onHold', reason: 'Kunde im Urlaub' };

const ACTIONS: Action[] = [
  { name: 'open sidebar', run: (a) => a.call('menuOpenSidebar') },
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
  {
    name: 'draft invoice',
    prepare: (a, i) => confirmedQuoteOrder(a, i),
    run: (a, _i, orderNo) => a.call('invoiceCreateDraft', invoiceDraft(orderNo)),
  },
  {
    name: 'issue invoice (5 positions)',
    prepare: (a, i) => {
      const orderNo = confirmedQuoteOrder(a, i);
      const order = data<{ billing: { invoices: { id: string }[] } }>(
        'invoiceCreateDraft',
        a.call('invoiceCreateDraft', invoiceDraft(orderNo)),
      );
      return order.billing.invoices[0].id;
    },
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

function measure(size: number, htmlFiles: Record<string, string>): Row[] {
  const addOn = seedRegister(size, htmlFiles);
  const e = addOn.emulator;
  // The user's cursor sits on an order row, as when they open the sidebar to work on it.
  e.uncounted(() =>
    e.spreadsheet
      .getSheetByName('Aufträge')
      ?.getRange(Math.min(size, 50) + 1, 3)
      .activate(),
  );
  const rows: Row[] = [];
  for (const action of ACTIONS) {
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
      if (result && typeof result === 'object' && 'ok' in result && !(result as { ok: boolean }).ok)
        ok = false;
      if (i === 0) calls = e.calls.byName();
    }
    const trips = roundTrips(calls);
    const cpuMedian = median(cpu);
    rows.push({
      size,
      action: action.name,
      roundTrips: trips.count,
      byService: trips.byService,
      cpuMs: Math.round(cpuMedian * 10) / 10,
      heapMiB: Math.round((heapPeak / 2 ** 20) * 10) / 10,
      projectedS: Math.round((trips.projectedMs + cpuMedian) / 100) / 10,
      ok,
    });
  }
  return rows;
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
        `${row.action}: ${smallest.roundTrips} round trips at ${sizes[0]} orders but ${row.roundTrips} at ${row.size}`,
      );
    }
  }

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
  writeFileSync(
    join(__dirname, '..', 'bench', 'results', 'latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), sizes, runs: RUNS, latency: { SPREADSHEET_CALL_MS, LIGHT_CALL_MS, DOCUMENT_CALL_MS }, bundle, rows, failures }, null, 2)}\n`,
  );
  if (failures.length > 0) {
    console.error(`\nBudgets broken:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets held.');
}

main();
