import {
  type BankCredit,
  type Match,
  matchCredits,
  type OpenInvoice,
} from '../../../src/domain/receivables/matching';
import { rfReferenceFor } from '../../../src/domain/receivables/reference';

function anInvoice(over: Partial<OpenInvoice> & Pick<OpenInvoice, 'id' | 'number'>): OpenInvoice {
  const dueCents = over.dueCents ?? 119_000;
  const settledCents = over.settledCents ?? 0;
  return {
    orderNo: 'A-2025-001',
    clientName: 'Müller GmbH',
    issueDate: '2025-06-01',
    dueDate: '2025-06-15',
    skonto: null,
    ...over,
    dueCents,
    settledCents,
    openCents: Math.max(0, dueCents - settledCents),
  };
}

let nextId = 1;
function aCredit(over: Partial<BankCredit> = {}): BankCredit {
  const n = nextId++;
  return {
    id: `T-${n}`,
    bookingDate: '2025-06-11',
    amountCents: 119_000,
    payer: 'Someone Else',
    payerIban: 'DE89370400440532013000',
    text: '',
    reference: '',
    line: n,
    ...over,
  };
}

/** Müller owes 1,190.00 with 2 % Skonto in 14 days; Nordlicht twice 500.00; Sonnenschein the look-alike number. */
const invoices: OpenInvoice[] = [
  anInvoice({ id: 'A', number: 'RE-2025-0042', skonto: { percentBp: 200, days: 14 } }),
  anInvoice({ id: 'B', number: 'RE-2025-0043', clientName: 'Nordlicht AG', dueCents: 50_000 }),
  anInvoice({ id: 'C', number: 'RE-2025-00421', clientName: 'Sonnenschein KG', dueCents: 23_800 }),
  anInvoice({ id: 'D', number: 'RE-2025-0050', clientName: 'Nordlicht AG', dueCents: 50_000 }),
];

const none = new Set<string>();
const one = (credit: BankCredit, imported: ReadonlySet<string> = none): Match =>
  matchCredits([credit], invoices, imported)[0];
const brief = (m: Match) => ({
  kind: m.kind,
  via: m.via,
  invoiceId: m.invoiceId,
  status: m.settlement?.status,
});

describe('matchCredits: RF creditor reference first (G 30)', () => {
  it('the structured reference field of one invoice: sure, paid', () => {
    const m = one(aCredit({ reference: rfReferenceFor('RE-2025-0042') }));
    expect(brief(m)).toEqual({ kind: 'sure', via: 'reference', invoiceId: 'A', status: 'paid' });
    expect(m.alternatives).toEqual([]);
    expect(m.settlement).toEqual({ status: 'paid', skontoCents: 0, openAfter: 0, overpaidCents: 0 });
  });

  it('a reference in the text, written in groups', () => {
    const ref = rfReferenceFor('RE-2025-0043').replace(/(.{4})/g, '$1 ');
    const m = one(aCredit({ amountCents: 50_000, text: `SVWZ+${ref}` }));
    expect(brief(m)).toEqual({ kind: 'sure', via: 'reference', invoiceId: 'B', status: 'paid' });
  });

  it('wins over an invoice number in the text', () => {
    const m = one(
      aCredit({ reference: rfReferenceFor('RE-2025-0043'), text: 'RE-2025-0042', amountCents: 50_000 }),
    );
    expect(brief(m)).toMatchObject({ via: 'reference', invoiceId: 'B' });
  });

  it('an RF reference that is not ours falls through to the number', () => {
    const m = one(aCredit({ reference: 'RF18539007547034', text: 'Rechnung RE-2025-0042' }));
    expect(brief(m)).toEqual({ kind: 'sure', via: 'number', invoiceId: 'A', status: 'paid' });
  });
});

describe('matchCredits: invoice number in the remittance text', () => {
  it.each(['re 2025 0042', 'RE2025/0042', 'Rechnung Nr. RE-2025-0042 vom 01.06.2025', 'RE-2025-0042'])(
    '"%s" -> RE-2025-0042, sure',
    (text) => {
      expect(brief(one(aCredit({ text })))).toEqual({
        kind: 'sure',
        via: 'number',
        invoiceId: 'A',
        status: 'paid',
      });
    },
  );

  it('RE-2025-00421 is its own invoice, not RE-2025-0042', () => {
    const m = one(aCredit({ text: 'Rechnung RE-2025-00421', amountCents: 23_800 }));
    expect(brief(m)).toEqual({ kind: 'sure', via: 'number', invoiceId: 'C', status: 'paid' });
  });

  it('gross less Skonto on day 10 of 14: paid with Skonto', () => {
    const m = one(aCredit({ text: 'RE-2025-0042', amountCents: 116_620, bookingDate: '2025-06-11' }));
    expect(m.settlement).toEqual({
      status: 'paidWithSkonto',
      skontoCents: 2_380,
      openAfter: 0,
      overpaidCents: 0,
    });
  });

  it('the Skonto amount paid after the period: partial, the rest open', () => {
    const m = one(aCredit({ text: 'RE-2025-0042', amountCents: 116_620, bookingDate: '2025-06-16' }));
    expect(m.settlement).toEqual({ status: 'partial', skontoCents: 0, openAfter: 2_380, overpaidCents: 0 });
  });

  it('less is partial, more is overpaid', () => {
    expect(one(aCredit({ text: 'RE-2025-0042', amountCents: 19_000 })).settlement).toMatchObject({
      status: 'partial',
      openAfter: 100_000,
    });
    expect(one(aCredit({ text: 'RE-2025-0042', amountCents: 120_000 })).settlement).toMatchObject({
      status: 'overpaid',
      overpaidCents: 1_000,
    });
  });

  it('two numbers in one text: a suggestion listing both, no invoice chosen', () => {
    const m = one(aCredit({ text: 'RE-2025-0043 und RE-2025-0042', amountCents: 169_000 }));
    expect(brief(m)).toEqual({ kind: 'suggestion', via: 'number', invoiceId: null, status: undefined });
    expect(m.alternatives).toEqual(['B', 'A']);
  });

  it('two numbers, the amount paying exactly one of them: that one suggested, both listed', () => {
    const m = one(aCredit({ text: 'RE-2025-0042, RE-2025-0043', amountCents: 50_000 }));
    expect(brief(m)).toEqual({ kind: 'suggestion', via: 'number', invoiceId: 'B', status: 'paid' });
    expect(m.alternatives).toEqual(['A', 'B']);
  });

  it('an invoice partly paid before: the credit of the rest pays it', () => {
    const partly = [anInvoice({ id: 'P', number: 'RE-2025-0099', settledCents: 50_000 })];
    const [m] = matchCredits([aCredit({ text: 'RE-2025-0099', amountCents: 69_000 })], partly, none);
    expect(m.settlement).toEqual({ status: 'paid', skontoCents: 0, openAfter: 0, overpaidCents: 0 });
  });
});

describe('matchCredits: exact amount plus payer name, a suggestion only', () => {
  it('"MUELLER" paying the open amount of "Müller GmbH": suggestion', () => {
    const m = one(aCredit({ payer: 'MUELLER', amountCents: 119_000, text: 'Danke' }));
    expect(brief(m)).toEqual({ kind: 'suggestion', via: 'amountPayer', invoiceId: 'A', status: 'paid' });
    expect(m.alternatives).toEqual([]);
  });

  it('the payer name may contain more words than the client name, in other case and spelling', () => {
    for (const payer of ['Hans Müller', 'MULLER GMBH', 'müller gmbh & co. kg', 'Mueller, Hans']) {
      expect(one(aCredit({ payer, amountCents: 119_000 })).invoiceId).toBe('A');
    }
  });

  it('the exact amount less Skonto within the period: suggestion paid with Skonto; after it: nothing', () => {
    const inPeriod = one(aCredit({ payer: 'Mueller', amountCents: 116_620, bookingDate: '2025-06-15' }));
    expect(brief(inPeriod)).toEqual({
      kind: 'suggestion',
      via: 'amountPayer',
      invoiceId: 'A',
      status: 'paidWithSkonto',
    });
    const late = one(aCredit({ payer: 'Mueller', amountCents: 116_620, bookingDate: '2025-06-16' }));
    expect(late.kind).toBe('unmatched');
  });

  it('amount alone never matches; name alone neither; a payer that only contains part of the client name neither', () => {
    expect(one(aCredit({ payer: 'Schulze', amountCents: 119_000 })).kind).toBe('unmatched');
    expect(one(aCredit({ payer: 'Müller GmbH', amountCents: 118_999 })).kind).toBe('unmatched');
    expect(one(aCredit({ payer: 'Müllermann', amountCents: 119_000 })).kind).toBe('unmatched');
    expect(one(aCredit({ payer: 'Sonnen', amountCents: 23_800 })).kind).toBe('unmatched');
  });

  it('two invoices of the same client with the same open amount: a suggestion listing both', () => {
    const m = one(aCredit({ payer: 'NORDLICHT', amountCents: 50_000 }));
    expect(brief(m)).toEqual({ kind: 'suggestion', via: 'amountPayer', invoiceId: null, status: undefined });
    expect(m.alternatives).toEqual(['B', 'D']);
  });
});

describe('matchCredits: duplicates (G 31) and several credits in one statement', () => {
  it('a credit imported before is a duplicate and changes nothing', () => {
    const imported = aCredit({ text: 'RE-2025-0042' });
    const later = aCredit({ text: 'RE-2025-0042' });
    const [dup, next] = matchCredits([imported, later], invoices, new Set([imported.id]));
    expect(dup).toEqual({
      credit: imported,
      kind: 'duplicate',
      via: null,
      invoiceId: null,
      settlement: null,
      alternatives: [],
    });
    expect(next.settlement?.status).toBe('paid');
  });

  it('the same credit twice in one list: the second is a duplicate', () => {
    const credit = aCredit({ text: 'RE-2025-0042' });
    const kinds = matchCredits([credit, { ...credit }], invoices, none).map((m) => m.kind);
    expect(kinds).toEqual(['sure', 'duplicate']);
  });

  it('importing the same statement twice: the second time everything is a duplicate', () => {
    const statement = [aCredit({ text: 'RE-2025-0042' }), aCredit({ payer: 'x', amountCents: 5 })];
    const first = matchCredits(statement, invoices, none);
    const again = matchCredits(statement, invoices, new Set(first.map((m) => m.credit.id)));
    expect(again.map((m) => m.kind)).toEqual(['duplicate', 'duplicate']);
  });

  it('two full credits on the same invoice: paid, then overpaid by the whole second credit', () => {
    const ms = matchCredits(
      [aCredit({ text: 'RE-2025-0042' }), aCredit({ text: 're 2025 0042' })],
      invoices,
      none,
    );
    expect(ms.map((m) => m.settlement?.status)).toEqual(['paid', 'overpaid']);
    expect(ms[1].settlement).toEqual({
      status: 'overpaid',
      skontoCents: 0,
      openAfter: 0,
      overpaidCents: 119_000,
    });
  });

  it('two partial credits completing an invoice; a Skonto payment counts towards the first', () => {
    const ms = matchCredits(
      [
        aCredit({ text: 'RE-2025-0042', amountCents: 50_000, bookingDate: '2025-06-05' }),
        aCredit({ text: 'RE-2025-0042', amountCents: 66_620, bookingDate: '2025-06-12' }),
        aCredit({ text: 'RE-2025-0042', amountCents: 100, bookingDate: '2025-06-13' }),
      ],
      invoices,
      none,
    );
    expect(ms.map((m) => m.settlement)).toEqual([
      { status: 'partial', skontoCents: 0, openAfter: 69_000, overpaidCents: 0 },
      { status: 'paidWithSkonto', skontoCents: 2_380, openAfter: 0, overpaidCents: 0 },
      { status: 'overpaid', skontoCents: 0, openAfter: 0, overpaidCents: 100 },
    ]);
  });

  it('after a sure partial credit, the rest paid by name and amount is suggested', () => {
    const ms = matchCredits(
      [
        aCredit({ text: 'RE-2025-0043', amountCents: 20_000 }),
        aCredit({ payer: 'Nordlicht AG', amountCents: 30_000 }),
      ],
      invoices,
      none,
    );
    expect(brief(ms[1])).toEqual({ kind: 'suggestion', via: 'amountPayer', invoiceId: 'B', status: 'paid' });
  });

  it('suggestions are not applied: two equal credits by name both suggest paying the invoice', () => {
    const ms = matchCredits([aCredit({ payer: 'Müller' }), aCredit({ payer: 'Müller' })], invoices, none);
    expect(ms.map(brief)).toEqual([
      { kind: 'suggestion', via: 'amountPayer', invoiceId: 'A', status: 'paid' },
      { kind: 'suggestion', via: 'amountPayer', invoiceId: 'A', status: 'paid' },
    ]);
  });

  it('a credit of zero or less, or with nothing to go by, is unmatched', () => {
    expect(one(aCredit({ amountCents: 0, text: 'RE-2025-0042' })).kind).toBe('unmatched');
    expect(one(aCredit({ text: 'Miete Juni' }))).toMatchObject({
      kind: 'unmatched',
      via: null,
      invoiceId: null,
    });
    expect(matchCredits([], invoices, none)).toEqual([]);
    expect(matchCredits([aCredit({ text: 'RE-2025-0042' })], [], none)[0].kind).toBe('unmatched');
  });

  it('keeps every credit in order, many credits against many invoices', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      anInvoice({ id: `I${i}`, number: `RE-2025-${String(i).padStart(4, '0')}`, clientName: `Kunde ${i}` }),
    );
    const credits = many.map((inv, i) =>
      aCredit({ text: `Rechnung ${inv.number.replace(/-/g, ' ')}`, amountCents: i % 2 ? 119_000 : 1_000 }),
    );
    const ms = matchCredits(credits, many, none);
    expect(ms.map((m) => m.invoiceId)).toEqual(many.map((inv) => inv.id));
    expect(ms.filter((m) => m.settlement?.status === 'paid')).toHaveLength(1000);
  });
});
