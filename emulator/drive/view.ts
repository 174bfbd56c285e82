// Drive files as the v3 API returns them: File and Permission resources, cut down to the requested fields.

import { DOCUMENT_MIME, type DriveFile, type DriveStore, FOLDER_MIME, type PermissionModel } from './store';

type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type PermissionResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

export function webViewLink(file: DriveFile): string {
  if (file.mimeType === DOCUMENT_MIME) return `https://docs.google.com/document/d/${file.id}/edit`;
  if (file.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${file.id}`;
  return `https://drive.google.com/file/d/${file.id}/view`;
}

export function permissionResource(permission: PermissionModel): PermissionResource {
  const resource: PermissionResource = {
    kind: 'drive#permission',
    id: permission.id,
    type: permission.type,
    role: permission.role,
  };
  if (permission.emailAddress) resource.emailAddress = permission.emailAddress;
  if (permission.domain) resource.domain = permission.domain;
  return resource;
}

function fullResource(store: DriveStore, file: DriveFile): FileResource {
  const restriction = file.restriction;
  const resource: FileResource = {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    // v3: `trashed` includes a trashed folder above; `explicitlyTrashed` is the file's own flag.
    trashed: store.isTrashed(file),
    explicitlyTrashed: file.trashed,
    createdTime: new Date(file.createdMs).toISOString(),
    modifiedTime: new Date(file.modifiedMs).toISOString(),
    webViewLink: webViewLink(file),
    appProperties: { ...file.appProperties },
    permissions: file.permissions.map(permissionResource),
    contentRestrictions: restriction
      ? [
          {
            readOnly: true,
            reason: restriction.reason ?? undefined,
            type: 'globalContentRestriction',
            restrictionTime: new Date(restriction.restrictionMs).toISOString(),
            restrictingUser: { kind: 'drive#user', emailAddress: restriction.restrictingUser },
          },
        ]
      : [],
  };
  if (file.description !== null) resource.description = file.description;
  if (file.content) resource.size = String(file.content.length);
  return resource;
}

/** Top-level names of a `fields` mask ('id,files(id,name)' -> id, files); null when absent or '*'. */
function fieldNames(options: unknown): Set<string> | null {
  const fields = (options as { fields?: unknown } | null | undefined)?.fields;
  if (typeof fields !== 'string' || fields.trim() === '' || fields.trim() === '*') return null;
  const names = new Set<string>();
  let depth = 0;
  let current = '';
  for (const char of fields) {
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (depth === 0 && char === ',') {
      names.add(current.trim().split('/')[0]);
      current = '';
    } else if (depth === 0) current += char;
  }
  names.add(current.trim().split('/')[0]);
  return names;
}

/** The file as the API answers: every field we model, or only those a `fields` option names. */
export function fileResource(store: DriveStore, file: DriveFile, options?: unknown): FileResource {
  const full = fullResource(store, file);
  const names = fieldNames(options);
  if (!names) return full;
  const entries = Object.entries(full).filter(([key]) => names.has(key));
  return Object.fromEntries(entries) as FileResource;
}
