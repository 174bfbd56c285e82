// Emulated LockService: locks belong to executions and are contended across them.

// A lock held by another execution cannot be freed while we wait (that execution is suspended beneath
// us), so waiting always runs into the timeout.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';

type Lock = GoogleAppsScript.Lock.Lock;

/** Which execution holds which lock; shared by every execution of the emulator. */
export class LockTable {
  readonly holders = new Map<string, number>();

  /** Apps Script releases an execution's locks when it ends. */
  releaseAll(executionId: number): void {
    for (const [key, holder] of this.holders) if (holder === executionId) this.holders.delete(key);
  }
}

export class EmuLock
  extends EmuService
  implements Pick<Lock, 'waitLock' | 'tryLock' | 'releaseLock' | 'hasLock'>
{
  constructor(
    ctx: EmuContext,
    private readonly table: LockTable,
    readonly key: string,
    /** The execution that asked for the lock. */
    private readonly executionId: number,
  ) {
    super(ctx, 'Lock');
  }

  private acquire(timeoutInMillis: number): boolean {
    const holder = this.table.holders.get(this.key);
    if (holder === undefined || holder === this.executionId) {
      this.table.holders.set(this.key, this.executionId);
      return true;
    }
    this.ctx.clock.advance(Math.max(0, timeoutInMillis));
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    this.track('waitLock');
    if (!this.acquire(timeoutInMillis)) throw new EmuException(messages.lockTimeout);
  }

  tryLock(timeoutInMillis: number): boolean {
    this.track('tryLock');
    return this.acquire(timeoutInMillis);
  }

  releaseLock(): void {
    this.track('releaseLock');
    if (this.table.holders.get(this.key) === this.executionId) this.table.holders.delete(this.key);
  }

  hasLock(): boolean {
    this.track('hasLock');
    return this.table.holders.get(this.key) === this.executionId;
  }
}

export class EmuLockService
  extends EmuService
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(
    ctx: EmuContext,
    private readonly table: LockTable,
    private readonly documentId: () => string,
  ) {
    super(ctx, 'LockService');
  }

  private lock(key: string): Lock {
    return new EmuLock(this.ctx, this.table, key, this.ctx.executions.current().id) as unknown as Lock;
  }

  getDocumentLock(): Lock {
    this.track('getDocumentLock');
    return this.lock(`document:${this.documentId()}`);
  }

  getScriptLock(): Lock {
    this.track('getScriptLock');
    return this.lock('script');
  }

  getUserLock(): Lock {
    this.track('getUserLock');
    return this.lock(`user:${this.ctx.settings.userEmail}`);
  }
}
