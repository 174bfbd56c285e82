// Property-based hardening: whatever a user types into any inquiry field lands in the cells as that exact
// text, never as a formula, number, date or boolean, and comes back unchanged through the sidebar.
import fc from 'fast-check';
import type { OrderDto, Result } from '../../src/shared/contract';
import { aNewClient, anInquiry } from '../mothers/inputMother';
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
