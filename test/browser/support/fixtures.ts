// Canned server answers for the sidebar browser tests: plain DTOs as the server would send them.
import type {
  ErrorDto,
  OrderDto,
  OrderSummaryDto,
  Result,
  SettingsFormDto,
  SidebarStateDto,
} from '../../../src/shared/contract';
import type { BillingDto, InvoiceSummaryDto } from '../../../src/shared/invoiceContract';
import type { ConfirmationSummaryDto, QuoteSummaryDto } from '../../../src/shared/quoteContract';

export const XSS_NAME = '<img src=x onerror=alert(1)>';

export function order(overrides: Partial<OrderDto> = {}): OrderDto {
  return {
    number: '2026-0042',
    createdOn: '2026-05-02',
    client: 'Müller GmbH',
    title: 'Website-Relaunch',
    description: 'Neue Website mit Shop.\nZweite Zeile.',
    source: 'referral',
    stage: 'quote',
    stageSince: '2026-05-20',
    daysInStage: 12,
    nextStep: 'next.quote',
    expectedValueCents: 1_250_000,
    deadline: '2026-06-15',
    owner: 'anna@agentur.example',
    reason: '',
    allowedMoves: ['ordered', 'lost', 'onHold'],
    problems: [],
    quote: null,
    confirmation: null,
    billing: null,
    ...overrides,
  };
}

/** A sent quote with its document and one optional position. */
export function quote(overrides: Partial<QuoteSummaryDto> = {}): QuoteSummaryDto {
  return {
    number: 'A-2026-0042-2',
    version: 2,
    status: 'sent',
    date: '2026-05-20',
    grossCents: 1_487_500,
    validUntil: '2026-06-19',
    expired: false,
    netCents: 1_250_000,
    changeSummary: 'Position 3 neu: Hosting',
    docUrl: 'https://docs.google.com/document/d/quote-doc/edit',
    pdfUrl: 'https://drive.google.com/file/d/quote-pdf/view',
    options: [{ id: 'p-opt-1', description: 'Wartung 12 Monate', netCents: 120_000 }],
    acceptedOptions: [],
    clientReference: '',
    ...overrides,
  };
}

export function confirmation(overrides: Partial<ConfirmationSummaryDto> = {}): ConfirmationSummaryDto {
  return {
    number: 'AB-2026-0042',
    quoteNumber: 'A-2026-0042-2',
    date: '2026-06-02',
    docUrl: 'https://docs.google.com/document/d/confirmation-doc/edit',
    pdfUrl: 'https://drive.google.com/file/d/confirmation-pdf/view',
    ...overrides,
  };
}

/** An issued standard invoice, unpaid and not yet due. */
export function invoiceSummary(overrides: Partial<InvoiceSummaryDto> = {}): InvoiceSummaryDto {
  return {
    id: 'INV-1',
    number: 'RE-2026-0017',
    type: 'standard',
    status: 'issued',
    treatment: 'regular',
    title: 'Website-Relaunch',
    issueDate: '2026-06-01',
    dueDate: '2026-06-15',
    grossCents: 1_487_500,
    dueCents: 1_487_500,
    paidCents: 0,
    openCents: 1_487_500,
    overdue: false,
    docUrl: 'https://docs.google.com/document/d/invoice-doc/edit',
    pdfUrl: 'https://drive.google.com/file/d/invoice-pdf/view',
    cancels: '',
    cancelledBy: '',
    tampered: false,
    ...overrides,
  };
}

/** A draft invoice: no number, no dates yet. */
export function draftInvoice(overrides: Partial<InvoiceSummaryDto> = {}): InvoiceSummaryDto {
  return invoiceSummary({
    id: 'INV-2',
    number: '',
    status: 'draft',
    issueDate: null,
    dueDate: null,
    docUrl: '',
    pdfUrl: '',
    ...overrides,
  });
}

/** An order's billing: sums, the given invoices (none by default) and two positions still unbilled. */
export function billing(overrides: Partial<BillingDto> = {}): BillingDto {
  return {
    invoicedCents: 0,
    paidCents: 0,
    openCents: 0,
    unbilledNetCents: 1_250_000,
    invoices: [],
    unbilled: [
      { id: 'P-1', description: 'Konzept und Design', quantity: '40', netCents: 400_000 },
      { id: 'P-2', description: 'Umsetzung', quantity: '8,5', netCents: 850_000 },
    ],
    ...overrides,
  };
}

export function summary(o: OrderDto): OrderSummaryDto {
  return {
    number: o.number,
    client: o.client,
    title: o.title,
    stage: o.stage,
    daysInStage: o.daysInStage,
    deadline: o.deadline,
  };
}

export const OPEN_ORDERS: OrderSummaryDto[] = [
  {
    number: '2026-0050',
    client: 'Bäckerei Schön',
    title: 'Logo',
    stage: 'inquiry',
    daysInStage: 3,
    deadline: null,
  },
  {
    number: '2026-0051',
    client: 'Öko Fahrrad AG',
    title: 'Broschüre Frühjahr',
    stage: 'inquiry',
    daysInStage: 1,
    deadline: '2026-05-01',
  },
  summary(order()),
  {
    number: '2026-0030',
    client: 'Studio Nord',
    title: 'Imagefilm',
    stage: 'inProgress',
    daysInStage: 20,
    deadline: '2026-07-01',
  },
];

export function state(overrides: Partial<SidebarStateDto> = {}): SidebarStateDto {
  return {
    lang: 'de',
    user: 'anna@agentur.example',
    today: '2026-06-01',
    registerReady: true,
    settingsProblems: [],
    active: order(),
    openOrders: OPEN_ORDERS.map((o) => ({ ...o })),
    openOrderCount: OPEN_ORDERS.length,
    clients: [
      { id: 'K-0001', name: 'Bäckerei Schön', kind: 'business', city: 'Köln' },
      { id: 'K-0002', name: 'Müller GmbH', kind: 'business', city: 'Hamburg' },
      { id: 'K-0003', name: 'Studio Nord', kind: 'business', city: 'Kiel' },
    ],
    openItems: { today: '2026-06-01', totalCents: 0, count: 0, buckets: [], items: [] },
    digest: false,
    followUps: [],
    ...overrides,
  };
}

export const SETTINGS_FORM: SettingsFormDto = {
  fields: [
    {
      key: 'company.name',
      label: 'Firmenname',
      help: 'So erscheint die Agentur.',
      value: 'Agentur Blau',
      choices: [],
    },
    { key: 'company.iban', label: 'IBAN', help: 'Wird geprüft.', value: '', choices: [] },
    {
      key: 'ui.language',
      label: 'Sprache',
      help: '',
      value: 'auto',
      choices: [
        { value: 'auto', label: 'Automatisch' },
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'Englisch' },
      ],
    },
  ],
  problems: [],
};

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(error: Partial<ErrorDto> & { message: string }): Result<never> {
  const fields = error.fields ?? [];
  return { ok: false, error: { code: 'input', field: fields[0]?.field ?? null, fields, ...error } };
}
