// Base class of every emulated service object: one place that turns a method call into a counted call.

import type { EmuContext } from './context';

export abstract class EmuService {
  protected constructor(
    protected readonly ctx: EmuContext,
    private readonly serviceName: string,
  ) {}

  /** Call first thing in every public method: counts `Service.method` and gives the hook its chance. */
  protected track(method: string): void {
    this.ctx.count(`${this.serviceName}.${method}`);
  }
}
