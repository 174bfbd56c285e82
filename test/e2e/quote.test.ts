// The quote flow on the built bundle: inquiry -> quote -> version 2 -> accepted with one option -> confirmation.
import type { Emulator } from '../../emulator';
import type { ErrorDto, OrderDto, Result } from '../../src/shared/contract';
import type { DocumentDto, QuoteEditorDto } from '../../src/shared/quoteContract';
import { aDraftInput, aPositionInput } from '../mothers/quoteMother';
import { createOrder, ok, rowsOf, SHEETS, setUp, snapshot } from '../support/scenario';

const QUOTES = 'Angebote';
const POSITIONS = 'Positionen';

function fail(result: Result<unknown>): ErrorDto {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const e1 = () =>
  aDraftInput({
    title: 'Logo-Relaunch',
    discount: '5',
    usageRights: {
      kind: 'simple',
      media: 'Print und Online',
      territory: 'Deutschland',
      duration: '3 Jahre',
      onFullPayment: true,
    },
    positions: [
      aPositionInput({ id: 'design', description: 'Gestaltung', quantity: '12', unitPrice: '95' }),
      aPositionInput({
        id: 'concept',
        description: 'Konzept',
        quantity: '1',
        unit: 'lumpSum',
        unitPrice: '2.400',
      }),
      aPositionInput({
        id: 'dev',
        description: 'Umsetzung {{client.name}} $1',
        quantity: '7,5',
        unitPrice: '88',
      }),
      aPositionInput({
        id: 'rights',
        description: 'Nutzungsrechte',
        quantity: '1',
        unit: 'lumpSum',
        unitPrice: '1.500',
        vatRate: '7',
      }),
      aPositionInput({
        id: 'option',
        description: 'Animation',
        quantity: '1',
        unit: 'lumpSum',
        unitPrice: '800',
        optional: true,
      }),
    ],
  });

/** The plain text of the document a register link points to. */
function docText(emulator: Emulator, url: string): string {
  const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
  return emulator.documentText(id);
}

describe('quote to confirmation (end to end)', () => {
  it('runs the whole flow and the documents say what the register says', () => {
    const addOn = setUp();
    const order = createOrder(addOn);
    const editor = ok(addOn.call<Result<QuoteEditorDto>>('quoteLoadEditor', { orderNo: order.number }));
    expect(editor.rateCard.map((r) => r.service)).toContain('Gestaltung');

    const v1 = ok(
      addOn.call<Result<QuoteEditorDto>>('quoteSave', { orderNo: order.number, baseNumber: '', draft: e1() }),
    );
    expect(v1.base).toMatchObject({ number: 'A-2026-0001-1', grossCents: 627285 });
    expect(rowsOf(addOn, SHEETS.orders)[0]).toMatchObject({
      Phase: 'Angebot',
      Angebot: 'A-2026-0001-1',
      Angebotssumme: 6272.85,
    });
    expect(rowsOf(addOn, POSITIONS).filter((p) => p.Dokument === 'A-2026-0001-1')).toHaveLength(5);

    const doc1 = ok(addOn.call<Result<DocumentDto>>('quoteCreateDocument', { number: 'A-2026-0001-1' }));
    expect(doc1.unknownPlaceholders).toEqual([]);
    const text1 = docText(addOn.emulator, doc1.docUrl);
    expect(text1).toContain('Angebot Nr. A-2026-0001-1');
    expect(text1).toContain('6.272,85 €');
    expect(text1).toContain('zzgl. 19 % USt auf 3.990,00 €');
    expect(text1).toContain('Umsetzung {{client.name}} $1');
    expect(text1).toContain('(800,00 €)');
    expect(text1).not.toMatch(/\{\{(?!client\.name\}\} \$1)/);
    // Making it again gives the same document, not a second one.
    const again = ok(addOn.call<Result<DocumentDto>>('quoteCreateDocument', { number: 'A-2026-0001-1' }));
    expect(again.docUrl).toBe(doc1.docUrl);

    const draft2 = e1();
    draft2.positions[0].quantity = '14';
    const v2 = ok(
      addOn.call<Result<QuoteEditorDto>>('quoteSave', {
        orderNo: order.number,
        baseNumber: 'A-2026-0001-1',
        draft: draft2,
      }),
    );
    expect(v2.base?.number).toBe('A-2026-0001-2');
    const quotes = rowsOf(addOn, QUOTES);
    expect(quotes.map((q) => [q['Angebotsnr.'], q.Status])).toEqual([
      ['A-2026-0001-1', 'Ersetzt'],
      ['A-2026-0001-2', 'Entwurf'],
    ]);
    expect(String(quotes[1].Änderungen)).toContain('Gestaltung: Menge 12 → 14');
    const doc2 = ok(addOn.call<Result<DocumentDto>>('quoteCreateDocument', { number: 'A-2026-0001-2' }));
    expect(doc2.docUrl).not.toBe(doc1.docUrl);

    const accepted = ok(
      addOn.call<Result<OrderDto>>('quoteAccept', {
        number: 'A-2026-0001-2',
        date: '2026-06-20',
        by: 'Erika Muster',
        reference: 'PO-4711',
        options: ['option'],
      }),
    );
    expect(accepted.stage).toBe('ordered');
    const gate = fail(
      addOn.call<Result<OrderDto>>('sidebarChangeStage', {
        orderNo: order.number,
        target: 'confirmed',
        reason: '',
      }),
    );
    expect(gate.code).toBe('err.gate.confirmation');

    const confirmed = ok(
      addOn.call<Result<OrderDto>>('confirmationCreate', {
        orderNo: order.number,
        deadline: '2026-09-30',
        milestones: [{ date: '2026-07-15', label: 'Entwürfe' }],
        deviationNote: '',
      }),
    );
    expect(confirmed.stage).toBe('confirmed');
    const text = docText(addOn.emulator, confirmed.confirmation?.docUrl ?? '');
    expect(text).toContain('Auftragsbestätigung Nr. AB-2026-0001');
    expect(text).toContain('Zu unserem Angebot A-2026-0001-2');
    expect(text).toContain('Ihre Bestellnummer: PO-4711');
    expect(text).toContain('Animation');
    expect(text).not.toContain('Optional: Animation');
    expect(text).toContain('Entwürfe');
    expect(text).toContain('Liefertermin: 30.09.2026');
    const row = rowsOf(addOn, SHEETS.orders)[0];
    expect(row).toMatchObject({ Phase: 'Bestätigt', Auftragsbestätigung: 'AB-2026-0001' });
    expect(String(row['AB (Dokument)'])).toBe(confirmed.confirmation?.docUrl);
  });

  it('bad quote input names each field and writes nothing', () => {
    const addOn = setUp();
    const order = createOrder(addOn);
    const before = snapshot(addOn);
    const error = fail(
      addOn.call('quoteSave', {
        orderNo: order.number,
        baseNumber: '',
        draft: aDraftInput({
          validUntil: '2026-01-01',
          positions: [
            aPositionInput({ quantity: '-2', unitPrice: '1,23456', description: '', vatRate: '16' }),
          ],
        }),
      }),
    );
    expect(error.fields.map((f) => f.field).sort()).toEqual(
      [
        'positions.0.description',
        'positions.0.quantity',
        'positions.0.unitPrice',
        'positions.0.vatRate',
        'validUntil',
      ].sort(),
    );
    expect(error.fields.find((f) => f.field === 'positions.0.quantity')?.message).toBe(
      'Position 1: Menge: Der Wert darf nicht negativ sein.',
    );
    expect(snapshot(addOn)).toBe(before);
  });
});
