// Receivables on the built bundle: issue -> bank import -> part paid -> overdue -> reminder -> dunning letter
// with interest, sent with its PDF -> paid; re-import adds nothing; blocks, bad files and unknown layouts.
import type { AddOn } from '../../emulator/addon';
import type { ErrorDto, Result } from '../../src/shared/contract';
import type {
  DunningPreviewDto,
  DunningResultDto,
  ImportResultDto,
  OpenItemsDto,
  PaymentResultDto,
  StatementPreviewDto,
} from '../../src/shared/receivablesContract';
import { sparkasseCsv } from '../mothers/statementMother';
import { consistencyProblems } from '../support/consistency';
import { confirmedOrder, issuedInvoice, setUpAgency } from '../support/invoiceScenario';
import { ok, rowsOf } from '../support/scenario';

function statement(lines: [string, string, string, string][]): string {
  return sparkasseCsv(lines.map(([date, text, payer, amount]) => ({ date, text, payer, amount })));
}

function fail(result: Result<unknown>): ErrorDto {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.data).slice(0, 200)}`);
  return result.error;
}

function at(addOn: AddOn, iso: string): void {
  addOn.emulator.clock.set(new Date(`${iso}T09:00:00Z`));
}

const text = (content: string) => ({
  fileName: 'auszug.csv',
  encoding: 'text' as const,
  content,
  mapping: null,
});

describe('receivables (end to end on dist/Code.js)', () => {
  it('issue -> import -> part paid -> overdue -> reminder -> dunning letter with interest -> paid', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    const invoice = issuedInvoice(addOn, orderNo);
    const number = invoice.number;
    const due = invoice.dueDate as string;
    const gross = invoice.dueCents;

    // A statement paying 1,000.00 on it, naming the number in another spelling, plus a debit and a bad row.
    const csv = statement([
      ['20.06.26', `Rechnung ${number.replace(/-/g, ' ')} Teilzahlung`, 'Kunde GmbH', '1000,00'],
      ['20.06.26', 'Miete', 'Vermieter', '-500,00'],
      ['21.06.26', 'irgendwas', 'Jemand', '1.234,5x'],
    ]);
    const preview = ok(addOn.call<Result<StatementPreviewDto>>('statementPreview', text(csv)));
    if (preview.kind !== 'review') throw new Error('expected a review');
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]).toMatchObject({ kind: 'sure', invoiceId: invoice.id, amountCents: 100000 });
    expect(preview.skippedDebits).toBe(1);
    expect(preview.problems.map((p) => p.line)).toEqual([4]);
    const accept = [{ txId: preview.rows[0].txId, invoiceId: invoice.id }];
    const imported = ok(
      addOn.call<Result<ImportResultDto>>('statementImport', { statement: text(csv), accept }),
    );
    expect(imported).toMatchObject({ booked: 1, skipped: 0, totalCents: 100000 });
    // The same statement again books nothing.
    const again = ok(
      addOn.call<Result<ImportResultDto>>('statementImport', { statement: text(csv), accept }),
    );
    expect(again).toMatchObject({ booked: 0, skipped: 1 });
    expect(rowsOf(addOn, 'Zahlungen')).toHaveLength(1);
    const row = rowsOf(addOn, 'Rechnungen').find((r) => r['Rechnungsnr.'] === number);
    expect(row).toMatchObject({ Bezahlt: 1000, Offen: (gross - 100000) / 100 });

    // Coloured by conditional formats against TODAY(): amber within 7 days of the due date, red once overdue.
    const invoiceRow = rowsOf(addOn, 'Rechnungen').findIndex((r) => r['Rechnungsnr.'] === number) + 2;
    const orderRow = rowsOf(addOn, 'Aufträge').findIndex((r) => Object.values(r).includes(orderNo)) + 2;
    const colour = (sheet: string, row: number) =>
      addOn.emulator.effectiveStyle(sheet, row, 2).background?.toLowerCase();
    at(addOn, addDays(due, -3));
    expect(colour('Rechnungen', invoiceRow)).toBe('#fce8b2');
    expect(colour('Aufträge', orderRow)).toBe('#fce8b2');
    at(addOn, addDays(due, -10));
    expect(colour('Rechnungen', invoiceRow)).not.toBe('#fce8b2');

    // Overdue: the open items list it in 1-30; the reminder comes before default and claims nothing extra.
    at(addOn, addDays(due, 8));
    expect(colour('Rechnungen', invoiceRow)).toBe('#f4c7c3');
    expect(colour('Aufträge', orderRow)).toBe('#f4c7c3');
    const items = ok(addOn.call<Result<OpenItemsDto>>('receivablesLoad'));
    expect(items.items[0]).toMatchObject({
      number,
      daysOverdue: 8,
      bucket: 'd1to30',
      openCents: gross - 100000,
    });
    expect(items.items[0].next).toMatchObject({ level: 'reminder', isDue: true });
    // The default table ends with the half-year from 2026-01-01: a later day in default is an error, never a guess.
    const missing = fail(addOn.call('dunningPreview', { invoiceId: invoice.id }));
    expect(missing.code).toBe('err.dunning.baseRateMissing');
    expect(missing.message).toContain('01.07.2026');
    ok(
      addOn.call('sidebarSaveSettings', {
        'interest.baseRates': '01.01.2026: 1,27\n01.07.2026: 1,27\n01.01.2027: 1,27',
      }),
    );
    const reminder = ok(addOn.call<Result<DunningPreviewDto>>('dunningPreview', { invoiceId: invoice.id }));
    // In default since the day after the agreed due date (B2B): the 40 € lump sum is claimed once, here.
    expect(reminder).toMatchObject({
      level: 'reminder',
      openCents: gross - 100000,
      inDefault: true,
      lumpSumCents: 4000,
    });
    ok(
      addOn.call<Result<DunningResultDto>>('dunningCreate', {
        invoiceId: invoice.id,
        send: false,
        email: '',
      }),
    );

    // A block stops the next letter; lifting it lets it through, with interest and the 40 € lump sum (B2B).
    ok(addOn.call<Result<OpenItemsDto>>('dunningSetBlock', { orderNo, block: 'callFirst' }));
    at(addOn, addDays(due, 40));
    expect(
      fail(addOn.call('dunningCreate', { invoiceId: invoice.id, send: false, email: '' })).message,
    ).toContain('Mahnsperre');
    ok(addOn.call<Result<OpenItemsDto>>('dunningSetBlock', { orderNo, block: '' }));
    const first = ok(addOn.call<Result<DunningPreviewDto>>('dunningPreview', { invoiceId: invoice.id }));
    expect(first.level).toBe('first');
    expect(first.inDefault).toBe(true);
    expect(first.interestCents).toBeGreaterThan(0);
    // Claimed by the reminder already, so not again; the lump sum covers dunning costs, so no fee either.
    expect(first).toMatchObject({ lumpSumCents: 0, feeCents: 0 });
    expect(first.totalCents).toBe(first.openCents + first.interestCents);
    const sent = ok(
      addOn.call<Result<DunningResultDto>>('dunningCreate', {
        invoiceId: invoice.id,
        send: true,
        email: 'buchhaltung@kunde.example',
      }),
    );
    expect(sent.sentTo).toBe('buchhaltung@kunde.example');
    const mails = addOn.emulator.sentMails();
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['buchhaltung@kunde.example']);
    expect(mails[0].subject).toContain(number);
    expect(mails[0].attachments[0]).toMatchObject({ mimeType: 'application/pdf' });
    const letter = addOn.emulator.documentText(/\/d\/([^/]+)/.exec(sent.docUrl)?.[1] ?? '');
    expect(letter).toContain('1. Mahnung');
    expect(letter).toContain('Verzugszinsen');
    expect(rowsOf(addOn, 'Mahnwesen').map((r) => r.Stufe)).toEqual(['Zahlungserinnerung', '1. Mahnung']);

    // The rest paid by hand: settled, and the order is paid.
    const paid = ok(
      addOn.call<Result<PaymentResultDto>>('paymentRecord', {
        invoiceId: invoice.id,
        date: addDays(due, 40),
        amount: ((gross - 100000) / 100).toFixed(2).replace('.', ','),
        method: 'transfer',
        note: '',
      }),
    );
    expect(paid.items.items).toHaveLength(0);
    expect(colour('Rechnungen', invoiceRow)).not.toBe('#f4c7c3');
    const order = rowsOf(addOn, 'Aufträge').find((r) => Object.values(r).includes(orderNo));
    // The order's paid sum is the whole invoice (its stage moves to "paid" only from "invoiced").
    expect(Object.values(order ?? {})).toContain(gross / 100);
    expect(consistencyProblems(addOn)).toEqual([]);
  });

  it('an unknown CSV layout asks for a mapping once, then remembers it', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    const invoice = issuedInvoice(addOn, orderNo);
    const csv = `Datum;Wert;Name;Zweck\n20.06.2026;500,00;Kunde GmbH;${invoice.number}\n`;
    const first = ok(addOn.call<Result<StatementPreviewDto>>('statementPreview', text(csv)));
    expect(first.kind).toBe('mapping');
    const mapping = { date: 'Datum', amount: 'Wert', payer: 'Name', text: 'Zweck', decimal: ',' as const };
    const mapped = ok(addOn.call<Result<StatementPreviewDto>>('statementPreview', { ...text(csv), mapping }));
    if (mapped.kind !== 'review') throw new Error('expected a review');
    expect(mapped.rows[0]).toMatchObject({ kind: 'sure', amountCents: 50000 });
    ok(
      addOn.call('statementImport', {
        statement: { ...text(csv), mapping },
        accept: [{ txId: mapped.rows[0].txId, invoiceId: invoice.id }],
      }),
    );
    const later = ok(addOn.call<Result<StatementPreviewDto>>('statementPreview', text(csv)));
    expect(later.kind).toBe('review');
  });

  it('the opt-in digest: a daily trigger that mails the user what fell overdue, and nothing on quiet days', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    const invoice = issuedInvoice(addOn, orderNo);
    const due = invoice.dueDate as string;
    expect(ok(addOn.call<Result<{ enabled: boolean }>>('digestSet', { enabled: true })).enabled).toBe(true);
    ok(addOn.call('digestSet', { enabled: true }));
    expect(addOn.emulator.triggers().map((t) => t.handler)).toEqual(['digestDaily']);
    at(addOn, addDays(due, 1));
    addOn.emulator.clock.set(new Date(`${addDays(due, 1)}T05:00:00Z`));
    addOn.emulator.advanceWithTriggers(3 * 3_600_000);
    const mails = addOn.emulator.sentMails();
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('1 Rechnung');
    expect(mails[0].body).toContain(invoice.number);
    addOn.emulator.advanceWithTriggers(24 * 3_600_000);
    expect(addOn.emulator.sentMails()).toHaveLength(1);
    ok(addOn.call('digestSet', { enabled: false }));
    expect(addOn.emulator.triggers()).toEqual([]);
    expect(rowsOf(addOn, 'Protokoll').filter((r) => r.Aktion === 'Tägliche Übersicht geändert')).toHaveLength(
      2,
    );
  });

  it('refuses bad payment input naming the field and writes nothing', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    const invoice = issuedInvoice(addOn, orderNo);
    const error = fail(
      addOn.call('paymentRecord', {
        invoiceId: invoice.id,
        date: '31.02.2026',
        amount: '1.234,5x',
        method: 'cash',
        note: '',
      }),
    );
    expect(error.fields.map((f) => f.field).sort()).toEqual(['amount', 'date']);
    expect(rowsOf(addOn, 'Zahlungen')).toHaveLength(0);
    expect(fail(addOn.call('statementPreview', text('%PDF-1.4 binary'))).message).not.toBe('');
  });
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
