// Typed calls into the server: the function name and its argument are checked against ServerApi.
import type { ErrorDto, Result, ServerApi, ServerFunctionName } from '../src/shared/contract';

/** What a successful call yields: the `data` of the function's Result. */
export type CallData<K extends ServerFunctionName> =
  ReturnType<ServerApi[K]> extends Result<infer T> ? T : never;

/** A call that failed: the server's translated ErrorDto, or one made here for a transport failure. */
export class CallError extends Error {
  constructor(readonly error: ErrorDto) {
    super(error.message);
    this.name = 'CallError';
  }
}

/** Turns anything a call rejects with into an ErrorDto, so callers handle one shape. */
export function errorOf(reason: unknown): ErrorDto {
  if (reason instanceof CallError) return reason.error;
  const message = reason instanceof Error ? reason.message : String(reason);
  return { code: 'transport', message, field: null, fields: [] };
}

/**
 * Runs a server function and resolves with its data; a Result with ok:false or a failure
 * (network, timeout, exception outside the server's own handling) rejects with a CallError.
 */
export function call<K extends ServerFunctionName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<CallData<K>> {
  return new Promise((resolve, reject) => {
    const run = typeof google === 'undefined' ? undefined : google.script?.run;
    if (!run) {
      reject(
        new CallError({
          code: 'transport',
          message: 'google.script.run is unavailable',
          field: null,
          fields: [],
        }),
      );
      return;
    }
    const runner = run
      .withSuccessHandler((value: Result<CallData<K>> | undefined) => {
        if (value && value.ok === true) resolve(value.data);
        else if (value && value.ok === false) reject(new CallError(value.error));
        else reject(new CallError({ code: 'transport', message: 'empty answer', field: null, fields: [] }));
      })
      .withFailureHandler((error: Error) => {
        reject(
          new CallError({
            code: 'transport',
            message: error?.message ?? String(error),
            field: null,
            fields: [],
          }),
        );
      });
    // The endpoint table is indexed by name; `name` is a ServerFunctionName, so a typo fails to compile.
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
