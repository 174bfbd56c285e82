// The emulated advanced Drive service: folders, Docs, uploads, copies, content restrictions, trash, sharing.

import { GoogleJsonResponseException, loadEmulator } from '../../emulator';
import { setup, thrown } from './helpers';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';

function drive() {
  const context = setup();
  const files = context.Drive.Files;
  const folder = files.create({ name: 'Aufträge', mimeType: FOLDER });
  const doc = files.create({ name: 'Angebot', mimeType: DOC, parents: [folder.id as string] });
  return { ...context, files, folder, doc };
}

describe('Drive.Files', () => {
  it('creates folders and Docs with parents and links', () => {
    const { emu, folder, doc } = drive();
    expect(folder).toMatchObject({ name: 'Aufträge', mimeType: FOLDER, trashed: false });
    expect(folder.webViewLink).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
    expect(doc.parents).toEqual([folder.id]);
    expect(doc.webViewLink).toBe(`https://docs.google.com/document/d/${doc.id}/edit`);
    expect(doc.id).toHaveLength(44);
    const root = emu.driveFiles()[0];
    expect(folder.parents).toEqual([root.id]);
    expect(emu.driveFiles().map((f) => f.name)).toEqual(['My Drive', 'Aufträge', 'Angebot']);
    expect(emu.documentText(doc.id as string)).toBe('');
  });

  it('uploads a blob and keeps its bytes', () => {
    const { emu, files, folder, Utilities } = drive();
    const blob = Utilities.newBlob('%PDF-1.4 test', 'application/pdf', 'a.pdf');
    const pdf = files.create({ name: 'Angebot.pdf', parents: [folder.id as string] }, blob, {
      fields: 'id,webViewLink',
    });
    expect(Object.keys(pdf).sort()).toEqual(['id', 'webViewLink']);
    expect(pdf.webViewLink).toBe(`https://drive.google.com/file/d/${pdf.id}/view`);
    expect(emu.fileBytes(pdf.id as string).toString()).toBe('%PDF-1.4 test');
    expect(files.get(pdf.id as string, { fields: 'mimeType,size' })).toEqual({
      mimeType: 'application/pdf',
      size: '13',
    });
  });

  it('answers 404 for unknown files and parents, and refuses a second parent', () => {
    const { files, folder } = drive();
    const missing = thrown(() => files.get('nope', { fields: 'id,trashed' }));
    expect(missing).toBeInstanceOf(GoogleJsonResponseException);
    expect((missing as GoogleJsonResponseException).details.code).toBe(404);
    expect(missing.message).toBe('API call to drive.files.get failed with error: File not found: nope.');
    expect(thrown(() => files.create({ name: 'x', parents: ['gone'] })).message).toContain(
      'File not found: gone.',
    );
    const second = files.create({ name: 'Zweiter', mimeType: FOLDER });
    expect(
      thrown(() => files.create({ name: 'x', parents: [folder.id, second.id] as string[] })).message,
    ).toContain('Increasing the number of parents');
  });

  it('trashes files and what is inside trashed folders', () => {
    const { emu, files, folder, doc } = drive();
    files.update({ trashed: true }, folder.id as string);
    expect(files.get(doc.id as string, { fields: 'id,trashed' })).toEqual({ id: doc.id, trashed: true });
    expect(files.get(doc.id as string).explicitlyTrashed).toBe(false);
    expect(
      emu
        .driveFiles()
        .filter((f) => f.trashed)
        .map((f) => f.name),
    ).toEqual(['Aufträge', 'Angebot']);
    files.update({ trashed: false }, folder.id as string);
    expect(files.get(doc.id as string).trashed).toBe(false);
  });

  it('moves a file with addParents and removeParents', () => {
    const { files, folder, doc } = drive();
    const other = files.create({ name: 'Archiv', mimeType: FOLDER });
    const moved = files.update({}, doc.id as string, undefined as unknown as GoogleAppsScript.Base.Blob, {
      addParents: other.id,
      removeParents: folder.id,
    });
    expect(moved.parents).toEqual([other.id]);
  });

  it('a read-only file refuses a new name until the restriction is lifted, but can be trashed', () => {
    const { emu, files, doc } = drive();
    const id = doc.id as string;
    files.update({ contentRestrictions: [{ readOnly: true, reason: 'Versendet' }] }, id);
    expect(files.get(id, { fields: 'contentRestrictions' }).contentRestrictions?.[0]).toMatchObject({
      readOnly: true,
      reason: 'Versendet',
      restrictingUser: { emailAddress: 'anna@pixelwerk.example' },
    });
    expect(emu.driveFiles().find((f) => f.id === id)?.readOnly).toBe(true);
    const refused = thrown(() => files.update({ name: 'Neu' }, id)) as GoogleJsonResponseException;
    expect(refused.details.code).toBe(403);
    expect(files.get(id).name).toBe('Angebot');
    files.update({ trashed: true }, id);
    files.update({ contentRestrictions: [{ readOnly: false }], name: 'Neu' }, id);
    expect(files.get(id)).toMatchObject({ name: 'Neu', trashed: true, contentRestrictions: [] });
  });

  it('copies into the named folder, or beside the source without one', () => {
    const { files, folder, doc } = drive();
    const named = files.copy({ name: 'Kopie', parents: [folder.id as string] }, doc.id as string, {
      fields: 'id,webViewLink',
    });
    expect(named.id).not.toBe(doc.id);
    expect(named.webViewLink).toBe(`https://docs.google.com/document/d/${named.id}/edit`);
    const beside = files.copy({}, doc.id as string);
    expect(beside).toMatchObject({ name: 'Copy of Angebot', parents: [folder.id], mimeType: DOC });
    expect(thrown(() => files.copy({}, folder.id as string)).message).toContain('Folders cannot be copied');
  });
});

describe('Drive.Permissions', () => {
  it('shares with a user, sends one e-mail when asked, and validates', () => {
    const { emu, Drive, doc, folder } = drive();
    const id = doc.id as string;
    const permission = Drive.Permissions.create(
      { role: 'reader', type: 'user', emailAddress: 'kunde@example.com' },
      id,
      {
        sendNotificationEmail: false,
      },
    );
    expect(permission).toMatchObject({ role: 'reader', type: 'user', emailAddress: 'kunde@example.com' });
    expect(emu.notifications).toHaveLength(0);
    Drive.Permissions.create(
      { role: 'writer', type: 'user', emailAddress: 'kunde@example.com' },
      folder.id as string,
      {
        sendNotificationEmail: true,
        emailMessage: 'Bitte ansehen',
      },
    );
    expect(emu.notifications).toEqual([
      expect.objectContaining({
        fileName: 'Aufträge',
        to: 'kunde@example.com',
        role: 'writer',
        message: 'Bitte ansehen',
      }),
    ]);
    expect(emu.driveFiles().find((f) => f.id === id)?.permissions).toEqual([
      { role: 'owner', type: 'user', emailAddress: 'anna@pixelwerk.example' },
      { role: 'reader', type: 'user', emailAddress: 'kunde@example.com' },
    ]);
    expect(
      thrown(() => Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'nope' }, id))
        .message,
    ).toContain('emailAddress');
    expect(thrown(() => Drive.Permissions.create({ role: 'boss', type: 'user' }, id)).message).toContain(
      'role',
    );
    const missing = thrown(() => Drive.Permissions.create({ role: 'reader', type: 'anyone' }, 'gone'));
    expect((missing as GoogleJsonResponseException).details.code).toBe(404);
  });
});

describe('Drive calls', () => {
  it('are counted by collection and method, and not when uncounted', () => {
    const { emu, files, doc, Drive } = drive();
    const before = emu.calls.snapshot();
    files.get(doc.id as string);
    files.copy({ name: 'x' }, doc.id as string);
    Drive.Permissions.create({ role: 'reader', type: 'anyone' }, doc.id as string);
    thrown(() => files.get('missing'));
    emu.uncounted(() => files.get(doc.id as string));
    expect(emu.calls.since(before).byName).toEqual({
      'Drive.Files.get': 2,
      'Drive.Files.copy': 1,
      'Drive.Permissions.create': 1,
    });
    // The two creates of the setup and the four calls above.
    expect(emu.calls.byService().Drive).toBe(6);
  });
});

describe('Drive persistence', () => {
  it('files, bytes, restrictions, permissions, mail and ids survive serialize and load', () => {
    const { emu, files, folder, doc, Utilities, Drive } = drive();
    const pdf = files.create(
      { name: 'a.pdf', parents: [folder.id as string] },
      Utilities.newBlob([0, -1, 37], 'application/pdf'),
    );
    files.update({ contentRestrictions: [{ readOnly: true, reason: 'fix' }] }, doc.id as string);
    Drive.Permissions.create(
      { role: 'reader', type: 'user', emailAddress: 'k@example.com' },
      doc.id as string,
    );
    const loaded = loadEmulator(emu.serialize());
    expect(loaded.driveFiles()).toEqual(emu.driveFiles());
    expect([...loaded.fileBytes(pdf.id as string)]).toEqual([0, 255, 37]);
    expect(loaded.notifications).toEqual(emu.notifications);
    const next = loaded.services.Drive.Files.create({ name: 'neu' });
    const expected = files.create({ name: 'neu' });
    expect(next.id).toBe(expected.id);
    expect(
      thrown(() => loaded.services.Drive.Files.update({ name: 'x' }, doc.id as string)).message,
    ).toContain('content restriction');
  });

  it('a state saved before Drive existed loads with an empty Drive', () => {
    const { emu } = setup();
    const state = JSON.parse(emu.serialize());
    delete state.drive;
    const loaded = loadEmulator(JSON.stringify(state));
    expect(loaded.driveFiles().map((f) => f.name)).toEqual(['My Drive']);
  });
});
