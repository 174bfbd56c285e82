// Emulated ScriptApp (the parts an editor add-on uses: ids, enums, time-driven triggers) and Logger.

import type { EmuContext } from '../core/context';
import { typedEnums } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { EmuTriggerBuilder, type TriggerEnvironment, triggerIdOf, triggerOf } from './triggers';

type Trigger = GoogleAppsScript.Script.Trigger;

export class EmuScriptApp
  extends EmuService
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'AuthMode'
      | 'EventType'
      | 'TriggerSource'
      | 'WeekDay'
      | 'getScriptId'
      | 'newTrigger'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'deleteTrigger'
    >
{
  readonly AuthMode = typedEnums.AuthMode;
  readonly EventType = typedEnums.EventType;
  readonly TriggerSource = typedEnums.TriggerSource;
  readonly WeekDay = typedEnums.Weekday;

  constructor(
    ctx: EmuContext,
    private readonly triggers: TriggerEnvironment,
  ) {
    super(ctx, 'ScriptApp');
  }

  getScriptId(): string {
    this.track('getScriptId');
    return 'emulated-script-id';
  }

  /** Only timeBased() is emulated; the handler is looked up by name when the trigger fires. */
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.track('newTrigger');
    if (typeof functionName !== 'string' || functionName === '')
      throw new EmuException(messages.invalidArgument('functionName'));
    return new EmuTriggerBuilder(
      this.ctx,
      this.triggers,
      functionName,
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /** The current user's triggers in this project. */
  getProjectTriggers(): Trigger[] {
    this.track('getProjectTriggers');
    const owner = this.ctx.settings.userEmail;
    return this.triggers.store.triggers
      .filter((trigger) => trigger.owner === owner)
      .map((trigger) => triggerOf(this.ctx, trigger));
  }

  /** The current user's triggers created from the given document (a Spreadsheet or a Doc). */
  getUserTriggers(document: GoogleAppsScript.Spreadsheet.Spreadsheet): Trigger[];
  getUserTriggers(document: GoogleAppsScript.Document.Document): Trigger[];
  getUserTriggers(form: GoogleAppsScript.Forms.Form): Trigger[];
  getUserTriggers(document: unknown): Trigger[] {
    this.track('getUserTriggers');
    if (
      !(document instanceof EmuService) ||
      (document.emulatedClass !== 'Spreadsheet' && document.emulatedClass !== 'Document')
    )
      throw new EmuException(messages.invalidArgument('expected a Spreadsheet or Document'));
    const id = this.ctx.uncounted(() => (document as unknown as { getId(): string }).getId());
    const owner = this.ctx.settings.userEmail;
    return this.triggers.store.triggers
      .filter((trigger) => trigger.owner === owner && trigger.documentId === id)
      .map((trigger) => triggerOf(this.ctx, trigger));
  }

  /** Removes the trigger; one already deleted is ignored. */
  deleteTrigger(trigger: Trigger): void {
    this.track('deleteTrigger');
    const id = triggerIdOf(trigger);
    const list = this.triggers.store.triggers;
    const index = list.findIndex((model) => model.id === id);
    if (index >= 0) list.splice(index, 1);
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
