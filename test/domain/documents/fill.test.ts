import { fill, placeholdersIn, rowGroup } from '../../../src/domain/documents/fill';
import { quoteDocumentData } from '../../../src/domain/documents/quoteData';
import { NO_DOCUMENTS } from '../../../src/domain/order';
import type { Quote } from '../../../src/domain/quote/quote';
import { parseSettings } from '../../../src/domain/settings';
import { aClient, anOrder } from '../../mothers/orderMother';
import { aPosition, e1Positions } from '../../mothers/quoteMother';

describe('filling placeholders', () => {
  it('replaces in one pass: a value holding {{...}} or $1 stays literal', () => {
    const values = { 'client.name': 'Müller $1 & \\1', 'order.title': '{{client.name}}' };
    expect(fill('{{order.title}} für {{ client.name }}', values)).toEqual({
      text: '{{client.name}} für Müller $1 & \\1',
      remove: false,
      unknown: [],
    });
  });

  it('reports unknown placeholders and leaves them visible; null asks to remove the holder', () => {
    expect(fill('A {{nope}} B', {})).toEqual({ text: 'A {{nope}} B', remove: false, unknown: ['nope'] });
    expect(fill('USt-IdNr. {{company.vatId}}', { 'company.vatId': null }).remove).toBe(true);
    expect(placeholdersIn('{{a.b}} x {{ c }}')).toEqual(['a.b', 'c']);
    expect(rowGroup('pos.total', { values: {}, rows: { pos: [] } })).toBe('pos');
    expect(rowGroup('client.name', { values: {}, rows: { pos: [] } })).toBeNull();
  });
});

describe('quote document data', () => {
  const settings = parseSettings({ 'company.name': 'Pixelwerk GmbH' }).settings;
  const quote: Quote = {
    number: 'A-2026-0001-1',
    orderNo: '2026-0001',
    version: 1,
    status: 'draft',
    date: '2026-06-15',
    validUntil: '2026-07-15',
    title: 'Logo',
    intro: '',
    closing: 'Bis bald',
    paymentTerms: '14 Tage',
    discountBp: 500,
    usageRights: {
      kind: 'exclusive',
      media: 'Print',
      territory: 'DACH',
      duration: '3 Jahre',
      onFullPayment: true,
    },
    positions: e1Positions(),
    changeSummary: '',
    acceptance: null,
    declineReason: '',
    docUrl: '',
    pdfUrl: '',
  };
  const party = (kind: 'business' | 'consumer') => ({
    order: anOrder({ documents: NO_DOCUMENTS }),
    client: aClient({ kind }),
    settings,
    lang: 'de' as const,
    user: 'anna@pixelwerk.example',
  });

  it('gives E1 totals per rate, the optional position in brackets and the rights text', () => {
    const data = quoteDocumentData(quote, party('business'));
    expect(data.values['totals.gross']).toBe('6.272,85 €');
    expect(data.values['totals.discount']).toBe('-285,00 €');
    expect(data.rows.rate).toEqual([
      { 'rate.label': 'zzgl. 19 % USt auf 3.990,00 €', 'rate.vat': '758,10 €' },
      { 'rate.label': 'zzgl. 7 % USt auf 1.425,00 €', 'rate.vat': '99,75 €' },
    ]);
    const option = data.rows.pos[4];
    expect(option['pos.description']).toMatch(/^Optional: /);
    expect(option['pos.total']).toBe('(800,00 €)');
    expect(data.values['rights.text']).toContain('ausschließliches Nutzungsrecht');
    expect(data.values['quote.intro']).toBeNull();
    expect(data.values['label.unitPrice']).toBe('Einzelpreis (netto)');
  });

  it('shows consumers gross prices', () => {
    const data = quoteDocumentData(
      { ...quote, positions: [aPosition({ qty: 2, price: 100 })], discountBp: 0 },
      party('consumer'),
    );
    expect(data.rows.pos[0]).toMatchObject({ 'pos.unitPrice': '119,00 €', 'pos.total': '238,00 €' });
    expect(data.values['label.total']).toBe('Gesamt (brutto)');
    expect(data.values['totals.discount']).toBeNull();
  });
});
