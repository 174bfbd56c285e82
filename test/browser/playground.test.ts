// The playground page in headless Chromium, on the real bundle and emulator: menu, grid, sidebar, inquiry, cell edits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Playground, startPlayground } from '../../playground/playground';
import { sparkasseCsv } from '../mothers/statementMother';
import { launch, sidebarHtml } from './support/harness';

let browser: Browser;
let playground: Playground;
let dir: string;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  sidebarHtml(); // builds dist/ when a lone `jest test/browser` runs first
  dir = mkdtempSync(join(tmpdir(), 'playground-'));
  playground = await startPlayground({ port: 0, statePath: join(dir, 'state.json'), lang: 'de' });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  page.setDefaultTimeout(8000);
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // The page may reach its own server only: anything else (an injected <img src=x>) is refused and noted.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(playground.url)) return route.continue();
    errors.push(`unexpected request: ${url}`);
    return route.abort();
  });
  await page.goto(playground.url);
  await page.locator('table.grid').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runMenu(item: string): Promise<void> {
  await page.locator('.menu-button', { hasText: 'Erweiterungen' }).click();
  await page.locator('.menu-entry', { hasText: 'Auftragsabwicklung' }).hover();
  await page.locator('.menu-entry', { hasText: item }).click();
}

/** Closes the open dialog with its × button, as a user would. */
async function closeDialog(): Promise<void> {
  await page.locator('.modal-frame button[aria-label]').first().click();
  await page.locator('iframe.dialog-frame').waitFor({ state: 'detached' });
}

/** A column's index by its header text: the add-on finds columns by key, so the test does not assume a position. */
async function columnOf(header: string): Promise<number> {
  const headers = await page.locator('tr[data-row="1"] td').allTextContents();
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(', ')}`);
  return index + 1;
}

function cell(row: number, column: number) {
  return page.locator(`tr[data-row="${row}"] td[data-column="${column}"]`);
}

test('shows the seeded register with its tabs, header and stage colours', async () => {
  expect(await page.locator('.tab').allTextContents()).toEqual(
    expect.arrayContaining(['Aufträge', 'Kunden', 'Einstellungen', 'Protokoll']),
  );
  expect(await page.locator('.tab[aria-selected="true"]').textContent()).toBe('Aufträge');
  expect(await cell(1, 1).textContent()).toBe('Auftrag');
  expect(await cell(2, 1).textContent()).toMatch(/^\d{4}-\d{4}$/);
  // The stage column has its conditional colour: a background the page took from the emulator.
  const stageColumn = await columnOf('Phase');
  const background = (row: number) =>
    cell(row, stageColumn).evaluate((e) => getComputedStyle(e).backgroundColor);
  const [first, second] = [await background(2), await background(3)];
  expect(first).not.toBe('rgba(0, 0, 0, 0)');
  expect(await cell(2, stageColumn).textContent()).not.toBe(await cell(3, stageColumn).textContent());
  expect(first).not.toBe(second);
});

test('a new inquiry through the menu and the real sidebar appears as a row of the grid', async () => {
  const rowsBefore = await page.locator('td[data-column="1"]', { hasText: /^\d{4}-\d{4}$/ }).count();
  await runMenu('Neue Anfrage');
  const sidebar = page.frameLocator('.side-frame');
  await sidebar.getByRole('radio', { name: 'Neuer Kunde' }).check({ force: true });
  await sidebar.getByLabel('Kundenname').fill('<img src=x onerror=alert(1)>');
  await sidebar.getByLabel('Projekttitel').fill('=HYPERLINK("http://evil")');
  await sidebar.getByLabel('Erwarteter Wert').fill('1.234,50');
  await sidebar.locator('button[type="submit"]').click();
  await sidebar.locator('.banner-success').waitFor();
  const newRow = rowsBefore + 2;
  await page.locator(`tr[data-row="${newRow}"] td[data-column="1"]`, { hasText: /^\d{4}-\d{4}$/ }).waitFor();
  const texts = await page.locator(`tr[data-row="${newRow}"] td`).allTextContents();
  expect(texts).toContain('=HYPERLINK("http://evil")');
  expect(texts.some((t) => t.startsWith('<img src=x onerror=alert(1)>'))).toBe(true);
  expect(texts).toContain('1.234,50 €');
  // Stored as text, not run as a formula; shown as text, not markup.
  await cell(newRow, 1).click();
  // The name box follows the click once the page has redrawn; a busy machine may take a moment.
  await page.locator('#name-box', { hasText: `A${newRow}` }).waitFor();
  expect(await page.locator('#name-box').textContent()).toBe(`A${newRow}`);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await sidebar.locator('img').count()).toBe(0);
});

test('typing into a cell writes it; a value the drop-down forbids is refused with a message', async () => {
  await cell(2, 4).dblclick();
  const editor = page.locator('.cell-editor');
  await editor.fill('Neuer Projektname');
  await editor.press('Enter');
  await cell(2, 4).filter({ hasText: 'Neuer Projektname' }).waitFor();

  const stage = cell(2, await columnOf('Phase'));
  const before = await stage.textContent();
  await stage.dblclick();
  await editor.fill('Kein Stadium');
  await editor.press('Enter');
  await page.locator('.modal-title', { hasText: 'Ungültige Eingabe' }).waitFor();
  await page.locator('.modal .btn-primary').click();
  expect(await stage.textContent()).toBe(before);
});

test('a quote link in the register opens the generated document as a page, with its PDF', async () => {
  await page.locator('.tab', { hasText: 'Angebote' }).click();
  await page.locator('table.grid[data-sheet="Angebote"]').waitFor();
  const link = page.locator('a.cell-link', { hasText: 'docs.google.com/document' }).first();
  const [doc] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await doc.waitForLoadState();
  const text = (await doc.locator('.page').textContent()) ?? '';
  // The seeded quote as the client would see it: letterhead, number, positions table, totals.
  expect(text).toContain('Pixelwerk Kreativagentur GmbH');
  expect(text).toMatch(/Angebot Nr\. A-\d{4}-\d{4}-1/);
  expect(await doc.locator('.page table tr').count()).toBeGreaterThan(4);
  expect(text).toContain('Gesamtbetrag');
  expect(text).not.toContain('{{');
  const pdfHref = await doc.locator('.bar a', { hasText: 'PDF' }).getAttribute('href');
  const pdf = await doc.request.get(new URL(pdfHref ?? '', playground.url).toString());
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await doc.close();
});

test('an invoice link opens the invoice with its GiroCode image', async () => {
  await page.locator('.tab', { hasText: 'Rechnungen' }).click();
  await page.locator('table.grid[data-sheet="Rechnungen"]').waitFor();
  const link = page.locator('a.cell-link', { hasText: 'docs.google.com/document' }).first();
  const [doc] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await doc.waitForLoadState();
  const text = (await doc.locator('.page').textContent()) ?? '';
  expect(text).toMatch(/rechnung Nr\. RE-\d{4}-\d{4}/i);
  expect(text).toContain('GiroCode');
  const qr = doc.locator('.page img').first();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await doc.close();
});

test('"Offene Posten & Mahnwesen" opens the receivables dialog; a payment booked there lands in Zahlungen', async () => {
  await runMenu('Offene Posten & Mahnwesen');
  const frame = page.frameLocator('iframe.dialog-frame');
  await frame.locator('.rcv-bucket').first().waitFor();
  expect(await frame.locator('.rcv-table tbody tr:not([hidden])').count()).toBeGreaterThan(0);
  await page.screenshot({ path: '/tmp/playground-receivables.png' });
  await frame.locator('button', { hasText: 'Zahlung' }).first().click();
  const amount = frame.getByLabel('Betrag');
  await amount.fill('100,00');
  await frame.locator('button', { hasText: 'Zahlung buchen' }).click();
  await frame.locator('.rcv-msg', { hasText: 'Teilzahlung gebucht' }).waitFor();
  await page.screenshot({ path: '/tmp/playground-receivables-paid.png' });
  await page
    .locator('.modal-frame button[aria-label], .modal-frame .modal-close')
    .first()
    .click()
    .catch(() => {});
  await page.keyboard.press('Escape');
  await page.locator('.tab', { hasText: 'Zahlungen' }).click();
  await page.locator('table.grid[data-sheet="Zahlungen"]').waitFor();
  expect(await page.locator('table.grid[data-sheet="Zahlungen"]').textContent()).toContain('100,00');
});

test('"Kontoauszug importieren": a pasted statement is matched to an open invoice and booked once', async () => {
  await page.locator('.tab', { hasText: 'Rechnungen' }).click();
  await page.locator('table.grid[data-sheet="Rechnungen"]').waitFor();
  const numbers = await page
    .locator('table.grid[data-sheet="Rechnungen"] td', { hasText: /^RE-\d{4}-\d{4}$/ })
    .allTextContents();
  const number = numbers[numbers.length - 1];
  const csv = sparkasseCsv([
    { date: '16.06.26', text: `Rechnung ${number}`, payer: 'Kunde', amount: '50,00', payerIban: '', bic: '' },
  ]);
  await runMenu('Kontoauszug importieren');
  const frame = page.frameLocator('iframe.dialog-frame');
  await frame.locator('textarea').fill(csv);
  await frame.locator('button', { hasText: 'Prüfen' }).click();
  await frame.locator('.rcv-kind', { hasText: 'Sicher' }).waitFor();
  await page.screenshot({ path: '/tmp/playground-import.png' });
  await frame.locator('button', { hasText: 'Ausgewählte buchen' }).click();
  await frame.locator('.rcv-msg', { hasText: '1 Zahlungen gebucht' }).waitFor();
  // Checked again after booking: the same credit is now "already booked".
  await frame.locator('.rcv-kind', { hasText: 'Schon gebucht' }).waitFor();
  await closeDialog();
});

test('switching tabs draws that sheet, and the page made no error or foreign request', async () => {
  await page.locator('.tab', { hasText: 'Protokoll' }).click();
  await page.locator('table.grid[data-sheet="Protokoll"]').waitFor();
  expect(await page.locator('.tab[aria-selected="true"]').textContent()).toBe('Protokoll');
  expect(errors).toEqual([]);
});
