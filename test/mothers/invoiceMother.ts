// Test-data builders for invoices: a recipient, a supplier, draft and issued invoices of each kind.
import type { Deduction, Invoice, Recipient, Supplier } from '../../src/domain/invoice/invoice';
import { aPosition } from './quoteMother';

let counter = 0;

export function aRecipient(values: Partial<Recipient> = {}): Recipient {
  return {
    name: 'Bäckerei Sonnenschein GmbH',
    street: 'Hauptstraße 1',
    postcode: '50667',
    city: 'Köln',
    country: 'DE',
    vatId: '',
    kind: 'business',
    ...values,
  };
}

/** A business client in another EU country with a VAT id: reverse charge (A 4). */
export function anEuRecipient(values: Partial<Recipient> = {}): Recipient {
  return aRecipient({
    name: 'Studio Nord ApS',
    street: 'Nørregade 7',
    postcode: '1165',
    city: 'København',
    country: 'DK',
    vatId: 'DK12345678',
    ...values,
  });
}

export function aSupplier(values: Partial<Supplier> = {}): Supplier {
  return {
    name: 'Pixelwerk Kreativagentur GmbH',
    street: 'Ehrenstraße 12',
    postcode: '50672',
    city: 'Köln',
    country: 'DE',
    taxNumber: '214/5678/1234',
    vatId: 'DE123456789',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    ...values,
  };
}

/** A draft standard invoice with one 19 % position of 1,000.00 €; override anything. */
export function anInvoice(values: Partial<Invoice> = {}): Invoice {
  counter += 1;
  return {
    id: `D-${counter}`,
    number: '',
    orderNo: '2026-0042',
    type: 'standard',
    status: 'draft',
    basis: 'AB-2026-0042',
    title: 'Rechnung',
    issueDate: null,
    supply: { from: '2026-06-01', to: '2026-06-10' },
    dueDate: null,
    skonto: null,
    treatment: 'regular',
    recipient: aRecipient(),
    positions: [aPosition({ qty: 10, price: 100 })],
    discountBp: 0,
    deductions: [],
    cancels: null,
    cancelledBy: '',
    usageRights: null,
    intro: '',
    paymentTerms: 'Zahlbar innerhalb von 14 Tagen ohne Abzug.',
    paidCents: 0,
    skontoCents: 0,
    lastDunning: null,
    docUrl: '',
    pdfUrl: '',
    pdfHash: '',
    dataHash: '',
    ...values,
  };
}

/** An issued invoice numbered RE-2026-00nn, dated 2026-06-15 unless overridden. */
export function anIssuedInvoice(values: Partial<Invoice> = {}): Invoice {
  counter += 1;
  return anInvoice({
    number: `RE-2026-${String(counter).padStart(4, '0')}`,
    status: 'issued',
    issueDate: '2026-06-15',
    dueDate: '2026-06-29',
    ...values,
  });
}

/** An issued down payment of 1,190.00 € gross (1,000.00 net at 19 %), paid unless paidCents says otherwise. */
export function anIssuedDownPayment(values: Partial<Invoice> = {}): Invoice {
  return anIssuedInvoice({
    type: 'downPayment',
    title: 'Anzahlungsrechnung',
    supply: { from: null, to: null },
    positions: [aPosition({ qty: 1, price: 1000, unit: 'lumpSum', description: 'Anzahlung 30 %' })],
    paidCents: 119000,
    ...values,
  });
}

export function aDeduction(values: Partial<Deduction> = {}): Deduction {
  return {
    invoiceNumber: 'RE-2026-0001',
    issueDate: '2026-05-01',
    rates: [{ rate: 19, net: 100000, vat: 19000 }],
    ...values,
  };
}
