// Emulated Session and User: one signed-in user who is also the spreadsheet's owner.

import { createHash } from 'node:crypto';
import type { EmuContext } from '../core/context';
import { EmuService } from '../core/service';

type User = GoogleAppsScript.Base.User;

export const asUser = (user: EmuUser) => user as unknown as User;

export class EmuUser extends EmuService implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    ctx: EmuContext,
    private readonly email: string,
  ) {
    super(ctx, 'User');
  }

  getEmail(): string {
    this.track('getEmail');
    return this.email;
  }
}

export class EmuSession
  extends EmuService
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getActiveUserLocale'
      | 'getScriptTimeZone'
      | 'getTemporaryActiveUserKey'
    >
{
  constructor(ctx: EmuContext) {
    super(ctx, 'Session');
  }

  getActiveUser(): User {
    this.track('getActiveUser');
    return asUser(new EmuUser(this.ctx, this.ctx.settings.userEmail));
  }

  getEffectiveUser(): User {
    this.track('getEffectiveUser');
    return asUser(new EmuUser(this.ctx, this.ctx.settings.userEmail));
  }

  getActiveUserLocale(): string {
    this.track('getActiveUserLocale');
    return this.ctx.settings.locale;
  }

  getScriptTimeZone(): string {
    this.track('getScriptTimeZone');
    return this.ctx.settings.timeZone;
  }

  /** Stable per user, opaque, like the real key (which is stable per user and script for 30 days). */
  getTemporaryActiveUserKey(): string {
    this.track('getTemporaryActiveUserKey');
    return createHash('sha256')
      .update(`temporary-key:${this.ctx.settings.userEmail}`)
      .digest('base64url')
      .slice(0, 43);
  }
}
