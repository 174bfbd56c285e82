// MailApp: both overloads, attachments from Docs and blobs, address checks, limits and the daily quota.

import vm from 'node:vm';
import { loadEmulator, sentMails } from '../../emulator';
import { setup, thrown } from './helpers';

const DOC = 'application/vnd.google-apps.document';

describe('MailApp.sendEmail', () => {
  it('records recipient, subject, body and options of the (recipient, subject, body, options) form', () => {
    const { emu, MailApp } = setup();
    MailApp.sendEmail('kunde@beispiel.de, zweite@beispiel.de', 'Angebot 2026-0001', 'Guten Tag', {
      cc: 'chef@pixelwerk.example',
      bcc: 'archiv@pixelwerk.example',
      replyTo: 'buero@pixelwerk.example',
      name: 'Pixelwerk',
      htmlBody: '<p>Guten Tag</p>',
    });
    expect(sentMails(emu)).toEqual([
      {
        from: 'anna@pixelwerk.example',
        to: ['kunde@beispiel.de', 'zweite@beispiel.de'],
        cc: ['chef@pixelwerk.example'],
        bcc: ['archiv@pixelwerk.example'],
        subject: 'Angebot 2026-0001',
        body: 'Guten Tag',
        htmlBody: '<p>Guten Tag</p>',
        replyTo: 'buero@pixelwerk.example',
        name: 'Pixelwerk',
        noReply: false,
        attachments: [],
        at: '2026-06-15T09:00:00.000Z',
      },
    ]);
  });

  it('takes a message object, and (to, replyTo, subject, body) as four strings', () => {
    const { emu, MailApp } = setup();
    MailApp.sendEmail({ to: 'kunde@beispiel.de', subject: 'Rechnung', htmlBody: '<b>fällig</b>' });
    emu.clock.advance(60_000);
    MailApp.sendEmail('kunde@beispiel.de', 'buero@pixelwerk.example', 'Mahnung', 'Bitte zahlen');
    const [first, second] = emu.sentMails();
    expect(first).toMatchObject({
      to: ['kunde@beispiel.de'],
      subject: 'Rechnung',
      body: '',
      htmlBody: '<b>fällig</b>',
    });
    expect(first.replyTo).toBe('');
    expect(second).toMatchObject({
      to: ['kunde@beispiel.de'],
      replyTo: 'buero@pixelwerk.example',
      subject: 'Mahnung',
      body: 'Bitte zahlen',
      at: '2026-06-15T09:01:00.000Z',
    });
  });

  it('attaches the PDF of a Google Doc: its getAs blob, or the document itself as BlobSource', () => {
    const { emu, Drive, DocumentApp, MailApp, Utilities } = setup();
    const id = Drive.Files.create({ name: 'Angebot', mimeType: DOC }).id as string;
    const doc = DocumentApp.openById(id);
    doc.getBody().appendParagraph('Angebot Nr. 2026-0001');
    const pdf = doc.getAs('application/pdf');
    const note = Utilities.newBlob('Hallo', 'text/plain', 'hinweis.txt');
    MailApp.sendEmail('kunde@beispiel.de', 'Ihr Angebot', 'Anbei das Angebot.', {
      attachments: [pdf, doc, note],
    });
    const [mail] = emu.sentMails();
    expect(mail.attachments.map(({ name, mimeType }) => [name, mimeType])).toEqual([
      ['Angebot.pdf', 'application/pdf'],
      ['Angebot.pdf', 'application/pdf'],
      ['hinweis.txt', 'text/plain'],
    ]);
    const [fromBlob, fromDoc, text] = mail.attachments;
    expect(fromBlob.size).toBe(pdf.getBytes().length);
    expect(fromBlob.bytes).toHaveLength(fromBlob.size);
    expect(Buffer.from(fromBlob.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(fromDoc.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(text.bytes).toString('utf8')).toBe('Hallo');
    expect(text.size).toBe(5);
  });

  it('rejects invalid and missing recipients and sends nothing; an empty subject is fine', () => {
    const { emu, MailApp } = setup();
    expect(thrown(() => MailApp.sendEmail('kunde-at-beispiel.de', 'Betreff', 'Text')).message).toBe(
      'Invalid email: kunde-at-beispiel.de',
    );
    expect(String(thrown(() => MailApp.sendEmail('a@b.de', 'x', 'y', { cc: 'ok@b.de, kaputt@' })))).toBe(
      'Exception: Invalid email: kaputt@',
    );
    expect(thrown(() => MailApp.sendEmail('a@b.de', 'x', 'y', { replyTo: 'nein' })).message).toBe(
      'Invalid email: nein',
    );
    expect(thrown(() => MailApp.sendEmail('', 'Betreff', 'Text')).message).toBe(
      'Failed to send email: no recipient',
    );
    expect(thrown(() => MailApp.sendEmail({ subject: 'ohne Empfänger', body: 'x' })).message).toBe(
      'Failed to send email: no recipient',
    );
    expect(emu.sentMails()).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('Kunde GmbH <kunde@beispiel.de>', '', 'ohne Betreff');
    expect(emu.sentMails()[0]).toMatchObject({ to: ['Kunde GmbH <kunde@beispiel.de>'], subject: '' });
  });

  it('enforces the per-message limits and the method signatures', () => {
    const { MailApp } = setup();
    const many = Array.from({ length: 51 }, (_, i) => `k${i}@beispiel.de`).join(',');
    expect(thrown(() => MailApp.sendEmail(many, 'x', 'y')).message).toBe(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(thrown(() => MailApp.sendEmail('a@b.de', 'x'.repeat(251), 'y')).message).toBe(
      'Argument too large: subject',
    );
    expect(thrown(() => MailApp.sendEmail('a@b.de', 'x', 'y'.repeat(200 * 1024 + 1))).message).toBe(
      'Limit Exceeded: Email Body Size.',
    );
    const send = MailApp.sendEmail.bind(MailApp) as unknown as (...args: unknown[]) => void;
    expect(thrown(() => send('a@b.de', 'nur Betreff')).message).toBe(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
    expect(thrown(() => send('a@b.de', 'x', 'y', { attachments: ['kein Blob'] })).message).toBe(
      'Invalid argument: attachments',
    );
  });
});

describe('MailApp quota', () => {
  it('counts recipients per day, refuses at 0 and starts afresh on the next day', () => {
    const { emu, MailApp } = setup();
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('a@b.de,c@d.de', 'x', 'y', { cc: 'e@f.de' });
    expect(MailApp.getRemainingDailyQuota()).toBe(97);
    for (let i = 0; i < 96; i++) MailApp.sendEmail(`k${i}@beispiel.de`, 'x', 'y');
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    // More recipients than are left: refused as a whole.
    expect(thrown(() => MailApp.sendEmail('a@b.de,c@d.de', 'x', 'y')).message).toBe(
      'Service invoked too many times for one day: email.',
    );
    MailApp.sendEmail('last@beispiel.de', 'x', 'y');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(thrown(() => MailApp.sendEmail('a@b.de', 'x', 'y')).message).toBe(
      'Service invoked too many times for one day: email.',
    );
    expect(emu.sentMails()).toHaveLength(98);
    // 09:00 UTC is 11:00 in Berlin: 12 h 59 min later it is still the same day there, a minute on it is not.
    emu.clock.advance((12 * 60 + 59) * 60_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    emu.clock.advance(60_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('a@b.de', 'x', 'y');
    expect(MailApp.getRemainingDailyQuota()).toBe(99);
  });
});

describe('MailApp in the emulator', () => {
  it('counts calls under MailApp; reading attachments is not counted', () => {
    const { emu, MailApp, Utilities } = setup();
    const blob = emu.uncounted(() => Utilities.newBlob('x', 'text/plain', 'x.txt'));
    emu.runExecution(() => {
      MailApp.getRemainingDailyQuota();
      MailApp.sendEmail('a@b.de', 'x', 'y', { attachments: [blob] });
      thrown(() => MailApp.sendEmail('falsch', 'x', 'y'));
    });
    expect(emu.calls.byService()).toEqual({ MailApp: 3 });
    expect(emu.calls.byName()).toEqual({ 'MailApp.getRemainingDailyQuota': 1, 'MailApp.sendEmail': 2 });
  });

  it('is a global of the vm context the add-on runs in', () => {
    const { emu } = setup();
    const context = vm.createContext({ ...emu.globals });
    vm.runInContext(
      `MailApp.sendEmail({ to: 'kunde@beispiel.de', subject: 'Hallo', body: 'Text',
        attachments: [Utilities.newBlob('abc', 'text/csv', 'liste.csv')] });`,
      context,
    );
    expect(emu.sentMails()[0].attachments).toEqual([
      { name: 'liste.csv', mimeType: 'text/csv', size: 3, bytes: [97, 98, 99] },
    ]);
  });

  it('sent mail and the quota used survive serialize and loadEmulator', () => {
    const { emu, MailApp, Utilities } = setup();
    MailApp.sendEmail('a@b.de,c@d.de', 'x', 'y', {
      attachments: [Utilities.newBlob([0, -1, 127], 'application/octet-stream', 'bin')],
    });
    const loaded = loadEmulator(emu.serialize());
    expect(loaded.sentMails()).toEqual(emu.sentMails());
    expect(loaded.sentMails()[0].attachments[0].bytes).toEqual([0, 255, 127]);
    expect(loaded.services.MailApp.getRemainingDailyQuota()).toBe(98);
  });
});
