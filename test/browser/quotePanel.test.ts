// The order card's quote and confirmation sections in headless Chromium: summary, accept, decline, confirmation, share, safety.
import type { OrderDto, SidebarStateDto } from '../../src/shared/contract';
import { confirmation, fail, ok, order, quote, state, XSS_NAME } from './support/fixtures';
import {
  type Answer,
  clean,
  noHorizontalScroll,
  openSidebar,
  type Script,
  type Sidebar,
  useBrowser,
} from './support/harness';

const session = useBrowser();

const loaded = (data: SidebarStateDto): Answer[] => [{ result: ok(data) }];

const withQuote = order({ quote: quote() });
const acceptedOrder = (): OrderDto =>
  order({
    stage: 'ordered',
    nextStep: 'next.ordered',
    daysInStage: 0,
    allowedMoves: ['confirmed'],
    quote: quote({ status: 'accepted', acceptedOptions: ['p-opt-1'], clientReference: 'PO-7781' }),
  });

async function start(active: OrderDto, script: Script = {}): Promise<Sidebar> {
  const sidebar = await openSidebar(session.browser(), { sidebarLoad: loaded(state({ active })), ...script });
  session.track(sidebar);
  await sidebar.page.locator('.order-title').waitFor();
  return sidebar;
}

async function callsOf(s: Sidebar, name: string) {
  return (await s.calls()).filter((c) => c.name === name);
}

describe('quote section', () => {
  test('a sent quote shows number, version, status, validity, amounts, changes and links', async () => {
    const s = await start(withQuote);
    const { page } = s;
    const panel = page.locator('.quote-panel');
    expect(await panel.locator('.quote-no').textContent()).toBe('A-2026-0042-2');
    expect(await panel.locator('.quote-topline').textContent()).toContain('Version 2');
    expect(await panel.locator('.chip').textContent()).toBe('Versendet');
    expect(await panel.locator('.chip').getAttribute('class')).toContain('qs-sent');
    expect(await panel.locator('.quote-valid').textContent()).toBe('Gültig bis 19.06.2026');
    const amounts = await panel.locator('.quote-amounts').textContent();
    expect(amounts).toContain('Netto12.500,00 €');
    expect(amounts).toContain('Brutto14.875,00 €');
    expect(await panel.locator('.quote-changes .pre').textContent()).toBe('Position 3 neu: Hosting');
    const links = panel.locator('.doc-links a');
    expect(await links.allTextContents()).toEqual(['Angebotsdokument', 'PDF']);
    expect(await links.first().getAttribute('href')).toBe(
      'https://docs.google.com/document/d/quote-doc/edit',
    );
    expect(await links.first().getAttribute('target')).toBe('_blank');
    expect(await panel.locator('.quote-actions button').allTextContents()).toEqual([
      'Kunde hat angenommen',
      'Abgelehnt',
      'Mit Kunden teilen',
      'Angebot bearbeiten',
    ]);
    // No confirmation before the client said yes.
    expect(await page.locator('.confirmation-panel').count()).toBe(0);
    await panel.locator('button', { hasText: 'Kunde hat angenommen' }).click();
    await page.locator('.accept-form').waitFor();
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-quote.png', fullPage: true });
    clean(s);
  });

  test('an expired quote is flagged', async () => {
    const s = await start(order({ quote: quote({ expired: true, validUntil: '2026-05-01' }) }));
    const valid = s.page.locator('.quote-valid');
    expect(await valid.getAttribute('class')).toContain('is-expired');
    expect(await valid.locator('.flag').textContent()).toBe('abgelaufen');
    clean(s);
  });

  test('Accept with the option ticked sends quoteAccept with its id and shows the order at stage Ordered', async () => {
    const s = await start(withQuote, { quoteAccept: [{ result: ok(acceptedOrder()), delay: 200 }] });
    const { page } = s;
    await page.locator('.quote-actions button', { hasText: 'Kunde hat angenommen' }).click();
    const date = page.getByLabel('Angenommen am');
    expect(await date.inputValue()).toBe('2026-06-01');
    await page.getByLabel('Angenommen von').fill('Frau Müller');
    await page.getByLabel('Bestellnummer des Kunden').fill('PO-7781');
    await page.getByLabel('Wartung 12 Monate · 1.200,00 €').check();
    const submit = page.locator('.accept-form button', { hasText: 'Annahme speichern' });
    await submit.click();
    await page.locator('.accept-form button[aria-busy="true"] .spinner').waitFor();
    await page.locator('.order-head .chip', { hasText: 'Beauftragt' }).waitFor();
    expect((await callsOf(s, 'quoteAccept')).map((c) => c.args)).toEqual([
      [
        {
          number: 'A-2026-0042-2',
          date: '2026-06-01',
          by: 'Frau Müller',
          reference: 'PO-7781',
          options: ['p-opt-1'],
        },
      ],
    ]);
    expect(await page.locator('.banner-success').textContent()).toContain('A-2026-0042-2 ist angenommen');
    const panel = page.locator('.quote-panel');
    expect(await panel.locator('.chip').textContent()).toBe('Angenommen');
    expect(await panel.locator('.quote-amounts').textContent()).toContain('Wartung 12 Monate');
    expect(await panel.locator('.quote-amounts').textContent()).toContain('PO-7781');
    // Once accepted, the quote is no longer answered or edited; the confirmation comes next.
    expect(await panel.locator('.quote-actions button').allTextContents()).toEqual(['Mit Kunden teilen']);
    await page.locator('.confirmation-form').waitFor();
    clean(s);
  });

  test('an option the server refuses is marked at its checkbox', async () => {
    const s = await start(withQuote, {
      quoteAccept: [
        {
          result: fail({
            message: 'Position 1: Diese Option gibt es im Angebot nicht.',
            fields: [{ field: 'options.0', message: 'Diese Option gibt es im Angebot nicht.' }],
          }),
        },
      ],
    });
    const { page } = s;
    await page.locator('.quote-actions button', { hasText: 'Kunde hat angenommen' }).click();
    await page.getByLabel('Wartung 12 Monate · 1.200,00 €').check();
    await page.locator('.accept-form button.btn-primary').click();
    const error = page.locator('.option-box .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Diese Option gibt es im Angebot nicht.');
    expect(await page.locator('.banner-error').count()).toBe(0);
    clean(s);
  });

  test('Decline needs a reason (shown at the field, nothing sent), then sends it with "mark lost"', async () => {
    const lost = order({
      stage: 'lost',
      nextStep: 'next.lost',
      reason: 'Zu teuer',
      allowedMoves: [],
      quote: quote({ status: 'declined' }),
    });
    const s = await start(withQuote, { quoteDecline: [{ result: ok(lost) }] });
    const { page } = s;
    await page.locator('.quote-actions button', { hasText: 'Abgelehnt' }).click();
    const reason = page.getByLabel('Grund der Ablehnung');
    await reason.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.locator('.decline-form button', { hasText: 'Ablehnung speichern' }).click();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.decline-form .field-error').first().textContent()).toBe('Bitte ausfüllen.');
    await page.waitForTimeout(100);
    expect(await callsOf(s, 'quoteDecline')).toEqual([]);
    await reason.fill('Zu teuer');
    expect(await reason.getAttribute('aria-invalid')).toBeNull();
    await page.getByLabel('Auftrag auf „Verloren“ setzen').check();
    await page.locator('.decline-form button.btn-primary').click();
    await page.locator('.order-head .chip', { hasText: 'Verloren' }).waitFor();
    expect((await callsOf(s, 'quoteDecline'))[0].args).toEqual([
      { number: 'A-2026-0042-2', reason: 'Zu teuer', lost: true },
    ]);
    expect(await page.locator('.quote-panel .chip').textContent()).toBe('Abgelehnt');
    expect(await page.locator('.quote-actions button').allTextContents()).toEqual(['Angebot bearbeiten']);
    clean(s);
  });

  test('an open inline form survives a background refresh; pressing its button again closes it', async () => {
    const s = await start(withQuote, { sidebarActiveOrder: [{ result: ok(order({ quote: quote() })) }] });
    const { page } = s;
    await page.locator('.quote-actions button', { hasText: 'Abgelehnt' }).click();
    await page.getByLabel('Grund der Ablehnung').fill('Zu teuer');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(150);
    expect(await page.getByLabel('Grund der Ablehnung').inputValue()).toBe('Zu teuer');
    await page.locator('.quote-actions button', { hasText: 'Abgelehnt' }).click();
    expect(await page.locator('.decline-form').count()).toBe(0);
    clean(s);
  });

  test('no quote yet: "Create quote" asks the server to open the editor for this order', async () => {
    const s = await start(order(), { sidebarOpenQuoteEditor: [{ result: ok(null) }] });
    const { page } = s;
    expect(await page.locator('.quote-panel p').textContent()).toBe('Noch kein Angebot zu diesem Auftrag.');
    await page.locator('.quote-panel button', { hasText: 'Angebot erstellen' }).click();
    await page.waitForFunction(() =>
      (window as unknown as { __calls: { name: string }[] }).__calls.some(
        (c) => c.name === 'sidebarOpenQuoteEditor',
      ),
    );
    expect((await callsOf(s, 'sidebarOpenQuoteEditor'))[0].args).toEqual([{ orderNo: '2026-0042' }]);
    clean(s);
  });

  test('a draft gets its document: links appear, unknown placeholders are warned about', async () => {
    const draft = quote({ status: 'draft', version: 1, number: 'A-2026-0042-1', docUrl: '', pdfUrl: '' });
    const s = await start(order({ quote: draft }), {
      quoteCreateDocument: [
        {
          result: ok({
            number: 'A-2026-0042-1',
            docUrl: 'https://docs.google.com/document/d/new/edit',
            pdfUrl: 'https://drive.google.com/file/d/new-pdf/view',
            unknownPlaceholders: ['{{client.fax}}'],
          }),
        },
      ],
    });
    const { page } = s;
    expect(await page.locator('.quote-panel .doc-links').count()).toBe(0);
    expect(await page.locator('.quote-actions button').allTextContents()).toEqual([
      'Angebotsdokument erstellen',
      'Angebot bearbeiten',
    ]);
    await page.locator('.quote-actions button', { hasText: 'Angebotsdokument erstellen' }).click();
    await page.locator('.quote-panel .doc-links a').first().waitFor();
    expect((await callsOf(s, 'quoteCreateDocument'))[0].args).toEqual([{ number: 'A-2026-0042-1' }]);
    expect(await page.locator('.quote-panel .chip').textContent()).toBe('Versendet');
    const warning = await page.locator('.notice-host .banner-warning').textContent();
    expect(warning).toContain('Das Dokument zu A-2026-0042-1 ist erstellt.');
    expect(warning).toContain('{{client.fax}}');
    clean(s);
  });

  test('Share sends the notification choice and names the address shared with', async () => {
    const s = await start(withQuote, {
      quoteShare: [
        { result: ok({ number: 'A-2026-0042-2', email: 'einkauf@mueller.example', notified: false }) },
      ],
    });
    const { page } = s;
    await page.locator('.quote-actions button', { hasText: 'Mit Kunden teilen' }).click();
    await page.getByLabel('Google-Benachrichtigung per E-Mail senden').uncheck();
    await page.locator('.share-form button', { hasText: 'Teilen' }).click();
    await page.locator('.banner-success', { hasText: 'einkauf@mueller.example' }).waitFor();
    expect((await callsOf(s, 'quoteShare'))[0].args).toEqual([{ number: 'A-2026-0042-2', notify: false }]);
    expect(await page.locator('.share-form').count()).toBe(0);
    clean(s);
  });
});

describe('confirmation section', () => {
  test('the form sends deadline, milestones (added and removed rows) and a deviation note', async () => {
    const confirmed = order({
      ...acceptedOrder(),
      stage: 'confirmed',
      nextStep: 'next.confirmed',
      allowedMoves: ['kickoff'],
      confirmation: confirmation(),
    });
    const s = await start(acceptedOrder(), {
      confirmationCreate: [
        {
          result: fail({
            message: 'Position 2: Meilenstein: Bitte ausfüllen.',
            fields: [{ field: 'milestones.1.label', message: 'Position 2: Meilenstein: Bitte ausfüllen.' }],
          }),
        },
        { result: ok(confirmed) },
      ],
    });
    const { page } = s;
    const form = page.locator('.confirmation-form');
    expect(await form.getByLabel('Liefertermin').inputValue()).toBe('2026-06-15');
    await form.getByLabel('Liefertermin').fill('2026-07-31');
    const rows = form.locator('.milestone-row');
    expect(await rows.count()).toBe(1);
    await rows.nth(0).getByLabel('Termin', { exact: true }).fill('2026-06-20');
    await rows.nth(0).getByLabel('Meilenstein').fill('Entwurf');
    await form.locator('button', { hasText: '+ Termin' }).click();
    await form.locator('button', { hasText: '+ Termin' }).click();
    expect(await rows.count()).toBe(3);
    await rows.nth(1).getByLabel('Termin', { exact: true }).fill('2026-07-01');
    await rows.nth(1).getByLabel('Meilenstein').fill('weg damit');
    await rows.nth(2).getByLabel('Termin', { exact: true }).fill('2026-07-15');
    await form.getByRole('button', { name: 'Termin 2 entfernen' }).click();
    expect(await rows.count()).toBe(2);
    expect(await form.getByRole('button', { name: 'Termin 2 entfernen' }).count()).toBe(1);
    await form.getByLabel('Abweichungen vom Angebot').fill('Start eine Woche später.');
    await page.screenshot({ path: '/tmp/sidebar-confirmation.png', fullPage: true });
    await noHorizontalScroll(s);
    await form.locator('button', { hasText: 'Bestätigung erstellen' }).click();
    // The server's complaint about the second row's text lands at that row.
    const rowError = rows.nth(1).locator('.field-error:not([hidden])');
    await rowError.waitFor();
    expect(await rowError.textContent()).toBe('Bitte ausfüllen.');
    await rows.nth(1).getByLabel('Meilenstein').fill('Livegang');
    await form.locator('button', { hasText: 'Bestätigung erstellen' }).click();
    await page.locator('.confirmation-summary').waitFor();
    const sent = (await callsOf(s, 'confirmationCreate')).map((c) => c.args[0]);
    expect(sent[1]).toEqual({
      orderNo: '2026-0042',
      deadline: '2026-07-31',
      milestones: [
        { date: '2026-06-20', label: 'Entwurf' },
        { date: '2026-07-15', label: 'Livegang' },
      ],
      deviationNote: 'Start eine Woche später.',
    });
    const summary = page.locator('.confirmation-summary');
    expect(await summary.locator('.quote-no').textContent()).toBe('AB-2026-0042');
    expect(await summary.textContent()).toContain('zu Angebot A-2026-0042-2, 02.06.2026');
    expect(await summary.locator('a').allTextContents()).toEqual(['Bestätigung', 'PDF']);
    expect(await page.locator('.confirmation-form').count()).toBe(0);
    expect(await page.locator('.order-head .chip').textContent()).toBe('Bestätigt');
    expect(await page.locator('.banner-success').textContent()).toContain('AB-2026-0042');
    clean(s);
  });
});

describe('safety', () => {
  test('a javascript: link is not made clickable and a change summary with markup stays text', async () => {
    const evil = order({
      quote: quote({
        docUrl: 'javascript:alert(1)',
        pdfUrl: 'data:text/html,<script>alert(1)</script>',
        changeSummary: XSS_NAME,
        options: [{ id: 'p-x', description: XSS_NAME, netCents: 100 }],
      }),
    });
    const s = await start(evil);
    const { page } = s;
    expect(await page.locator('.quote-changes .pre').textContent()).toBe(XSS_NAME);
    expect(await page.locator('.quote-panel a').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"], a[href^="data"]').count()).toBe(0);
    await page.locator('.quote-actions button', { hasText: 'Kunde hat angenommen' }).click();
    expect(await page.locator('.option-box label').textContent()).toContain(XSS_NAME);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(100);
    clean(s);
  });
});
