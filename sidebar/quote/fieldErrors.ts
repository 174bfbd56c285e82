// Which field shows which complaint: the domain's live errors (once touched, or after a failed save) and the server's.
import type { MessageKey } from '../../src/shared/i18n';

/** 'date', 'usageRights.kind', 'positions', a row id ('pab12cd34') or a row's field ('pab12cd34.quantity'). */
export type ErrorKey = string;

/** 'positions.2.quantity' -> '<id of row 2>.quantity'; a leading 'draft.' (the save input's path) is dropped. */
export function keyOf(path: string, ids: readonly string[]): ErrorKey {
  const p = path.replace(/^draft\./, '');
  const m = /^positions\.(\d+)(?:\.(\w+))?$/.exec(p);
  const id = m ? ids[Number(m[1])] : undefined;
  if (!m || id === undefined) return p;
  return m[2] ? `${id}.${m[2]}` : id;
}

export interface ServerFieldError {
  key: ErrorKey;
  message: string;
}

export class ErrorBook {
  /** After a failed save every error shows, touched or not. */
  showAll = false;
  private readonly touched = new Set<ErrorKey>();
  private readonly server = new Map<ErrorKey, string>();

  constructor(private readonly text: (key: ErrorKey, message: MessageKey) => string) {}

  /** The user changed the field and left it: from now on its live error shows. */
  touch(key: ErrorKey): void {
    this.touched.add(key);
  }

  /** The user is fixing the field: the server's complaint about the old value goes. */
  edited(key: ErrorKey): void {
    this.server.delete(key);
  }

  setServer(errors: readonly ServerFieldError[]): void {
    this.server.clear();
    for (const e of errors) {
      if (!this.server.has(e.key)) this.server.set(e.key, e.message);
      this.touched.add(e.key);
    }
  }

  reset(): void {
    this.showAll = false;
    this.touched.clear();
    this.server.clear();
  }

  /** Every message to show now, by key: the server's first, else the live one if it may show. */
  current(live: ReadonlyMap<ErrorKey, MessageKey>): Map<ErrorKey, string> {
    const shown = new Map(this.server);
    for (const [key, message] of live) {
      if (shown.has(key) || !(this.showAll || this.touched.has(key))) continue;
      shown.set(key, this.text(key, message));
    }
    return shown;
  }
}
