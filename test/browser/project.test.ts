// The built project dialog (dist/project.html) in headless Chromium against a fake google.script.run: loading, the six
// tabs, scheduling, minutes, action items, time, progress, acceptance, handover, after-care, errors at fields, XSS.
import type { Locator } from 'playwright-core';
import type { ProjectBoot, ProjectDto } from '../../src/shared/projectContract';
import { fail, ok, XSS_NAME } from './support/fixtures';
import {
  type Call,
  clean,
  noHorizontalScroll,
  openProject,
  type Script,
  type Sidebar,
  useBrowser,
} from './support/harness';
import {
  acceptance,
  actionItem,
  followUp,
  jourFixe,
  meeting,
  PROJECT_TODAY,
  project,
  projectResult,
} from './support/projectFixtures';

const session = useBrowser();

async function start(
  script: Script = {},
  boot: Partial<ProjectBoot> = {},
  p: ProjectDto = project(),
): Promise<Sidebar> {
  const s = await openProject(
    session.browser(),
    { projectLoad: [{ result: ok(p) }], ...script },
    { boot: { orderNo: '2026-0042', tab: 'overview', lang: 'de', ...boot } },
  );
  session.track(s);
  await s.page.locator('.prj-pane').waitFor();
  return s;
}

const banner = (s: Sidebar): Locator => s.page.locator('.prj-notice .banner');
const bannerText = (s: Sidebar): Locator => s.page.locator('.prj-notice .banner-body > p').first();
const tab = (s: Sidebar, name: string): Locator => s.page.getByRole('tab', { name });

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

/** Nothing sticks out past the dialog's right edge (the body clips sideways, so look at every element). */
async function fits(s: Sidebar): Promise<void> {
  await noHorizontalScroll(s);
  const outside = await s.page.evaluate(() => {
    const right = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll<HTMLElement>('#app *'))
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > right + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
  });
  expect(outside).toEqual([]);
}

/** Rows of a table as the text of their cells. */
async function cells(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr:not(.prj-panel-row)')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => (c.textContent ?? '').trim())));
}

describe('project dialog: loading and the tabs', () => {
  test('loads with one projectLoad call and shows header, deviation chips and the overview', async () => {
    const s = await start();
    const { page } = s;
    expect((await s.calls()).map((c) => [c.name, c.args])).toEqual([
      ['projectLoad', [{ orderNo: '2026-0042' }]],
    ]);
    expect(await page.locator('.prj-no').textContent()).toBe('2026-0042');
    expect(await page.locator('.prj-client').textContent()).toBe('Müller GmbH');
    expect(await page.locator('.prj-title').textContent()).toBe('Website-Relaunch');
    expect(await page.locator('.prj-head .chip.stage-inProgress').textContent()).toBe('In Arbeit');
    expect(await page.locator('.prj-next').textContent()).toBe('Nächster Schritt: Abnahme anfordern');
    expect(await page.locator('.prj-devs .chip').allTextContents()).toEqual([
      'Budget zu 80 % verbraucht',
      'Aufgabe überfällig',
    ]);
    expect(await page.locator('.prj-devs .chip.dev-amber').count()).toBe(2);
    expect(await page.locator('[role=tab]').allTextContents()).toEqual([
      'Überblick',
      'Termine',
      'Zeiten',
      'Abnahme',
      'Übergabe',
      'Nachbetreuung',
    ]);
    expect(await tab(s, 'Überblick').getAttribute('aria-selected')).toBe('true');

    const budget = page.locator('.prj-budget');
    expect(await budget.locator('dd').allTextContents()).toEqual(['42,5 h', '10.625,00 €', '12.500,00 €']);
    expect(await budget.locator('.prj-meter').getAttribute('class')).toBe('prj-meter warn');
    expect(await budget.locator('.prj-meter strong').textContent()).toBe('85 %');
    expect(await budget.locator('.prj-bar-fill').evaluate((e) => (e as HTMLElement).style.width)).toBe('85%');
    const meters = page.locator('.prj-progress .prj-meter');
    expect(await meters.locator('.prj-meter-head').allTextContents()).toEqual([
      'Fortschritt40 %',
      'Zeit verstrichen45 %',
    ]);
    // Less done than time passed: the progress bar turns amber.
    expect(await meters.first().getAttribute('class')).toBe('prj-meter behind');
    expect(await page.locator('.prj-dates dd').allTextContents()).toEqual([
      '03.06.2026',
      '15.07.2026',
      '–',
      '–',
    ]);
    expect((await cells(page.locator('.prj-milestone-table'))).map((r) => r.slice(0, 2))).toEqual([
      ['10.06.2026', 'Konzept'],
      ['30.06.2026', 'Design'],
      ['15.07.2026', 'Livegang'],
    ]);
    expect(
      await page
        .locator('.prj-milestone-table input')
        .evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value)),
    ).toEqual(['100', '50', '']);
    expect(await page.getByLabel('Fortschritt: Design').inputValue()).toBe('50');
    expect(await page.locator('.prj-devlist li').allTextContents()).toEqual([
      'Budget zu 80 % verbraucht',
      'Aufgabe überfällig',
    ]);
    expect(await page.getByRole('button', { name: 'Nachtragsangebot erstellen' }).count()).toBe(0);
    await fits(s);
    await page.screenshot({ path: '/tmp/project-overview.png' });
    clean(s);
  });

  test('every tab renders from the one load, without further calls', async () => {
    const s = await start(
      {},
      {},
      project({
        acceptances: [acceptance({ result: 'defects', decidedOn: '2026-06-19', accepted: ['Startseite'] })],
        items: [
          ...project().items,
          actionItem({ id: 'I-9', kind: 'rework', text: 'Shop: Warenkorb leert sich' }),
        ],
        followUps: [followUp()],
      }),
    );
    const { page } = s;
    await tab(s, 'Termine').click();
    expect(await cells(page.locator('.prj-meetings-table'))).toEqual([
      ['03.06.2026', '10:00–11:30', 'Kick-off', 'Büro Hamburg, Raum 2', 'KalenderAgenda', '–'],
      [
        '17.06.2026',
        '09:30–10:00',
        'Jour fixewöchentlich',
        'https://meet.google.com/abc-defg-hij',
        'Kalender',
        'Protokoll schreiben',
      ],
    ]);
    // The series' rhythm is a small line under "Jour fixe"; the kick-off has none.
    expect(await page.locator('.prj-meetings-table .prj-rhythm').allTextContents()).toEqual(['wöchentlich']);
    // Kick-off and jour fixe are scheduled: both forms are folded, the lists come first.
    expect(await page.locator('.prj-plan-kickoff').getAttribute('open')).toBeNull();
    expect(await page.locator('.prj-plan-jourfixe').getAttribute('open')).toBeNull();
    // Open items first (overdue in red), then done ones; handover items are not action items.
    expect(await cells(page.locator('.prj-items-table'))).toEqual([
      ['', 'Logo-Dateien liefern', 'Kunde', '24.06.2026', 'offen'],
      ['', 'Texte für die Startseite', 'Anna', '12.06.2026', 'überfällig'],
      ['', 'Shop: Warenkorb leert sichNachbesserung', 'Kunde', '24.06.2026', 'offen'],
      ['', 'Farben abstimmen', 'Ben', '05.06.2026', 'erledigt'],
    ]);
    expect(await page.locator('.prj-items-table tr.overdue').count()).toBe(1);
    expect(
      await page.locator('.prj-items-table tr.overdue .col-due').evaluate((e) => getComputedStyle(e).color),
    ).toBe('rgb(197, 34, 31)');
    expect(await page.locator('.prj-items-table tr.done input').isDisabled()).toBe(true);
    await fits(s);

    await tab(s, 'Zeiten').click();
    expect(await cells(page.locator('.prj-time-table'))).toEqual([
      ['19.06.2026', 'anna@agentur.example', 'Design', '1,5', 'ja', 'Startseite'],
      ['18.06.2026', 'ben@agentur.example', 'Entwicklung', '6', 'ja', ''],
      ['17.06.2026', 'anna@agentur.example', 'Projektleitung', '0,75', 'nein', 'Jour fixe'],
    ]);
    expect(await cells(page.locator('.prj-sums-table'))).toEqual([
      ['Design', '20,5', '20,5', '1.947,50 €'],
      ['Entwicklung', '21,25', '21,25', '2.018,75 €'],
      ['Projektleitung', '0,75', '0', '0,00 €'],
      ['Summe', '42,5', '41,75', '3.966,25 €'],
    ]);
    await fits(s);

    await tab(s, 'Abnahme').click();
    expect(await cells(page.locator('.prj-rounds-table'))).toEqual([
      [
        '1',
        '18.06.2026',
        '✓ StartseiteShopImpressum und Datenschutz',
        'Mängel19.06.2026',
        'Dokument öffnenPDF',
      ],
    ]);
    expect(await cells(page.locator('.prj-rework-table'))).toEqual([
      ['Shop: Warenkorb leert sich', '24.06.2026', 'offen'],
    ]);
    // No round is pending: the request form shows, empty, with its hint.
    expect(await page.getByLabel('Leistungen zur Abnahme').inputValue()).toBe('');
    await fits(s);

    await tab(s, 'Übergabe').click();
    expect(await page.locator('.prj-check-list label').allTextContents()).toEqual([
      'Finale Dateien bereitgestellt',
      'Offene Daten und Quelldateien übergeben',
      'Zugangsdaten übergeben',
      'Lizenzen übertragen',
      'Nutzungsrechte eingeräumt',
      'Auftragsordner mit dem Kunden geteilt',
    ]);
    expect(
      await page
        .locator('.prj-check-list input')
        .evaluateAll((i) => i.map((x) => (x as HTMLInputElement).checked)),
    ).toEqual([true, false, false, false, true, false]);
    expect(await page.getByLabel('Ordner freigeben für').inputValue()).toBe('kunde@mueller.example');
    expect(await page.locator('.prj-handed').textContent()).toBe('Noch nicht übergeben.');
    expect(await page.getByRole('link', { name: 'Auftragsordner öffnen' }).getAttribute('href')).toBe(
      'https://drive.google.com/drive/folders/order-2026-0042',
    );
    // No protocol yet: no link to one.
    expect(await page.getByRole('link', { name: 'Übergabeprotokoll öffnen' }).count()).toBe(0);
    await fits(s);

    await tab(s, 'Nachbetreuung').click();
    expect(await cells(page.locator('.prj-followups-table'))).toEqual([
      ['15.06.2026', '30 Tage nach Übergabe', 'überfällig', '', '–', 'Ergebnis erfassen'],
    ]);
    expect(await page.getByRole('button', { name: 'Wartungsangebot erstellen' }).count()).toBe(1);
    await fits(s);
    expect((await s.calls()).map((c) => c.name)).toEqual(['projectLoad']);
    clean(s);
  });

  test('opens at the tab the boot names; in English', async () => {
    const s = await start({}, { tab: 'time', lang: 'en' });
    const { page } = s;
    expect(await tab(s, 'Time').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[role=tab]').allTextContents()).toEqual([
      'Overview',
      'Meetings',
      'Time',
      'Acceptance',
      'Handover',
      'After-care',
    ]);
    expect(await page.locator('.prj-next').textContent()).toBe('Next step: Request acceptance');
    expect(await page.getByLabel('Date').inputValue()).toBe(PROJECT_TODAY);
    expect(await page.locator('.prj-time-table tbody tr').first().locator('td').first().textContent()).toBe(
      '2026-06-19',
    );
    expect(await page.locator('.prj-sums-table tr.sum td').allTextContents()).toEqual([
      'Total',
      '42.5',
      '41.75',
      '€3,966.25',
    ]);
    clean(s);
  });

  test('a failed load offers "Erneut versuchen"', async () => {
    const s = await openProject(session.browser(), {
      projectLoad: [
        { result: fail({ code: 'err.orders.none', message: 'Den Auftrag 2026-0042 gibt es nicht.' }) },
        { result: ok(project()) },
      ],
    });
    session.track(s);
    await banner(s).waitFor();
    expect(await bannerText(s).textContent()).toBe('Den Auftrag 2026-0042 gibt es nicht.');
    await s.page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await s.page.locator('.prj-pane').waitFor();
    expect(await s.page.locator('.prj-title').textContent()).toBe('Website-Relaunch');
    clean(s);
  });
});

describe('project dialog: overview actions', () => {
  test('budget over 100 %: red chip and bar; overrun offers the change request, whose message names the new order', async () => {
    const over = project({
      overrun: true,
      figures: {
        ...project().figures,
        budgetBp: 11_250,
        deviations: [
          { key: 'budget100', label: 'Budget überschritten' },
          { key: 'deadlineAtRisk', label: 'Abgabetermin gefährdet' },
        ],
      },
    });
    const s = await start(
      {
        followOnCreate: [
          {
            result: ok({ message: 'Nachtragsangebot angelegt: Auftrag 2026-0057.', orderNo: '2026-0057' }),
            delay: 200,
          },
        ],
      },
      {},
      over,
    );
    const { page } = s;
    expect(await page.locator('.prj-devs .chip.dev-red').textContent()).toBe('Budget überschritten');
    expect(await page.locator('.prj-devs .chip.dev-amber').textContent()).toBe('Abgabetermin gefährdet');
    expect(await page.locator('.prj-budget .prj-meter').getAttribute('class')).toBe('prj-meter over');
    expect(await page.locator('.prj-budget .prj-meter strong').textContent()).toBe('112,5 %');
    expect(
      await page.locator('.prj-budget .prj-bar-fill').evaluate((e) => (e as HTMLElement).style.width),
    ).toBe('100%');
    expect(await page.locator('.prj-overrun').textContent()).toBe(
      'Es sind mehr abrechenbare Stunden erfasst als beauftragt.',
    );
    await page.screenshot({ path: '/tmp/project-overview-overrun.png' });
    const create = page.getByRole('button', { name: 'Nachtragsangebot erstellen' });
    await create.click();
    // Busy: disabled, so a double click sends nothing twice.
    expect(await create.isDisabled()).toBe(true);
    await create.click({ force: true });
    await bannerText(s).filter({ hasText: '2026-0057' }).waitFor();
    expect(await bannerText(s).textContent()).toBe('Nachtragsangebot angelegt: Auftrag 2026-0057.');
    expect(await callsOf(s, 'followOnCreate')).toEqual([{ orderNo: '2026-0042', kind: 'changeRequest' }]);
    clean(s);
  });

  test('"Abweichungen aktualisieren" shows its message and loads the project again', async () => {
    const fresh = project({ figures: { ...project().figures, deviations: [] } });
    const s = await start({
      deviationsRefresh: [
        { result: ok({ message: '120 Aufträge geprüft, 7 mit Abweichungen.', checked: 120, flagged: 7 }) },
      ],
      projectLoad: [{ result: ok(project()) }, { result: ok(fresh) }],
    });
    const { page } = s;
    await page.getByRole('button', { name: 'Abweichungen aktualisieren' }).click();
    await bannerText(s).filter({ hasText: '120 Aufträge' }).waitFor();
    await page.locator('.prj-deviations p', { hasText: 'Keine Abweichungen.' }).waitFor();
    expect(await page.locator('.prj-devs').count()).toBe(0);
    expect((await s.calls()).map((c) => [c.name, c.args])).toEqual([
      ['projectLoad', [{ orderNo: '2026-0042' }]],
      ['deviationsRefresh', []],
      ['projectLoad', [{ orderNo: '2026-0042' }]],
    ]);
    expect(await bannerText(s).textContent()).toBe('120 Aufträge geprüft, 7 mit Abweichungen.');
    clean(s);
  });

  test('progress is saved per milestone; an error names the row it belongs to', async () => {
    const bad = 'Fortschritt: Bitte eine Zahl von 0 bis 100 eingeben.';
    const saved = project({
      milestones: project().milestones.map((m) => (m.index === 2 ? { ...m, progress: 10 } : m)),
    });
    const s = await start({
      progressSave: [
        { result: fail({ message: bad, fields: [{ field: 'milestones.2.progress', message: bad }] }) },
        { result: ok(projectResult(saved, 'Fortschritt gespeichert.')) },
      ],
    });
    const { page } = s;
    await page.getByLabel('Fortschritt: Livegang').fill('viel');
    await page.getByRole('button', { name: 'Fortschritt speichern' }).click();
    expect(await nthCall(s, 'progressSave')).toEqual({
      orderNo: '2026-0042',
      milestones: [
        { index: 0, progress: '100' },
        { index: 1, progress: '50' },
        { index: 2, progress: 'viel' },
      ],
    });
    const row = page.locator('.prj-milestone-table tr[data-milestone="2"]');
    await row.locator('.field-error').waitFor();
    expect(await row.locator('.field-error').textContent()).toBe('Bitte eine Zahl von 0 bis 100 eingeben.');
    expect(await page.getByLabel('Fortschritt: Livegang').getAttribute('aria-invalid')).toBe('true');
    expect(await bannerText(s).textContent()).toBe(bad);
    expect(await page.locator('.prj-notice .banner-error').count()).toBe(1);

    await page.getByLabel('Fortschritt: Livegang').fill('10');
    await page.getByRole('button', { name: 'Fortschritt speichern' }).click();
    await bannerText(s).filter({ hasText: 'Fortschritt gespeichert.' }).waitFor();
    expect(await page.getByLabel('Fortschritt: Livegang').inputValue()).toBe('10');
    expect(await page.locator('.prj-milestone-table .field-error:not([hidden])').count()).toBe(0);
    clean(s);
  });
});

describe('project dialog: progress not set', () => {
  test("a cleared milestone is sent as '' (not set) and shows empty again", async () => {
    const cleared = project({
      milestones: project().milestones.map((m) => (m.index === 1 ? { ...m, progress: null } : m)),
    });
    const s = await start({
      progressSave: [{ result: ok(projectResult(cleared, 'Fortschritt gespeichert.')) }],
    });
    const { page } = s;
    await page.getByLabel('Fortschritt: Design').fill('');
    await page.getByRole('button', { name: 'Fortschritt speichern' }).click();
    expect(await nthCall(s, 'progressSave')).toEqual({
      orderNo: '2026-0042',
      milestones: [
        { index: 0, progress: '100' },
        { index: 1, progress: '' },
        { index: 2, progress: '' },
      ],
    });
    await bannerText(s).filter({ hasText: 'Fortschritt gespeichert.' }).waitFor();
    expect(
      await page
        .locator('.prj-milestone-table input')
        .evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value)),
    ).toEqual(['100', '', '']);
    expect(await page.locator('.prj-milestone-table .field-error:not([hidden])').count()).toBe(0);
    clean(s);
  });
});

describe('project dialog: meetings', () => {
  const confirmed = project({
    stage: 'confirmed',
    nextStep: 'next.confirmed',
    kickoffOn: null,
    meetings: [],
    items: [],
    figures: { ...project().figures, deviations: [] },
  });

  test('kick-off: a date the server refuses shows at the date field and in the banner; then it is scheduled', async () => {
    const dateError = 'Datum: Der Kick-off liegt in der Vergangenheit.';
    const scheduled = project({ ...confirmed, stage: 'kickoff', meetings: [meeting()] });
    const s = await start(
      {
        kickoffSchedule: [
          { result: fail({ message: dateError, fields: [{ field: 'date', message: dateError }] }) },
          {
            result: ok(
              projectResult(scheduled, 'Kick-off am 24.06.2026 eingeplant, Einladung an 2 Gäste.', {
                docUrl: 'https://docs.google.com/document/d/agenda/edit',
              }),
            ),
            delay: 200,
          },
        ],
      },
      { tab: 'meetings' },
      confirmed,
    );
    const { page } = s;
    const plan = page.locator('.prj-plan-kickoff');
    expect(await plan.getAttribute('open')).toBe('');
    expect(await page.locator('.prj-meeting-list p').textContent()).toBe('Noch keine Termine.');
    const f = plan.locator('form');
    expect(await f.getByLabel('Beginn').inputValue()).toBe('10:00');
    expect(await f.getByLabel('Dauer (Minuten)').inputValue()).toBe('60');
    expect(await f.getByLabel('Gäste').inputValue()).toBe('kunde@mueller.example');
    await f.getByLabel('Datum').fill('2026-06-01');
    await f.getByLabel('Dauer (Minuten)').fill('90');
    await f.getByLabel('Ort oder Video-Link').fill('Büro Hamburg');
    await f.getByLabel('Google-Meet-Link erzeugen').check();
    await f.getByLabel('Gäste').fill('kunde@mueller.example, chef@mueller.example');
    await f.getByLabel('Offene Fragen (für die Agenda)').fill('Hosting?\nZugänge?');
    await f.getByRole('button', { name: 'Kick-off einplanen und einladen' }).click();
    expect(await nthCall(s, 'kickoffSchedule')).toEqual({
      orderNo: '2026-0042',
      date: '2026-06-01',
      start: '10:00',
      durationMin: '90',
      place: 'Büro Hamburg',
      video: true,
      guests: 'kunde@mueller.example, chef@mueller.example',
      openQuestions: 'Hosting?\nZugänge?',
    });
    const error = f.locator('.w-date .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Der Kick-off liegt in der Vergangenheit.');
    expect(await f.getByLabel('Datum').getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.field')?.classList.contains('w-date')),
    ).toBe(true);
    expect(await bannerText(s).textContent()).toBe(dateError);
    await fits(s);
    await page.screenshot({ path: '/tmp/project-kickoff-error.png' });

    await f.getByLabel('Datum').fill('2026-06-24');
    const submit = f.getByRole('button', { name: 'Kick-off einplanen und einladen' });
    await submit.click();
    await page.locator('.prj-notice .banner-error').waitFor({ state: 'detached' });
    expect(await submit.isDisabled()).toBe(true);
    await bannerText(s).filter({ hasText: 'eingeplant' }).waitFor();
    expect(await banner(s).getByRole('link', { name: 'Dokument öffnen' }).getAttribute('href')).toBe(
      'https://docs.google.com/document/d/agenda/edit',
    );
    expect(await page.locator('.prj-head .chip.stage-kickoff').textContent()).toBe('Kick-off');
    expect(await cells(page.locator('.prj-meetings-table'))).toEqual([
      ['03.06.2026', '10:00–11:30', 'Kick-off', 'Büro Hamburg, Raum 2', 'KalenderAgenda', '–'],
    ]);
    expect(await page.locator('.prj-plan-kickoff').getAttribute('open')).toBeNull();
    clean(s);
  });

  test('jour fixe: interval and until are sent as chosen; until says the deadline it defaults to', async () => {
    const s = await start(
      { jourFixeSchedule: [{ result: ok(projectResult(project(), 'Jour fixe eingeplant: 5 Termine.')) }] },
      { tab: 'meetings' },
      project({ meetings: [meeting()] }),
    );
    const f = s.page.locator('.prj-plan-jourfixe form');
    expect(await f.locator('.w-until .field-help').textContent()).toBe(
      'Leer lassen: bis zum Abgabetermin (15.07.2026).',
    );
    expect(await f.getByLabel('Rhythmus').locator('option').allTextContents()).toEqual([
      'Wöchentlich',
      'Alle zwei Wochen',
      'Monatlich',
    ]);
    await f.getByLabel('Erster Termin').fill('2026-06-24');
    await f.getByLabel('Rhythmus').selectOption('biweekly');
    await f.getByRole('button', { name: 'Serie einplanen und einladen' }).click();
    expect(await nthCall(s, 'jourFixeSchedule')).toEqual({
      orderNo: '2026-0042',
      date: '2026-06-24',
      start: '10:00',
      durationMin: '60',
      place: '',
      video: false,
      guests: 'kunde@mueller.example',
      interval: 'biweekly',
      until: '',
    });
    await bannerText(s).filter({ hasText: '5 Termine' }).waitFor();
    clean(s);
  });

  test('minutes: open items closed by ticking, new rows added; the call carries close ids and items', async () => {
    const written = project({
      meetings: [
        meeting(),
        jourFixe({ minutesOn: PROJECT_TODAY, docUrl: 'https://docs.google.com/document/d/min/edit' }),
      ],
    });
    const rowError = 'Aufgabe: Bitte ausfüllen.';
    const s = await start(
      {
        minutesWrite: [
          { result: fail({ message: rowError, fields: [{ field: 'items.1.text', message: rowError }] }) },
          {
            result: ok(
              projectResult(written, 'Protokoll gespeichert und an 2 Teilnehmende gesendet.', {
                docUrl: 'https://docs.google.com/document/d/min/edit',
                pdfUrl: 'https://drive.google.com/file/d/min-pdf/view',
              }),
            ),
          },
        ],
      },
      { tab: 'meetings' },
    );
    const { page } = s;
    const write = page.locator('tr[data-meeting="M-2"]').getByRole('button', { name: 'Protokoll schreiben' });
    await write.click();
    const f = page.locator('form.prj-minutes');
    await f.waitFor();
    expect(await write.getAttribute('aria-expanded')).toBe('true');
    // Attendance is typed by name: the invitation list is not who came.
    expect(await f.getByLabel('Teilnehmende').inputValue()).toBe('');
    expect(
      await page.evaluate(
        () =>
          (document.activeElement as HTMLElement).getAttribute('aria-label') ?? document.activeElement?.id,
      ),
    ).toBeTruthy();
    // Only open items are offered for closing.
    expect(await f.locator('.prj-close-list li .prj-item-text').allTextContents()).toEqual([
      'Logo-Dateien liefern',
      'Texte für die Startseite',
    ]);
    await f.getByLabel('Notizen').fill('Startseite abgestimmt.');
    await f.getByLabel('Entscheidungen').fill('Shop kommt in Phase 2.');
    await f.getByLabel('Erledigt: Texte für die Startseite').check();
    await f.getByLabel('Aufgabe (Zeile 1)').fill('Impressum liefern');
    await f.getByLabel('Verantwortlich (Zeile 1)').fill('Kunde');
    await f.getByLabel('Fällig (Zeile 1)').fill('2026-06-26');
    await f.getByRole('button', { name: '+ Zeile' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-col'))).toBe('text');
    await f.getByRole('button', { name: '+ Zeile' }).click();
    // Row 3 stays empty and is left out; row 2 has an owner but no text, which the server refuses.
    await f.getByLabel('Verantwortlich (Zeile 2)').fill('Ben');
    await fits(s);
    await f.getByLabel('Teilnehmende').fill('Frau Müller, Anna');
    await page.screenshot({ path: '/tmp/project-minutes.png' });
    await f.getByRole('button', { name: 'Protokoll speichern' }).click();
    expect(await nthCall(s, 'minutesWrite')).toEqual({
      meetingId: 'M-2',
      attendees: 'Frau Müller, Anna',
      notes: 'Startseite abgestimmt.',
      decisions: 'Shop kommt in Phase 2.',
      close: ['I-2'],
      items: [
        { text: 'Impressum liefern', owner: 'Kunde', due: '2026-06-26' },
        { text: '', owner: 'Ben', due: '' },
      ],
    });
    const error = f.locator('.prj-rows-row').nth(1).locator('.w-text .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Bitte ausfüllen.');
    expect(await bannerText(s).textContent()).toBe(rowError);

    await f.getByLabel('Aufgabe (Zeile 2)').fill('Fotos auswählen');
    await f.getByRole('button', { name: 'Protokoll speichern' }).click();
    expect(((await nthCall(s, 'minutesWrite', 2)) as { items: unknown[] }).items).toEqual([
      { text: 'Impressum liefern', owner: 'Kunde', due: '2026-06-26' },
      { text: 'Fotos auswählen', owner: 'Ben', due: '' },
    ]);
    await bannerText(s).filter({ hasText: 'Protokoll gespeichert' }).waitFor();
    expect(await banner(s).locator('a').allTextContents()).toEqual(['Dokument öffnen', 'PDF']);
    expect(await page.locator('form.prj-minutes').count()).toBe(0);
    expect(await page.locator('tr[data-meeting="M-2"] .col-actions').textContent()).toBe(
      'Protokoll vom 20.06.2026',
    );
    clean(s);
  });

  test("the list names each jour fixe's rhythm, in German and in English", async () => {
    const p = project({
      meetings: [
        meeting(),
        jourFixe({ interval: 'biweekly', minutesOn: '2026-06-17' }),
        jourFixe({ id: 'M-3', date: '2026-07-15', interval: 'monthly' }),
      ],
    });
    const kinds = (s: Sidebar) => s.page.locator('.prj-meetings-table tr.prj-meeting .col-kind');
    const de = await start({}, { tab: 'meetings' }, p);
    expect(await kinds(de).allTextContents()).toEqual([
      'Kick-off',
      'Jour fixealle zwei Wochen',
      'Jour fixemonatlich',
    ]);
    expect(await de.page.locator('.prj-rhythm').first().getAttribute('class')).toBe('prj-small prj-rhythm');
    await fits(de);
    await de.page.locator('.prj-meeting-list').screenshot({ path: '/tmp/project-meetings-rhythm.png' });
    clean(de);
    const en = await start({}, { tab: 'meetings', lang: 'en' }, p);
    expect(await kinds(en).allTextContents()).toEqual([
      'Kick-off',
      'Jour fixeevery two weeks',
      'Jour fixemonthly',
    ]);
    clean(en);
  });

  test('action items: tick to close, add a new one; nothing ticked or typed sends nothing', async () => {
    const s = await start(
      { itemsUpdate: [{ result: ok(projectResult(project(), 'Aufgaben gespeichert.')) }] },
      { tab: 'meetings' },
    );
    const { page } = s;
    const section = page.locator('.prj-items');
    await section.getByRole('button', { name: 'Aufgaben speichern' }).click();
    expect(await bannerText(s).textContent()).toBe(
      'Nichts zu speichern: bitte eine Aufgabe abhaken oder eine neue eintragen.',
    );
    await section.getByLabel('Erledigt: Logo-Dateien liefern').check();
    await section.getByLabel('Aufgabe (Zeile 1)').fill('Hosting klären');
    await section.getByRole('button', { name: 'Aufgaben speichern' }).click();
    expect(await nthCall(s, 'itemsUpdate')).toEqual({
      orderNo: '2026-0042',
      close: ['I-1'],
      items: [{ text: 'Hosting klären', owner: '', due: '' }],
    });
    await bannerText(s).filter({ hasText: 'Aufgaben gespeichert.' }).waitFor();
    clean(s);
  });
});

describe('project dialog: time', () => {
  test('the form starts with today, the user and the first service; an hours error shows at the field', async () => {
    const hoursError = 'Stunden: „1,5h“ ist keine Dauer. Bitte „1,5“ oder „1:30“ eingeben.';
    const s = await start(
      {
        timeRecord: [
          { result: fail({ message: hoursError, fields: [{ field: 'hours', message: hoursError }] }) },
          { result: ok(projectResult(project(), '1,5 Stunden auf Entwicklung gebucht.')) },
        ],
      },
      { tab: 'time' },
    );
    const { page } = s;
    const f = page.locator('form.prj-time-form');
    expect(await f.getByLabel('Datum').inputValue()).toBe(PROJECT_TODAY);
    expect(await f.getByLabel('Person').inputValue()).toBe('anna@agentur.example');
    expect(await f.getByLabel('Leistung').inputValue()).toBe('Design');
    expect(await f.getByLabel('Leistung').locator('option').allTextContents()).toEqual([
      '– Leistung wählen –',
      'Design',
      'Entwicklung',
      'Projektleitung',
    ]);
    expect(await f.getByLabel('Abrechenbar').isChecked()).toBe(true);
    await f.getByLabel('Leistung').selectOption('Entwicklung');
    await f.getByLabel('Stunden').fill('1,5h');
    await f.getByLabel('Notiz').fill('Warenkorb');
    await f.getByRole('button', { name: 'Zeit buchen' }).click();
    expect(await nthCall(s, 'timeRecord')).toEqual({
      orderNo: '2026-0042',
      date: PROJECT_TODAY,
      person: 'anna@agentur.example',
      service: 'Entwicklung',
      hours: '1,5h',
      billable: true,
      note: 'Warenkorb',
    });
    const error = f.locator('.w-hours .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('„1,5h“ ist keine Dauer. Bitte „1,5“ oder „1:30“ eingeben.');
    expect(await bannerText(s).textContent()).toBe(hoursError);
    await fits(s);
    await page.screenshot({ path: '/tmp/project-time-error.png' });

    await f.getByLabel('Stunden').fill('1:30');
    await f.getByLabel('Abrechenbar').uncheck();
    // Enter in a field books, like the button.
    await f.getByLabel('Stunden').press('Enter');
    expect(await nthCall(s, 'timeRecord', 2)).toMatchObject({ hours: '1:30', billable: false });
    await bannerText(s).filter({ hasText: 'gebucht' }).waitFor();
    // The answer re-rendered the tab: a fresh form.
    expect(await page.locator('form.prj-time-form').getByLabel('Stunden').inputValue()).toBe('');
    clean(s);
  });
});

describe('project dialog: acceptance', () => {
  test('no pending round: the deliverables are requested one per line', async () => {
    const requested = project({ stage: 'acceptance', acceptances: [acceptance()] });
    const s = await start(
      {
        acceptanceRequest: [
          {
            result: ok(
              projectResult(requested, 'Abnahme angefordert (Runde 1).', {
                docUrl: 'https://docs.google.com/document/d/acceptance-1/edit',
                pdfUrl: 'https://drive.google.com/file/d/acceptance-1-pdf/view',
              }),
            ),
          },
        ],
      },
      { tab: 'acceptance' },
    );
    const { page } = s;
    const f = page.locator('.prj-request form');
    expect(await f.locator('.field-help').textContent()).toContain('Eine Leistung pro Zeile');
    await f.getByLabel('Leistungen zur Abnahme').fill('Startseite\nShop\nImpressum und Datenschutz');
    await f.getByRole('button', { name: 'Abnahme anfordern' }).click();
    expect(await nthCall(s, 'acceptanceRequest')).toEqual({
      orderNo: '2026-0042',
      deliverables: 'Startseite\nShop\nImpressum und Datenschutz',
    });
    await bannerText(s).filter({ hasText: 'Runde 1' }).waitFor();
    expect(await banner(s).locator('a').allTextContents()).toEqual(['Dokument öffnen', 'PDF']);
    // Now a round is pending: the decision form replaces the request form.
    expect(await page.locator('.prj-request').count()).toBe(0);
    expect(await page.locator('.prj-decision .prj-h').textContent()).toBe(
      'Entscheidung des Kunden (Runde 1)',
    );
    clean(s);
  });

  test('the decision: accepted deliverables ticked, defects with dates; a defect error shows in its row', async () => {
    const dueError = 'Beheben bis: Das Datum „30.02.2026“ gibt es nicht.';
    const decided = project({
      stage: 'rework',
      acceptances: [
        acceptance({ result: 'defects', decidedOn: PROJECT_TODAY, accepted: ['Startseite', 'Shop'] }),
      ],
      items: [
        ...project().items,
        actionItem({
          id: 'I-7',
          kind: 'rework',
          text: 'Impressum: Anschrift fehlt',
          owner: '',
          due: '2026-06-27',
        }),
        actionItem({
          id: 'I-8',
          kind: 'rework',
          text: 'Datenschutz: Cookie-Hinweis',
          owner: '',
          due: '2026-06-27',
        }),
      ],
    });
    const s = await start(
      {
        acceptanceDecide: [
          { result: fail({ message: dueError, fields: [{ field: 'defects.1.due', message: dueError }] }) },
          { result: ok(projectResult(decided, 'Mängel erfasst: 2 Nachbesserungen bis 27.06.2026.')) },
        ],
      },
      { tab: 'acceptance' },
      project({ stage: 'acceptance', acceptances: [acceptance()] }),
    );
    const { page } = s;
    const f = page.locator('.prj-decision form');
    expect(await f.getByLabel('Datum der Entscheidung').inputValue()).toBe(PROJECT_TODAY);
    expect(await f.locator('.prj-accepted label').allTextContents()).toEqual([
      'Startseite',
      'Shop',
      'Impressum und Datenschutz',
    ]);
    // Nothing is ticked beforehand.
    expect(await f.locator('.prj-accepted input:checked').count()).toBe(0);
    expect(await f.locator('.prj-doc-links a').allTextContents()).toEqual(['Dokument öffnen', 'PDF']);
    await f.getByLabel('Startseite').check();
    await f.getByLabel('Shop').check();
    await f.getByLabel('Mangel (Zeile 1)').fill('Impressum: Anschrift fehlt');
    await f.getByLabel('Beheben bis (Zeile 1)').fill('2026-06-27');
    await f.getByRole('button', { name: '+ Mangel' }).click();
    await f.getByLabel('Mangel (Zeile 2)').fill('Datenschutz: Cookie-Hinweis');
    await fits(s);
    await page.screenshot({ path: '/tmp/project-acceptance.png' });
    await f.getByRole('button', { name: 'Entscheidung speichern' }).click();
    expect(await nthCall(s, 'acceptanceDecide')).toEqual({
      acceptanceId: 'A-1',
      date: PROJECT_TODAY,
      accepted: ['Startseite', 'Shop'],
      defects: [
        { text: 'Impressum: Anschrift fehlt', due: '2026-06-27' },
        { text: 'Datenschutz: Cookie-Hinweis', due: '' },
      ],
    });
    const error = f.locator('.prj-rows-row').nth(1).locator('.w-due .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Das Datum „30.02.2026“ gibt es nicht.');
    expect(await bannerText(s).textContent()).toBe(dueError);

    await f.getByLabel('Beheben bis (Zeile 2)').fill('2026-06-27');
    await f.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await bannerText(s).filter({ hasText: 'Mängel erfasst' }).waitFor();
    expect(await page.locator('.prj-decision').count()).toBe(0);
    expect(await cells(page.locator('.prj-rounds-table'))).toEqual([
      [
        '1',
        '18.06.2026',
        '✓ Startseite✓ ShopImpressum und Datenschutz',
        'Mängel20.06.2026',
        'Dokument öffnenPDF',
      ],
    ]);
    expect(await cells(page.locator('.prj-rework-table'))).toEqual([
      ['Impressum: Anschrift fehlt', '27.06.2026', 'offen'],
      ['Datenschutz: Cookie-Hinweis', '27.06.2026', 'offen'],
    ]);
    await page.screenshot({ path: '/tmp/project-acceptance-decided.png' });
    clean(s);
  });
});

describe('project dialog: handover and after-care', () => {
  test('checklist saved with the ticked items; the protocol shares the folder with the address given', async () => {
    const handed = project({
      stage: 'handedOver',
      handedOverOn: PROJECT_TODAY,
      handoverDocUrl: 'https://docs.google.com/document/d/handover/edit',
      checklist: project().checklist.map((c) => ({ ...c, done: true })),
    });
    const s = await start(
      {
        checklistSave: [{ result: ok(projectResult(project(), 'Checkliste gespeichert.')) }],
        handoverCreate: [
          {
            result: ok(
              projectResult(
                handed,
                'Übergabeprotokoll erstellt; Ordner freigegeben für chef@mueller.example.',
                {
                  docUrl: 'https://docs.google.com/document/d/handover/edit',
                  pdfUrl: 'https://drive.google.com/file/d/handover-pdf/view',
                },
              ),
            ),
          },
        ],
      },
      { tab: 'handover' },
    );
    const { page } = s;
    await page.getByLabel('Zugangsdaten übergeben').check();
    await page.getByLabel('Finale Dateien bereitgestellt').uncheck();
    await page.getByRole('button', { name: 'Checkliste speichern' }).click();
    expect(await nthCall(s, 'checklistSave')).toEqual({
      orderNo: '2026-0042',
      done: ['accessData', 'usageRights'],
    });
    await bannerText(s).filter({ hasText: 'Checkliste gespeichert.' }).waitFor();

    await page.getByLabel('Ordner freigeben für').fill('chef@mueller.example');
    await page.getByRole('button', { name: 'Übergabeprotokoll erstellen' }).click();
    expect(await nthCall(s, 'handoverCreate')).toEqual({
      orderNo: '2026-0042',
      shareWith: 'chef@mueller.example',
    });
    await bannerText(s).filter({ hasText: 'Übergabeprotokoll erstellt' }).waitFor();
    expect(await banner(s).locator('a').allTextContents()).toEqual(['Dokument öffnen', 'PDF']);
    expect(await banner(s).getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe(
      'https://drive.google.com/file/d/handover-pdf/view',
    );
    expect(await page.locator('.prj-handed').textContent()).toBe('Übergeben am 20.06.2026.');
    expect(await page.locator('.prj-head .chip.stage-handedOver').textContent()).toBe('Übergeben');
    // The protocol stays reachable from the tab once the banner is gone, beside the folder.
    const protocol = page.locator('.prj-protocol');
    expect(await protocol.locator('.prj-folder a').allTextContents()).toEqual([
      'Übergabeprotokoll öffnen',
      'Auftragsordner öffnen',
    ]);
    const link = protocol.getByRole('link', { name: 'Übergabeprotokoll öffnen' });
    expect(await link.getAttribute('href')).toBe('https://docs.google.com/document/d/handover/edit');
    expect(await link.getAttribute('target')).toBe('_blank');
    await fits(s);
    await page.screenshot({ path: '/tmp/project-handover.png' });
    clean(s);
  });

  test('a follow-up is recorded with date, outcome and satisfaction; a maintenance offer is created', async () => {
    const recorded = project({
      stage: 'aftercare',
      followUps: [
        followUp({
          doneOn: PROJECT_TODAY,
          outcome: 'Sehr zufrieden, will Wartung.',
          satisfaction: 4,
          overdue: false,
        }),
        followUp({ id: 'F-2', due: '2027-06-20', label: 'Ende der Gewährleistung', overdue: false }),
      ],
    });
    const satError = 'Zufriedenheit: Bitte 1 bis 5 wählen.';
    const s = await start(
      {
        followUpRecord: [
          { result: fail({ message: satError, fields: [{ field: 'satisfaction', message: satError }] }) },
          { result: ok(projectResult(recorded, 'Nachfassen erfasst.')) },
        ],
        followOnCreate: [
          { result: ok({ message: 'Wartungsangebot angelegt: Auftrag 2026-0060.', orderNo: '2026-0060' }) },
        ],
      },
      { tab: 'aftercare' },
      project({
        stage: 'aftercare',
        followUps: [
          followUp(),
          followUp({ id: 'F-2', due: '2027-06-20', label: 'Ende der Gewährleistung', overdue: false }),
        ],
      }),
    );
    const { page } = s;
    expect(await page.locator('tr[data-followup="F-1"]').getAttribute('class')).toBe('prj-followup overdue');
    await page.locator('tr[data-followup="F-1"]').getByRole('button', { name: 'Ergebnis erfassen' }).click();
    const f = page.locator('form.prj-record');
    await f.waitFor();
    expect(await f.getByLabel('Datum').inputValue()).toBe(PROJECT_TODAY);
    await f.getByLabel('Gesprächsergebnis').fill('Sehr zufrieden, will Wartung.');
    await f.getByRole('button', { name: 'Speichern' }).click();
    expect(await nthCall(s, 'followUpRecord')).toEqual({
      followUpId: 'F-1',
      date: PROJECT_TODAY,
      outcome: 'Sehr zufrieden, will Wartung.',
      satisfaction: '',
    });
    await f.locator('.w-satisfaction .field-error').waitFor();
    expect(await f.locator('.w-satisfaction .field-error').textContent()).toBe('Bitte 1 bis 5 wählen.');
    await fits(s);
    await page.screenshot({ path: '/tmp/project-followup.png' });

    await f.getByLabel('Zufriedenheit 4').check({ force: true });
    await f.getByRole('button', { name: 'Speichern' }).click();
    expect(((await nthCall(s, 'followUpRecord', 2)) as { satisfaction: string }).satisfaction).toBe('4');
    await bannerText(s).filter({ hasText: 'Nachfassen erfasst.' }).waitFor();
    expect(await cells(page.locator('.prj-followups-table'))).toEqual([
      [
        '15.06.2026',
        '30 Tage nach Übergabe',
        'Erledigt am 20.06.2026',
        'Sehr zufrieden, will Wartung.',
        '4 / 5',
        '',
      ],
      ['20.06.2027', 'Ende der Gewährleistung', 'offen', '', '–', 'Ergebnis erfassen'],
    ]);

    await page.getByRole('button', { name: 'Wartungsangebot erstellen' }).click();
    expect(await nthCall(s, 'followOnCreate')).toEqual({ orderNo: '2026-0042', kind: 'maintenance' });
    await bannerText(s).filter({ hasText: '2026-0060' }).waitFor();
    clean(s);
  });
});

describe("project dialog: overdue is the server's word", () => {
  test('a follow-up past its date the server does not call overdue is open; one it calls overdue is', async () => {
    // The server decides on its own clock and rules; the page does not compare dates with its own "today".
    const s = await start(
      {},
      { tab: 'aftercare' },
      project({
        stage: 'aftercare',
        followUps: [
          followUp({ id: 'F-1', due: '2026-06-15', overdue: false }),
          followUp({ id: 'F-2', due: '2026-06-25', label: 'Ende der Gewährleistung', overdue: true }),
        ],
      }),
    );
    const { page } = s;
    expect(await page.locator('tr[data-followup="F-1"]').getAttribute('class')).toBe('prj-followup');
    expect(await page.locator('tr[data-followup="F-2"]').getAttribute('class')).toBe('prj-followup overdue');
    expect(await cells(page.locator('.prj-followups-table'))).toEqual([
      ['15.06.2026', '30 Tage nach Übergabe', 'offen', '', '–', 'Ergebnis erfassen'],
      ['25.06.2026', 'Ende der Gewährleistung', 'überfällig', '', '–', 'Ergebnis erfassen'],
    ]);
    clean(s);
  });
});

describe('project dialog: user text is text', () => {
  test('names, items, places, labels and messages with markup show literally on every tab', async () => {
    const evil = project({
      client: XSS_NAME,
      title: XSS_NAME,
      figures: { ...project().figures, deviations: [{ key: 'budget80', label: XSS_NAME }] },
      milestones: [{ index: 0, date: '2026-06-10', label: XSS_NAME, progress: 10 }],
      meetings: [meeting({ place: XSS_NAME }), jourFixe({ guests: [XSS_NAME] })],
      items: [actionItem({ text: XSS_NAME, owner: XSS_NAME })],
      time: [
        {
          date: '2026-06-19',
          person: XSS_NAME,
          service: XSS_NAME,
          hours: 100,
          billable: true,
          note: XSS_NAME,
        },
      ],
      byService: [{ service: XSS_NAME, hours: 100, billableHours: 100, cents: 9_500 }],
      services: [XSS_NAME],
      acceptances: [acceptance({ deliverables: [XSS_NAME] })],
      followUps: [followUp({ label: XSS_NAME, outcome: XSS_NAME, doneOn: '2026-06-19', satisfaction: 3 })],
      clientEmail: XSS_NAME,
    });
    const s = await start(
      { checklistSave: [{ result: ok(projectResult(evil, XSS_NAME, { docUrl: 'javascript:alert(1)' })) }] },
      {},
      evil,
    );
    const { page } = s;
    const noMarkup = async () =>
      expect(await page.locator('#app img, #app script, #app [onerror]').count()).toBe(0);
    expect(await page.locator('.prj-title').textContent()).toBe(XSS_NAME);
    expect(await page.locator('.prj-client').textContent()).toBe(XSS_NAME);
    expect(await page.locator('.prj-devs .chip').textContent()).toBe(XSS_NAME);
    await noMarkup();
    for (const name of ['Termine', 'Zeiten', 'Abnahme', 'Nachbetreuung']) {
      await tab(s, name).click();
      expect(await page.locator('.prj-body').textContent()).toContain(XSS_NAME);
      await noMarkup();
    }
    await tab(s, 'Übergabe').click();
    expect(await page.getByLabel('Ordner freigeben für').inputValue()).toBe(XSS_NAME);
    await tab(s, 'Termine').click();
    await page.getByRole('button', { name: 'Protokoll schreiben' }).click();
    expect(await page.locator('.prj-close-list .prj-item-text').textContent()).toBe(XSS_NAME);
    await noMarkup();
    await tab(s, 'Übergabe').click();
    await page.getByRole('button', { name: 'Checkliste speichern' }).click();
    await banner(s).waitFor();
    expect(await bannerText(s).textContent()).toBe(XSS_NAME);
    // A link that is no http(s) address is not offered.
    expect(await banner(s).locator('a').count()).toBe(0);
    await noMarkup();
    clean(s);
  });
});
