// Drive through the advanced service under drive.file: folders, template copies, PDFs, sharing, locking.
import { DomainError } from '../../domain/errors';

export const DOC_MIME = 'application/vnd.google-apps.document';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** The advanced Drive service; missing when the manifest does not enable it. */
export function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new DomainError('err.drive.missing');
  return Drive;
}

export function createFolder(name: string, parent: string | null): DriveFile {
  return drive().Files?.create({
    name,
    mimeType: FOLDER_MIME,
    parents: parent ? [parent] : undefined,
  }) as DriveFile;
}

/** Whether a file we remembered still exists and is not in the trash (one call). */
export function isLive(fileId: string): boolean {
  try {
    const file = drive().Files?.get(fileId, { fields: 'id,trashed' }) as DriveFile;
    return !!file && !file.trashed;
  } catch {
    return false;
  }
}

export function copyFile(templateId: string, name: string, folderId: string): DriveFile {
  return drive().Files?.copy({ name, parents: [folderId] }, templateId, {
    fields: 'id,webViewLink',
  }) as DriveFile;
}

export function uploadPdf(blob: GoogleAppsScript.Base.Blob, name: string, folderId: string): DriveFile {
  return drive().Files?.create({ name, parents: [folderId], mimeType: 'application/pdf' }, blob, {
    fields: 'id,webViewLink',
  }) as DriveFile;
}

export function createDoc(name: string, folderId: string): DriveFile {
  return drive().Files?.create({ name, mimeType: DOC_MIME, parents: [folderId] }) as DriveFile;
}

/** Issued documents are frozen: Drive refuses edits to their content. */
export function makeReadOnly(fileId: string, reason: string): void {
  drive().Files?.update({ contentRestrictions: [{ readOnly: true, reason }] }, fileId);
}

export function trash(fileIds: readonly string[]): void {
  for (const id of fileIds) {
    try {
      drive().Files?.update({ trashed: true }, id);
    } catch {
      // Best effort: an orphan in the order's folder is harmless, a failed action is not.
    }
  }
}

export function shareWith(fileId: string, email: string, notify: boolean): void {
  drive().Permissions?.create({ role: 'reader', type: 'user', emailAddress: email }, fileId, {
    sendNotificationEmail: notify,
  });
}

/** The file id inside a Docs or Drive link, as the register stores links. */
export function fileIdOf(url: string): string | null {
  const m = /\/d\/([A-Za-z0-9_-]{10,})/.exec(url) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(url);
  return m ? m[1] : null;
}
