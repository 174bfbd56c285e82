// The project phase walked through on the playground: the real bundle on the emulator, the real sidebar and project
// dialog in headless Chromium. A seeded confirmed order gets its kick-off, a jour fixe, minutes, time and an
// acceptance request; the minutes and the acceptance protocol open as pages and are photographed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { type Playground, startPlayground } from '../../playground/playground';
import { launch, sidebarHtml } from './support/harness';

/** Screenshots land where the other playground tests put theirs: /tmp, outside the repository. */
const MINUTES_SHOT = '/tmp/playground-project-minutes.png';
const ACCEPTANCE_SHOT = '/tmp/playground-project-acceptance.png';

const DAY = 86_400_000;
/** The seeded order at "Bestätigt" with its order confirmation (see playground/seed.ts). */
const ORDER_TITLE = 'Imagefilm 90 Sekunden';
const NOTE = 'Budget =SUM(A1) bleibt; Dreh am <b>Hafen</b> bestätigt.';
const ITEMS = [
  { text: 'Drehgenehmigung Hafen beantragen', owner: 'Jens Petersen' },
  { text: 'Sprecherin buchen', owner: 'Pixelwerk' },
];
const DELIVERABLES = ['Imagefilm 90 Sekunden (Master, 4K)', 'Social-Cut 30 Sekunden'];

let browser: Browser;
let playground: Playground;
let dir: string;
let page: Page;
let orderNo = '';
const errors: string[] = [];

/** ISO day `days` after the emulator's clock. */
function day(days: number): string {
  return new Date(playground.state.emulator.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);
}

beforeAll(async () => {
  sidebarHtml(); // builds dist/ when a lone `jest test/browser` runs first
  dir = mkdtempSync(join(tmpdir(), 'playground-project-'));
  playground = await startPlayground({ port: 0, statePath: join(dir, 'state.json'), lang: 'de' });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(10_000);
  page.context().on('page', (p) => {
    p.on('pageerror', (e) => errors.push(`${p.url()}: ${e}`));
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // The page and the documents reach the playground only; a Calendar or Meet link is never fetched.
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(playground.url)) return route.continue();
    errors.push(`unexpected request: ${url}`);
    return route.abort();
  });
  await page.goto(playground.url);
  await page.locator('table.grid').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function runMenu(item: string): Promise<void> {
  await page.locator('.menu-button', { hasText: 'Erweiterungen' }).click();
  await page.locator('.menu-entry', { hasText: 'Auftragsabwicklung' }).hover();
  await page.locator('.menu-entry', { hasText: item }).click();
}

function dialog(): FrameLocator {
  return page.frameLocator('iframe.dialog-frame');
}

/** Waits for the dialog's success banner containing `text`; an error banner fails with its message. */
async function success(f: FrameLocator, text: string | RegExp): Promise<void> {
  const ok = f.locator('.prj-notice .banner-success', { hasText: text });
  const bad = f.locator('.prj-notice .banner-error');
  await Promise.race([
    ok.waitFor(),
    bad.waitFor().then(async () => {
      throw new Error(`the dialog said: ${await bad.textContent()}`);
    }),
  ]);
}

/** Clicks a document link in the dialog; the bridge opens the playground's page of that file in a new tab. */
async function openDoc(link: ReturnType<FrameLocator['locator']>): Promise<Page> {
  const [doc] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await doc.waitForLoadState();
  await doc.locator('.page').waitFor();
  return doc;
}

test('the sidebar on the seeded confirmed order opens the project dialog', async () => {
  const row = page.locator('table.grid[data-sheet="Aufträge"] tr', { hasText: ORDER_TITLE });
  const texts = await row.locator('td').allTextContents();
  // The stage cell carries its drop-down's marker: "Bestätigt▾".
  expect(texts.some((t) => t.replace('▾', '') === 'Bestätigt')).toBe(true);
  orderNo = texts.find((t) => /^\d{4}-\d{4}$/.test(t)) ?? '';
  expect(orderNo).not.toBe('');
  await row.locator('td', { hasText: ORDER_TITLE }).click();
  await runMenu('Seitenleiste öffnen');
  const sidebar = page.frameLocator('.side-frame');
  await sidebar.locator('.order-title', { hasText: ORDER_TITLE }).waitFor();
  await sidebar.getByRole('button', { name: 'Projekt' }).click();
  const f = dialog();
  await f.locator('.prj-pane').waitFor();
  expect(await f.locator('.prj-no').textContent()).toBe(orderNo);
  expect(await f.locator('.prj-title').textContent()).toBe(ORDER_TITLE);
  expect(await f.locator('.prj-head .chip.stage-confirmed').count()).toBe(1);
});

test('the kick-off is scheduled for tomorrow, then a weekly jour fixe', async () => {
  const f = dialog();
  const eventsBefore = playground.state.emulator.calendarEvents().length;
  await f.getByRole('tab', { name: 'Termine' }).click();
  const kickoff = f.locator('.prj-plan-kickoff form');
  await kickoff.getByLabel('Datum').fill(day(1));
  await kickoff.getByLabel('Ort oder Video-Link').fill('Studio Nord, Kiel');
  await kickoff.getByLabel('Google-Meet-Link erzeugen').check();
  await kickoff.getByLabel('Offene Fragen (für die Agenda)').fill('Drehorte?\nSprecherin?');
  await kickoff.getByRole('button', { name: 'Kick-off einplanen und einladen' }).click();
  await success(f, 'Kick-off am');
  expect(await f.locator('.prj-head .chip.stage-kickoff').count()).toBe(1);
  // The event went to the emulated Calendar, the client's contact invited.
  const events = playground.state.emulator.calendarEvents();
  expect(events.length).toBe(eventsBefore + 1);
  expect(JSON.stringify(events[events.length - 1])).toContain('jens@studionord.example');

  await f.locator('.prj-plan-jourfixe summary').evaluate((s) => {
    (s.parentElement as HTMLDetailsElement).open = true;
  });
  const jf = f.locator('.prj-plan-jourfixe form');
  await jf.getByLabel('Erster Termin').fill(day(3));
  await jf.getByLabel('Beginn').fill('09:30');
  await jf.getByLabel('Dauer (Minuten)').fill('30');
  await jf.getByLabel('Rhythmus').selectOption('weekly');
  await jf.getByRole('button', { name: 'Serie einplanen und einladen' }).click();
  await success(f, 'Jour fixe eingetragen');
  const jourFixes = f.locator('.prj-meetings-table tr.prj-meeting', { hasText: 'Jour fixe' });
  expect(await jourFixes.count()).toBeGreaterThan(1);
  // Each occurrence names the series' rhythm.
  expect(await jourFixes.first().locator('.prj-rhythm').textContent()).toBe('wöchentlich');
  expect(playground.state.emulator.calendarEvents().length).toBe(eventsBefore + 2);
});

test('after the kick-off was held the order moves to "In Arbeit"; minutes of the first jour fixe', async () => {
  // Time passes: the kick-off is over and the first jour fixe is today (the emulator's clock, not the machine's).
  playground.state.emulator.clock.advance(3 * DAY);
  await page.locator('.modal-frame button[aria-label]').first().click();
  await page.locator('iframe.dialog-frame').waitFor({ state: 'detached' });
  // The sidebar again on the order under the cursor: it now stands at "Kick-off" and offers "In Arbeit".
  await runMenu('Seitenleiste öffnen');
  const sidebar = page.frameLocator('.side-frame');
  await sidebar.locator('.order-head .chip.stage-kickoff').waitFor();
  await sidebar.locator('button[data-target="inProgress"]').click();
  await sidebar.locator('.order-head .chip.stage-inProgress').waitFor();
  await sidebar.getByRole('button', { name: 'Projekt' }).click();
  const f = dialog();
  await f.locator('.prj-pane').waitFor();
  expect(await f.locator('.prj-head .chip.stage-inProgress').count()).toBe(1);

  await f.getByRole('tab', { name: 'Termine' }).click();
  const first = f.locator('.prj-meetings-table tr.prj-meeting', { hasText: 'Jour fixe' }).first();
  await first.getByRole('button', { name: 'Protokoll schreiben' }).click();
  const minutes = f.locator('form.prj-minutes');
  await minutes.getByLabel('Notizen').fill(NOTE);
  await minutes.getByLabel('Entscheidungen').fill('Schnittfassung bis Ende des Monats.');
  await minutes.getByRole('button', { name: '+ Zeile' }).click();
  for (const [i, item] of ITEMS.entries()) {
    await minutes.getByLabel(`Aufgabe (Zeile ${i + 1})`).fill(item.text);
    await minutes.getByLabel(`Verantwortlich (Zeile ${i + 1})`).fill(item.owner);
    await minutes.getByLabel(`Fällig (Zeile ${i + 1})`).fill(day(7));
  }
  await minutes.getByRole('button', { name: 'Protokoll speichern' }).click();
  await success(f, 'Protokoll erstellt');
  expect(
    await f.locator('.prj-items-table tbody tr .col-text').evaluateAll((c) => c.map((x) => x.textContent)),
  ).toEqual(ITEMS.map((i) => i.text));

  const doc = await openDoc(f.locator('.prj-notice').getByRole('link', { name: 'Dokument öffnen' }));
  const text = (await doc.locator('.page').textContent()) ?? '';
  // The note as typed: no formula, no markup.
  expect(text).toContain(NOTE);
  expect(await doc.locator('.page b').count()).toBe(0);
  for (const item of ITEMS) {
    expect(text).toContain(item.text);
    expect(text).toContain(item.owner);
  }
  expect(text).toContain(orderNo);
  expect(text).not.toContain('{{');
  await doc.screenshot({ path: MINUTES_SHOT, fullPage: true });
  await doc.close();
});

test('time is recorded and acceptance requested with two deliverables; the protocol lists them', async () => {
  const f = dialog();
  await f.getByRole('tab', { name: 'Zeiten' }).click();
  const time = f.locator('form.prj-time-form');
  expect(await time.getByLabel('Datum').inputValue()).toBe(day(0));
  await time.getByLabel('Stunden').fill('2,5');
  await time.getByLabel('Notiz').fill('Drehbuch, erste Fassung');
  await time.getByRole('button', { name: 'Zeit buchen' }).click();
  await success(f, 'erfasst');
  expect(await f.locator('.prj-time-table tbody tr').count()).toBe(1);
  expect(await f.locator('.prj-time-table tbody tr td.num').textContent()).toBe('2,5');

  await f.getByRole('tab', { name: 'Abnahme' }).click();
  await f.getByLabel('Leistungen zur Abnahme').fill(DELIVERABLES.join('\n'));
  await f.getByRole('button', { name: 'Abnahme anfordern' }).click();
  await success(f, 'Abnahmeprotokoll');
  expect(await f.locator('.prj-head .chip.stage-acceptance').count()).toBe(1);
  expect(await f.locator('.prj-rounds-table .prj-deliverables li').allTextContents()).toEqual(DELIVERABLES);

  const doc = await openDoc(f.locator('.prj-rounds-table').getByRole('link', { name: 'Dokument öffnen' }));
  const text = (await doc.locator('.page').textContent()) ?? '';
  for (const d of DELIVERABLES) expect(text).toContain(d);
  expect(text).toContain(orderNo);
  expect(text).not.toContain('{{');
  await doc.screenshot({ path: ACCEPTANCE_SHOT, fullPage: true });
  await doc.close();
  expect(errors).toEqual([]);
});
