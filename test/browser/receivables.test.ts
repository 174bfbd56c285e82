// The built receivables dialog (dist/receivables.html) in headless Chromium against a fake google.script.run:
// open items, payments, dunning, dunning blocks and the bank statement import.
import type { Locator } from 'playwright-core';
import type {
  DunningPreviewDto,
  DunningResultDto,
  ImportResultDto,
  OpenItemDto,
  OpenItemsDto,
  PaymentResultDto,
  ReceivablesBoot,
  StatementPreviewDto,
  StatementRowDto,
} from '../../src/shared/receivablesContract';
import { fail, ok, XSS_NAME } from './support/fixtures';
import {
  type Call,
  clean,
  noHorizontalScroll,
  openReceivables,
  type Script,
  type Sidebar,
  useBrowser,
} from './support/harness';

const session = useBrowser();

const TODAY = '2026-06-20';
const XSS_TEXT = '<b onmouseover=alert(2)>RE-2026-0021</b><script>alert(3)</script>';

function openItem(overrides: Partial<OpenItemDto> = {}): OpenItemDto {
  return {
    invoiceId: 'INV-10',
    number: 'RE-2026-0021',
    orderNo: '2026-0031',
    client: 'Müller GmbH',
    issueDate: '2026-04-16',
    dueDate: '2026-04-30',
    daysOverdue: 51,
    bucket: 'd31to60',
    dueCents: 1_190_000,
    paidCents: 0,
    openCents: 1_190_000,
    lastLevel: 'Zahlungserinnerung',
    lastDate: '2026-05-10',
    lastDeadline: '2026-05-24',
    next: { level: 'first', label: '1. Mahnung', dueFrom: '2026-05-24', isDue: true },
    block: null,
    blockLabel: '',
    pdfUrl: 'https://drive.google.com/file/d/re-0021/view',
    ...overrides,
  };
}

/** Three invoices in the server's order (most overdue first), not in number order. */
const OVERDUE = openItem();
const DISPUTED = openItem({
  invoiceId: 'INV-14',
  number: 'RE-2026-0009',
  orderNo: '2026-0035',
  client: 'Studio Nord Kommunikationsdesign und Fotografie GmbH & Co. KG',
  issueDate: '2026-05-22',
  dueDate: '2026-06-05',
  daysOverdue: 15,
  bucket: 'd1to30',
  dueCents: 119_000,
  paidCents: 59_500,
  openCents: 59_500,
  lastLevel: '',
  lastDate: null,
  lastDeadline: null,
  next: { level: 'reminder', label: 'Zahlungserinnerung', dueFrom: '2026-06-12', isDue: true },
  block: 'dispute',
  blockLabel: 'Streitfall',
  pdfUrl: '',
});
const DUE_SOON = openItem({
  invoiceId: 'INV-17',
  number: 'RE-2026-0030',
  orderNo: '2026-0042',
  client: 'Bäckerei Schön',
  issueDate: '2026-06-11',
  dueDate: '2026-06-25',
  daysOverdue: 0,
  bucket: 'notDue',
  dueCents: 1_487_500,
  openCents: 1_487_500,
  lastLevel: '',
  lastDate: null,
  lastDeadline: null,
  next: { level: 'reminder', label: 'Zahlungserinnerung', dueFrom: '2026-07-02', isDue: false },
  pdfUrl: '',
});

function openItems(items: OpenItemDto[] = [OVERDUE, DISPUTED, DUE_SOON]): OpenItemsDto {
  const sum = (bucket: OpenItemDto['bucket']) => {
    const of = items.filter((i) => i.bucket === bucket);
    return { count: of.length, openCents: of.reduce((s, i) => s + i.openCents, 0) };
  };
  return {
    today: TODAY,
    totalCents: items.reduce((s, i) => s + i.openCents, 0),
    count: items.length,
    buckets: [
      { bucket: 'notDue', label: 'Nicht fällig', ...sum('notDue') },
      { bucket: 'd1to30', label: '1–30 Tage überfällig', ...sum('d1to30') },
      { bucket: 'd31to60', label: '31–60 Tage überfällig', ...sum('d31to60') },
    ],
    items,
  };
}

function dunningPreview(overrides: Partial<DunningPreviewDto> = {}): DunningPreviewDto {
  return {
    invoiceId: 'INV-10',
    number: 'RE-2026-0021',
    level: 'first',
    levelLabel: '1. Mahnung',
    blocked: '',
    inDefault: true,
    defaultFrom: '2026-05-01',
    openCents: 1_190_000,
    interestCents: 18_739,
    interestLines: ['01.05.2026–20.06.2026: 51 Tage × 11,27 % auf 11.900,00 € = 187,39 €'],
    feeCents: 0,
    lumpSumCents: 4_000,
    totalCents: 1_212_739,
    deadline: '2026-07-04',
    email: 'buchhaltung@mueller.example',
    ...overrides,
  };
}

function txRow(overrides: Partial<StatementRowDto> & Pick<StatementRowDto, 'txId'>): StatementRowDto {
  return {
    line: 2,
    date: '2026-06-18',
    amountCents: 1_190_000,
    payer: 'Müller GmbH',
    text: 'RE-2026-0021',
    kind: 'sure',
    via: 'Rechnungsnummer im Verwendungszweck',
    invoiceId: 'INV-10',
    candidates: [],
    outcome: 'Bezahlt',
    ...overrides,
  };
}

const INVOICE_CHOICES = [
  { invoiceId: 'INV-10', label: 'RE-2026-0021 · Müller GmbH · 11.900,00 €' },
  { invoiceId: 'INV-14', label: 'RE-2026-0009 · Studio Nord · 595,00 €' },
  { invoiceId: 'INV-17', label: 'RE-2026-0030 · Bäckerei Schön · 14.875,00 €' },
];

function review(
  overrides: Partial<Extract<StatementPreviewDto, { kind: 'review' }>> = {},
): StatementPreviewDto {
  return {
    kind: 'review',
    format: 'CSV (Sparkasse)',
    accountIban: 'DE02120300000000202051',
    ibanWarning: 'Der Kontoauszug gehört zum Konto DE02 1203 …, nicht zum Konto der Agentur (DE89 3704 …).',
    rows: [
      txRow({ txId: 'tx-1' }),
      txRow({
        txId: 'tx-2',
        line: 3,
        amountCents: 59_500,
        payer: 'Studio Nord',
        text: 'Rechnung Juni',
        kind: 'suggestion',
        via: 'Betrag und Zahler',
        invoiceId: null,
        candidates: [INVOICE_CHOICES[1], INVOICE_CHOICES[2]],
        outcome: '',
      }),
      txRow({
        txId: 'tx-3',
        line: 4,
        amountCents: 12_345,
        payer: XSS_NAME,
        text: XSS_TEXT,
        kind: 'unmatched',
        via: '',
        invoiceId: null,
        outcome: '',
      }),
      txRow({
        txId: 'tx-4',
        line: 5,
        amountCents: 1_487_500,
        payer: 'Bäckerei Schön',
        text: 'RE-2026-0030',
        kind: 'duplicate',
        via: '',
        invoiceId: null,
        outcome: '',
      }),
      txRow({
        txId: 'tx-5',
        line: 6,
        amountCents: 1_487_500,
        payer: 'Bäckerei Schön',
        text: 'RE-2026-0030 Danke',
        invoiceId: 'INV-17',
      }),
    ],
    skippedDebits: 3,
    problems: [{ line: 7, message: 'Betrag „abc“ ist keine Zahl.' }],
    invoices: INVOICE_CHOICES,
    ...overrides,
  };
}

const CSV = [
  'Buchungstag;Betrag;Auftraggeber;Verwendungszweck',
  '18.06.2026;11.900,00;Müller GmbH;RE-2026-0021',
  `18.06.2026;123,45;${XSS_NAME};${XSS_TEXT}`,
].join('\n');

async function start(
  script: Script = {},
  boot: Partial<ReceivablesBoot> = {},
  size: { width?: number; height?: number } = {},
): Promise<Sidebar> {
  // Without a boot of its own the harness's default applies: German, open items, no invoice.
  const options =
    Object.keys(boot).length === 0
      ? size
      : { boot: { lang: 'de' as const, tab: 'items' as const, invoiceId: '', ...boot }, ...size };
  const s = await openReceivables(
    session.browser(),
    { receivablesLoad: [{ result: ok(openItems()) }], ...script },
    options,
  );
  session.track(s);
  await s.page
    .locator(boot.tab === 'import' ? '.rcv-import' : '.rcv-list, .rcv-items p')
    .first()
    .waitFor();
  return s;
}

const itemRows = (s: Sidebar): Locator => s.page.locator('.rcv-list tbody tr[data-invoice]');
const itemRow = (s: Sidebar, invoiceId: string): Locator =>
  s.page.locator(`.rcv-list tbody tr[data-invoice="${invoiceId}"]`);
const cell = (row: Locator, col: string): Locator => row.locator(`td.col-${col}`);
const message = (s: Sidebar): Locator => s.page.locator('.rcv-app > .rcv-msg');
const reviewRows = (s: Sidebar): Locator => s.page.locator('.rcv-review tbody tr');

async function callsOf(s: Sidebar, name: Call['name']): Promise<unknown[]> {
  return (await s.calls()).filter((c) => c.name === name).map((c) => c.args[0]);
}

/** Waits for the n-th call of `name` and returns its argument. */
async function nthCall(s: Sidebar, name: Call['name'], n = 1): Promise<unknown> {
  await s.page.waitForFunction(
    ([fn, count]) =>
      (window as unknown as { __calls: { name: string }[] }).__calls.filter((c) => c.name === fn).length >=
      (count as number),
    [name, n] as const,
  );
  return (await callsOf(s, name))[n - 1];
}

/** User data became no element: no image, bold text, script or event handler attribute in the dialog. */
async function noInjectedMarkup(s: Sidebar): Promise<void> {
  expect(
    await s.page.locator('#app img, #app b, #app script, #app [onerror], #app [onmouseover]').count(),
  ).toBe(0);
}

/**
 * Nothing sticks out past the dialog's right edge. base.css clips horizontal overflow, so the page never scrolls
 * sideways even when a table is too wide: this looks at every element (a scroll box's content may be wider).
 */
async function fits(s: Sidebar): Promise<void> {
  await noHorizontalScroll(s);
  const outside = await s.page.evaluate(() => {
    const app = document.getElementById('app') as HTMLElement;
    // The app's content box: its padding is the dialog's margin.
    const right = app.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(app).paddingRight);
    return Array.from(app.querySelectorAll<HTMLElement>('*'))
      .filter((e) => !e.parentElement?.closest('.rcv-sample') && e.getClientRects().length > 0)
      .filter((e) => e.getBoundingClientRect().right > right + 0.5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)} > ${right}`,
      );
  });
  expect(outside).toEqual([]);
}

/** A button's label sits on one line (a squeezed column breaks "Zahlung" into "Za hl un g"). */
async function oneLine(button: Locator): Promise<void> {
  const box = await button.boundingBox();
  expect(box).not.toBeNull();
  expect(box?.height).toBeLessThanOrEqual(34);
}

describe('receivables dialog: open items', () => {
  test('buckets and total in German money, rows in the server order, overdue and due-soon rows marked', async () => {
    const s = await start();
    const { page } = s;
    expect((await s.calls()).map((c) => [c.name, c.args])).toEqual([['receivablesLoad', []]]);
    expect(await page.locator('#tab-items').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.rcv-bucket .rcv-bucket-label').allTextContents()).toEqual([
      'Offen gesamt',
      'Nicht fällig (1)',
      '1–30 Tage überfällig (1)',
      '31–60 Tage überfällig (1)',
    ]);
    expect(await page.locator('.rcv-bucket strong').allTextContents()).toEqual([
      '27.370,00 €',
      '14.875,00 €',
      '595,00 €',
      '11.900,00 €',
    ]);
    expect(await page.locator('.rcv-bucket.late').count()).toBe(2);
    expect(await page.locator('.rcv-list thead th').allTextContents()).toEqual([
      'Rechnung',
      'Kunde',
      'Fällig',
      'Tage überfällig',
      'Offen',
      'Mahnstand',
      'Nächster Schritt',
      'Mahnsperre',
      '',
    ]);
    expect(await itemRows(s).locator('.rcv-number').allTextContents()).toEqual([
      'RE-2026-0021',
      'RE-2026-0009',
      'RE-2026-0030',
    ]);

    const overdue = itemRow(s, 'INV-10');
    expect(await overdue.getAttribute('class')).toContain('overdue');
    expect(await cell(overdue, 'invoice').textContent()).toBe('RE-2026-00212026-0031');
    expect(await cell(overdue, 'client').textContent()).toBe('Müller GmbH');
    expect(await cell(overdue, 'due').textContent()).toBe('30.04.2026');
    expect(await cell(overdue, 'days').textContent()).toBe('51');
    expect(await cell(overdue, 'open').textContent()).toBe('11.900,00 €');
    expect(await cell(overdue, 'dunning').textContent()).toBe('Zahlungserinnerung10.05.2026');
    expect(await cell(overdue, 'next').textContent()).toBe('1. Mahnung');
    expect(await overdue.locator('select').inputValue()).toBe('');

    const disputed = itemRow(s, 'INV-14');
    expect(await disputed.getAttribute('class')).toContain('overdue');
    expect(await cell(disputed, 'open').textContent()).toBe('595,00 €');
    expect(await cell(disputed, 'dunning').textContent()).toBe('–');
    expect(await cell(disputed, 'next').textContent()).toBe('Streitfall');
    expect(await disputed.locator('select').inputValue()).toBe('dispute');

    const soon = itemRow(s, 'INV-17');
    expect(await soon.getAttribute('class')).not.toContain('overdue');
    expect(await soon.getAttribute('class')).toContain('soon');
    expect(await cell(soon, 'days').textContent()).toBe('0');
    expect(await cell(soon, 'next').textContent()).toBe('Zahlungserinnerung ab 02.07.2026');
    expect(await soon.locator('select option').allTextContents()).toEqual([
      'Keine Mahnsperre',
      'Streitfall',
      'Abnahme offen',
      'Erst anrufen',
    ]);

    // No squeezed column: the buttons keep their labels on one line, the page fits 1100 px.
    for (const b of await page.locator('.rcv-list .col-actions .btn').all()) await oneLine(b);
    await fits(s);
    await page.screenshot({ path: '/tmp/receivables-items.png' });
    clean(s);
  });

  test('"Zahlung" opens the form with the open amount; booking sends exactly the five fields and shows the answer', async () => {
    const after = openItems([openItem({ paidCents: 500_000, openCents: 690_000 }), DISPUTED, DUE_SOON]);
    const paid: PaymentResultDto = {
      message: 'Teilzahlung gebucht, offen 6.900,00 €.',
      overpaid: false,
      items: after,
    };
    const s = await start({ paymentRecord: [{ result: ok(paid) }] });
    const { page } = s;
    const row = itemRow(s, 'INV-10');
    await row.getByRole('button', { name: 'Zahlung' }).click();
    const form = page.locator('form.rcv-pay');
    await form.waitFor();
    expect(await form.count()).toBe(1);
    expect(await row.getByRole('button', { name: 'Zahlung' }).getAttribute('aria-expanded')).toBe('true');
    expect(await form.getByLabel('Betrag').inputValue()).toBe('11.900,00');
    expect(await form.getByLabel('Datum').inputValue()).toBe(TODAY);
    expect(await form.getByLabel('Zahlungsart').inputValue()).toBe('transfer');
    expect(await form.locator('select option').allTextContents()).toEqual([
      'Überweisung',
      'Bar',
      'Karte',
      'PayPal',
      'Sonstige',
    ]);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('11.900,00');
    await fits(s);
    await page.screenshot({ path: '/tmp/receivables-payment.png' });

    await form.getByLabel('Betrag').fill('5.000,00');
    await form.getByLabel('Datum').fill('2026-06-18');
    await form.getByLabel('Zahlungsart').selectOption('cash');
    await form.getByLabel('Notiz').fill('Anzahlung laut Telefonat');
    await form.getByRole('button', { name: 'Zahlung buchen' }).click();
    const sent = await nthCall(s, 'paymentRecord');
    expect(sent).toEqual({
      invoiceId: 'INV-10',
      date: '2026-06-18',
      amount: '5.000,00',
      method: 'cash',
      note: 'Anzahlung laut Telefonat',
    });
    expect(Object.keys(sent as object).sort()).toEqual(['amount', 'date', 'invoiceId', 'method', 'note']);

    await message(s).filter({ hasText: 'Teilzahlung gebucht' }).waitFor();
    expect(await message(s).textContent()).toBe('Teilzahlung gebucht, offen 6.900,00 €.');
    expect(await message(s).getAttribute('class')).toBe('rcv-msg');
    // The table is the answer's: the new open amount, the new total, the form gone, nothing loaded again.
    expect(await cell(itemRow(s, 'INV-10'), 'open').textContent()).toBe('6.900,00 €');
    expect(await page.locator('.rcv-bucket strong').first().textContent()).toBe('22.370,00 €');
    expect(await page.locator('form.rcv-pay').count()).toBe(0);
    expect((await s.calls()).map((c) => c.name)).toEqual(['receivablesLoad', 'paymentRecord']);
    clean(s);
  });

  test('an overpayment is reported as a warning', async () => {
    const s = await start({
      paymentRecord: [
        { result: ok({ message: 'Überzahlt um 100,00 €.', overpaid: true, items: openItems([DISPUTED]) }) },
      ],
    });
    await itemRow(s, 'INV-17').getByRole('button', { name: 'Zahlung' }).click();
    const form = s.page.locator('form.rcv-pay');
    expect(await form.getByLabel('Betrag').inputValue()).toBe('14.875,00');
    await form.getByLabel('Betrag').fill('14.975,00');
    // Enter in a field books, like the button.
    await form.getByLabel('Betrag').press('Enter');
    expect(await nthCall(s, 'paymentRecord')).toMatchObject({ invoiceId: 'INV-17', amount: '14.975,00' });
    await s.page.locator('.rcv-app > .rcv-msg.warn').waitFor();
    expect(await message(s).textContent()).toBe('Überzahlt um 100,00 €.');
    expect(await itemRows(s).count()).toBe(1);
    clean(s);
  });

  test('a field error shows at its field; an error about no field and a lost connection in the message line', async () => {
    const amountError = 'Betrag: Der Zahlbetrag muss größer als 0,00 € sein.';
    const gone = 'Die Rechnung INV-10 gibt es nicht (mehr).';
    const s = await start({
      paymentRecord: [
        { result: fail({ message: amountError, fields: [{ field: 'amount', message: amountError }] }) },
        {
          result: fail({ code: 'err.invoices.none', message: gone, fields: [{ field: '', message: gone }] }),
        },
        { failure: 'NetworkError: Connection failure due to HTTP 0' },
      ],
    });
    const { page } = s;
    await itemRow(s, 'INV-10').getByRole('button', { name: 'Zahlung' }).click();
    const form = page.locator('form.rcv-pay');
    const amount = form.getByLabel('Betrag');
    await amount.fill('0');
    await form.getByRole('button', { name: 'Zahlung buchen' }).click();
    const error = form.locator('.w-amount .field-error');
    await error.waitFor();
    // Beside the field its label is on screen already: the message without "Betrag: ".
    expect(await error.textContent()).toBe('Der Zahlbetrag muss größer als 0,00 € sein.');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await amount.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
    expect(
      await page.evaluate(() => document.activeElement?.closest('.field')?.classList.contains('w-amount')),
    ).toBe(true);
    expect(await message(s).isHidden()).toBe(true);
    expect(await form.isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/receivables-field-error.png' });

    await amount.fill('100,00');
    await form.getByRole('button', { name: 'Zahlung buchen' }).click();
    await page.locator('.rcv-app > .rcv-msg.err').waitFor();
    expect(await message(s).textContent()).toBe(gone);
    expect(await error.isHidden()).toBe(true);
    expect(await amount.getAttribute('aria-invalid')).toBeNull();

    await form.getByRole('button', { name: 'Zahlung buchen' }).click();
    await message(s).filter({ hasText: 'Connection failure' }).waitFor();
    expect(await message(s).getAttribute('class')).toBe('rcv-msg err');
    // Nothing was booked: the form and the amount typed are still there.
    expect(await amount.inputValue()).toBe('100,00');
    expect(await form.getByRole('button', { name: 'Zahlung buchen' }).isEnabled()).toBe(true);
    expect((await callsOf(s, 'paymentRecord')).length).toBe(3);
    clean(s);
  });

  test('opened for one invoice, the dialog starts at its payment form', async () => {
    const s = await start({}, { invoiceId: 'INV-14' });
    const form = s.page.locator('form.rcv-pay');
    await form.waitFor();
    expect(await form.getByLabel('Betrag').inputValue()).toBe('595,00');
    // The form belongs to the row of INV-14: the panel row right after it.
    expect(
      await itemRow(s, 'INV-14').evaluate(
        (tr) => tr.nextElementSibling?.querySelector('form.rcv-pay') !== null,
      ),
    ).toBe(true);
    // Its button closes it again.
    const pay = itemRow(s, 'INV-14').getByRole('button', { name: 'Zahlung' });
    expect(await pay.getAttribute('aria-expanded')).toBe('true');
    await pay.click();
    expect(await form.isHidden()).toBe(true);
    expect(await pay.getAttribute('aria-expanded')).toBe('false');
    clean(s);
  });
});

describe('receivables dialog: dunning', () => {
  test('"Mahnen" shows the letter as the server computed it; "Erstellen und senden" sends to the typed address', async () => {
    const result: DunningResultDto = {
      docUrl: 'https://docs.google.com/document/d/mahnung-1/edit',
      pdfUrl: 'https://drive.google.com/file/d/mahnung-1/view',
      sentTo: 'mahnung@mueller.example',
      message: '1. Mahnung erstellt und an mahnung@mueller.example gesendet.',
      items: openItems([
        openItem({ lastLevel: '1. Mahnung', lastDate: TODAY, next: null }),
        DISPUTED,
        DUE_SOON,
      ]),
    };
    const s = await start({
      dunningPreview: [{ result: ok(dunningPreview()) }],
      dunningCreate: [{ result: ok(result) }],
    });
    const { page } = s;
    await itemRow(s, 'INV-10').getByRole('button', { name: 'Mahnen' }).click();
    expect(await nthCall(s, 'dunningPreview')).toEqual({ invoiceId: 'INV-10' });
    const panel = page.locator('.rcv-dun');
    await panel.locator('.rcv-figures').waitFor();
    expect(await panel.locator('.rcv-dun-level').textContent()).toBe('Schreiben: 1. Mahnung');
    expect(await panel.locator('.rcv-default').textContent()).toBe('Verzug seit 01.05.2026');
    const figures = await panel
      .locator('.rcv-figures tr')
      .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent)));
    expect(figures).toEqual([
      ['Offen', '11.900,00 €'],
      ['Verzugszinsen', '187,39 €'],
      ['Verzugspauschale', '40,00 €'],
      ['Gefordert', '12.127,39 €'],
    ]);
    expect(await panel.locator('.rcv-interest-lines li').allTextContents()).toEqual([
      '01.05.2026–20.06.2026: 51 Tage × 11,27 % auf 11.900,00 € = 187,39 €',
    ]);
    expect(await panel.locator('.rcv-deadline').textContent()).toBe('Neue Frist: 04.07.2026');
    expect(await panel.getByLabel('E-Mail an').inputValue()).toBe('buchhaltung@mueller.example');
    const pdf = panel.getByRole('link', { name: 'Rechnung RE-2026-0021 (PDF)' });
    expect(await pdf.getAttribute('href')).toBe('https://drive.google.com/file/d/re-0021/view');
    expect(await pdf.getAttribute('target')).toBe('_blank');
    await fits(s);
    await page.screenshot({ path: '/tmp/receivables-dunning.png' });

    await panel.getByLabel('E-Mail an').fill('mahnung@mueller.example');
    await panel.getByRole('button', { name: 'Erstellen und senden' }).click();
    expect(await nthCall(s, 'dunningCreate')).toEqual({
      invoiceId: 'INV-10',
      send: true,
      email: 'mahnung@mueller.example',
    });
    await message(s).filter({ hasText: '1. Mahnung erstellt' }).waitFor();
    expect(await message(s).textContent()).toBe(
      '1. Mahnung erstellt und an mahnung@mueller.example gesendet. Dokument öffnen',
    );
    expect(await message(s).getByRole('link', { name: 'Dokument öffnen' }).getAttribute('href')).toBe(
      result.docUrl,
    );
    expect(await cell(itemRow(s, 'INV-10'), 'dunning').textContent()).toBe('1. Mahnung20.06.2026');
    expect(await cell(itemRow(s, 'INV-10'), 'next').textContent()).toBe('–');
    expect(await page.locator('.rcv-dun').count()).toBe(0);
    clean(s);
  });

  test('not yet in default: no interest lines; "Nur erstellen" sends send:false; a blocked order offers no letter', async () => {
    const s = await start({
      dunningPreview: [
        {
          result: ok(
            dunningPreview({
              invoiceId: 'INV-14',
              level: 'reminder',
              levelLabel: 'Zahlungserinnerung',
              blocked: 'Mahnsperre: Streitfall. Erst die Sperre aufheben.',
              inDefault: false,
              defaultFrom: null,
              openCents: 59_500,
              interestCents: 0,
              interestLines: [],
              lumpSumCents: 0,
              totalCents: 59_500,
            }),
          ),
        },
        {
          result: ok(
            dunningPreview({
              invoiceId: 'INV-17',
              level: 'reminder',
              levelLabel: 'Zahlungserinnerung',
              inDefault: false,
              defaultFrom: null,
              openCents: 1_487_500,
              interestCents: 0,
              interestLines: [],
              lumpSumCents: 0,
              feeCents: 500,
              totalCents: 1_488_000,
              email: '',
            }),
          ),
        },
      ],
      dunningCreate: [
        { result: ok({ docUrl: '', pdfUrl: '', sentTo: '', message: 'Erstellt.', items: openItems() }) },
      ],
    });
    const { page } = s;
    await itemRow(s, 'INV-14').getByRole('button', { name: 'Mahnen' }).click();
    const blocked = page.locator('.rcv-dun');
    await blocked.locator('.rcv-blocked').waitFor();
    expect(await blocked.locator('.rcv-blocked').textContent()).toBe(
      'Mahnsperre: Streitfall. Erst die Sperre aufheben.',
    );
    expect(await blocked.getByRole('button', { name: 'Erstellen und senden' }).count()).toBe(0);
    expect(await blocked.getByRole('button', { name: 'Nur erstellen' }).count()).toBe(0);
    await blocked.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await page.locator('.rcv-panel-row:not([hidden])').count()).toBe(0);

    await itemRow(s, 'INV-17').getByRole('button', { name: 'Mahnen' }).click();
    const panel = page.locator('.rcv-panel-row:not([hidden]) .rcv-dun');
    await panel.locator('.rcv-figures').waitFor();
    expect(await panel.locator('.rcv-default').textContent()).toBe(
      'Noch nicht in Verzug: keine Zinsen, keine Gebühren.',
    );
    expect(await panel.locator('.rcv-figures th').allTextContents()).toEqual([
      'Offen',
      'Mahngebühr',
      'Gefordert',
    ]);
    expect(await panel.locator('.rcv-interest-lines').count()).toBe(0);
    await panel.getByRole('button', { name: 'Nur erstellen' }).click();
    expect(await nthCall(s, 'dunningCreate')).toEqual({ invoiceId: 'INV-17', send: false, email: '' });
    await message(s).filter({ hasText: 'Erstellt.' }).waitFor();
    expect(await message(s).getByRole('link').count()).toBe(0);
    clean(s);
  });

  test('the dunning block select sends the order and the block; a refused change goes back', async () => {
    const s = await start({
      dunningSetBlock: [
        {
          result: ok(
            openItems([openItem({ block: 'callFirst', blockLabel: 'Erst anrufen' }), DISPUTED, DUE_SOON]),
          ),
        },
        { result: fail({ message: 'Die Mahnsperre konnte nicht geändert werden.' }) },
      ],
    });
    const { page } = s;
    await itemRow(s, 'INV-10').getByLabel('Mahnsperre RE-2026-0021').selectOption('callFirst');
    expect(await nthCall(s, 'dunningSetBlock')).toEqual({ orderNo: '2026-0031', block: 'callFirst' });
    await cell(itemRow(s, 'INV-10'), 'next').filter({ hasText: 'Erst anrufen' }).waitFor();
    expect(await itemRow(s, 'INV-10').locator('select').inputValue()).toBe('callFirst');

    await itemRow(s, 'INV-14').getByLabel('Mahnsperre RE-2026-0009').selectOption('');
    expect(await nthCall(s, 'dunningSetBlock', 2)).toEqual({ orderNo: '2026-0035', block: '' });
    await page.locator('.rcv-app > .rcv-msg.err').waitFor();
    expect(await message(s).textContent()).toBe('Die Mahnsperre konnte nicht geändert werden.');
    expect(await itemRow(s, 'INV-14').locator('select').inputValue()).toBe('dispute');
    expect(await itemRow(s, 'INV-14').locator('select').isEnabled()).toBe(true);
    clean(s);
  });
});

describe('receivables dialog: bank statement import', () => {
  test('pasted CSV goes to statementPreview as text; an unknown layout asks for its columns, the mapping goes along', async () => {
    const mappingError = 'Buchungstag: Bitte ausfüllen.';
    const s = await start(
      {
        statementPreview: [
          {
            result: ok({
              kind: 'mapping',
              headers: ['Buchung', 'Wert', 'Auftraggeber', 'Zweck', 'Konto'],
              sample: [['18.06.2026', '11.900,00', 'Müller GmbH', 'RE-2026-0021', 'DE89370400440532013000']],
              message: 'Das Format dieser Datei ist unbekannt: bitte die Spalten zuordnen.',
            }),
          },
          {
            result: fail({
              message: mappingError,
              fields: [{ field: 'mapping.date', message: mappingError }],
            }),
          },
          { result: ok(review({ ibanWarning: '', problems: [] })) },
        ],
      },
      { tab: 'import' },
    );
    const { page } = s;
    expect(await page.locator('#tab-import').getAttribute('aria-selected')).toBe('true');
    // The open items are not loaded until their tab is shown.
    expect(await s.calls()).toEqual([]);

    // "Prüfen" with nothing pasted asks for a statement and sends nothing.
    await page.getByRole('button', { name: 'Prüfen' }).click();
    expect(await message(s).textContent()).toBe(
      'Bitte zuerst einen Kontoauszug einfügen oder eine Datei wählen.',
    );
    expect(await s.calls()).toEqual([]);

    await page.getByLabel('Kontoauszug einfügen (CSV) oder Datei wählen (CSV, camt.053 XML)').fill(CSV);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    expect(await nthCall(s, 'statementPreview')).toEqual({
      fileName: 'clipboard',
      encoding: 'text',
      content: CSV,
      mapping: null,
    });

    const mapping = page.locator('.rcv-mapping');
    await mapping.waitFor();
    expect(await message(s).textContent()).toBe(
      'Das Format dieser Datei ist unbekannt: bitte die Spalten zuordnen.',
    );
    expect(await message(s).getAttribute('class')).toBe('rcv-msg warn');
    expect(await mapping.locator('.rcv-sample th').allTextContents()).toEqual([
      'Buchung',
      'Wert',
      'Auftraggeber',
      'Zweck',
      'Konto',
    ]);
    expect(await mapping.locator('.rcv-sample td').nth(2).textContent()).toBe('Müller GmbH');
    expect(await mapping.locator('.field-label').allTextContents()).toEqual([
      'Buchungstag *',
      'Betrag *',
      'Zahler *',
      'Verwendungszweck *',
      'IBAN des Zahlers (optional)',
      'Dezimaltrennzeichen',
    ]);
    expect(await mapping.getByLabel('Buchungstag').locator('option').allTextContents()).toEqual([
      '–',
      'Buchung',
      'Wert',
      'Auftraggeber',
      'Zweck',
      'Konto',
    ]);
    await fits(s);
    await page.screenshot({ path: '/tmp/receivables-mapping.png' });

    // Sent without a booking date: the server's complaint lands at that select.
    await mapping.getByRole('button', { name: 'Prüfen' }).click();
    expect(await nthCall(s, 'statementPreview', 2)).toEqual({
      fileName: 'clipboard',
      encoding: 'text',
      content: CSV,
      mapping: { date: '', amount: '', payer: '', text: '', decimal: ',' },
    });
    const dateError = mapping.locator('.has-error .field-error');
    await dateError.waitFor();
    expect(await dateError.textContent()).toBe('Bitte ausfüllen.');
    expect(await mapping.getByLabel('Buchungstag').getAttribute('aria-invalid')).toBe('true');

    await mapping.getByLabel('Buchungstag').selectOption('Buchung');
    await mapping.getByLabel(/^Betrag/).selectOption('Wert');
    await mapping.getByLabel(/^Zahler/).selectOption('Auftraggeber');
    await mapping.getByLabel('Verwendungszweck').selectOption('Zweck');
    await mapping.getByLabel('IBAN des Zahlers (optional)').selectOption('Konto');
    await mapping.getByLabel('Dezimaltrennzeichen').selectOption('.');
    await mapping.getByRole('button', { name: 'Prüfen' }).click();
    expect(await nthCall(s, 'statementPreview', 3)).toEqual({
      fileName: 'clipboard',
      encoding: 'text',
      content: CSV,
      mapping: {
        date: 'Buchung',
        amount: 'Wert',
        payer: 'Auftraggeber',
        text: 'Zweck',
        iban: 'Konto',
        decimal: '.',
      },
    });
    await page.locator('.rcv-review').waitFor();
    expect(await page.locator('.rcv-mapping').count()).toBe(0);
    // No IBAN warning: the message line is empty.
    expect(await message(s).isHidden()).toBe(true);
    clean(s);
  });

  test('review: sure rows checked, duplicates locked, problems and the IBAN warning shown; booking sends the checked rows', async () => {
    const imported: ImportResultDto = {
      booked: 2,
      skipped: 0,
      totalCents: 1_249_500,
      message: '2 Zahlungen gebucht (12.495,00 €).',
      items: openItems([DUE_SOON]),
    };
    const s = await start(
      {
        statementPreview: [
          { result: ok(review()) },
          {
            result: ok(
              review({
                rows: [
                  txRow({ txId: 'tx-1', kind: 'duplicate', via: '', invoiceId: null, outcome: '' }),
                  txRow({ txId: 'tx-2', kind: 'duplicate', via: '', invoiceId: null, outcome: '' }),
                ],
              }),
            ),
          },
        ],
        statementImport: [{ result: ok(imported) }],
      },
      { tab: 'import' },
    );
    const { page } = s;
    await page.getByLabel('Kontoauszug einfügen (CSV) oder Datei wählen (CSV, camt.053 XML)').fill(CSV);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await reviewRows(s).first().waitFor();

    expect(await message(s).textContent()).toBe(
      'Der Kontoauszug gehört zum Konto DE02 1203 …, nicht zum Konto der Agentur (DE89 3704 …).',
    );
    expect(await message(s).getAttribute('class')).toBe('rcv-msg warn');
    expect(await page.locator('.rcv-summary').textContent()).toBe(
      'CSV (Sparkasse) · DE02120300000000202051 · 3 Belastungen übersprungen.',
    );
    expect(await page.locator('.rcv-review thead th').allTextContents()).toEqual([
      'Buchen',
      'Datum',
      'Betrag',
      'Zahler und Verwendungszweck',
      'Zuordnung',
      'Rechnung',
    ]);
    const checks = reviewRows(s).locator('input[type=checkbox]');
    const selects = reviewRows(s).locator('select');
    const states = () =>
      reviewRows(s).evaluateAll((rows) =>
        rows.map((r) => {
          const c = r.querySelector('input') as HTMLInputElement;
          const sel = r.querySelector('select') as HTMLSelectElement;
          return [c.checked, c.disabled, sel.value, sel.disabled];
        }),
      );
    expect(await states()).toEqual([
      [true, false, 'INV-10', false],
      [false, false, '', false],
      [false, false, '', false],
      [false, true, '', true],
      [true, false, 'INV-17', false],
    ]);
    expect(await reviewRows(s).locator('.rcv-kind').allTextContents()).toEqual([
      'Sicher',
      'Vorschlag',
      'Nicht zugeordnet',
      'Schon gebucht',
      'Sicher',
    ]);
    expect(await reviewRows(s).nth(0).textContent()).toContain('18.06.2026');
    expect(await reviewRows(s).nth(0).textContent()).toContain('11.900,00 €');
    expect(await reviewRows(s).nth(0).textContent()).toContain('Rechnungsnummer im Verwendungszweck');
    expect(await reviewRows(s).nth(0).textContent()).toContain('Bezahlt');
    // A suggestion offers its candidates, an unmatched credit every open invoice.
    expect(await selects.nth(1).locator('option').allTextContents()).toEqual([
      '– Rechnung wählen –',
      'RE-2026-0009 · Studio Nord · 595,00 €',
      'RE-2026-0030 · Bäckerei Schön · 14.875,00 €',
    ]);
    expect(await selects.nth(2).locator('option').count()).toBe(4);
    expect(await page.locator('.rcv-problems').textContent()).toBe(
      'Nicht lesbare ZeilenZeile 7: Betrag „abc“ ist keine Zahl.',
    );
    await fits(s);
    await page.screenshot({ path: '/tmp/receivables-review.png', fullPage: true });

    // Assigning an invoice ticks the row; unticking a sure one leaves it out.
    await selects.nth(1).selectOption('INV-14');
    expect(await checks.nth(1).isChecked()).toBe(true);
    await checks.nth(4).uncheck();
    await page.getByRole('button', { name: 'Ausgewählte buchen' }).click();
    expect(await nthCall(s, 'statementImport')).toEqual({
      statement: { fileName: 'clipboard', encoding: 'text', content: CSV, mapping: null },
      accept: [
        { txId: 'tx-1', invoiceId: 'INV-10' },
        { txId: 'tx-2', invoiceId: 'INV-14' },
      ],
    });
    // The statement is checked again (now shown as booked); the import's message stays.
    expect(await nthCall(s, 'statementPreview', 2)).toEqual({
      fileName: 'clipboard',
      encoding: 'text',
      content: CSV,
      mapping: null,
    });
    await page.waitForFunction(() => document.querySelectorAll('.rcv-review tbody tr').length === 2);
    expect(await message(s).textContent()).toBe('2 Zahlungen gebucht (12.495,00 €).');
    expect(await states()).toEqual([
      [false, true, '', true],
      [false, true, '', true],
    ]);
    expect(await page.getByRole('button', { name: 'Ausgewählte buchen' }).isDisabled()).toBe(true);

    // The open items are the import's answer: no second load.
    await page.locator('#tab-items').click();
    expect(await itemRows(s).locator('.rcv-number').allTextContents()).toEqual(['RE-2026-0030']);
    expect((await s.calls()).map((c) => c.name)).toEqual([
      'statementPreview',
      'statementImport',
      'statementPreview',
    ]);
    clean(s);
  });

  test('a chosen file is sent as its exact bytes in base64, Windows-1252 umlauts untouched', async () => {
    const s = await start({ statementPreview: [{ result: ok(review()) }] }, { tab: 'import' });
    const { page } = s;
    const bytes = Buffer.from(
      'Buchungstag;Betrag;Auftraggeber;Verwendungszweck\r\n18.06.2026;11.900,00;M\xfcller GmbH;Stra\xdfe \x80\r\n',
      'latin1',
    );
    expect(bytes.includes(0xfc)).toBe(true);
    await page.getByLabel('Kontoauszug einfügen (CSV) oder Datei wählen (CSV, camt.053 XML)').fill('alt');
    await page
      .getByLabel('Kontoauszug-Datei')
      .setInputFiles({ name: 'umsatz.csv', mimeType: 'text/csv', buffer: bytes });
    expect(await nthCall(s, 'statementPreview')).toEqual({
      fileName: 'umsatz.csv',
      encoding: 'base64',
      content: bytes.toString('base64'),
      mapping: null,
    });
    await reviewRows(s).first().waitFor();
    // The file, not the old pasted text, is what is checked and booked.
    expect(await page.locator('.rcv-paste textarea').inputValue()).toBe('');
    expect(await page.locator('.rcv-file-name').textContent()).toBe('umsatz.csv');
    expect(await page.locator('label.rcv-file').textContent()).toBe('Datei wählen …');
    await page.getByRole('button', { name: 'Ausgewählte buchen' }).click();
    const sent = (await nthCall(s, 'statementImport')) as {
      statement: { encoding: string; content: string };
    };
    expect(sent.statement.encoding).toBe('base64');
    expect(Buffer.from(sent.statement.content, 'base64').equals(bytes)).toBe(true);
    clean(s);
  });
});

describe('receivables dialog: language, safety, layout', () => {
  test('English boot: English labels and English money', async () => {
    // The server sends its labels in the user's language, too.
    const en = openItems([
      openItem({
        lastLevel: 'Payment reminder',
        next: { level: 'first', label: 'First reminder', dueFrom: '2026-05-24', isDue: true },
      }),
      { ...DISPUTED, blockLabel: 'Dispute' },
      {
        ...DUE_SOON,
        next: { level: 'reminder', label: 'Payment reminder', dueFrom: '2026-07-02', isDue: false },
      },
    ]);
    const english = ['Not due', '1–30 days overdue', '31–60 days overdue'];
    en.buckets = en.buckets.map((b, i) => ({ ...b, label: english[i] }));
    const s = await start(
      { receivablesLoad: [{ result: ok(en) }], statementPreview: [{ result: ok(review({ problems: [] })) }] },
      { lang: 'en' },
    );
    const { page } = s;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.rcv-tabs button').allTextContents()).toEqual([
      'Open items',
      'Bank statement',
    ]);
    expect(await page.locator('.rcv-bucket .rcv-bucket-label').first().textContent()).toBe('Open in total');
    expect(await page.locator('.rcv-bucket strong').first().textContent()).toBe('€27,370.00');
    expect(await page.locator('.rcv-list thead th').allTextContents()).toEqual([
      'Invoice',
      'Client',
      'Due',
      'Days overdue',
      'Open',
      'Dunning',
      'Next step',
      'Dunning block',
      '',
    ]);
    const row = itemRow(s, 'INV-10');
    expect(await cell(row, 'due').textContent()).toBe('2026-04-30');
    expect(await cell(row, 'open').textContent()).toBe('€11,900.00');
    expect(await row.locator('.col-actions .btn').allTextContents()).toEqual(['Payment', 'Dun']);
    expect(await row.locator('select option').first().textContent()).toBe('No dunning block');
    expect(await cell(itemRow(s, 'INV-17'), 'next').textContent()).toBe('Payment reminder from 2026-07-02');
    await row.getByRole('button', { name: 'Payment' }).click();
    const form = page.locator('form.rcv-pay');
    expect(await form.getByLabel('Amount').inputValue()).toBe('11,900.00');
    expect(await form.locator('.field-label').allTextContents()).toEqual([
      'Date *',
      'Amount *',
      'Method',
      'Note',
    ]);
    expect(await form.getByRole('button').allTextContents()).toEqual(['Book payment', 'Cancel']);
    await page.screenshot({ path: '/tmp/receivables-en.png' });

    await page.locator('#tab-import').click();
    await page.getByLabel('Paste a bank statement (CSV) or choose a file (CSV, camt.053 XML)').fill(CSV);
    await page.getByRole('button', { name: 'Check' }).click();
    await reviewRows(s).first().waitFor();
    expect(await page.locator('.rcv-review thead th').allTextContents()).toEqual([
      'Book',
      'Date',
      'Amount',
      'Payer and remittance text',
      'Match',
      'Invoice',
    ]);
    expect(await reviewRows(s).locator('.rcv-kind').first().textContent()).toBe('Sure');
    expect(await page.locator('label.rcv-file').textContent()).toBe('Choose file …');
    expect(await page.locator('.rcv-summary').textContent()).toContain('3 debits skipped.');
    expect(await page.getByRole('button', { name: 'Book selected' }).count()).toBe(1);
    clean(s);
  });

  test('client names, payers and remittance texts are shown as text, never as markup', async () => {
    const s = await start({
      receivablesLoad: [
        {
          result: ok(
            openItems([openItem({ client: XSS_NAME, number: XSS_NAME, lastLevel: XSS_TEXT }), DISPUTED]),
          ),
        },
      ],
      dunningPreview: [
        { result: ok(dunningPreview({ interestLines: [XSS_TEXT], blocked: '', levelLabel: XSS_NAME })) },
      ],
      statementPreview: [
        {
          result: ok({
            kind: 'mapping',
            headers: [XSS_NAME, 'Betrag'],
            sample: [[XSS_TEXT, '1,00']],
            message: XSS_NAME,
          }),
        },
        { result: ok(review({ ibanWarning: XSS_NAME, problems: [{ line: 2, message: XSS_TEXT }] })) },
      ],
    });
    const { page } = s;
    const row = itemRow(s, 'INV-10');
    expect(await cell(row, 'client').textContent()).toBe(XSS_NAME);
    expect(await row.locator('.rcv-number').textContent()).toBe(XSS_NAME);
    expect(await cell(row, 'dunning').textContent()).toContain(XSS_TEXT);
    await row.getByRole('button', { name: 'Mahnen' }).click();
    await page.locator('.rcv-interest-lines').waitFor();
    expect(await page.locator('.rcv-interest-lines li').textContent()).toBe(XSS_TEXT);
    expect(await page.locator('.rcv-dun-level').textContent()).toBe(`Schreiben: ${XSS_NAME}`);
    await noInjectedMarkup(s);

    await page.locator('#tab-import').click();
    await page.locator('.rcv-paste textarea').fill(CSV);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.locator('.rcv-mapping').waitFor();
    expect(await message(s).textContent()).toBe(XSS_NAME);
    expect(await page.locator('.rcv-sample td').first().textContent()).toBe(XSS_TEXT);
    expect(await page.locator('.rcv-mapping select').first().locator('option').nth(1).textContent()).toBe(
      XSS_NAME,
    );
    await noInjectedMarkup(s);

    await page.locator('.rcv-mapping').getByRole('button', { name: 'Prüfen' }).click();
    await reviewRows(s).first().waitFor();
    const unmatched = reviewRows(s).nth(2);
    expect(await unmatched.locator('.rcv-payer').textContent()).toBe(XSS_NAME);
    expect(await unmatched.locator('.col-payer .rcv-small').textContent()).toBe(XSS_TEXT);
    expect(await unmatched.locator('input[type=checkbox]').getAttribute('aria-label')).toBe(
      `${XSS_NAME} 123,45 €`,
    );
    expect(await message(s).textContent()).toBe(XSS_NAME);
    expect(await page.locator('.rcv-problems li').textContent()).toBe(`Zeile 2: ${XSS_TEXT}`);
    await noInjectedMarkup(s);
    // No alert box, no script error, and no request for the injected image.
    clean(s);
  });

  test('many rows and long texts still fit 1100 px; the message line stays in sight while the list scrolls', async () => {
    const many = Array.from({ length: 24 }, (_, i) =>
      openItem({
        invoiceId: `INV-${100 + i}`,
        number: `RE-2026-${String(100 + i).padStart(4, '0')}`,
        client:
          i % 3 === 0
            ? 'Kommunikationsagentur Nordlicht Medienproduktion und Verlag GmbH & Co. KG'
            : 'Müller GmbH',
        openCents: 123_456_789 + i,
        daysOverdue: 120 - i,
        lastLevel: i % 2 ? 'Zweite und letzte Mahnung' : '',
      }),
    );
    const paid: PaymentResultDto = { message: 'Bezahlt.', overpaid: false, items: openItems(many.slice(1)) };
    const s = await start({
      receivablesLoad: [{ result: ok(openItems(many)) }],
      paymentRecord: [{ result: ok(paid) }],
    });
    const { page } = s;
    await fits(s);
    for (const b of await page.locator('.rcv-list .col-actions .btn').all()) await oneLine(b);
    const last = itemRow(s, 'INV-123');
    await last.getByRole('button', { name: 'Zahlung' }).click();
    await page.locator('form.rcv-pay').getByRole('button', { name: 'Zahlung buchen' }).click();
    await message(s).filter({ hasText: 'Bezahlt.' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await message(s).boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeLessThan(20);
    await fits(s);
    await page.screenshot({ path: '/tmp/receivables-long.png' });
    clean(s);
  });
});
