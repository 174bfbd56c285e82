// Property-based hardening: whatever a user types into any inquiry field lands in the cells as that exact
// text, never as a formula, number, date or boolean, and comes back unchanged through the sidebar.
import fc from 'fast-check';
import type { OrderDto, Result } from '../../src/shared/contract';
import type { StatementPreviewDto } from '../../src/shared/receivablesContract';
import { aNewClient, anInquiry } from '../mothers/inputMother';
import { confirmedOrder, issuedInvoice, setUpAgency } from '../support/invoiceScenario';
import { ok, rowsOf, SHEETS, setUp } from '../support/scenario';

/** Strings built to look like what Sheets would interpret: formulas, numbers, dates, booleans, quotes. */
const tricky = fc.oneof(
  fc.constantFrom(
    '=1+1',
    '+49 30 1',
    '-5',
    '@SUM(A1)',
    "'",
    "''x",
    'TRUE',
    'false',
    '1.234,56',
    '2026-01-01',
    '01.02.2026',
    '1e3',
    '50%',
    ' =A1',
    '{{client.name}}',
    '$1',
    '<b>x</b>',
  ),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', "'", '0', '1.', ' '), fc.string({ maxLength: 20 }))
    .map(([a, b]) => `${a}${b}`),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
);
/** The server trims fields (people do not mean leading spaces), so compare with what it stores. */
const nonBlank = tricky.filter((s) => s.trim() !== '' && s.trim().length <= 200);

describe('typed text stays text', () => {
  it('in every text field of an inquiry and its new client', () => {
    const addOn = setUp();
    let count = 0;
    fc.assert(
      fc.property(nonBlank, nonBlank, tricky, tricky, (name, title, description, contact) => {
        count++;
        const clientName = `${name.trim()} #${count}`; // client names must be unique
        const result = addOn.call<Result<OrderDto>>(
          'sidebarCreateInquiry',
          anInquiry({
            newClient: aNewClient({ name: clientName, contactPerson: contact, city: title }),
            title,
            description,
          }),
        );
        const order = ok(result);
        const row = rowsOf(addOn, SHEETS.orders).find((r) => r.Auftrag === order.number);
        expect(row).toMatchObject({
          Kunde: clientName,
          Projekt: title.trim(),
          Beschreibung: description.trim(),
        });
        const client = rowsOf(addOn, SHEETS.clients).find((r) => r.Name === clientName);
        expect(client).toMatchObject({ Ansprechpartner: contact.trim(), Ort: title.trim() });
        expect(order.title).toBe(title.trim());
      }),
      { numRuns: 150, seed: 20261203 },
    );
    const e = addOn.emulator;
    const formulas = e.uncounted(() =>
      [SHEETS.orders, SHEETS.clients, SHEETS.log].flatMap((name) => {
        const sheet = e.spreadsheet.getSheetByName(name);
        return sheet ? sheet.getDataRange().getFormulas().flat() : [];
      }),
    );
    // The only formulas are the add-on's own days-in-stage counters, one per order.
    expect(
      formulas.filter((f) => f !== '').every((f) => /^=IF\([A-Z]+\d+="","",TODAY\(\)-[A-Z]+\d+\)$/.test(f)),
    ).toBe(true);
    expect(formulas.filter((f) => f !== '')).toHaveLength(150);
  });
});

describe('bank and payment text stays text', () => {
  it('a payment note and a statement’s payer and remittance text land in the Payments sheet literally', () => {
    const addOn = setUpAgency();
    const invoice = issuedInvoice(addOn);
    const invoiceId = invoice.id;
    let count = 0;
    let imported = 0;
    fc.assert(
      fc.property(nonBlank, nonBlank, (note, payer) => {
        count++;
        const cleanNote = note.trim().slice(0, 500);
        ok(
          addOn.call('paymentRecord', {
            invoiceId,
            date: '15.06.2026',
            amount: '0,01',
            method: 'other',
            note: cleanNote,
          }),
        );
        // A statement row: the payer and the text as a bank would send them (quotes doubled in the CSV).
        const quoted = (s: string) => `"${s.replace(/"/g, '""').replace(/[\r\n]+/g, ' ')}"`;
        const csv = `Datum;Betrag;Name;Zweck\n15.06.2026;0,01;${quoted(payer)};${quoted(`${invoice.number} ${count}`)}\n`;
        const mapping = {
          date: 'Datum',
          amount: 'Betrag',
          payer: 'Name',
          text: 'Zweck',
          decimal: ',' as const,
        };
        const statement = { fileName: 'x.csv', encoding: 'text' as const, content: csv, mapping };
        const preview = ok(addOn.call<Result<StatementPreviewDto>>('statementPreview', statement));
        if (preview.kind !== 'review' || preview.rows.length !== 1) return;
        ok(
          addOn.call('statementImport', {
            statement,
            accept: [{ txId: preview.rows[0].txId, invoiceId }],
          }),
        );
        imported++;
        const rows = rowsOf(addOn, 'Zahlungen');
        expect(rows[rows.length - 2].Notiz).toBe(cleanNote);
        expect(String(rows[rows.length - 1].Zahler)).toBe(preview.rows[0].payer);
      }),
      { numRuns: 40, seed: 20261204 },
    );
    const e = addOn.emulator;
    const formulas = e.uncounted(
      () => e.spreadsheet.getSheetByName('Zahlungen')?.getDataRange().getFormulas().flat() ?? [],
    );
    expect(formulas.filter((f) => f !== '')).toEqual([]);
    // Most generated payers make a readable statement row; the few that do not (a lone quote) are listed as problems.
    expect(imported).toBeGreaterThan(30);
  });
});

describe('project text stays text', () => {
  it('action items, their owners and time notes land in their sheets literally, never as formulas', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    let count = 0;
    fc.assert(
      fc.property(nonBlank, nonBlank, nonBlank, (text, owner, note) => {
        count++;
        const item = `${text.trim()} #${count}`.slice(0, 500);
        ok(addOn.call('itemsUpdate', { orderNo, close: [], items: [{ text: item, owner, due: '' }] }));
        ok(
          addOn.call('timeRecord', {
            orderNo,
            date: '15.06.2026',
            person: `p${count}`,
            service: 'Gestaltung',
            hours: '0,25',
            billable: true,
            note: note.trim().slice(0, 500),
          }),
        );
        const items = rowsOf(addOn, 'Aufgaben');
        expect(items[items.length - 1]).toMatchObject({ Aufgabe: item, Verantwortlich: owner.trim() });
        const time = rowsOf(addOn, 'Zeiten');
        expect(time[time.length - 1]).toMatchObject({
          Notiz: note.trim().slice(0, 500),
          Person: `p${count}`,
        });
      }),
      { numRuns: 40, seed: 20261204 },
    );
    const e = addOn.emulator;
    const formulas = e.uncounted(() =>
      ['Aufgaben', 'Zeiten'].flatMap(
        (name) => e.spreadsheet.getSheetByName(name)?.getDataRange().getFormulas().flat() ?? [],
      ),
    );
    expect(formulas.filter((f) => f !== '')).toEqual([]);
  });
});
