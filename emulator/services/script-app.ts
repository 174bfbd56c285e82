// Emulated ScriptApp (the parts an editor add-on uses) and Logger.

import type { EmuContext } from '../core/context';
import { typedEnums } from '../core/enums';
import { EmuService } from '../core/service';

export class EmuScriptApp
  extends EmuService
  implements Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode' | 'getScriptId'>
{
  readonly AuthMode = typedEnums.AuthMode;

  constructor(ctx: EmuContext) {
    super(ctx, 'ScriptApp');
  }

  getScriptId(): string {
    this.track('getScriptId');
    return 'emulated-script-id';
  }
}

/** Java-style placeholders as Logger.log(format, ...values) accepts them. */
function formatLog(format: unknown, values: unknown[]): string {
  if (values.length === 0)
    return typeof format === 'string' ? format : (JSON.stringify(format) ?? String(format));
  let next = 0;
  return String(format).replace(/%[sdf]/g, () => String(values[next++]));
}

export class EmuLogger
  extends EmuService
  implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>
{
  constructor(ctx: EmuContext) {
    super(ctx, 'Logger');
  }

  log(format: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.track('log');
    this.ctx.logLines.push(formatLog(format, values));
    return this as unknown as GoogleAppsScript.Base.Logger;
  }

  getLog(): string {
    this.track('getLog');
    return this.ctx.logLines.join('\n');
  }

  clear(): void {
    this.track('clear');
    this.ctx.logLines.length = 0;
  }
}
