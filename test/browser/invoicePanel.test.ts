// The order card's invoices section in headless Chromium: sums, list, new invoice, issue, cancel, tampered rows, safety.
import type { OrderDto } from '../../src/shared/contract';
import type { BillingDto, IssueResultDto } from '../../src/shared/invoiceContract';
import {
  billing,
  confirmation,
  draftInvoice,
  fail,
  invoiceSummary,
  ok,
  order,
  quote,
  state,
  XSS_NAME,
} from './support/fixtures';
import {
  clean,
  noHorizontalScroll,
  openSidebar,
  type Script,
  type Sidebar,
  useBrowser,
} from './support/harness';

const session = useBrowser();

/** A confirmed, handed-over order with the given billing. */
const billed = (b: Partial<BillingDto> = {}): OrderDto =>
  order({
    stage: 'handedOver',
    nextStep: 'next.handedOver',
    allowedMoves: ['invoiced'],
    quote: quote({ status: 'accepted' }),
    confirmation: confirmation(),
    billing: billing(b),
  });

const issued = invoiceSummary({ overdue: true, dueDate: '2026-05-20' });
const draft = draftInvoice({
  type: 'partial',
  title: 'Teilrechnung Konzept',
  grossCents: 476_000,
  openCents: 476_000,
});
const twoInvoices = billed({
  invoicedCents: 1_487_500,
  paidCents: 500_000,
  openCents: 987_500,
  unbilledNetCents: 400_000,
  invoices: [issued, draft],
});

async function start(active: OrderDto, script: Script = {}, lang: 'de' | 'en' = 'de'): Promise<Sidebar> {
  const sidebar = await openSidebar(
    session.browser(),
    { sidebarLoad: [{ result: ok(state({ active, lang })) }], ...script },
    { boot: { view: 'order', lang } },
  );
  session.track(sidebar);
  await sidebar.page.locator('.invoice-panel').waitFor();
  return sidebar;
}

async function sent(s: Sidebar, name: string): Promise<unknown[]> {
  return (await s.calls()).filter((c) => c.name === name).map((c) => c.args[0]);
}

async function openForm(s: Sidebar, type: string): Promise<void> {
  await s.page.locator('.invoice-panel button', { hasText: 'Neue Rechnung' }).click();
  await s.page.locator('.invoice-form').getByLabel(type, { exact: true }).check();
}

const result = (overrides: Partial<IssueResultDto> = {}): IssueResultDto => ({
  number: 'RE-2026-0018',
  order: billed({ invoices: [issued, { ...draft, number: 'RE-2026-0018', status: 'issued' }] }),
  warnings: [],
  unknownPlaceholders: [],
  ...overrides,
});

describe('invoices section', () => {
  test('shows the sums and an invoice list with a draft and an issued invoice', async () => {
    const s = await start(twoInvoices);
    const { page } = s;
    const panel = page.locator('.invoice-panel');
    expect(await panel.locator('.section-label').first().textContent()).toBe('Rechnungen');
    const sums = await panel.locator('.invoice-sums').textContent();
    expect(sums).toContain('Berechnet14.875,00 €');
    expect(sums).toContain('Bezahlt5.000,00 €');
    expect(sums).toContain('Offen9.875,00 €');
    expect(sums).toContain('Noch nicht berechnet (netto)4.000,00 €');
    const rows = panel.locator('.invoice-item');
    expect(await rows.count()).toBe(2);
    const first = rows.nth(0);
    expect(await first.locator('.quote-no').textContent()).toBe('RE-2026-0017');
    expect(await first.locator('.quote-topline').textContent()).toContain('Rechnung');
    expect(await first.locator('.chip').textContent()).toBe('Gestellt');
    expect(await first.locator('.invoice-amounts').textContent()).toBe('Brutto 14.875,00 €Offen 14.875,00 €');
    const due = first.locator('.is-overdue');
    expect(await due.textContent()).toBe('fällig 20.05.2026überfällig');
    expect(await due.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(217, 48, 37)');
    expect(await first.locator('.doc-links a').allTextContents()).toEqual(['Dokument', 'PDF']);
    expect(await first.locator('.doc-links a').first().getAttribute('href')).toBe(
      'https://docs.google.com/document/d/invoice-doc/edit',
    );
    expect(await first.locator('.invoice-actions button').allTextContents()).toEqual([
      'Zahlung / Mahnen',
      'Stornieren',
    ]);
    const second = rows.nth(1);
    expect(await second.locator('.quote-no').textContent()).toBe('Entwurf');
    expect(await second.locator('.quote-topline').textContent()).toContain('Teilrechnung');
    expect(await second.locator('.invoice-title').textContent()).toBe('Teilrechnung Konzept');
    expect(await second.locator('.doc-links').count()).toBe(0);
    expect(await second.locator('.invoice-actions button').allTextContents()).toEqual(['Rechnung stellen']);
    // The form for a partial invoice at 300 px: the screenshot shows list and form together.
    await openForm(s, 'Teilrechnung');
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-invoices.png', fullPage: true });
    clean(s);
  });

  test('cancelled invoices and cancellations carry their notes and no actions', async () => {
    const s = await start(
      billed({
        invoices: [
          invoiceSummary({ number: 'RE-2026-0010', status: 'cancelled', cancelledBy: 'RE-2026-0011' }),
          invoiceSummary({
            id: 'INV-3',
            number: 'RE-2026-0011',
            type: 'cancellation',
            cancels: 'RE-2026-0010',
          }),
        ],
      }),
    );
    const rows = s.page.locator('.invoice-item');
    expect(await rows.nth(0).textContent()).toContain('Storniert durch RE-2026-0011');
    expect(await rows.nth(1).textContent()).toContain('Storniert Rechnung RE-2026-0010');
    expect(await s.page.locator('.invoice-actions').count()).toBe(0);
    clean(s);
  });

  test('a down payment sends the share and no picks; the new draft shows with a success banner', async () => {
    const after = billed({ invoices: [draftInvoice({ type: 'downPayment' })] });
    const s = await start(billed(), { invoiceCreateDraft: [{ result: ok(after) }] });
    const { page } = s;
    await openForm(s, 'Anzahlungsrechnung');
    const form = page.locator('.invoice-form');
    expect(await form.locator('.pick-box').isHidden()).toBe(true);
    // The share is needed; the supply period may stay open.
    await form.locator('button', { hasText: 'Entwurf anlegen' }).click();
    expect(await form.getByLabel('Anteil').getAttribute('aria-invalid')).toBe('true');
    expect(await sent(s, 'invoiceCreateDraft')).toEqual([]);
    await form.getByLabel('Anteil').fill('30 %');
    expect(await form.getByLabel('Anteil').getAttribute('aria-invalid')).toBeNull();
    await form.locator('button', { hasText: 'Entwurf anlegen' }).click();
    await page.locator('.banner-success').waitFor();
    expect(await sent(s, 'invoiceCreateDraft')).toEqual([
      {
        orderNo: '2026-0042',
        type: 'downPayment',
        share: '30 %',
        picks: [],
        supplyFrom: '',
        supplyTo: '',
        skontoPercent: '',
        skontoDays: '',
        resolved: [],
      },
    ]);
    expect(await page.locator('.banner-success').textContent()).toContain('Rechnungsentwurf ist angelegt');
    expect(await page.locator('.invoice-form').count()).toBe(0);
    expect(await page.locator('.invoice-item .quote-topline').textContent()).toContain('Anzahlungsrechnung');
    clean(s);
  });

  test('a partial invoice sends the ticked positions with their quantities; a server error lands at its quantity', async () => {
    const s = await start(billed(), {
      invoiceCreateDraft: [
        {
          result: fail({
            message: 'Menge in dieser Rechnung: Bitte eine Menge wie 7,5 eingeben.',
            fields: [
              {
                field: 'picks.0.quantity',
                message: 'Menge in dieser Rechnung: Bitte eine Menge wie 7,5 eingeben.',
              },
            ],
          }),
        },
        { result: ok(billed({ invoices: [draft] })) },
      ],
    });
    const { page } = s;
    await openForm(s, 'Teilrechnung');
    const rows = page.locator('.invoice-form .pick-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).getByLabel('Menge in dieser Rechnung').inputValue()).toBe('40');
    expect(await rows.nth(1).getByLabel('Menge in dieser Rechnung').inputValue()).toBe('8,5');
    await page.getByLabel('Leistung von').fill('2026-05-01');
    await page.getByLabel('Leistung bis').fill('2026-05-31');
    await page.getByLabel('Skonto (%)').fill('2');
    await page.getByLabel('Skonto-Frist (Tage)').fill('10');
    // Nothing ticked: caught here.
    await page.locator('.invoice-form button', { hasText: 'Entwurf anlegen' }).click();
    expect(await page.locator('.pick-box > .field-error').textContent()).toBe(
      'Bitte mindestens eine Position wählen.',
    );
    // Typing a quantity ticks its position.
    await rows.nth(1).getByLabel('Menge in dieser Rechnung').fill('4x');
    expect(await rows.nth(1).getByRole('checkbox').isChecked()).toBe(true);
    expect(await rows.nth(0).getByRole('checkbox').isChecked()).toBe(false);
    await page.locator('.invoice-form button', { hasText: 'Entwurf anlegen' }).click();
    const error = rows.nth(1).locator('.pick-qty .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Bitte eine Menge wie 7,5 eingeben.');
    expect(await page.locator('.banner-error').count()).toBe(0);
    await rows.nth(1).getByLabel('Menge in dieser Rechnung').fill('4');
    await page.locator('.invoice-form button', { hasText: 'Entwurf anlegen' }).click();
    await page.locator('.banner-success').waitFor();
    const calls = await sent(s, 'invoiceCreateDraft');
    expect(calls[1]).toEqual({
      orderNo: '2026-0042',
      type: 'partial',
      share: '',
      picks: [{ id: 'P-2', quantity: '4' }],
      supplyFrom: '2026-05-01',
      supplyTo: '2026-05-31',
      skontoPercent: '2',
      skontoDays: '10',
      resolved: [],
    });
    clean(s);
  });

  test('a missing supply date is caught at the field before any call', async () => {
    const s = await start(billed());
    const { page } = s;
    await page.locator('.invoice-panel button', { hasText: 'Neue Rechnung' }).click();
    expect(await page.getByLabel('Rechnung über offene Positionen').isChecked()).toBe(true);
    await page.locator('.invoice-form button', { hasText: 'Entwurf anlegen' }).click();
    const from = page.getByLabel('Leistung von');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('supplyFrom');
    expect(await page.locator('.invoice-form .field-error:not([hidden])').allTextContents()).toEqual([
      'Bitte ausfüllen.',
    ]);
    await page.waitForTimeout(100);
    expect(await sent(s, 'invoiceCreateDraft')).toEqual([]);
    clean(s);
  });

  test('a final invoice sends the unpaid down payments the user resolves', async () => {
    const down = invoiceSummary({
      id: 'INV-9',
      number: 'RE-2026-0009',
      type: 'downPayment',
      openCents: 357_000,
    });
    const s = await start(billed({ invoices: [down] }), {
      invoiceCreateDraft: [{ result: ok(billed({ invoices: [down, draftInvoice({ type: 'final' })] })) }],
    });
    const { page } = s;
    await openForm(s, 'Schlussrechnung');
    await page.getByLabel('RE-2026-0009 · Offen 3.570,00 €').check();
    await page.getByLabel('Leistung von').fill('2026-05-01');
    await page.locator('.invoice-form button', { hasText: 'Entwurf anlegen' }).click();
    await page.locator('.banner-success').waitFor();
    expect(await sent(s, 'invoiceCreateDraft')).toEqual([
      expect.objectContaining({ type: 'final', picks: [], resolved: ['INV-9'], supplyFrom: '2026-05-01' }),
    ]);
    clean(s);
  });

  test('issuing with missing data lists every missing item, with "Try again"', async () => {
    const missing = [
      { field: 'recipient.address', message: 'Anschrift des Kunden' },
      {
        field: 'company.taxNumber',
        message: 'Steuernummer oder USt-IdNr. des Rechnungsstellers (Einstellungen)',
      },
      { field: 'supply', message: 'Leistungsdatum oder -zeitraum' },
    ];
    const s = await start(twoInvoices, {
      invoiceIssue: [
        { result: fail({ code: 'missing.recipientAddress', message: missing[0].message, fields: missing }) },
      ],
    });
    const { page } = s;
    await page.locator('.invoice-actions button', { hasText: 'Rechnung stellen' }).click();
    const error = page.locator('.notice-host .banner-error');
    await error.waitFor();
    expect(await error.locator('p').textContent()).toContain('kann noch nicht gestellt werden');
    expect(await error.locator('.banner-list li').allTextContents()).toEqual(missing.map((m) => m.message));
    expect(await error.locator('button', { hasText: 'Erneut versuchen' }).count()).toBe(1);
    expect(await sent(s, 'invoiceIssue')).toEqual([{ id: 'INV-2' }]);
    await page.locator('.invoice-item button', { hasText: 'Stornieren' }).click();
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-invoices-missing.png' });
    clean(s);
  });

  test('issuing shows the new number and the warnings', async () => {
    const warnings = ['Position 2 („Nutzungsrechte“) trägt 7 % USt.', 'Kleinbetragsrechnung möglich.'];
    const s = await start(twoInvoices, { invoiceIssue: [{ result: ok(result({ warnings })) }] });
    const { page } = s;
    await page.locator('.invoice-actions button', { hasText: 'Rechnung stellen' }).click();
    const notice = page.locator('.notice-host .banner-info');
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe('Rechnung RE-2026-0018 ist gestellt.');
    expect(await notice.locator('.banner-list li').allTextContents()).toEqual(warnings);
    expect(await page.locator('.invoice-item .quote-no').allTextContents()).toEqual([
      'RE-2026-0017',
      'RE-2026-0018',
    ]);
    clean(s);
  });

  test('"Zahlung / Mahnen" opens the receivables dialog at that invoice', async () => {
    const s = await start(twoInvoices, { sidebarOpenReceivables: [{ result: ok(null) }] });
    await s.page.locator('.invoice-actions button', { hasText: 'Zahlung / Mahnen' }).click();
    await s.page.waitForTimeout(100);
    expect(await sent(s, 'sidebarOpenReceivables')).toEqual([{ invoiceId: issued.id, tab: 'items' }]);
    clean(s);
  });

  test('Cancel asks inline first ("No" keeps it), then sends invoiceCancel', async () => {
    const s = await start(twoInvoices, {
      invoiceCancel: [{ result: ok(result({ number: 'RE-2026-0019', unknownPlaceholders: ['{{x}}'] })) }],
    });
    const { page } = s;
    const row = page.locator('.invoice-item').first();
    await row.locator('button', { hasText: 'Stornieren' }).click();
    const ask = row.locator('.confirm-box');
    expect(await ask.locator('p').textContent()).toContain('Rechnung RE-2026-0017 stornieren?');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, stornieren');
    await ask.locator('button', { hasText: 'Nein' }).click();
    expect(await row.locator('.confirm-box').count()).toBe(0);
    expect(await sent(s, 'invoiceCancel')).toEqual([]);
    await row.locator('button', { hasText: 'Stornieren' }).click();
    await row.locator('button', { hasText: 'Ja, stornieren' }).click();
    const notice = page.locator('.notice-host .banner-warning');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Rechnung RE-2026-0017 ist storniert durch RE-2026-0019.');
    expect(await notice.textContent()).toContain('{{x}}');
    expect(await sent(s, 'invoiceCancel')).toEqual([{ id: 'INV-1' }]);
    clean(s);
  });

  test('a tampered invoice shows the warning and offers no action', async () => {
    const s = await start(
      billed({ invoices: [invoiceSummary({ tampered: true }), draftInvoice({ tampered: true })] }),
    );
    const rows = s.page.locator('.invoice-item');
    expect(await rows.nth(0).locator('.invoice-warning').textContent()).toContain('Von Hand geändert');
    expect(await rows.nth(1).locator('.invoice-warning').count()).toBe(1);
    expect(await s.page.locator('.invoice-item button').count()).toBe(0);
    clean(s);
  });

  test('a javascript: doc link is not made a link and markup in a title stays text', async () => {
    const s = await start(
      billed({
        invoices: [
          invoiceSummary({
            title: XSS_NAME,
            docUrl: 'javascript:alert(1)',
            pdfUrl: 'data:text/html,<b>x</b>',
          }),
        ],
        unbilled: [{ id: 'P-1', description: XSS_NAME, quantity: '1', netCents: 100 }],
      }),
    );
    const { page } = s;
    expect(await page.locator('.invoice-title').textContent()).toBe(XSS_NAME);
    expect(await page.locator('.invoice-panel a').count()).toBe(0);
    await openForm(s, 'Teilrechnung');
    expect(await page.locator('.pick-row label.check').textContent()).toContain(XSS_NAME);
    expect(await page.locator('img').count()).toBe(0);
    clean(s);
  });

  test('speaks English when the sidebar does', async () => {
    const s = await start(twoInvoices, {}, 'en');
    const panel = s.page.locator('.invoice-panel');
    expect(await panel.locator('.invoice-sums').textContent()).toContain('Not yet billed (net)');
    expect(await panel.locator('.invoice-item .quote-no').allTextContents()).toEqual([
      'RE-2026-0017',
      'Draft',
    ]);
    expect(await panel.locator('.invoice-actions button').allTextContents()).toEqual([
      'Payment / dunning',
      'Cancel invoice',
      'Issue invoice',
    ]);
    await panel.locator('button', { hasText: 'New invoice' }).click();
    expect(await panel.getByLabel('Invoice for all open positions').isChecked()).toBe(true);
    clean(s);
  });
});
