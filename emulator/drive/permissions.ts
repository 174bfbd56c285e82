// Emulated Drive.Permissions (v3): share a file with a user, group, domain or anyone, and list who has access.

import type { EmuContext } from '../core/context';
import { EmuService } from '../core/service';
import { driveErrors } from './errors';
import { type DriveFile, type DriveStore, type PermissionModel, permissionIdFor } from './store';
import { permissionResource } from './view';

type Permissions = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;
type PermissionResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
type Options = Record<string, unknown>;

const ROLES = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const TYPES = ['user', 'group', 'domain', 'anyone'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class EmuDrivePermissions extends EmuService implements Pick<Permissions, 'create' | 'list'> {
  constructor(
    ctx: EmuContext,
    private readonly store: DriveStore,
  ) {
    super(ctx, 'Drive.Permissions');
  }

  private find(method: string, id: unknown): DriveFile {
    const file = this.store.get(String(id));
    if (!file) throw driveErrors.notFound(method, String(id));
    return file;
  }

  /** Adds (or changes the role of) a permission; users and groups get an e-mail unless told not to. */
  create(resource: PermissionResource, fileId: string, optionalArgs?: Options): PermissionResource {
    this.track('create');
    const method = 'permissions.create';
    const file = this.find(method, fileId);
    const { role = '', type = '' } = resource ?? {};
    if (!ROLES.includes(role)) throw driveErrors.invalid(method, `Invalid value for role: ${role}`);
    if (!TYPES.includes(type)) throw driveErrors.invalid(method, `Invalid value for type: ${type}`);
    if (role === 'owner') throw driveErrors.forbidden(method, 'Ownership transfer is not emulated.');
    const personal = type === 'user' || type === 'group';
    const email = personal ? String(resource.emailAddress ?? '') : null;
    if (personal && !EMAIL.test(email ?? ''))
      throw driveErrors.invalid(method, 'The permission requires a valid emailAddress.');
    const domain = type === 'domain' ? String(resource.domain ?? '') : null;
    if (type === 'domain' && !domain) throw driveErrors.invalid(method, 'The permission requires a domain.');
    const id = permissionIdFor(type, email ?? domain);
    const existing = file.permissions.find((p) => p.id === id);
    let permission: PermissionModel;
    if (existing) {
      if (existing.role !== 'owner') existing.role = role;
      permission = existing;
    } else {
      permission = { id, type, role, emailAddress: email, domain };
      file.permissions.push(permission);
    }
    const notify = optionalArgs?.sendNotificationEmail;
    if (personal && email && notify !== false && notify !== 'false') {
      this.store.notifications.push({
        fileId: file.id,
        fileName: file.name,
        from: this.ctx.settings.userEmail,
        to: email,
        role,
        message: typeof optionalArgs?.emailMessage === 'string' ? optionalArgs.emailMessage : null,
        sentAt: this.ctx.clock.now().toISOString(),
      });
    }
    return permissionResource(permission);
  }

  list(fileId: string, _optionalArgs?: Options): PermissionList {
    this.track('list');
    const file = this.find('permissions.list', fileId);
    return { kind: 'drive#permissionList', permissions: file.permissions.map(permissionResource) };
  }
}
