// An open document: DocumentApp edits a working copy that Drive sees only once it is saved.

// Apps Script saves every open document when the execution ends (and on saveAndClose); until then
// Drive.Files.copy and exports through Drive see the last saved content, as in the real services.

import { EmuException } from '../core/exception';
import { type DriveFile, isReadOnly } from '../drive/store';
import { copyDocument } from './copy';
import type { DocumentModel } from './model';

export const docMessages = {
  closed: 'Document is closed, its contents cannot be updated.',
  readOnly: 'Document is read-only: its file has a content restriction.',
} as const;

/** Sessions by their working document, so any element finds the session of the tree it is in. */
const sessionsByDoc = new WeakMap<DocumentModel, DocSession>();

export class DocSession {
  closed = false;
  dirty = false;
  readonly doc: DocumentModel;

  constructor(
    readonly file: DriveFile,
    readonly executionId: number,
  ) {
    if (!file.doc) throw new Error(`${file.id} is not a document`);
    this.doc = copyDocument(file.doc, file.id);
    sessionsByDoc.set(this.doc, this);
  }

  /** Called before every change to the document's content. */
  beforeEdit(): void {
    if (this.closed) throw new EmuException(docMessages.closed);
    if (isReadOnly(this.file)) throw new EmuException(docMessages.readOnly);
    this.dirty = true;
  }

  /** Writes the working copy to Drive (if it changed) and closes the session. */
  saveAndClose(nowMs: number): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.dirty) return;
    if (isReadOnly(this.file)) throw new EmuException(docMessages.readOnly);
    this.file.doc = copyDocument(this.doc, this.file.id);
    this.file.modifiedMs = nowMs;
    this.dirty = false;
  }
}

export function sessionOf(doc: DocumentModel): DocSession | null {
  return sessionsByDoc.get(doc) ?? null;
}

/** The open sessions of each execution: DocumentApp.openById twice in one execution shares one. */
export class DocSessions {
  private readonly open: DocSession[] = [];

  find(fileId: string, executionId: number): DocSession | null {
    return this.open.find((s) => s.file.id === fileId && s.executionId === executionId && !s.closed) ?? null;
  }

  openFor(file: DriveFile, executionId: number): DocSession {
    const existing = this.find(file.id, executionId);
    if (existing) return existing;
    const session = new DocSession(file, executionId);
    this.open.push(session);
    return session;
  }

  /** Saves what the execution left open; every session is tried, the first failure is thrown after. */
  endExecution(executionId: number, nowMs: number): void {
    let failure: unknown = null;
    for (const session of this.open.filter((s) => s.executionId === executionId)) {
      try {
        session.saveAndClose(nowMs);
      } catch (error) {
        failure = failure ?? error;
      }
    }
    this.prune();
    if (failure) throw failure;
  }

  prune(): void {
    for (let i = this.open.length - 1; i >= 0; i -= 1) if (this.open[i].closed) this.open.splice(i, 1);
  }
}
