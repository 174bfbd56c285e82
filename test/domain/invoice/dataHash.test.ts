import { invoiceDataHash, invoiceDataText } from '../../../src/domain/invoice/dataHash';
import { cancellationOf } from '../../../src/domain/invoice/kinds';
import { sha256Hex } from '../../../src/domain/sha256';
import { anIssuedInvoice } from '../../mothers/invoiceMother';
import { aPosition } from '../../mothers/quoteMother';

const issued = () =>
  anIssuedInvoice({
    number: 'RE-2026-0042',
    positions: [aPosition({ id: 'a', qty: 12, price: 95, description: 'Gestaltung' })],
    skonto: { percentBp: 200, days: 10 },
  });

describe('invoice data hash (section B 11: a hand-edited issued row is detected)', () => {
  it('is the SHA-256 hex of the canonical text', () => {
    const invoice = issued();
    expect(invoiceDataHash(invoice)).toBe(sha256Hex(invoiceDataText(invoice)));
    expect(invoiceDataHash(invoice)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is stable: the same data gives the same text, whatever the key order of the objects', () => {
    const a = issued();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(invoiceDataText(reordered)).toBe(invoiceDataText(a));
    const text = invoiceDataText(a);
    expect(text.split('\n')[0]).toBe('invoice-data/1');
    expect(text).toContain('number="RE-2026-0042"');
    expect(text).toContain('position.1=["item","Gestaltung",12000,"hour",950000,19,0,false]');
    expect(text).toContain('totals=[114000,21660,135660,0,135660]');
  });

  it.each([
    ['the number', (i: ReturnType<typeof issued>) => ({ ...i, number: 'RE-2026-0043' })],
    ['the issue date', (i: ReturnType<typeof issued>) => ({ ...i, issueDate: '2026-06-16' })],
    ['the due date', (i: ReturnType<typeof issued>) => ({ ...i, dueDate: '2026-07-30' })],
    [
      'the recipient',
      (i: ReturnType<typeof issued>) => ({ ...i, recipient: { ...i.recipient, city: 'Bonn' } }),
    ],
    [
      'a unit price',
      (i: ReturnType<typeof issued>) => ({ ...i, positions: [{ ...i.positions[0], unitPrice: 950001 }] }),
    ],
    [
      'a description',
      (i: ReturnType<typeof issued>) => ({ ...i, positions: [{ ...i.positions[0], description: 'X' }] }),
    ],
    ['the discount', (i: ReturnType<typeof issued>) => ({ ...i, discountBp: 100 })],
    ['the treatment', (i: ReturnType<typeof issued>) => ({ ...i, treatment: 'smallBusiness' as const })],
    ['the Skonto', (i: ReturnType<typeof issued>) => ({ ...i, skonto: { percentBp: 300, days: 10 } })],
  ])('changes when %s is edited', (_name, edit) => {
    const invoice = issued();
    expect(invoiceDataHash(edit(invoice))).not.toBe(invoiceDataHash(invoice));
  });

  it('does not change with what legitimately changes after issue', () => {
    const invoice = issued();
    const later = {
      ...invoice,
      paidCents: 5000,
      status: 'cancelled' as const,
      cancelledBy: 'RE-2026-0050',
      pdfUrl: 'https://drive/x',
      docUrl: 'https://docs/x',
      pdfHash: 'ab',
      dataHash: 'cd',
    };
    expect(invoiceDataHash(later)).toBe(invoiceDataHash(invoice));
  });

  it('names the cancelled invoice in a cancellation', () => {
    const c = cancellationOf(issued(), 'D-9', '2026-07-01');
    expect(invoiceDataText(c)).toContain('cancels=["RE-2026-0042","2026-06-15"]');
  });
});
