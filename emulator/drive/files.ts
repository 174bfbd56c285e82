// Emulated Drive.Files (v3): create folders, Docs and uploads, get, copy saved content, update metadata.

import type { EmuContext } from '../core/context';
import { EmuService, unwrapService } from '../core/service';
import { copyDocument } from '../docs/copy';
import { documentModel } from '../docs/model';
import type { EmuBlob } from '../services/blob';
import { driveErrors } from './errors';
import { DOCUMENT_MIME, type DriveFile, type DriveStore, FOLDER_MIME, isReadOnly } from './store';
import { fileResource } from './view';

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Blob = GoogleAppsScript.Base.Blob;
type Options = Record<string, unknown>;

export class EmuDriveFiles extends EmuService implements Pick<Files, 'create' | 'get' | 'copy' | 'update'> {
  constructor(
    ctx: EmuContext,
    private readonly store: DriveStore,
  ) {
    super(ctx, 'Drive.Files');
  }

  private find(method: string, id: unknown): DriveFile {
    const file = this.store.get(String(id));
    if (!file) throw driveErrors.notFound(method, String(id));
    return file;
  }

  /** The one parent a new file goes into (My Drive when none is named); it must be an existing folder. */
  private parentFor(method: string, parents: string[] | undefined): string {
    if (!parents || parents.length === 0) return this.store.rootId;
    if (parents.length > 1) throw driveErrors.oneParent(method);
    const parent = this.find(method, parents[0]);
    if (parent.mimeType !== FOLDER_MIME) throw driveErrors.invalid(method, 'The parent is not a folder.');
    return parent.id;
  }

  create(resource: FileResource, mediaData?: Blob, optionalArgs?: Options): FileResource {
    this.track('create');
    const method = 'files.create';
    const parent = this.parentFor(method, resource?.parents);
    const upload = mediaData ? unwrapService<EmuBlob>(mediaData, 'Blob').contents() : null;
    const mimeType = resource?.mimeType ?? upload?.contentType ?? 'application/octet-stream';
    if (upload && (mimeType === FOLDER_MIME || mimeType.startsWith('application/vnd.google-apps.')))
      throw driveErrors.invalid(method, `Conversion to ${mimeType} is not emulated.`);
    const file = this.store.add(resource?.name ?? upload?.name ?? 'Untitled', mimeType, parent);
    if (mimeType === DOCUMENT_MIME) file.doc = documentModel(file.id);
    if (upload) file.content = Buffer.from(upload.data);
    if (resource?.description != null) file.description = resource.description;
    if (resource?.appProperties) file.appProperties = { ...resource.appProperties };
    return fileResource(this.store, file, optionalArgs);
  }

  get(fileId: string): FileResource;
  get(fileId: string, optionalArgs: Options & { alt: 'media' }): string;
  get(fileId: string, optionalArgs: Options): FileResource;
  get(fileId: string, optionalArgs?: Options): FileResource | string {
    this.track('get');
    const file = this.find('files.get', fileId);
    if (optionalArgs?.alt === 'media') {
      if (!file.content)
        throw driveErrors.forbidden('files.get', 'Only files with binary content can be downloaded.');
      return file.content.toString('utf8');
    }
    return fileResource(this.store, file, optionalArgs);
  }

  /** A new file with the source's saved content (a Doc's open, unsaved edits are not in it). */
  copy(resource: FileResource, fileId: string, optionalArgs?: Options): FileResource {
    this.track('copy');
    const method = 'files.copy';
    const source = this.find(method, fileId);
    if (source.mimeType === FOLDER_MIME) throw driveErrors.forbidden(method, 'Folders cannot be copied.');
    // Without parents the copy goes where the source is.
    const parent = this.parentFor(method, resource?.parents ?? source.parents);
    const file = this.store.add(resource?.name ?? `Copy of ${source.name}`, source.mimeType, parent);
    if (source.doc) file.doc = copyDocument(source.doc, file.id);
    if (source.content) file.content = Buffer.from(source.content);
    file.description = resource?.description ?? source.description;
    file.appProperties = { ...source.appProperties, ...(resource?.appProperties ?? {}) };
    return fileResource(this.store, file, optionalArgs);
  }

  /** Metadata (name, trashed, content restriction, parents via addParents/removeParents) and content. */
  update(resource: FileResource, fileId: string, mediaData?: Blob, optionalArgs?: Options): FileResource {
    this.track('update');
    const method = 'files.update';
    const file = this.find(method, fileId);
    const patch = resource ?? {};
    const restrictions = patch.contentRestrictions;
    const lifting = restrictions !== undefined && !restrictions.some((r) => r.readOnly);
    const changesContent =
      mediaData !== undefined ||
      (patch.name !== undefined && patch.name !== file.name) ||
      (patch.description !== undefined && patch.description !== file.description);
    if (isReadOnly(file) && !lifting && changesContent) throw driveErrors.locked(method);
    const upload = mediaData ? unwrapService<EmuBlob>(mediaData, 'Blob').contents() : null;
    if (upload && (file.doc || file.mimeType === FOLDER_MIME))
      throw driveErrors.invalid(method, 'Uploading content into a Google Doc or folder is not emulated.');
    const newParents = this.movedParents(method, file, optionalArgs);

    if (restrictions !== undefined) {
      const readOnly = restrictions.find((r) => r.readOnly);
      file.restriction = readOnly
        ? {
            readOnly: true,
            reason: readOnly.reason ?? null,
            restrictionMs: this.ctx.clock.nowMs(),
            restrictingUser: this.ctx.settings.userEmail,
          }
        : null;
    }
    if (patch.name !== undefined) file.name = String(patch.name);
    if (patch.description !== undefined) file.description = patch.description;
    if (patch.trashed !== undefined) file.trashed = Boolean(patch.trashed);
    if (patch.appProperties) file.appProperties = { ...file.appProperties, ...patch.appProperties };
    if (upload) file.content = Buffer.from(upload.data);
    file.parents = newParents;
    file.modifiedMs = this.ctx.clock.nowMs();
    return fileResource(this.store, file, optionalArgs);
  }

  /** v3 moves files with addParents/removeParents (comma-separated ids); a file keeps exactly one parent. */
  private movedParents(method: string, file: DriveFile, options: Options | undefined): string[] {
    const ids = (value: unknown) => (typeof value === 'string' && value ? value.split(',') : []);
    const removed = new Set(ids(options?.removeParents).map((id) => this.store.get(id)?.id ?? id));
    const added = ids(options?.addParents).map((id) => this.parentFor(method, [id]));
    const parents = [...file.parents.filter((id) => !removed.has(id)), ...added];
    const unique = [...new Set(parents)];
    if (unique.length > 1) throw driveErrors.oneParent(method);
    if (unique.length === 0 && file.id !== this.store.rootId) return [this.store.rootId];
    return unique;
  }
}
