// Saves and restores the emulated Drive: files with metadata, uploaded bytes (base64), Docs content, sent mail.

import type { DriveFile, DriveStore, SentNotification } from '../drive/store';
import { loadDocument, type SavedDocument, saveDocument } from './documents';

export type SavedDriveFile = Omit<DriveFile, 'content' | 'doc'> & {
  content: string | null;
  doc: SavedDocument | null;
};

export interface SavedDrive {
  nextId: number;
  rootId: string;
  files: SavedDriveFile[];
  notifications: SentNotification[];
}

export function saveDrive(store: DriveStore): SavedDrive {
  return {
    nextId: store.nextId,
    rootId: store.rootId,
    files: [...store.files.values()].map((file) => ({
      ...file,
      parents: [...file.parents],
      permissions: file.permissions.map((p) => ({ ...p })),
      content: file.content ? file.content.toString('base64') : null,
      doc: file.doc && saveDocument(file.doc),
    })),
    notifications: store.notifications.map((n) => ({ ...n })),
  };
}

/** Replaces the store's contents in place, so views holding the store (or its notifications) stay live. */
export function restoreDrive(store: DriveStore, saved: SavedDrive): void {
  store.files.clear();
  store.nextId = saved.nextId;
  store.rootId = saved.rootId;
  for (const file of saved.files) {
    store.files.set(file.id, {
      ...file,
      content: file.content === null ? null : Buffer.from(file.content, 'base64'),
      doc: file.doc && loadDocument(file.doc, file.id),
    });
  }
  store.notifications.length = 0;
  store.notifications.push(...saved.notifications);
}
