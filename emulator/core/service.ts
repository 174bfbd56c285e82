// Base class of every emulated service object: one place that turns a method call into a counted call.

import type { EmuContext } from './context';
import { EmuException, messages } from './exception';

export abstract class EmuService {
  protected constructor(
    protected readonly ctx: EmuContext,
    /** The Apps Script class name, used in call names ('Range.getValues') and to check arguments. */
    readonly emulatedClass: string,
  ) {}

  /** Call first thing in every public method: counts `Class.method` and gives the hook its chance. */
  protected track(method: string): void {
    this.ctx.count(`${this.emulatedClass}.${method}`);
  }
}

/** Checks that an argument the add-on passed is one of our objects of the expected class. */
export function unwrapService<T extends EmuService>(value: unknown, emulatedClass: string): T {
  if (value instanceof EmuService && value.emulatedClass === emulatedClass) return value as T;
  throw new EmuException(messages.invalidArgument(`expected a ${emulatedClass}`));
}
