// The register edited by hand: moved, renamed, deleted columns, junk cells, sorted and deleted rows.
import type { ErrorDto, OrderDto, Result, SidebarStateDto } from '../../src/shared/contract';
import { anInquiryFor } from '../mothers/inputMother';
import { confirmedOrder, INVOICES, issuedInvoice, setUpAgency } from '../support/invoiceScenario';
import { createOrder, ok, rowsOf, SHEETS, setUp, snapshot } from '../support/scenario';

function ordersSheet(addOn: ReturnType<typeof setUp>) {
  const sheet = addOn.emulator.spreadsheet.getSheetByName(SHEETS.orders);
  if (!sheet) throw new Error('no orders sheet');
  return sheet;
}

function fail(result: Result<unknown>): ErrorDto {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('a register edited by hand', () => {
  it('finds columns by key after they were moved and renamed, and writes into the right ones', () => {
    const addOn = setUp();
    createOrder(addOn);
    const e = addOn.emulator;
    e.uncounted(() => {
      const sheet = ordersSheet(addOn);
      sheet.moveColumns(sheet.getRange('E1'), 1); // Phase to the front
      sheet.getRange(1, 1).setValue('Status (intern)');
      sheet.insertColumnBefore(3);
      sheet.getRange(1, 3, 2, 1).setValues([['Eigene Spalte'], ['bleibt']]);
    });
    const order = ok(
      addOn.call<Result<OrderDto>>('sidebarCreateInquiry', anInquiryFor('K-0001', { title: 'Zweites' })),
    );
    ok(addOn.call('sidebarChangeStage', { orderNo: order.number, target: 'quote', reason: '' }));
    const rows = rowsOf(addOn, SHEETS.orders);
    expect(rows[1]).toMatchObject({
      'Status (intern)': 'Angebot',
      Auftrag: '2026-0002',
      Projekt: 'Zweites',
      'Eigene Spalte': '',
    });
    expect(rows[0]).toMatchObject({ 'Status (intern)': 'Anfrage', 'Eigene Spalte': 'bleibt' });
  });

  it('still finds a column by its header text when the key note was deleted', () => {
    const addOn = setUp();
    const e = addOn.emulator;
    e.uncounted(() => ordersSheet(addOn).getRange(1, 4).setNote(''));
    createOrder(addOn, { title: 'Ohne Notiz' });
    expect(rowsOf(addOn, SHEETS.orders)[0].Projekt).toBe('Ohne Notiz');
  });

  it('stops with a message naming a deleted column, before writing anything', () => {
    const addOn = setUp();
    createOrder(addOn);
    const e = addOn.emulator;
    e.uncounted(() => ordersSheet(addOn).deleteColumn(8)); // Phase seit
    const before = snapshot(addOn);
    const error = fail(addOn.call('sidebarCreateInquiry', anInquiryFor('K-0001')));
    expect(error.message).toBe(
      'Im Blatt „Aufträge“ fehlt die Spalte „Phase seit“. Bitte „Register einrichten“ ausführen, um sie wieder anzulegen.',
    );
    expect(snapshot(addOn)).toBe(before);
    const load = fail(addOn.call('sidebarLoad'));
    expect(load.message).toContain('Phase seit');
  });

  it('says which sheet is missing when one was deleted', () => {
    const addOn = setUp();
    const e = addOn.emulator;
    e.uncounted(() => {
      const sheet = e.spreadsheet.getSheetByName(SHEETS.clients);
      if (sheet) e.spreadsheet.deleteSheet(sheet);
    });
    expect(fail(addOn.call('sidebarCreateInquiry', anInquiryFor('K-0001'))).message).toBe(
      'Das Blatt „Kunden“ fehlt. Bitte „Register einrichten“ ausführen; vorhandene Daten bleiben erhalten.',
    );
  });

  it('keeps working around junk in another row, and refuses to act on the junk row with a clear message', () => {
    const addOn = setUp();
    createOrder(addOn);
    createOrder(addOn, { clientId: 'K-0001', newClient: null, title: 'Zweites' });
    const e = addOn.emulator;
    e.uncounted(() => {
      const sheet = ordersSheet(addOn);
      sheet.getRange(2, 10).setValue('bald mal'); // Termin
      sheet.getRange(2, 9).setValue('viel Geld'); // Erwarteter Wert
    });
    const state = ok(addOn.call<Result<SidebarStateDto>>('sidebarLoad'));
    expect(state.openOrders).toHaveLength(2);
    ok(addOn.call('sidebarChangeStage', { orderNo: '2026-0002', target: 'quote', reason: '' }));
    const selected = ok(addOn.call<Result<OrderDto>>('sidebarSelectOrder', { orderNo: '2026-0001' }));
    expect(selected.problems.sort()).toEqual(['deadline', 'expectedValue']);
    expect(selected.allowedMoves).toEqual([]);
    const error = fail(
      addOn.call('sidebarChangeStage', { orderNo: '2026-0001', target: 'quote', reason: '' }),
    );
    expect(error.message).toMatch(/^Blatt „Aufträge“, Zeile 2, Spalte „/);
    expect(error.message).toContain('ist kein gültiger Wert');
  });

  it('follows rows that were sorted by hand', () => {
    const addOn = setUp();
    createOrder(addOn, { title: 'B' });
    createOrder(addOn, { clientId: 'K-0001', newClient: null, title: 'A' });
    const e = addOn.emulator;
    e.uncounted(() => ordersSheet(addOn).sort(4, true)); // by Projekt: 2026-0002 now on row 2
    ok(addOn.call('sidebarChangeStage', { orderNo: '2026-0001', target: 'quote', reason: '' }));
    const rows = rowsOf(addOn, SHEETS.orders);
    expect(rows.map((r) => [r.Auftrag, r.Phase])).toEqual([
      ['2026-0002', 'Anfrage'],
      ['2026-0001', 'Angebot'],
    ]);
  });

  it('reads a stage typed by hand in the other language', () => {
    const addOn = setUp();
    createOrder(addOn);
    const e = addOn.emulator;
    e.uncounted(() => ordersSheet(addOn).getRange(2, 5).setValue('ordered'));
    const moved = ok(
      addOn.call<Result<OrderDto>>('sidebarChangeStage', {
        orderNo: '2026-0001',
        target: 'cancelled',
        reason: 'Budget gestrichen',
      }),
    );
    // Cancelled is open only after the client's go: the English "ordered" was read as Beauftragt.
    expect(moved.stage).toBe('cancelled');
  });

  it('names a broken setting and refuses only what depends on it', () => {
    const addOn = setUp();
    createOrder(addOn);
    const e = addOn.emulator;
    e.uncounted(() => {
      const sheet = e.spreadsheet.getSheetByName(SHEETS.settings);
      const values = sheet?.getDataRange().getValues() ?? [];
      const row = values.findIndex((r) => r[3] === 'numbers.order') + 1;
      sheet?.getRange(row, 2).setValue('{YYYY}');
    });
    const state = ok(addOn.call<Result<SidebarStateDto>>('sidebarLoad'));
    expect(state.settingsProblems[0].message).toContain('Muster Auftragsnummer');
    expect(fail(addOn.call('sidebarCreateInquiry', anInquiryFor('K-0001'))).message).toMatch(
      /^Einstellung „Muster Auftragsnummer“ im Blatt „Einstellungen“: /,
    );
    ok(addOn.call('sidebarChangeStage', { orderNo: '2026-0001', target: 'quote', reason: '' }));
  });
});

describe('receivables in a register edited by hand', () => {
  it('a deleted invoice column: the sidebar still opens and says so; payments stop before writing', () => {
    const addOn = setUpAgency();
    const orderNo = confirmedOrder(addOn);
    const invoiceId = issuedInvoice(addOn, orderNo).id;
    addOn.emulator.uncounted(() => {
      const sheet = addOn.emulator.spreadsheet.getSheetByName(INVOICES);
      const column = addOn.emulator.values(INVOICES)[0].indexOf('Mahnstufe') + 1;
      sheet?.deleteColumn(column);
    });
    const state = ok(addOn.call<Result<SidebarStateDto>>('sidebarLoad'));
    expect(state.openItems.problem).toContain('Mahnstufe');
    const before = snapshot(addOn);
    const error = fail(
      addOn.call('paymentRecord', {
        invoiceId,
        date: '15.06.2026',
        amount: '10,00',
        method: 'cash',
        note: '',
      }),
    );
    expect(error.message).toContain('Mahnstufe');
    expect(snapshot(addOn)).toBe(before);
    // "Set up register" brings the column back, and booking works again.
    addOn.call('menuSetupRegister');
    ok(
      addOn.call('paymentRecord', {
        invoiceId,
        date: '15.06.2026',
        amount: '10,00',
        method: 'cash',
        note: '',
      }),
    );
  });

  it('a deleted Payments sheet: a clear message, nothing written, and setup makes it again', () => {
    const addOn = setUpAgency();
    const invoiceId = issuedInvoice(addOn).id;
    addOn.emulator.uncounted(() => {
      const ss = addOn.emulator.spreadsheet;
      const sheet = ss.getSheetByName('Zahlungen');
      if (sheet) ss.deleteSheet(sheet);
    });
    const before = snapshot(addOn);
    const error = fail(
      addOn.call('paymentRecord', {
        invoiceId,
        date: '15.06.2026',
        amount: '10,00',
        method: 'cash',
        note: '',
      }),
    );
    expect(error.message).toContain('Zahlungen');
    expect(snapshot(addOn)).toBe(before);
    addOn.call('menuSetupRegister');
    ok(
      addOn.call('paymentRecord', {
        invoiceId,
        date: '15.06.2026',
        amount: '10,00',
        method: 'cash',
        note: '',
      }),
    );
  });
});
