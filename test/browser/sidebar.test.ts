// The built sidebar in headless Chromium against a fake google.script.run: loading, moves, list, inquiry, settings, XSS, English.
import type { InquiryInput, SidebarStateDto } from '../../src/shared/contract';
import { fail, OPEN_ORDERS, ok, order, SETTINGS_FORM, state, XSS_NAME } from './support/fixtures';
import {
  type Answer,
  clean,
  noHorizontalScroll,
  openSidebar,
  type Script,
  type Sidebar,
  useBrowser,
  waitForCalls,
} from './support/harness';

const session = useBrowser();

const loaded = (data: SidebarStateDto = state()): Answer[] => [{ result: ok(data) }];

async function start(script: Script, options: Parameters<typeof openSidebar>[2] = {}): Promise<Sidebar> {
  const sidebar = await openSidebar(session.browser(), { sidebarLoad: loaded(), ...script }, options);
  session.track(sidebar);
  return sidebar;
}

/** Waits for the first render after sidebarLoad. */
async function ready(sidebar: Sidebar): Promise<void> {
  await sidebar.page.locator('.tabs, .view-setup, .panel').first().waitFor();
}

describe('loading and the order view', () => {
  test('loads with exactly one server call and shows the active order with its moves', async () => {
    const s = await start({});
    await ready(s);
    const { page } = s;
    await page.locator('.order-title').waitFor();
    expect(await page.locator('.order-no').textContent()).toBe('2026-0042');
    expect(await page.locator('.order-title').textContent()).toBe('Website-Relaunch');
    expect(await page.locator('.order-client').textContent()).toBe('Müller GmbH');
    expect(await page.locator('.order-head .chip').textContent()).toBe('Angebot');
    expect(await page.locator('.order-head .chip').getAttribute('class')).toContain('stage-quote');
    expect(await page.locator('.next-value').textContent()).toBe('Beim Kunden nachfassen');
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('12.500,00 €');
    expect(facts).toContain('15.06.2026');
    expect(facts).toContain('Empfehlung');
    expect(facts).toContain('anna@agentur.example');
    const moves = await page.locator('.moves button').allTextContents();
    expect(moves).toEqual(['→ Beauftragt', '→ Verloren', '→ Pausiert']);
    expect(await page.locator('.tab').allTextContents()).toEqual([
      'Auftrag',
      'Liste',
      'Offen',
      'Neu',
      'Einstellungen',
    ]);
    await page.waitForTimeout(300);
    expect((await s.calls()).map((c) => c.name)).toEqual(['sidebarLoad']);
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-order.png', fullPage: true });
    clean(s);
  });

  test('a forward move calls sidebarChangeStage, shows a spinner meanwhile and then the returned order', async () => {
    const moved = order({
      stage: 'ordered',
      nextStep: 'next.ordered',
      daysInStage: 0,
      allowedMoves: ['confirmed'],
    });
    const s = await start({ sidebarChangeStage: [{ result: ok(moved), delay: 300 }] });
    const { page } = s;
    const button = page.locator('.moves button', { hasText: '→ Beauftragt' });
    await button.click();
    await page.locator('.moves button[aria-busy="true"] .spinner').waitFor();
    expect(await button.isDisabled()).toBe(true);
    await page.locator('.order-head .chip', { hasText: 'Beauftragt' }).waitFor();
    const calls = await s.calls();
    expect(calls[1]).toEqual({
      name: 'sidebarChangeStage',
      args: [{ orderNo: '2026-0042', target: 'ordered', reason: '' }],
    });
    expect(await page.locator('.banner-success').textContent()).toContain('2026-0042');
    expect(await page.locator('.moves button').allTextContents()).toEqual(['→ Bestätigt']);
    clean(s);
  });

  test('a move to "lost" asks for a reason first and sends it', async () => {
    const lost = order({
      stage: 'lost',
      nextStep: 'next.lost',
      reason: 'Budget gestrichen',
      allowedMoves: [],
    });
    const s = await start({ sidebarChangeStage: [{ result: ok(lost) }] });
    const { page } = s;
    await page.locator('.moves button', { hasText: '→ Verloren' }).click();
    const reason = page.getByLabel('Begründung für „Verloren“');
    await reason.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.locator('.reason-form button', { hasText: 'Nach „Verloren“ verschieben' }).click();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.reason-form .field-error').textContent()).toBe('Bitte ausfüllen.');
    expect((await s.calls()).map((c) => c.name)).toEqual(['sidebarLoad']);
    await reason.fill('Budget gestrichen');
    await page.locator('.reason-form button', { hasText: 'verschieben' }).click();
    await page.locator('.order-head .chip', { hasText: 'Verloren' }).waitFor();
    expect((await s.calls())[1].args).toEqual([
      { orderNo: '2026-0042', target: 'lost', reason: 'Budget gestrichen' },
    ]);
    expect(await page.locator('.facts').textContent()).toContain('Budget gestrichen');
    expect(await page.locator('.moves').count()).toBe(0);
    clean(s);
  });

  test('a reason the server refuses is shown at the reason field; other failures offer "Try again"', async () => {
    const s = await start({
      sidebarChangeStage: [
        {
          result: fail({
            message: 'Begründung: Bitte angeben, warum.',
            fields: [{ field: 'reason', message: 'Begründung: Bitte angeben, warum.' }],
          }),
        },
        { failure: 'NetworkError: Connection failure' },
        { result: ok(order({ stage: 'onHold', reason: 'Wartet', allowedMoves: ['quote', 'lost'] })) },
      ],
    });
    const { page } = s;
    await page.locator('.moves button', { hasText: '→ Pausiert' }).click();
    await page.getByLabel('Begründung für „Pausiert“').fill('   x');
    await page.locator('.reason-form button.btn-primary').click();
    await page.locator('.reason-form .field-error', { hasText: 'Bitte angeben, warum.' }).waitFor();
    await page.locator('.reason-form button.btn-primary').click();
    await page.locator('.banner-error', { hasText: 'Keine Verbindung' }).waitFor();
    await page.screenshot({ path: '/tmp/sidebar-error.png', fullPage: true });
    // The reason's old complaint is gone: this failure was not about it.
    expect(await page.locator('.reason-form .field-error').isHidden()).toBe(true);
    await page.locator('.banner-error button', { hasText: 'Erneut versuchen' }).click();
    await page.locator('.order-head .chip', { hasText: 'Pausiert' }).waitFor();
    expect((await s.calls()).filter((c) => c.name === 'sidebarChangeStage')).toHaveLength(3);
    clean(s);
  });

  test('without an active order it says so; Refresh and window focus ask sidebarActiveOrder', async () => {
    const s = await start(
      {
        sidebarLoad: loaded(state({ active: null })),
        sidebarActiveOrder: [{ result: ok(null) }, { result: ok(order()) }],
      },
      {},
    );
    const { page } = s;
    await page.locator('.empty-title', { hasText: 'Kein Auftrag ausgewählt' }).waitFor();
    expect(await page.locator('.empty').textContent()).toContain('„Aufträge“');
    await page.locator('.empty button', { hasText: 'Aktualisieren' }).click();
    await waitForCalls(s, 2);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.locator('.order-title', { hasText: 'Website-Relaunch' }).waitFor();
    expect((await s.calls()).map((c) => c.name)).toEqual([
      'sidebarLoad',
      'sidebarActiveOrder',
      'sidebarActiveOrder',
    ]);
    clean(s);
  });

  test('unreadable cells are shown as a warning', async () => {
    const s = await start({
      sidebarLoad: loaded(
        state({ active: order({ problems: ['expectedValue', 'deadline'], allowedMoves: [] }) }),
      ),
    });
    const warning = s.page.locator('.view-order .banner-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Erwarteter Wert, Termin');
    clean(s);
  });
});

describe('list view', () => {
  test('groups open orders by stage, filters by search (umlaut-tolerant) and selects on click', async () => {
    const picked = order({
      number: '2026-0051',
      client: 'Öko Fahrrad AG',
      title: 'Broschüre Frühjahr',
      stage: 'inquiry',
    });
    const s = await start(
      { sidebarSelectOrder: [{ result: ok(picked) }] },
      { boot: { view: 'list', lang: 'de' } },
    );
    const { page } = s;
    await page.locator('.group-head').first().waitFor();
    expect(await page.locator('.group-name').allTextContents()).toEqual(['Anfrage', 'Angebot', 'In Arbeit']);
    expect(await page.locator('.group-count').allTextContents()).toEqual(['2', '1', '1']);
    expect(await page.locator('.list-summary').textContent()).toBe('4 offene Aufträge');
    expect(await page.locator('.order-item .overdue').count()).toBe(1);
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-list.png', fullPage: true });

    const search = page.getByLabel('Aufträge durchsuchen');
    await search.fill('mueller');
    expect(await page.locator('.order-item').count()).toBe(1);
    expect(await page.locator('.item-client').textContent()).toBe('Müller GmbH');
    await search.fill('OKO broschure');
    expect(await page.locator('.item-client').allTextContents()).toEqual(['Öko Fahrrad AG']);
    await search.fill('2026-003');
    expect(await page.locator('.item-title').allTextContents()).toEqual(['Imagefilm']);
    await search.fill('nichts dergleichen');
    expect(await page.locator('.order-item').count()).toBe(0);
    expect(await page.locator('.empty-list').isVisible()).toBe(true);

    await search.fill('fahrrad');
    await page.locator('.order-item').click();
    await page.locator('.order-title', { hasText: 'Broschüre Frühjahr' }).waitFor();
    expect((await s.calls())[1]).toEqual({ name: 'sidebarSelectOrder', args: [{ orderNo: '2026-0051' }] });
    expect(await page.locator('#tab-order').getAttribute('aria-selected')).toBe('true');
    clean(s);
  });

  test('says "showing N of M" when the server capped the list', async () => {
    const s = await start(
      { sidebarLoad: loaded(state({ openOrderCount: 2500 })) },
      { boot: { view: 'list', lang: 'de' } },
    );
    await s.page.locator('.list-summary').waitFor();
    expect(await s.page.locator('.list-summary').textContent()).toBe(
      'Angezeigt werden 4 von 2500 offenen Aufträgen.',
    );
    clean(s);
  });
});

describe('new inquiry', () => {
  const created = order({
    number: '2026-0060',
    client: 'Neukunde KG',
    title: 'Messestand',
    stage: 'inquiry',
    nextStep: 'next.inquiry',
    daysInStage: 0,
    allowedMoves: ['quote', 'lost', 'onHold'],
  });

  test('with a new client it sends the full InquiryInput, confirms and shows the order', async () => {
    const s = await start(
      { sidebarCreateInquiry: [{ result: ok(created) }] },
      { boot: { view: 'inquiry', lang: 'de' } },
    );
    const { page } = s;
    await page.locator('.view-inquiry form').waitFor();
    await page.locator('label.radio', { hasText: 'Neuer Kunde' }).click();
    await page.getByLabel('Kundenname').fill('Neukunde KG');
    await page.getByLabel('Kundenart').selectOption('business');
    await page.getByLabel('Ansprechpartner').fill('Eva Beispiel');
    await page.getByLabel('E-Mail').fill('eva@neukunde.example');
    await page.getByLabel('Telefon').fill('+49 40 123456');
    await page.getByLabel('Straße').fill('Hafenstraße 1');
    await page.getByLabel('PLZ').fill('20457');
    await page.getByLabel('Ort').fill('Hamburg');
    await page.getByLabel('USt-IdNr.').fill('DE123456789');
    await page.getByLabel('Projekttitel').fill('Messestand');
    await page.getByLabel('Beschreibung').fill('Stand für die Messe\nim Herbst');
    await page.getByLabel('Quelle').selectOption('pitch');
    await page.getByLabel('Erwarteter Wert').fill('12.500,00');
    expect(await page.locator('.field-preview').textContent()).toBe('= 12.500,00 €');
    await page.getByLabel('Gewünschter Termin').fill('2026-09-30');
    await page.getByRole('button', { name: 'Anfrage anlegen' }).click();
    await page.locator('.order-title', { hasText: 'Messestand' }).waitFor();

    const expected: InquiryInput = {
      clientId: '',
      newClient: {
        name: 'Neukunde KG',
        street: 'Hafenstraße 1',
        postcode: '20457',
        city: 'Hamburg',
        country: 'DE',
        contactPerson: 'Eva Beispiel',
        email: 'eva@neukunde.example',
        phone: '+49 40 123456',
        vatId: 'DE123456789',
        kind: 'business',
      },
      title: 'Messestand',
      description: 'Stand für die Messe\nim Herbst',
      source: 'pitch',
      expectedValue: '12.500,00',
      deadline: '2026-09-30',
    };
    const calls = await s.calls();
    expect(calls[1]).toEqual({ name: 'sidebarCreateInquiry', args: [expected] });
    expect(await page.locator('.banner-success').textContent()).toContain('Anfrage 2026-0060 ist angelegt.');
    expect(await page.locator('#tab-order').getAttribute('aria-selected')).toBe('true');

    await page.locator('#tab-list').click();
    await page.locator('.order-item[data-order="2026-0060"]').waitFor();
    expect(await page.locator('.list-summary').textContent()).toBe('5 offene Aufträge');
    clean(s);
  });

  test('with an existing client it sends clientId and newClient null', async () => {
    const s = await start(
      { sidebarCreateInquiry: [{ result: ok(created) }] },
      { boot: { view: 'inquiry', lang: 'de' } },
    );
    const { page } = s;
    await page.locator('.view-inquiry form').waitFor();
    await page.getByLabel('Kunde auswählen').selectOption('K-0002');
    await page.getByLabel('Projekttitel').fill('Newsletter');
    await page.getByRole('button', { name: 'Anfrage anlegen' }).click();
    await page.locator('.banner-success').waitFor();
    expect((await s.calls())[1].args).toEqual([
      {
        clientId: 'K-0002',
        newClient: null,
        title: 'Newsletter',
        description: '',
        source: 'inquiry',
        expectedValue: '',
        deadline: '',
      },
    ]);
    clean(s);
  });

  test('missing title and client are caught before any call', async () => {
    const s = await start({}, { boot: { view: 'inquiry', lang: 'de' } });
    const { page } = s;
    await page.locator('.view-inquiry form').waitFor();
    await page.getByRole('button', { name: 'Anfrage anlegen' }).click();
    expect(await page.getByLabel('Projekttitel').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Kunde auswählen').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).getAttribute('name'))).toBe(
      'clientId',
    );
    expect((await s.calls()).map((c) => c.name)).toEqual(['sidebarLoad']);
    clean(s);
  });

  test('field errors from a failed Result appear next to their fields, the first is focused, input is kept', async () => {
    const refused = fail({
      message: 'E-Mail: Keine gültige E-Mail-Adresse.',
      fields: [
        { field: 'expectedValue', message: 'Erwarteter Wert: Bitte einen Betrag wie 1.250,00 eingeben.' },
        { field: 'newClient.email', message: 'E-Mail: Keine gültige E-Mail-Adresse.' },
        { field: 'client.name', message: 'Kundenname: Einen Kunden „Müller GmbH“ gibt es schon.' },
      ],
    });
    const s = await start(
      { sidebarCreateInquiry: [{ result: refused }] },
      { boot: { view: 'inquiry', lang: 'de' } },
    );
    const { page } = s;
    await page.locator('.view-inquiry form').waitFor();
    await page.locator('label.radio', { hasText: 'Neuer Kunde' }).click();
    await page.getByLabel('Kundenname').fill('Müller GmbH');
    await page.getByLabel('E-Mail').fill('kein-at-zeichen');
    await page.getByLabel('Projekttitel').fill('Kampagne');
    await page.getByLabel('Erwarteter Wert').fill('zwölf Euro');
    await page.getByRole('button', { name: 'Anfrage anlegen' }).click();
    await page.locator('.has-error').first().waitFor();

    const errorOf = (label: string) =>
      page.evaluate((l) => {
        const control = [...document.querySelectorAll('label')].find(
          (x) => x.textContent?.replace(' *', '') === l,
        );
        const input = document.getElementById(control?.htmlFor ?? '');
        const error = input?.closest('.field')?.querySelector('.field-error');
        return {
          invalid: input?.getAttribute('aria-invalid'),
          text: error?.textContent,
          hidden: (error as HTMLElement)?.hidden,
        };
      }, label);
    expect(await errorOf('E-Mail')).toEqual({
      invalid: 'true',
      text: 'Keine gültige E-Mail-Adresse.',
      hidden: false,
    });
    expect(await errorOf('Erwarteter Wert')).toEqual({
      invalid: 'true',
      text: 'Bitte einen Betrag wie 1.250,00 eingeben.',
      hidden: false,
    });
    expect(await errorOf('Kundenname')).toMatchObject({ invalid: 'true', hidden: false });
    expect(await errorOf('Projekttitel')).toMatchObject({ invalid: null, hidden: true });
    // The first field in the form's order gets the focus, whatever order the server listed them in.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('client.name');
    expect(await page.getByLabel('E-Mail').inputValue()).toBe('kein-at-zeichen');
    expect(await page.getByLabel('Erwarteter Wert').inputValue()).toBe('zwölf Euro');
    expect(await page.getByLabel('Projekttitel').inputValue()).toBe('Kampagne');
    expect(await page.locator('#tab-inquiry').getAttribute('aria-selected')).toBe('true');
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-inquiry-errors.png', fullPage: true });

    // Typing into a field clears its error.
    await page.getByLabel('E-Mail').fill('eva@example.com');
    expect((await errorOf('E-Mail')).invalid).toBeNull();
    clean(s);
  });
});

describe('settings, setup and failures', () => {
  test('settings load only when opened, save sends every field, errors land at fields, success says Saved', async () => {
    const saved = {
      ...SETTINGS_FORM,
      fields: SETTINGS_FORM.fields.map((f) =>
        f.key === 'company.iban' ? { ...f, value: 'DE89370400440532013000' } : f,
      ),
    };
    const s = await start({
      sidebarLoadSettings: [{ result: ok(SETTINGS_FORM) }],
      sidebarSaveSettings: [
        {
          result: fail({
            message: 'IBAN: Die IBAN ist ungültig.',
            fields: [{ field: 'company.iban', message: 'IBAN: Die IBAN ist ungültig.' }],
          }),
        },
        { result: ok(saved) },
      ],
    });
    const { page } = s;
    await ready(s);
    await page.waitForTimeout(100);
    expect((await s.calls()).map((c) => c.name)).toEqual(['sidebarLoad']);
    await page.locator('#tab-settings').click();
    await page.getByLabel('Firmenname').waitFor();
    expect(await page.getByLabel('Firmenname').inputValue()).toBe('Agentur Blau');
    expect(await page.getByLabel('Sprache').inputValue()).toBe('auto');
    expect(await page.locator('.field-help', { hasText: 'So erscheint die Agentur.' }).count()).toBe(1);
    await page.getByLabel('IBAN').fill('DE00 1234');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.locator('.field-error', { hasText: 'Die IBAN ist ungültig.' }).waitFor();
    expect(await page.getByLabel('IBAN').getAttribute('aria-invalid')).toBe('true');
    expect((await s.calls())[2]).toEqual({
      name: 'sidebarSaveSettings',
      args: [{ 'company.name': 'Agentur Blau', 'company.iban': 'DE00 1234', 'ui.language': 'auto' }],
    });
    await page.getByLabel('IBAN').fill('DE89370400440532013000');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.locator('.banner-success', { hasText: 'Gespeichert.' }).waitFor();
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-settings.png', fullPage: true });
    expect(await page.getByLabel('IBAN').inputValue()).toBe('DE89370400440532013000');
    clean(s);
  });

  test('settings problems show as a dismissible banner that leads to the settings', async () => {
    const s = await start({
      sidebarLoad: loaded(
        state({ settingsProblems: [{ field: 'company.iban', message: 'Einstellung „IBAN“: ungültig.' }] }),
      ),
      sidebarLoadSettings: [
        {
          result: ok({ ...SETTINGS_FORM, problems: [{ field: 'company.iban', message: 'IBAN: ungültig.' }] }),
        },
      ],
    });
    const { page } = s;
    const banner = page.locator('.problems-host .banner-warning');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Einstellung „IBAN“: ungültig.');
    await page.screenshot({ path: '/tmp/sidebar-problems.png', fullPage: true });
    await banner.getByRole('button', { name: 'Einstellungen öffnen' }).click();
    await page.getByLabel('IBAN').waitFor();
    expect(await page.getByLabel('IBAN').getAttribute('aria-invalid')).toBe('true');
    expect(await banner.count()).toBe(0);
    await page.locator('#tab-order').click();
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Schließen' }).click();
    expect(await banner.count()).toBe(0);
    clean(s);
  });

  test('an unset register shows the setup panel; setting up reloads the state', async () => {
    const s = await start({
      sidebarLoad: [
        {
          result: ok(
            state({ registerReady: false, active: null, openOrders: [], openOrderCount: 0, clients: [] }),
          ),
        },
        { result: ok(state()) },
      ],
      sidebarSetupRegister: [
        {
          result: ok({
            createdSheets: ['Aufträge', 'Kunden', 'Einstellungen', 'Protokoll'],
            addedColumns: [],
            addedSettings: [],
          }),
        },
      ],
    });
    const { page } = s;
    await page.locator('.view-setup').waitFor();
    expect(await page.locator('.tabs').count()).toBe(0);
    await page.screenshot({ path: '/tmp/sidebar-setup.png', fullPage: true });
    await page.getByRole('button', { name: 'Register einrichten' }).click();
    await page.locator('.tabs').waitFor();
    expect((await s.calls()).map((c) => c.name)).toEqual([
      'sidebarLoad',
      'sidebarSetupRegister',
      'sidebarLoad',
    ]);
    expect(await page.locator('.banner-success').textContent()).toContain('4 Blätter');
    await page.locator('.order-title').waitFor();
    clean(s);
  });

  test('a failed load shows the message with "Try again", which loads again', async () => {
    const s = await start({
      sidebarLoad: [
        {
          result: fail({
            code: 'err.busy',
            message: 'Gerade arbeitet jemand anderes am Register.',
            fields: [],
          }),
        },
        { result: ok(state()) },
      ],
    });
    const { page } = s;
    await page.locator('.banner-error', { hasText: 'Gerade arbeitet jemand anderes' }).waitFor();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.locator('.order-title').waitFor();
    clean(s);
  });
});

describe('safety and language', () => {
  test('a client named like markup is shown as text everywhere and never becomes an element', async () => {
    const evil = order({ client: XSS_NAME, title: `${XSS_NAME} title`, reason: XSS_NAME });
    const s = await start({
      sidebarLoad: loaded(
        state({
          active: evil,
          openOrders: [
            ...OPEN_ORDERS,
            { ...OPEN_ORDERS[0], number: '2026-0099', client: XSS_NAME, title: XSS_NAME },
          ],
          openOrderCount: 5,
          clients: [{ id: 'K-0666', name: XSS_NAME, kind: 'business', city: XSS_NAME }],
          settingsProblems: [{ field: 'company.name', message: XSS_NAME }],
        }),
      ),
    });
    const { page } = s;
    await page.locator('.order-client').waitFor();
    expect(await page.locator('.order-client').textContent()).toBe(XSS_NAME);
    await page.locator('#tab-list').click();
    await page.locator('.order-item[data-order="2026-0099"]').waitFor();
    expect(await page.locator('.order-item[data-order="2026-0099"] .item-client').textContent()).toBe(
      XSS_NAME,
    );
    await page.locator('#tab-inquiry').click();
    await page.locator('.view-inquiry form').waitFor();
    expect(await page.locator('option[value="K-0666"]').textContent()).toBe(`${XSS_NAME} (${XSS_NAME})`);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(100);
    clean(s);
  });

  test('speaks English when the boot and the state say en', async () => {
    const s = await start(
      { sidebarLoad: loaded(state({ lang: 'en', active: null })) },
      { boot: { view: 'order', lang: 'en' } },
    );
    const { page } = s;
    await page.locator('.empty-title').waitFor();
    expect(await page.locator('.tab').allTextContents()).toEqual([
      'Order',
      'List',
      'Open',
      'New',
      'Settings',
    ]);
    expect(await page.locator('.empty-title').textContent()).toBe('No order selected');
    expect(await page.locator('.empty').textContent()).toContain('Select a row in the "Orders" sheet');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('#tab-list').click();
    expect(await page.locator('.group-head').first().textContent()).toContain('Inquiry');
    expect(await page.locator('.list-summary').textContent()).toBe('4 open orders');
    clean(s);
  });

  test('English formats money and dates the English way', async () => {
    const s = await start(
      { sidebarLoad: loaded(state({ lang: 'en' })) },
      { boot: { view: 'order', lang: 'en' } },
    );
    const { page } = s;
    await page.locator('.facts').waitFor();
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('€12,500.00');
    expect(facts).toContain('2026-06-15');
    expect(await page.locator('.next-value').textContent()).toBe('Follow up on the quote');
    expect(await page.locator('.moves button').allTextContents()).toEqual([
      '→ Ordered',
      '→ Lost',
      '→ On hold',
    ]);
    await page.locator('.moves button', { hasText: '→ Lost' }).click();
    await page.getByLabel('Reason for "Lost"').waitFor();
    await page.screenshot({ path: '/tmp/sidebar-order-en-reason.png', fullPage: true });
    clean(s);
  });

  test('starts in German on the order view without boot data, and shows the loading text meanwhile', async () => {
    const s = await start({ sidebarLoad: [{ result: ok(state()), delay: 400 }] }, { boot: null });
    await s.page.locator('.loading', { hasText: 'Wird geladen' }).waitFor();
    await s.page.locator('.order-title').waitFor();
    expect(await s.page.locator('#tab-order').getAttribute('aria-selected')).toBe('true');
    clean(s);
  });
});

describe('open items', () => {
  const items = {
    today: '2026-06-15',
    totalCents: 701_000,
    count: 2,
    buckets: [
      { bucket: 'notDue' as const, label: 'Nicht fällig', count: 1, openCents: 200_000 },
      { bucket: 'd1to30' as const, label: '1–30 Tage überfällig', count: 1, openCents: 501_000 },
    ],
    items: [
      {
        invoiceId: 'D-1',
        number: 'RE-2026-0007',
        orderNo: '2026-0042',
        client: XSS_NAME,
        issueDate: '2026-05-01',
        dueDate: '2026-05-15',
        daysOverdue: 31,
        bucket: 'd31to60' as const,
        dueCents: 501_000,
        paidCents: 0,
        openCents: 501_000,
        lastLevel: 'Zahlungserinnerung',
        lastDate: '2026-05-25',
        lastDeadline: '2026-06-04',
        next: { level: 'first' as const, label: '1. Mahnung', dueFrom: '2026-06-18', isDue: false },
        block: null,
        blockLabel: '',
        pdfUrl: '',
      },
    ],
  };

  test('the tab carries the overdue count; the view lists buckets and items, and opens the dialog', async () => {
    const s = await start({
      sidebarLoad: loaded(state({ openItems: items })),
      sidebarOpenReceivables: [{ result: ok(null) }, { result: ok(null) }],
      digestSet: [{ result: ok({ enabled: true, message: 'Tägliche Übersicht ist eingeschaltet.' }) }],
    });
    await ready(s);
    const { page } = s;
    expect(await page.locator('#tab-items').textContent()).toBe('Offen (1)');
    await page.locator('#tab-items').click();
    expect(await page.locator('.view-items .panel-title').textContent()).toBe('Offene Posten · 7.010,00 €');
    expect(await page.locator('.aging li').allTextContents()).toEqual([
      'Nicht fällig (1)2.000,00 €',
      '1–30 Tage überfällig (1)5.010,00 €',
    ]);
    const item = page.locator('.items-list li').first();
    expect(await item.getAttribute('class')).toBe('is-overdue');
    expect(await item.textContent()).toContain('31 Tage überfällig · Zahlungserinnerung');
    // A client's name is text, never markup.
    expect(await item.locator('img').count()).toBe(0);
    expect(await item.textContent()).toContain(XSS_NAME);
    await page.locator('button', { hasText: 'Alle & Mahnen' }).click();
    await page.locator('button', { hasText: 'Kontoauszug' }).click();
    await page.getByLabel('Tägliche E-Mail, wenn Rechnungen überfällig werden').check();
    await page.locator('.notice-host', { hasText: 'eingeschaltet' }).waitFor();
    const calls = (await s.calls()).filter((c) => c.name !== 'sidebarLoad');
    expect(calls.map((c) => [c.name, c.args[0]])).toEqual([
      ['sidebarOpenReceivables', { invoiceId: '', tab: 'items' }],
      ['sidebarOpenReceivables', { invoiceId: '', tab: 'import' }],
      ['digestSet', { enabled: true }],
    ]);
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-open-items.png', fullPage: true });
    clean(s);
  });
});

describe('project: the order button and the due follow-ups', () => {
  test('"Projekt" shows from the confirmation on and opens the dialog at the overview', async () => {
    const confirmed = order({ stage: 'confirmed', nextStep: 'next.confirmed', allowedMoves: ['kickoff'] });
    const s = await start({
      sidebarLoad: loaded(state({ active: confirmed })),
      sidebarOpenProject: [{ result: ok(null), delay: 200 }],
    });
    const { page } = s;
    const project = page.getByRole('button', { name: 'Projekt', exact: true });
    await project.click();
    expect(await project.isDisabled()).toBe(true);
    await page.waitForFunction(() => !(document.querySelector('.view-order .btn[aria-busy]') ?? null));
    expect((await s.calls()).filter((c) => c.name === 'sidebarOpenProject').map((c) => c.args[0])).toEqual([
      { orderNo: '2026-0042', tab: 'overview' },
    ]);
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-order-project.png', fullPage: true });
    clean(s);
  });

  test('no "Projekt" before the confirmation nor after the order is lost', async () => {
    for (const stage of ['quote', 'lost'] as const) {
      const s = await start({ sidebarLoad: loaded(state({ active: order({ stage }) })) });
      await s.page.locator('.order-title').waitFor();
      expect(await s.page.getByRole('button', { name: 'Projekt', exact: true }).count()).toBe(0);
      clean(s);
    }
  });

  test('the open-items tab lists due follow-ups, overdue in red; a click opens the after-care tab', async () => {
    const s = await start({
      sidebarLoad: loaded(
        state({
          followUps: [
            {
              id: 'F-1',
              orderNo: '2026-0031',
              client: XSS_NAME,
              title: 'Broschüre',
              due: '2026-05-28',
              label: '30 Tage nach Übergabe',
              overdue: true,
            },
            {
              id: 'F-2',
              orderNo: '2026-0042',
              client: 'Müller GmbH',
              title: 'Website-Relaunch',
              due: '2026-06-05',
              label: 'Ende der Gewährleistung',
              overdue: false,
            },
          ],
        }),
      ),
      sidebarOpenProject: [{ result: ok(null) }],
    });
    await ready(s);
    const { page } = s;
    await page.locator('#tab-items').click();
    const section = page.locator('.follow-ups');
    expect(await section.locator('.section-label').textContent()).toBe('Fällige Nachbetreuung (2)');
    expect(await section.locator('li').evaluateAll((l) => l.map((x) => x.className))).toEqual([
      'is-overdue',
      '',
    ]);
    expect(await section.locator('li').allTextContents()).toEqual([
      `2026-0031 · ${XSS_NAME}fällig 28.05.2026 · 30 Tage nach Übergabe`,
      '2026-0042 · Müller GmbHfällig 05.06.2026 · Ende der Gewährleistung',
    ]);
    expect(await section.locator('img').count()).toBe(0);
    expect(await section.locator('li.is-overdue .small').evaluate((e) => getComputedStyle(e).color)).toBe(
      'rgb(217, 48, 37)',
    );
    await section.getByRole('button', { name: '2026-0042 · Müller GmbH' }).click();
    await page.waitForFunction(() =>
      (window as unknown as { __calls: { name: string }[] }).__calls.some(
        (c) => c.name === 'sidebarOpenProject',
      ),
    );
    expect((await s.calls()).filter((c) => c.name === 'sidebarOpenProject').map((c) => c.args[0])).toEqual([
      { orderNo: '2026-0042', tab: 'aftercare' },
    ]);
    await noHorizontalScroll(s);
    await page.screenshot({ path: '/tmp/sidebar-follow-ups.png', fullPage: true });
    clean(s);
  });

  test('no section without due follow-ups', async () => {
    const s = await start({});
    await ready(s);
    await s.page.locator('#tab-items').click();
    await s.page.locator('.view-items .panel-title').waitFor();
    expect(await s.page.locator('.follow-ups').count()).toBe(0);
    clean(s);
  });
});
