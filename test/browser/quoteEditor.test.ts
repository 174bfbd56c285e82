// The built quote editor dialog (dist/quote.html) in headless Chromium against a fake google.script.run.
import type { Locator } from 'playwright-core';
import type { QuoteDraftFields } from '../../src/domain/quote/draft';
import type {
  QuoteEditorDto,
  QuoteSaveInput,
  QuoteVersionDto,
  RateCardEntryDto,
} from '../../src/shared/quoteContract';
import { fail, ok, XSS_NAME } from './support/fixtures';
import {
  clean,
  openQuoteEditor,
  type Script,
  type Sidebar,
  useBrowser,
  waitForCalls,
} from './support/harness';

const session = useBrowser();

const RATE_CARD: RateCardEntryDto[] = [
  { service: 'Konzeption', unit: 'hour', unitPrice: '95,00', unitCost: '40,00', vatRate: 19 },
  { service: 'Druckvorlage', unit: 'piece', unitPrice: '250,00', unitCost: '', vatRate: 7 },
  { service: 'Fotolizenz', unit: 'lumpSum', unitPrice: '1.200,00', unitCost: '800,00', vatRate: 19 },
];

function draft(overrides: Partial<QuoteDraftFields> = {}): QuoteDraftFields {
  return {
    date: '2026-03-02',
    validUntil: '2026-04-01',
    title: 'Website-Relaunch',
    intro: 'vielen Dank für Ihre Anfrage.',
    closing: 'Wir freuen uns auf die Zusammenarbeit.',
    paymentTerms: 'Zahlbar innerhalb von 14 Tagen.',
    discount: '',
    usageRights: null,
    positions: [],
    ...overrides,
  };
}

function item(id: string, description: string, quantity: string, unitPrice: string, vatRate = '19') {
  return {
    id,
    kind: 'item' as const,
    service: '',
    description,
    quantity,
    unit: 'hour',
    unitPrice,
    vatRate,
    discount: '',
    optional: false,
    unitCost: '',
  };
}

function version(overrides: Partial<QuoteVersionDto> = {}): QuoteVersionDto {
  return {
    number: 'A-2026-0042-1',
    version: 1,
    status: 'draft',
    date: '2026-03-02',
    grossCents: 113050,
    ...overrides,
  };
}

function dto(overrides: Partial<QuoteEditorDto> = {}): QuoteEditorDto {
  return {
    lang: 'de',
    orderNo: '2026-0042',
    orderTitle: 'Website-Relaunch',
    clientName: 'Müller GmbH',
    clientKind: 'business',
    vatMode: 'regular',
    rateCard: RATE_CARD,
    draft: draft(),
    base: null,
    savesNewVersion: false,
    versions: [],
    ...overrides,
  };
}

async function start(script: Script): Promise<Sidebar> {
  const s = await openQuoteEditor(session.browser(), { quoteLoadEditor: [{ result: ok(dto()) }], ...script });
  session.track(s);
  await s.page.locator('.editor, .load-failed').first().waitFor();
  return s;
}

const row = (s: Sidebar, n: number): Locator => s.page.locator('tbody.pos').nth(n);
const line = (s: Sidebar, cls: string): Locator => s.page.locator(`.totals-list .${cls} dd`);
const saveButton = (s: Sidebar): Locator => s.page.locator('.ed-foot .save');

async function saveCalls(s: Sidebar): Promise<QuoteSaveInput[]> {
  return (await s.calls()).filter((c) => c.name === 'quoteSave').map((c) => c.args[0] as QuoteSaveInput);
}

describe('quote editor dialog', () => {
  test('loads with one call and shows order, client, versions and that saving makes a new version', async () => {
    const sent = version({ status: 'sent' });
    const s = await start({
      quoteLoadEditor: [
        {
          result: ok(
            dto({
              draft: draft({ positions: [item('p1', 'Konzeption', '10', '95,00')] }),
              base: sent,
              savesNewVersion: true,
              versions: [sent],
            }),
          ),
        },
      ],
    });
    const { page } = s;
    expect((await s.calls()).map((c) => [c.name, c.args])).toEqual([
      ['quoteLoadEditor', [{ orderNo: '2026-0042' }]],
    ]);
    expect(await page.locator('.ed-title').textContent()).toBe('Angebot A-2026-0042-1');
    expect(await page.locator('.ed-title-row .chip').textContent()).toBe('Versendet');
    expect(await page.locator('.ed-order').textContent()).toBe('2026-0042 · Website-Relaunch');
    expect(await page.locator('.ed-client').textContent()).toBe('Müller GmbH');
    expect(await page.locator('.version-note').textContent()).toContain('Speichern legt Version 2 an');
    expect(await saveButton(s).textContent()).toBe('Als Version 2 speichern');
    expect(await page.locator('.version .chip').allTextContents()).toEqual(['Versendet']);
    expect(await page.locator('.version-meta').textContent()).toContain('02.03.2026');
    expect(await page.locator('.version-meta').textContent()).toContain('1.130,50 €');
    expect(await line(s, 'gross').textContent()).toBe('1.130,50 €');
    expect(await page.locator('.dirty-tag').isHidden()).toBe(true);
    clean(s);
  });

  test('rate-card and free-text positions give live German totals; an optional one stays out; Save sends the full draft', async () => {
    const savedDraft = version();
    const s = await start({
      quoteSave: [{ result: ok(dto({ base: savedDraft, versions: [savedDraft] })) }],
    });
    const { page } = s;
    expect(await page.locator('.pos-empty').isVisible()).toBe(true);

    // 1: picked from the rate card, which fills unit, price, cost and VAT rate.
    await page.locator('[data-add="item"]').click();
    const first = row(s, 0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('f-service'))).toBe(true);
    await first.locator('.f-service').selectOption('Konzeption');
    expect(await first.locator('.f-description').inputValue()).toBe('Konzeption');
    expect(await first.locator('.f-unitPrice').inputValue()).toBe('95,00');
    expect(await first.locator('.f-unitCost').inputValue()).toBe('40,00');
    expect(await first.locator('.f-unit').inputValue()).toBe('hour');
    await first.locator('.f-quantity').fill('10');
    expect(await first.locator('.amount').textContent()).toBe('950,00 €');
    expect(await line(s, 'gross').textContent()).toBe('1.130,50 €');
    expect(await page.locator('.dirty-tag').isVisible()).toBe(true);

    // 2: free text at 7 %.
    await page.locator('[data-add="item"]').click();
    const second = row(s, 1);
    await second.locator('.f-description').fill('Druckdaten Broschüre');
    await second.locator('.f-quantity').fill('2');
    await second.locator('.f-unit').selectOption('piece');
    await second.locator('.f-unitPrice').fill('250');
    await second.locator('.f-vatRate').selectOption('7');
    expect(await second.locator('.amount').textContent()).toBe('500,00 €');
    expect(await page.locator('.totals-list .rate-net').allTextContents()).toEqual([
      'Netto 19 %950,00 €',
      'Netto 7 %500,00 €',
    ]);
    expect(await line(s, 'sum').first().textContent()).toBe('1.450,00 €');
    expect(await page.locator('.totals-list .rate-vat').allTextContents()).toEqual([
      'USt 19 % auf 950,00 €180,50 €',
      'USt 7 % auf 500,00 €35,00 €',
    ]);
    expect(await line(s, 'gross').textContent()).toBe('1.665,50 €');
    expect(await page.locator('.foot-gross').textContent()).toBe('1.665,50 €');

    // 3: an optional licence: shown on its own, not in the total.
    await page.locator('[data-add="item"]').click();
    const third = row(s, 2);
    await third.locator('.f-service').selectOption('Fotolizenz');
    await third.locator('.f-optional').check();
    expect(await third.locator('.optional-tag').textContent()).toBe('optional');
    expect(await line(s, 'gross').textContent()).toBe('1.665,50 €');
    expect(await line(s, 'optional').textContent()).toBe('1.200,00 €');

    // Internal figures: cost of the counted positions only, and the margin.
    expect(await page.locator('.internal-list .cost dd').textContent()).toBe('400,00 €');
    expect(await page.locator('.internal-list .margin dd').textContent()).toBe('1.050,00 € (72,4 %)');

    // Document discount: 10 % per rate, then VAT on the rest.
    await page.getByLabel('Rabatt auf alles (%)').fill('10');
    expect(await page.locator('.totals-list .rate-discount').allTextContents()).toEqual([
      'Rabatt 10 % auf 19 %-95,00 €',
      'Rabatt 10 % auf 7 %-50,00 €',
    ]);
    expect(await line(s, 'gross').textContent()).toBe('1.498,95 €');
    await page.getByLabel('Rabatt auf alles (%)').fill('');

    // Usage rights on.
    await page.getByLabel('Nutzungsrechte im Angebot aufführen').check();
    await page.getByLabel('Art der Nutzungsrechte').selectOption('exclusive');
    await page.getByLabel('Medien').fill('Print und Online');

    // The body scrolls between the fixed head and foot: one picture of the top, one of the bottom.
    const body = page.locator('.ed-body');
    await body.evaluate((e) => e.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/quote-editor.png' });
    await body.evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await page.screenshot({ path: '/tmp/quote-editor-lower.png' });

    await saveButton(s).click();
    await page.locator('.banner-success').waitFor();
    const [sent] = await saveCalls(s);
    expect(sent.orderNo).toBe('2026-0042');
    expect(sent.baseNumber).toBe('');
    expect(sent.draft).toEqual({
      ...draft(),
      usageRights: {
        kind: 'exclusive',
        media: 'Print und Online',
        territory: '',
        duration: '',
        onFullPayment: true,
      },
      positions: [
        {
          id: expect.stringMatching(/^p[a-z0-9]{8}$/),
          kind: 'item',
          service: 'Konzeption',
          description: 'Konzeption',
          quantity: '10',
          unit: 'hour',
          unitPrice: '95,00',
          vatRate: '19',
          discount: '',
          optional: false,
          unitCost: '40,00',
        },
        {
          id: expect.stringMatching(/^p[a-z0-9]{8}$/),
          kind: 'item',
          service: '',
          description: 'Druckdaten Broschüre',
          quantity: '2',
          unit: 'piece',
          unitPrice: '250',
          vatRate: '7',
          discount: '',
          optional: false,
          unitCost: '',
        },
        {
          id: expect.stringMatching(/^p[a-z0-9]{8}$/),
          kind: 'item',
          service: 'Fotolizenz',
          description: 'Fotolizenz',
          quantity: '1',
          unit: 'lumpSum',
          unitPrice: '1.200,00',
          vatRate: '19',
          discount: '',
          optional: true,
          unitCost: '800,00',
        },
      ],
    });
    expect(new Set(sent.draft.positions.map((p) => p.id)).size).toBe(3);
    expect(await page.locator('.banner-success').textContent()).toContain(
      'Angebot A-2026-0042-1 ist angelegt (Version 1).',
    );
    expect(await page.locator('.ed-title').textContent()).toBe('Angebot A-2026-0042-1');
    expect(await page.locator('.dirty-tag').isHidden()).toBe(true);
    clean(s);
  });

  test('titles, subtotals, move, duplicate and remove keep rows and sums in step', async () => {
    const s = await start({
      quoteLoadEditor: [
        {
          result: ok(
            dto({
              draft: draft({ positions: [item('p1', 'Design', '2', '100'), item('p2', 'Text', '1', '50')] }),
            }),
          ),
        },
      ],
    });
    const { page } = s;
    await page.locator('[data-add="subtotal"]').click();
    await row(s, 2).locator('.f-description').fill('Summe Konzept');
    expect(await row(s, 2).locator('.amount').textContent()).toBe('250,00 €');
    await page.locator('[data-add="title"]').click();
    await row(s, 3).locator('.f-description').fill('Umsetzung');
    // Move the heading to the top: row 4 up three times.
    for (let i = 0; i < 3; i += 1)
      await page
        .locator('tbody.pos .act-up')
        .nth(3 - i)
        .click();
    expect(await row(s, 0).locator('.f-description').inputValue()).toBe('Umsetzung');
    expect(await row(s, 0).locator('.pos-no').textContent()).toBe('1');
    expect(await row(s, 0).locator('.act-up').isDisabled()).toBe(true);
    // Duplicate "Design", remove "Text": the subtotal follows.
    await row(s, 1).locator('.act-duplicate').click();
    expect(await row(s, 2).locator('.f-description').inputValue()).toBe('Design');
    await row(s, 3).locator('.act-remove').click();
    expect(await page.locator('tbody.pos').count()).toBe(4);
    expect(await row(s, 3).locator('.amount').textContent()).toBe('400,00 €');
    expect(await line(s, 'gross').textContent()).toBe('476,00 €');
    // A heading becomes an item: it gets quantity 1 and a unit.
    await row(s, 0).locator('.f-kind').selectOption('item');
    expect(await row(s, 0).locator('.f-quantity').inputValue()).toBe('1');
    expect(await row(s, 0).locator('.f-description').inputValue()).toBe('Umsetzung');
    clean(s);
  });

  test('bad input is shown at its field and nothing is sent', async () => {
    const s = await start({
      quoteLoadEditor: [
        { result: ok(dto({ draft: draft({ positions: [item('p1', 'Design', '2', '100')] }) })) },
      ],
    });
    const { page } = s;
    const r = row(s, 0);
    // Live, once the user leaves the field.
    await r.locator('.f-quantity').fill('abc');
    await r.locator('.f-quantity').blur();
    expect(await r.locator('.f-quantity').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.row-errors').textContent()).toContain(
      'Menge: Bitte eine Menge wie 7,5 eingeben (höchstens drei Nachkommastellen).',
    );
    await r.locator('.f-unitPrice').fill('12,34567');
    await r.locator('.f-description').fill('');
    await page.getByLabel('Gültig bis').fill('2026-03-01');
    await saveButton(s).click();
    expect(await page.locator('.banner-error').textContent()).toContain(
      'Bitte die markierten Angaben prüfen.',
    );
    expect(await r.locator('.f-unitPrice').getAttribute('aria-invalid')).toBe('true');
    expect(await r.locator('.f-description').getAttribute('aria-invalid')).toBe('true');
    const rowText = await page.locator('.row-errors').allTextContents();
    expect(rowText.join(' ')).toContain('Einzelpreis: Bitte einen Preis wie 95,00 eingeben');
    expect(rowText.join(' ')).toContain('Beschreibung: Bitte ausfüllen.');
    expect(await page.locator('.f-validUntil .field-error').textContent()).toBe(
      'Das Datum liegt vor dem Angebotsdatum.',
    );
    // The first field in the form is focused: "valid until" sits above the positions.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
      'validUntil',
    );
    await page.locator('.ed-body').evaluate((e) => e.scrollTo(0, 120));
    await page.screenshot({ path: '/tmp/quote-editor-errors.png' });
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(100);
    expect(await saveCalls(s)).toEqual([]);
    // Fixing a field clears its message.
    await r.locator('.f-quantity').fill('3');
    expect(await r.locator('.f-quantity').getAttribute('aria-invalid')).toBeNull();
    clean(s);
  });

  test("the server's field errors land at their fields, the first is focused, the rest in the banner", async () => {
    const s = await start({
      quoteLoadEditor: [
        {
          result: ok(
            dto({
              draft: draft({ positions: [item('p1', 'Design', '2', '100'), item('p2', 'Text', '1', '50')] }),
            }),
          ),
        },
      ],
      quoteSave: [
        {
          result: fail({
            code: 'input',
            message:
              'Position 2: Einzelpreis: Bitte einen Preis wie 95,00 eingeben (höchstens vier Nachkommastellen).',
            fields: [
              {
                field: 'draft.positions.1.unitPrice',
                message:
                  'Position 2: Einzelpreis: Bitte einen Preis wie 95,00 eingeben (höchstens vier Nachkommastellen).',
              },
              { field: 'draft.paymentTerms', message: 'Zahlungsbedingungen: Höchstens 1000 Zeichen.' },
              { field: '', message: 'Die Einstellungen sind unvollständig.' },
            ],
          }),
        },
      ],
    });
    const { page } = s;
    await page.keyboard.press('Control+s');
    await waitForCalls(s, 2);
    await page.locator('.banner-error').waitFor();
    const price = row(s, 1).locator('.f-unitPrice');
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    expect(await row(s, 1).locator('.row-errors').textContent()).toBe(
      'Einzelpreis: Bitte einen Preis wie 95,00 eingeben (höchstens vier Nachkommastellen).',
    );
    expect(await page.locator('.f-paymentTerms .field-error').textContent()).toBe('Höchstens 1000 Zeichen.');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('f-unitPrice'))).toBe(true);
    expect(await page.locator('.banner-error').textContent()).toContain(
      'Die Einstellungen sind unvollständig.',
    );
    // The typed input stays; editing the field takes the server's complaint away.
    expect(await price.inputValue()).toBe('50');
    await price.fill('55');
    expect(await price.getAttribute('aria-invalid')).toBeNull();
    expect(await row(s, 1).locator('.pos-errors').isHidden()).toBe(true);
    clean(s);
  });

  test('markup in client, order and position texts is shown as text', async () => {
    const s = await start({
      quoteLoadEditor: [
        {
          result: ok(
            dto({
              clientName: XSS_NAME,
              orderTitle: XSS_NAME,
              rateCard: [{ ...RATE_CARD[0], service: XSS_NAME }],
              draft: draft({
                title: XSS_NAME,
                intro: XSS_NAME,
                positions: [{ ...item('p1', XSS_NAME, '1', '10'), service: XSS_NAME }],
              }),
              versions: [version({ number: XSS_NAME })],
              base: version({ number: XSS_NAME }),
            }),
          ),
        },
      ],
    });
    const { page } = s;
    expect(await page.locator('.ed-client').textContent()).toBe(XSS_NAME);
    expect(await page.locator('.ed-title').textContent()).toBe(`Angebot ${XSS_NAME}`);
    expect(await row(s, 0).locator('.f-description').inputValue()).toBe(XSS_NAME);
    expect(await row(s, 0).locator('.f-service option:checked').textContent()).toBe(XSS_NAME);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(100);
    clean(s);
  });

  test('Close closes at once when nothing changed and asks first when something did', async () => {
    const s = await start({});
    const { page } = s;
    await page.locator('.ed-foot .close').click();
    expect(await s.closed()).toBe(1);
    await page.getByLabel('Betreff').fill('Neuer Betreff');
    await page.locator('.ed-foot .close').click();
    const question = page.locator('[role="alertdialog"]');
    await question.waitFor();
    expect(await question.textContent()).toContain('Änderungen verwerfen?');
    await page.keyboard.press('Escape');
    expect(await question.count()).toBe(0);
    expect(await s.closed()).toBe(1);
    await page.locator('.ed-foot .close').click();
    await page.locator('[role="alertdialog"] .btn-danger').click();
    expect(await s.closed()).toBe(2);
    clean(s);
  });

  test('speaks English and formats English numbers when the quote is in English', async () => {
    const s = await openQuoteEditor(
      session.browser(),
      {
        quoteLoadEditor: [
          {
            result: ok(
              dto({
                lang: 'en',
                rateCard: [{ ...RATE_CARD[0], unitPrice: '95.00', unitCost: '40.00' }],
                draft: draft({ positions: [item('p1', 'Design', '1.5', '1,200.00')] }),
              }),
            ),
          },
        ],
      },
      { boot: { orderNo: '2026-0042', lang: 'en' } },
    );
    session.track(s);
    const { page } = s;
    await page.locator('.editor').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.ed-title').textContent()).toBe('New quote');
    expect(await row(s, 0).locator('.amount').textContent()).toBe('€1,800.00');
    expect(await line(s, 'gross').textContent()).toBe('€2,142.00');
    expect(await saveButton(s).textContent()).toBe('Save');
    clean(s);
  });

  test('a failed load says so and offers "Try again"', async () => {
    const s = await start({ quoteLoadEditor: [{ failure: 'timeout' }, { result: ok(dto()) }] });
    const { page } = s;
    expect(await page.locator('.load-failed').textContent()).toContain(
      'Der Angebotseditor konnte nicht geladen werden.',
    );
    await page.locator('.load-failed .btn-primary').click();
    await page.locator('.editor').waitFor();
    expect(await page.locator('.ed-title').textContent()).toBe('Neues Angebot');
    clean(s);
  });
});
