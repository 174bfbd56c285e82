// Fault injection in receivables: the n-th service call of booking a payment, importing a statement and sending a
// dunning letter throws. Afterwards the sums match the payment rows, nothing is booked twice, no letter points at
// a missing document, and a retry succeeds.
import type { AddOn } from '../../emulator/addon';
import type { Result } from '../../src/shared/contract';
import type { StatementPreviewDto } from '../../src/shared/receivablesContract';
import { sparkasseCsv } from '../mothers/statementMother';
import { describeFaults, type FaultAction } from '../support/faultInjection';
import { fillInAgency, issuedInvoice } from '../support/invoiceScenario';
import { ok, rowsOf } from '../support/scenario';

/** Set-ups are reused per fault position; each builds its own register, so ids are the same in each. */
let invoiceId = '';
let invoiceNumber = '';
let txIds: string[] = [];

function issued(a: AddOn): void {
  fillInAgency(a);
  ({ id: invoiceId, number: invoiceNumber } = issuedInvoice(a));
}

const statement = () => ({
  fileName: 'auszug.csv',
  encoding: 'text' as const,
  mapping: null,
  content: sparkasseCsv(
    [1, 2, 3].map((k) => ({
      date: `1${k}.06.26`,
      text: `${invoiceNumber} Rate ${k}`,
      payer: 'Kunde',
      amount: '100,00',
      kind: 'GUTSCHR',
      payerIban: '',
      bic: '',
    })),
  ),
});

const ACTIONS: FaultAction[] = [
  {
    name: 'record a payment',
    prepare: issued,
    run: (a) =>
      a.call<Result<unknown>>('paymentRecord', {
        invoiceId,
        date: '15.06.2026',
        amount: '100,00',
        method: 'transfer',
        note: 'Rate 1',
      }),
    done: (a) => expect(rowsOf(a, 'Zahlungen').map((r) => r.Betrag)).toEqual([100]),
  },
  {
    name: 'import a statement',
    prepare: (a) => {
      issued(a);
      const s = statement();
      const preview = ok(a.call<Result<StatementPreviewDto>>('statementPreview', s));
      txIds = preview.kind === 'review' ? preview.rows.map((r) => r.txId) : [];
    },
    run: (a) => {
      const s = statement();
      return a.call<Result<unknown>>('statementImport', {
        statement: s,
        accept: txIds.map((txId) => ({ txId, invoiceId })),
      });
    },
    done: (a) => expect(rowsOf(a, 'Zahlungen').map((r) => r.Betrag)).toEqual([100, 100, 100]),
  },
  {
    name: 'send a dunning letter',
    // A month after issue the invoice is overdue and the reminder due; the rate table covers the days.
    prepare: (a) => {
      issued(a);
      ok(a.call('sidebarSaveSettings', { 'interest.baseRates': '01.01.2026: 1,27\n01.07.2026: 1,27' }));
      a.emulator.clock.set(new Date(a.emulator.clock.now().getTime() + 30 * 86_400_000));
    },
    run: (a) =>
      a.call<Result<unknown>>('dunningCreate', { invoiceId, send: true, email: 'buchhaltung@kunde.example' }),
    done: (a) => expect(rowsOf(a, 'Mahnwesen').map((r) => r.Stufe)).toEqual(['Zahlungserinnerung']),
  },
];

describeFaults(ACTIONS);
