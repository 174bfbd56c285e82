import type { DocumentData } from '../../../src/domain/documents/fill';
import { invoiceDocumentData } from '../../../src/domain/documents/invoiceData';
import type { Invoice } from '../../../src/domain/invoice/invoice';
import { cancellationOf } from '../../../src/domain/invoice/kinds';
import { NO_DOCUMENTS } from '../../../src/domain/order';
import { parseSettings } from '../../../src/domain/settings';
import { aDeduction, anEuRecipient, anIssuedDownPayment, anIssuedInvoice } from '../../mothers/invoiceMother';
import { anOrder } from '../../mothers/orderMother';
import { aPosition, e1Positions } from '../../mothers/quoteMother';

const settings = parseSettings({
  'company.name': 'Pixelwerk Kreativagentur GmbH',
  'company.street': 'Ehrenstraße 12',
  'company.postcode': '50672',
  'company.city': 'Köln',
  'company.taxNumber': '214/5678/1234',
  'company.vatId': 'DE123456789',
  'company.iban': 'DE89370400440532013000',
  'company.bic': 'COBADEFFXXX',
}).settings;
const order = anOrder({ number: '2026-0042', title: 'Relaunch Website', documents: NO_DOCUMENTS });

function data(invoice: Invoice, lang: 'de' | 'en' = 'de'): DocumentData {
  return invoiceDocumentData(invoice, { order, settings, lang, user: 'anna@pixelwerk.example' });
}

/** Every text the document would print: values and row cells, nulls left out. */
function allText(d: DocumentData): string {
  const rows = Object.values(d.rows).flatMap((group) => group.flatMap((row) => Object.values(row)));
  return [...Object.values(d.values), ...rows].filter((v) => v !== null).join('\n');
}

const e1Invoice = () =>
  anIssuedInvoice({
    number: 'RE-2026-0042',
    title: 'Relaunch Website',
    issueDate: '2026-05-30',
    dueDate: '2026-06-13',
    supply: { from: '2026-05-01', to: '2026-05-29' },
    positions: e1Positions().filter((p) => !p.optional),
    discountBp: 500,
    skonto: { percentBp: 200, days: 14 },
    usageRights: { kind: 'simple', media: 'Print', territory: 'DE', duration: '1 Jahr', onFullPayment: true },
  });

describe('invoice document data', () => {
  it('prints a standard invoice with everything § 14 Abs. 4 UStG asks for (E1)', () => {
    const d = data(e1Invoice());
    expect(d.values).toMatchObject({
      'company.name': 'Pixelwerk Kreativagentur GmbH',
      'company.taxNumber': '214/5678/1234',
      'company.vatId': 'DE123456789',
      'client.name': 'Bäckerei Sonnenschein GmbH',
      'client.street': 'Hauptstraße 1',
      'client.postcode': '50667',
      'client.city': 'Köln',
      'client.country': null,
      'client.vatId': null,
      'invoice.type': 'Rechnung',
      'invoice.number': 'RE-2026-0042',
      'invoice.date': '30.05.2026',
      'invoice.heading': 'Rechnung: Relaunch Website',
      'invoice.reference': 'Gemäß AB-2026-0042 zum Auftrag 2026-0042.',
      'invoice.supply': 'Leistungszeitraum: 01.05.2026 – 29.05.2026',
      'invoice.dueDate': '13.06.2026',
      'totals.net': '5.700,00 €',
      'totals.discountLabel': 'abzgl. 5 % Rabatt',
      'totals.discount': '-285,00 €',
      'totals.netAfterDiscount': '5.415,00 €',
      'totals.vat': '857,85 €',
      'totals.gross': '6.272,85 €',
      'totals.grossLabel': null,
      'totals.dueLabel': 'Gesamtbetrag',
      'totals.due': '6.272,85 €',
      'vat.note': null,
      'invoice.skonto': '2 % Skonto bei Zahlung bis 13.06.2026.',
      'invoice.payment':
        'Bitte überweisen Sie 6.272,85 € bis zum 13.06.2026 unter Angabe der Rechnungsnummer RE-2026-0042.',
      'invoice.bank': 'Bankverbindung: IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX',
      'invoice.qrCaption': 'Mit Banking-App scannen (GiroCode)',
      'rights.heading': 'Nutzungsrechte',
      'label.unitPrice': 'Einzelpreis (netto)',
    });
    expect(d.rows.rate).toEqual([
      { 'rate.label': 'zzgl. 19 % USt auf 3.990,00 €', 'rate.vat': '758,10 €' },
      { 'rate.label': 'zzgl. 7 % USt auf 1.425,00 €', 'rate.vat': '99,75 €' },
    ]);
    expect(d.rows.pos).toHaveLength(4);
    expect(d.rows.pos[0]).toMatchObject({
      'pos.no': '1',
      'pos.quantity': '12',
      'pos.unit': 'Std.',
      'pos.unitPrice': '95,00 €',
      'pos.total': '1.140,00 €',
    });
    expect(d.rows.ded).toEqual([]);
  });

  it('speaks English with the same figures', () => {
    const d = data(e1Invoice(), 'en');
    expect(d.values['invoice.type']).toBe('Invoice');
    expect(d.values['totals.gross']).toBe('€6,272.85');
    expect(d.values['invoice.supply']).toBe('Period of supply: 2026-05-01 – 2026-05-29');
    expect(d.values['invoice.qrCaption']).toBe('Scan with your banking app (GiroCode)');
  });

  it('a Kleinunternehmer invoice shows no VAT anywhere and the § 19 note (A 3)', () => {
    const d = data(
      anIssuedInvoice({ treatment: 'smallBusiness', positions: [aPosition({ qty: 10, price: 100 })] }),
    );
    expect(d.rows.rate).toEqual([]);
    expect(d.values['totals.vat']).toBeNull();
    expect(d.values['vat.note']).toBe('Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.');
    expect(d.values['totals.gross']).toBe('1.000,00 €');
    expect(d.values['totals.due']).toBe('1.000,00 €');
    expect(allText(d)).not.toMatch(/USt auf|Umsatzsteuer schuldet/);
  });

  it('a reverse-charge invoice prints both VAT ids, the sentence and no VAT (A 4)', () => {
    const d = data(
      anIssuedInvoice({
        treatment: 'reverseCharge',
        recipient: anEuRecipient(),
        positions: [aPosition({ qty: 10, price: 100 })],
      }),
    );
    expect(d.values['company.vatId']).toBe('DE123456789');
    expect(d.values['client.vatId']).toBe('DK12345678');
    expect(d.values['client.country']).toBe('DK');
    expect(d.values['vat.note']).toContain('Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)');
    expect(d.rows.rate).toEqual([
      { 'rate.label': 'USt 0 % auf 1.000,00 € (Reverse Charge)', 'rate.vat': '0,00 €' },
    ]);
    expect(d.values['totals.vat']).toBe('0,00 €');
    expect(d.values['totals.gross']).toBe('1.000,00 €');
  });

  it('a final invoice lists the whole service, each deduction and the amount still due (E 24)', () => {
    const d = data(
      anIssuedInvoice({
        type: 'final',
        title: 'Relaunch Website',
        positions: [aPosition({ qty: 1, price: 5000, unit: 'lumpSum' })],
        deductions: [aDeduction({ invoiceNumber: 'RE-2026-0001', issueDate: '2026-05-01' })],
      }),
    );
    expect(d.values['invoice.heading']).toBe('Schlussrechnung: Relaunch Website');
    expect(d.rows.ded).toEqual([
      {
        'ded.number': 'RE-2026-0001',
        'ded.date': '01.05.2026',
        'ded.rate': '19 %',
        'ded.net': '1.000,00 €',
        'ded.vat': '190,00 €',
        'ded.gross': '-1.190,00 €',
      },
    ]);
    expect(d.values).toMatchObject({
      'totals.gross': '5.950,00 €',
      'totals.grossLabel': 'Gesamtbetrag',
      'totals.dueLabel': 'Noch zu zahlen',
      'totals.due': '4.760,00 €',
    });
    expect(d.values['invoice.payment']).toContain('4.760,00 €');
  });

  it('a cancellation negates every amount, names the original and never says "Gutschrift" (A 6, B 10)', () => {
    const original = anIssuedInvoice({
      number: 'RE-2026-0042',
      issueDate: '2026-06-15',
      dueDate: '2026-06-29',
    });
    const cancellation = { ...cancellationOf(original, 'D-9', '2026-06-20'), number: 'RE-2026-0050' };
    for (const lang of ['de', 'en'] as const) {
      const d = data(cancellation, lang);
      expect(allText(d)).not.toMatch(/gutschrift|credit note/i);
      expect(allText(d)).toContain('RE-2026-0042');
    }
    const d = data(cancellation);
    expect(d.values['invoice.type']).toBe('Stornorechnung');
    expect(d.values['invoice.heading']).toBe('Stornorechnung zu Rechnung RE-2026-0042 vom 15.06.2026');
    expect(d.values['invoice.reference']).toContain('Rechnung RE-2026-0042 vom 15.06.2026');
    expect(d.values).toMatchObject({
      'totals.net': '-1.000,00 €',
      'totals.vat': '-190,00 €',
      'totals.gross': '-1.190,00 €',
      'totals.due': '-1.190,00 €',
      'invoice.dueDate': null,
      'invoice.payment': null,
      'invoice.skonto': null,
      'invoice.qrCaption': null,
      'invoice.paymentTerms': null,
    });
    expect(d.rows.pos[0]['pos.total']).toBe('-1.000,00 €');
    expect(d.rows.rate).toEqual([
      { 'rate.label': 'zzgl. 19 % USt auf -1.000,00 €', 'rate.vat': '-190,00 €' },
    ]);
  });

  it('a down payment names what it rests on and says the supply is not yet fixed (A 1, E 23)', () => {
    const d = data(anIssuedDownPayment({ basis: 'AB-2026-0042' }));
    expect(d.values['invoice.type']).toBe('Anzahlungsrechnung');
    expect(d.values['invoice.heading']).toBe('Anzahlungsrechnung');
    expect(d.values['invoice.supply']).toBe('Leistungszeitraum noch nicht festgelegt');
    expect(d.values['invoice.reference']).toBe('Anzahlung gemäß AB-2026-0042 zum Auftrag 2026-0042.');
    expect(d.rows.rate).toEqual([{ 'rate.label': 'zzgl. 19 % USt auf 1.000,00 €', 'rate.vat': '190,00 €' }]);
    expect(d.values['totals.gross']).toBe('1.190,00 €');
    const expected = data(anIssuedDownPayment({ supply: { from: '2026-07-01', to: '2026-07-31' } }));
    expect(expected.values['invoice.supply']).toBe(
      'Voraussichtlicher Leistungszeitraum: 01.07.2026 – 31.07.2026',
    );
  });

  it('a single supply date is a date, not a period; no IBAN means no bank line and no QR caption', () => {
    const noBank = parseSettings({ 'company.name': 'Pixelwerk' }).settings;
    const d = invoiceDocumentData(anIssuedInvoice({ supply: { from: '2026-06-10', to: '2026-06-10' } }), {
      order,
      settings: noBank,
      lang: 'de',
      user: 'anna@pixelwerk.example',
    });
    expect(d.values['invoice.supply']).toBe('Leistungsdatum: 10.06.2026');
    expect(d.values['invoice.bank']).toBeNull();
    expect(d.values['invoice.qrCaption']).toBeNull();
  });
});
