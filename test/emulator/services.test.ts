// Properties, cache, HtmlService, Ui, Session, Utilities and Logger.

import { createHash } from 'node:crypto';
import { setup, thrown } from './helpers';

describe('PropertiesService', () => {
  test('string values, null when absent, bulk set with and without deleting others', () => {
    const { emu, PropertiesService } = setup();
    const props = PropertiesService.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('counter', 42 as unknown as string);
    expect(props.getProperty('counter')).toBe('42');
    props.setProperties({ a: '1', b: '2' });
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'counter']);
    props.setProperties({ only: 'me' }, true);
    expect(props.getProperties()).toEqual({ only: 'me' });
    props.deleteProperty('only');
    expect(emu.properties('document')).toEqual({});
    PropertiesService.getUserProperties().setProperty('lang', 'de');
    expect(PropertiesService.getScriptProperties().getProperty('lang')).toBeNull();
  });

  test('9 KB per value and 500 KB per store; a rejected write changes nothing', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    expect(thrown(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).message).toBe(
      'Argument too large: value',
    );
    expect(props.getProperty('big')).toBeNull();
    for (let i = 0; i < 55; i++) props.setProperty(`chunk${i}`, 'y'.repeat(9000));
    expect(() => props.setProperty('one-too-many', 'z'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota',
    );
    expect(props.getProperty('one-too-many')).toBeNull();
  });
});

describe('CacheService', () => {
  test('entries expire by the emulated clock, 10 minutes by default', () => {
    const { emu, CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('a', 'alpha');
    cache.put('b', 'beta', 30);
    emu.clock.advance(29_000);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: 'alpha', b: 'beta' });
    emu.clock.advance(2_000);
    expect(cache.get('b')).toBeNull();
    emu.clock.advance(568_000);
    expect(cache.get('a')).toBe('alpha');
    emu.clock.advance(1_000);
    expect(cache.get('a')).toBeNull();
  });

  test('at most six hours, 100 KB values, remove and putAll', () => {
    const { emu, CacheService } = setup();
    const cache = CacheService.getUserCache();
    cache.put('long', 'v', 999_999);
    emu.clock.advance(6 * 3600 * 1000);
    expect(cache.get('long')).toBeNull();
    expect(() => cache.put('huge', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    cache.putAll({ x: '1', y: '2' });
    cache.removeAll(['x']);
    cache.remove('y');
    expect(cache.getAll(['x', 'y'])).toEqual({});
    expect(CacheService.getDocumentCache()?.get('long')).toBeNull();
  });
});

describe('HtmlService', () => {
  const htmlFiles = {
    Sidebar:
      '<h1><?= title ?></h1><div><?!= body ?></div><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?>',
    Static: '<p>static</p>',
  };

  test('templates escape <?= ?>, keep <?!= ?> raw and run scriptlets', () => {
    const { HtmlService } = setup({ htmlFiles });
    const template = HtmlService.createTemplateFromFile('Sidebar') as GoogleAppsScript.HTML.HtmlTemplate &
      Record<string, unknown>;
    template.title = '<b>Müller & "Söhne"</b>';
    template.body = '<em>ok</em>';
    template.items = ["it's", '<x>'];
    expect(template.evaluate().getContent()).toBe(
      '<h1>&lt;b&gt;Müller &amp; &quot;Söhne&quot;&lt;/b&gt;</h1><div><em>ok</em></div><li>it&#39;s</li><li>&lt;x&gt;</li>',
    );
  });

  test('outputs from files and strings carry title and size; unknown files throw', () => {
    const { HtmlService } = setup({ htmlFiles });
    const output = HtmlService.createHtmlOutputFromFile('Static')
      .setTitle('Aufträge')
      .setWidth(600)
      .setHeight(420);
    expect([output.getContent(), output.getTitle(), output.getWidth(), output.getHeight()]).toEqual([
      '<p>static</p>',
      'Aufträge',
      600,
      420,
    ]);
    expect(HtmlService.createHtmlOutput('<b>x</b>').append('<i>y</i>').getContent()).toBe('<b>x</b><i>y</i>');
    expect(String(thrown(() => HtmlService.createHtmlOutputFromFile('Nope')))).toBe(
      'Exception: No HTML file named Nope was found.',
    );
    expect(String(HtmlService.SandboxMode.IFRAME)).toBe('IFRAME');
  });
});

describe('Ui', () => {
  test('menus, sidebars and dialogs are recorded', () => {
    const { emu, SpreadsheetApp, HtmlService } = setup();
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Open register', 'openSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Documents').addItem('Quote', 'createQuote'))
      .addToUi();
    ui.showSidebar(HtmlService.createHtmlOutput('<p>side</p>').setTitle('Register'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>dlg</p>').setWidth(800).setHeight(600), 'Quote');
    expect(emu.ui.menus).toEqual([
      {
        caption: 'Add-on',
        addon: true,
        items: [
          { type: 'item', caption: 'Open register', functionName: 'openSidebar' },
          { type: 'separator' },
          {
            type: 'submenu',
            caption: 'Documents',
            items: [{ type: 'item', caption: 'Quote', functionName: 'createQuote' }],
          },
        ],
      },
    ]);
    expect(emu.ui.lastSidebar()).toMatchObject({ title: 'Register', html: '<p>side</p>' });
    expect(emu.ui.lastDialog()).toMatchObject({
      title: 'Quote',
      html: '<p>dlg</p>',
      width: 800,
      height: 600,
      modal: true,
    });
  });

  test('alerts answer from the queue, else with the affirmative button', () => {
    const { emu, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    emu.ui.answerNext('NO');
    expect(ui.alert('Delete?', 'Really delete order 2026-0042?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Really?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Saved.')).toBe(ui.Button.OK);
    emu.ui.answerNext('OK', 'Acme GmbH');
    const response = ui.prompt('Client name', ui.ButtonSet.OK_CANCEL);
    expect([response.getResponseText(), response.getSelectedButton()]).toEqual(['Acme GmbH', ui.Button.OK]);
    expect(emu.ui.alerts.map((alert) => [alert.title, alert.prompt, alert.buttons, alert.answer])).toEqual([
      ['Delete?', 'Really delete order 2026-0042?', 'YES_NO', 'NO'],
      ['', 'Really?', 'YES_NO', 'YES'],
      ['', 'Saved.', 'OK', 'OK'],
    ]);
  });
});

describe('Session, Utilities, Logger', () => {
  test('session reports the configured user, locale and time zone', () => {
    const { Session } = setup({ userEmail: 'bo@example.com', locale: 'en', timeZone: 'Europe/Vienna' });
    expect(Session.getActiveUser().getEmail()).toBe('bo@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('bo@example.com');
    expect([Session.getActiveUserLocale(), Session.getScriptTimeZone()]).toEqual(['en', 'Europe/Vienna']);
    expect(Session.getTemporaryActiveUserKey()).toMatch(/^[\w-]{20,}$/);
  });

  test('UUIDs are well-formed, distinct and the same in every run', () => {
    const first = setup().Utilities;
    const second = setup().Utilities;
    const ids = [first.getUuid(), first.getUuid()];
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect([second.getUuid(), second.getUuid()]).toEqual(ids);
  });

  test('formatDate honours the time zone and the pattern', () => {
    const { Utilities } = setup();
    const date = new Date('2026-03-29T01:30:00Z');
    expect(Utilities.formatDate(date, 'Europe/Berlin', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      '2026-03-29T03:30:00+02:00',
    );
    expect(Utilities.formatDate(date, 'UTC', 'dd.MM.yy HH:mm EEE')).toBe('29.03.26 01:30 Sun');
    expect(Utilities.formatDate(date, 'Europe/Berlin', 'd MMM yyyy')).toBe('29 Mar 2026');
  });

  test('SHA-256 digests come back as signed bytes', () => {
    const { Utilities } = setup();
    const bytes = Utilities.computeDigest(
      Utilities.DigestAlgorithm.SHA_256,
      'Rechnung RE-2026-0017',
      Utilities.Charset.UTF_8,
    );
    const expected = [...createHash('sha256').update('Rechnung RE-2026-0017', 'utf8').digest()].map((byte) =>
      byte > 127 ? byte - 256 : byte,
    );
    expect(bytes).toEqual(expected);
    expect(bytes.some((byte) => byte < 0)).toBe(true);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, [97, 98, 99])).toEqual(
      [...createHash('md5').update('abc').digest()].map((byte) => (byte > 127 ? byte - 256 : byte)),
    );
  });

  test('base64, blobs and sleep', () => {
    const { emu, Utilities } = setup();
    const encoded = Utilities.base64Encode('Grüße');
    expect(encoded).toBe(Buffer.from('Grüße').toString('base64'));
    const blob = Utilities.newBlob(Utilities.base64Decode(encoded), 'text/plain', 'greeting.txt');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual([
      'Grüße',
      'text/plain',
      'greeting.txt',
    ]);
    const before = emu.clock.now().getTime();
    Utilities.sleep(1500);
    expect(emu.clock.now().getTime() - before).toBe(1500);
  });

  test('Logger records lines', () => {
    const { emu, Logger } = setup();
    Logger.log('created %s with %s positions', '2026-0042', 3);
    Logger.log({ ok: true });
    expect(emu.logs).toEqual(['created 2026-0042 with 3 positions', '{"ok":true}']);
  });
});
