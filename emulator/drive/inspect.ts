// Uncounted views of the emulated Drive for tests and the playground: files, uploaded bytes, Docs text.

import { blocksText } from '../docs/document-text';
import type { DocumentModel } from '../docs/model';
import { type DriveStore, isReadOnly } from './store';

export interface DriveFileInfo {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** Trashed itself or inside a trashed folder. */
  trashed: boolean;
  readOnly: boolean;
  permissions: Array<{ role: string; type: string; emailAddress: string | null }>;
}

export function driveFiles(store: DriveStore): DriveFileInfo[] {
  return [...store.files.values()].map((file) => ({
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    trashed: store.isTrashed(file),
    readOnly: isReadOnly(file),
    permissions: file.permissions.map(({ role, type, emailAddress }) => ({ role, type, emailAddress })),
  }));
}

export function documentText(store: DriveStore, id: string): string {
  const doc = store.get(id)?.doc;
  if (!doc) throw new Error(`No Google Doc with id ${id} in the emulated Drive`);
  return blocksText(doc.body.children);
}

export function fileBytes(store: DriveStore, id: string): Buffer {
  const content = store.get(id)?.content;
  if (!content) throw new Error(`No uploaded file with id ${id} in the emulated Drive`);
  return Buffer.from(content);
}

/** The saved content of a Google Doc (what Drive exports), for rendering it as a page; null if none. */
export function savedDocument(store: DriveStore, id: string): DocumentModel | null {
  return store.get(id)?.doc ?? null;
}
