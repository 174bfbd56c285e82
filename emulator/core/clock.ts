// The emulated wall clock: time only moves when a test, Utilities.sleep or a lock wait moves it.

export class EmuClock {
  private currentMs: number;

  constructor(start: Date) {
    this.currentMs = start.getTime();
  }

  now(): Date {
    return new Date(this.currentMs);
  }

  nowMs(): number {
    return this.currentMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`clock.advance needs a non-negative number, got ${ms}`);
    this.currentMs += ms;
  }

  set(date: Date): void {
    this.currentMs = date.getTime();
  }
}
