// A Date constructor for the add-on's globals whose `new Date()` and `Date.now()` read the emulated clock.

// It shares Date.prototype with the host, so every Date the emulator returns is `instanceof` it.

export function createEmulatedDate(nowMs: () => number): DateConstructor {
  const NativeDate = Date;
  function EmulatedDate(this: unknown, ...args: unknown[]): unknown {
    // Called without `new`, Date returns the current time as a string.
    if (!new.target) return new NativeDate(nowMs()).toString();
    const constructorArgs = args.length === 0 ? [nowMs()] : args;
    return Reflect.construct(NativeDate, constructorArgs, new.target);
  }
  Object.defineProperties(EmulatedDate, {
    prototype: { value: NativeDate.prototype, writable: false },
    now: { value: () => nowMs(), writable: true, configurable: true },
    parse: { value: NativeDate.parse, writable: true, configurable: true },
    UTC: { value: NativeDate.UTC, writable: true, configurable: true },
  });
  return EmulatedDate as unknown as DateConstructor;
}

/** True for Date objects from any realm (a vm context has its own Date intrinsic). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
