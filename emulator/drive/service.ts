// The emulated advanced Drive service (v3): the Files and Permissions collections over one DriveStore.

import type { EmuContext } from '../core/context';
import { EmuDriveFiles } from './files';
import { EmuDrivePermissions } from './permissions';
import type { DriveStore } from './store';

type FilesCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type PermissionsCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;

/** Only Files and Permissions exist; the add-on uses nothing else, and a missing collection reads undefined. */
export class EmuDrive implements Pick<GoogleAppsScript.Drive, 'Files' | 'Permissions'> {
  readonly Files: FilesCollection;
  readonly Permissions: PermissionsCollection;

  constructor(ctx: EmuContext, store: DriveStore) {
    this.Files = new EmuDriveFiles(ctx, store) as unknown as FilesCollection;
    this.Permissions = new EmuDrivePermissions(ctx, store) as unknown as PermissionsCollection;
  }
}
