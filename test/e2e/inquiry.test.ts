// New inquiry and stage changes through the bundle's sidebar functions, with the log they leave.

import { sha256Hex } from '../../src/domain/sha256';
import type { ErrorDto, OrderDto, Result, SidebarStateDto } from '../../src/shared/contract';
import { aNewClient, anInquiry, anInquiryFor } from '../mothers/inputMother';
import { createOrder, ok, rowsOf, SHEETS, setUp, snapshot } from '../support/scenario';

function fail(result: Result<unknown>): ErrorDto {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('new inquiry (end to end)', () => {
  it('writes the client, the order row and two chained log entries', () => {
    const addOn = setUp();
    const order = createOrder(addOn);
    expect(order.number).toBe('2026-0001');
    const [row] = rowsOf(addOn, SHEETS.orders);
    expect(row).toMatchObject({
      Auftrag: '2026-0001',
      Kunde: 'Bäckerei Sonnenschein GmbH',
      Projekt: 'Relaunch Website',
      Phase: 'Anfrage',
      'Nächster Schritt': 'Angebot erstellen',
      'Tage in Phase': 0,
      'Erwarteter Wert': 12500,
      Quelle: 'Anfrage',
      Verantwortlich: 'anna@pixelwerk.example',
    });
    expect((row.Termin as Date).toISOString()).toBe('2026-09-29T22:00:00.000Z'); // midnight in Berlin
    const [client] = rowsOf(addOn, SHEETS.clients);
    expect(client).toMatchObject({
      'Kundennr.': 'K-0001',
      Kundenart: 'Unternehmen',
      Telefon: '+49 30 123456',
    });
    const log = rowsOf(addOn, SHEETS.log);
    expect(log.map((l) => l.Aktion)).toEqual(['Register eingerichtet', 'Kunde angelegt', 'Anfrage angelegt']);
    // Each entry's checksum chains onto the previous one.
    const link = (prev: string, l: Record<string, unknown>) =>
      sha256Hex(
        [prev, l.Eintrag, (l.Zeitpunkt as Date).toISOString().replace('.000Z', 'Z'), l.Benutzer]
          .concat(['createClient', l.Auftrag, l['Alter Wert'], l['Neuer Wert']])
          .join('\u001f'),
      );
    expect(log[1].Prüfsumme).toBe(link(String(log[0].Prüfsumme), log[1]));
  });

  it('counts on per year for an existing client and never reuses a deleted number', () => {
    const addOn = setUp();
    createOrder(addOn);
    const second = ok(addOn.call<Result<OrderDto>>('sidebarCreateInquiry', anInquiryFor('K-0001')));
    expect(second.number).toBe('2026-0002');
    const e = addOn.emulator;
    e.uncounted(() => e.spreadsheet.getSheetByName(SHEETS.orders)?.deleteRow(3));
    const third = ok(addOn.call<Result<OrderDto>>('sidebarCreateInquiry', anInquiryFor('K-0001')));
    expect(third.number).toBe('2026-0003');
    e.clock.set(new Date('2027-01-02T09:00:00Z'));
    expect(ok(addOn.call<Result<OrderDto>>('sidebarCreateInquiry', anInquiryFor('K-0001'))).number).toBe(
      '2027-0001',
    );
  });

  it('stores formula-like and markup-like names as plain text', () => {
    const addOn = setUp();
    const names = [
      '=HYPERLINK("http://evil")',
      '<img src=x onerror=alert(1)>',
      '+49 30 1',
      "'quoted",
      '-1',
      '2026-01-01',
    ];
    for (const name of names) createOrder(addOn, { newClient: aNewClient({ name }), title: name });
    const e = addOn.emulator;
    const sheet = e.spreadsheet.getSheetByName(SHEETS.orders);
    const formulas = e.uncounted(() => sheet?.getRange(2, 3, names.length, 2).getFormulas());
    expect(formulas?.flat().every((f) => f === '')).toBe(true);
    expect(rowsOf(addOn, SHEETS.orders).map((r) => r.Kunde)).toEqual(names);
    expect(rowsOf(addOn, SHEETS.orders).map((r) => r.Projekt)).toEqual(names);
    const state = ok(addOn.call<Result<SidebarStateDto>>('sidebarLoad'));
    expect(state.clients.map((c) => c.name).sort()).toEqual([...names].sort());
  });

  it.each([
    [{ title: '' }, 'title', 'Projekttitel: Bitte ausfüllen.'],
    [
      { expectedValue: '1.234,5x' },
      'expectedValue',
      'Erwarteter Wert: Bitte einen Betrag wie 1.250,00 eingeben.',
    ],
    [{ deadline: '2026-02-30' }, 'deadline', 'Gewünschter Termin: Kein gültiges Datum.'],
    [{ source: 'bribe' }, 'source', 'Quelle: Bitte einen der vorgegebenen Werte wählen.'],
    [
      { newClient: aNewClient({ email: 'kein-at' }) },
      'newClient.email',
      'E-Mail: Keine gültige E-Mail-Adresse.',
    ],
    [
      { newClient: aNewClient({ vatId: 'DE1' }) },
      'newClient.vatId',
      'USt-IdNr.: Keine gültige USt-IdNr. (z. B. DE123456789).',
    ],
    [{ title: 'x'.repeat(201) }, 'title', 'Projekttitel: Höchstens 200 Zeichen.'],
  ])('refuses %p with a German message naming the field, writing nothing', (overrides, field, message) => {
    const addOn = setUp();
    const before = snapshot(addOn);
    addOn.emulator.calls.reset();
    const error = fail(addOn.call('sidebarCreateInquiry', anInquiry(overrides as object)));
    expect(error.field).toBe(field);
    expect(error.message).toBe(message);
    expect(snapshot(addOn)).toBe(before);
    expect(addOn.emulator.calls.byName()['Range.setValues'] ?? 0).toBe(0);
  });

  it('reports every bad field at once in English for an English account', () => {
    const addOn = setUp({ locale: 'en' });
    const error = fail(addOn.call('sidebarCreateInquiry', anInquiry({ title: '', deadline: 'soon' })));
    expect(error.fields.map((f) => f.field)).toEqual(['title', 'deadline']);
    expect(error.fields[0].message).toBe('Project title: Please fill this in.');
  });

  it('refuses garbage that is not an inquiry at all', () => {
    const addOn = setUp();
    expect(fail(addOn.call('sidebarCreateInquiry', 'DROP TABLE')).code).toBe('input');
    expect(fail(addOn.call('sidebarCreateInquiry', null)).code).toBe('input');
  });
});

describe('stage changes (end to end)', () => {
  it('moves along, shows the active row in the sidebar and logs old and new stage', () => {
    const addOn = setUp();
    createOrder(addOn);
    const moved = ok(
      addOn.call<Result<OrderDto>>('sidebarChangeStage', {
        orderNo: '2026-0001',
        target: 'quote',
        reason: '',
      }),
    );
    expect(moved.stage).toBe('quote');
    expect(moved.allowedMoves).toEqual(['ordered', 'lost', 'onHold']);
    const [row] = rowsOf(addOn, SHEETS.orders);
    expect(row.Phase).toBe('Angebot');
    expect(row['Nächster Schritt']).toBe('Beim Kunden nachfassen');
    const last = rowsOf(addOn, SHEETS.log).pop();
    expect(last).toMatchObject({
      Aktion: 'Phase geändert',
      Auftrag: '2026-0001',
      'Alter Wert': 'Anfrage',
      'Neuer Wert': 'Angebot',
    });

    ok(addOn.call('sidebarSelectOrder', { orderNo: '2026-0001' }));
    const state = ok(addOn.call<Result<SidebarStateDto>>('sidebarLoad'));
    expect(state.active?.number).toBe('2026-0001');
    expect(state.openOrders.map((o) => o.number)).toEqual(['2026-0001']);
  });

  it('counts days in the stage with a sheet formula that stays right the next morning', () => {
    const addOn = setUp();
    createOrder(addOn);
    addOn.emulator.clock.advance(3 * 86_400_000);
    expect(rowsOf(addOn, SHEETS.orders)[0]['Tage in Phase']).toBe(3);
    const active = ok(addOn.call<Result<OrderDto>>('sidebarSelectOrder', { orderNo: '2026-0001' }));
    expect(active.daysInStage).toBe(3);
  });

  it('refuses a skipped stage or a missing reason, writing nothing', () => {
    const addOn = setUp();
    createOrder(addOn);
    const before = snapshot(addOn);
    expect(
      fail(addOn.call('sidebarChangeStage', { orderNo: '2026-0001', target: 'paid', reason: '' })).message,
    ).toBe('Von „Anfrage“ geht es nicht direkt nach „Bezahlt“.');
    const noReason = fail(
      addOn.call('sidebarChangeStage', { orderNo: '2026-0001', target: 'lost', reason: ' ' }),
    );
    expect(noReason.field).toBe('reason');
    expect(noReason.message).toBe('Begründung: Bitte angeben, warum der Auftrag nach „Verloren“ geht.');
    expect(snapshot(addOn)).toBe(before);
  });
});
