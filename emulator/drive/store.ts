// Drive as plain data: files and folders with metadata, bytes or document content, permissions and sent mail.

import { createHash } from 'node:crypto';
import { MimeType } from '../core/enums';
import type { DocumentModel } from '../docs/model';

export interface ContentRestrictionModel {
  readOnly: true;
  reason: string | null;
  restrictionMs: number;
  restrictingUser: string;
}

export interface PermissionModel {
  id: string;
  type: string;
  role: string;
  emailAddress: string | null;
  domain: string | null;
}

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  /** At most one parent, as in Drive v3 (empty only for the root folder). */
  parents: string[];
  trashed: boolean;
  createdMs: number;
  modifiedMs: number;
  description: string | null;
  appProperties: Record<string, string>;
  restriction: ContentRestrictionModel | null;
  permissions: PermissionModel[];
  /** Bytes of an uploaded file (null for folders and Google Docs). */
  content: Buffer | null;
  /** Saved content of a Google Doc (what Drive copies and exports; DocumentApp edits a working copy). */
  doc: DocumentModel | null;
}

/** A sharing e-mail Drive.Permissions.create would have sent. */
export interface SentNotification {
  fileId: string;
  fileName: string;
  from: string;
  to: string;
  role: string;
  message: string | null;
  sentAt: string;
}

export const FOLDER_MIME = MimeType.FOLDER;
export const DOCUMENT_MIME = MimeType.GOOGLE_DOCS;

/** Drive permission ids are opaque digits per user; derived from the address so they stay stable. */
export function permissionIdFor(type: string, who: string | null): string {
  if (type === 'anyone') return 'anyoneWithLink';
  const digest = createHash('sha256')
    .update(`${type}:${who ?? ''}`)
    .digest();
  return Array.from(digest.subarray(0, 10), (byte) => String(byte % 100).padStart(2, '0')).join('');
}

export function isReadOnly(file: DriveFile): boolean {
  return file.restriction !== null;
}

export class DriveStore {
  readonly files = new Map<string, DriveFile>();
  readonly notifications: SentNotification[] = [];
  /** Ids come from a counter (saved with the state), so every run of a test sees the same ids. */
  nextId = 0;
  rootId: string;

  constructor(
    private readonly owner: string,
    private readonly now: () => number,
  ) {
    this.rootId = this.newId('0A');
    this.files.set(this.rootId, this.blank(this.rootId, 'My Drive', FOLDER_MIME, []));
  }

  /** 44 characters like Docs ids (33 for the root folder, which starts with 0A). */
  newId(prefix = '1'): string {
    this.nextId += 1;
    const hash = createHash('sha256').update(`emulated-drive-file:${this.nextId}`).digest('base64url');
    return `${prefix}${hash}`.slice(0, prefix === '0A' ? 33 : 44);
  }

  private blank(id: string, name: string, mimeType: string, parents: string[]): DriveFile {
    const now = this.now();
    return {
      id,
      name,
      mimeType,
      parents,
      trashed: false,
      createdMs: now,
      modifiedMs: now,
      description: null,
      appProperties: {},
      restriction: null,
      permissions: [
        {
          id: permissionIdFor('user', this.owner),
          type: 'user',
          role: 'owner',
          emailAddress: this.owner,
          domain: null,
        },
      ],
      content: null,
      doc: null,
    };
  }

  /** A new file owned by the user, in `parent` (My Drive when null). */
  add(name: string, mimeType: string, parent: string | null): DriveFile {
    const file = this.blank(this.newId(), name, mimeType, [parent ?? this.rootId]);
    this.files.set(file.id, file);
    return file;
  }

  get(id: string): DriveFile | null {
    if (id === 'root') return this.files.get(this.rootId) ?? null;
    return this.files.get(id) ?? null;
  }

  /** A file's own flag, or that of a folder it is in: Drive trashes a folder's contents with it. */
  isTrashed(file: DriveFile): boolean {
    let current: DriveFile | null = file;
    for (let depth = 0; current && depth < 100; depth += 1) {
      if (current.trashed) return true;
      current = current.parents.length ? this.get(current.parents[0]) : null;
    }
    return false;
  }
}
