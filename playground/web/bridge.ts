// Loaded first in the add-on's HTML: google.script.run over HTTP to the playground server, google.script.host as no-ops.
import type { ErrorAnswer, FrameMessage, RunAnswer } from '../wire';
import { driveHref } from './driveLink';

type SuccessHandler = (value: unknown, userObject?: unknown) => void;
type FailureHandler = (error: Error, userObject?: unknown) => void;

interface Handlers {
  success?: SuccessHandler;
  failure?: FailureHandler;
  user?: unknown;
  hasUser: boolean;
}

function tellPage(message: FrameMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, window.location.origin);
}

function fail(handlers: Handlers, message: string): void {
  const error = new Error(message);
  error.name = 'ScriptError';
  if (handlers.failure) handlers.failure(error, handlers.hasUser ? handlers.user : undefined);
  // Like Apps Script: a failure nobody handles ends up in the console.
  else console.error(`Uncaught ${error.name}: ${message}`);
}

async function invoke(name: string, args: unknown[], handlers: Handlers): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, args }),
    });
  } catch {
    fail(handlers, 'NetworkError: Connection failure due to HTTP 0');
    return;
  }
  const body = (await response.json().catch(() => null)) as RunAnswer | ErrorAnswer | null;
  if (response.ok && body && 'ui' in body) {
    tellPage({ type: 'playground:ran', version: body.version, ui: body.ui });
    handlers.success?.(body.result, handlers.hasUser ? handlers.user : undefined);
    return;
  }
  if (body && 'version' in body && typeof body.version === 'number') {
    tellPage({
      type: 'playground:ran',
      version: body.version,
      ui: { sidebar: null, dialogs: [], alerts: [], toasts: [] },
    });
  }
  fail(handlers, body && 'error' in body ? body.error : `HTTP ${response.status}`);
}

/** google.script.run: each with* returns a new runner; any other property is a server function. */
function runner(handlers: Handlers): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        if (prop === 'withSuccessHandler') {
          return (success: SuccessHandler) => runner({ ...handlers, success });
        }
        if (prop === 'withFailureHandler') {
          return (failure: FailureHandler) => runner({ ...handlers, failure });
        }
        if (prop === 'withUserObject') {
          return (user: unknown) => runner({ ...handlers, user, hasUser: true });
        }
        return (...args: unknown[]) => {
          // Arguments travel as JSON, as they do to Apps Script; a failure to encode is the caller's error.
          JSON.stringify(args);
          void invoke(prop, args, handlers);
        };
      },
    },
  );
}

const host = {
  origin: window.location.origin,
  close: () => tellPage({ type: 'playground:close' }),
  setHeight: () => undefined,
  setWidth: () => undefined,
  editor: { focus: () => undefined },
};

const url = {
  getLocation: (callback: (location: unknown) => void) =>
    callback({ hash: '', parameter: {}, parameters: {} }),
};

(window as unknown as { google: unknown }).google = {
  script: { run: runner({ hasUser: false }), host, url },
};

// Links to generated documents open the playground's page for the file instead of Google's.
document.addEventListener(
  'click',
  (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a');
    const href = anchor ? driveHref(anchor.href) : null;
    if (!href) return;
    event.preventDefault();
    window.open(href, '_blank', 'noopener');
  },
  true,
);
