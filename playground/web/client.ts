// The page's requests to the playground server: JSON in, JSON out, failures as Error with the server's message.
import type { ErrorAnswer } from '../wire';

/** The server could not be reached at all (stopped, restarted on another port). */
export class OfflineError extends Error {}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as T | ErrorAnswer | null;
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && 'error' in body ? body.error : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return body as T;
}

export async function getJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { cache: 'no-store' });
  } catch {
    throw new OfflineError();
  }
  return parse<T>(response);
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new OfflineError();
  }
  return parse<T>(response);
}
