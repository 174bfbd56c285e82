// Emulated CacheService: entries expire by the emulated clock (default 10 minutes, at most 6 hours).

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';

type Cache = GoogleAppsScript.Cache.Cache;

const asCache = (cache: EmuCache) => cache as unknown as Cache;

export const CACHE_DEFAULT_TTL_SECONDS = 600;
export const CACHE_MAX_TTL_SECONDS = 21_600;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_KEY_LIMIT_CHARS = 250;

export interface CacheEntry {
  value: string;
  expiresAtMs: number;
}

export class CacheStore {
  readonly entries = new Map<string, CacheEntry>();
}

export interface CacheStores {
  document: CacheStore;
  user: CacheStore;
  script: CacheStore;
}

export class EmuCache
  extends EmuService
  implements Pick<Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>
{
  constructor(
    ctx: EmuContext,
    private readonly store: CacheStore,
  ) {
    super(ctx, 'Cache');
  }

  private read(key: string): string | null {
    const entry = this.store.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAtMs <= this.ctx.clock.nowMs()) {
      this.store.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  private write(key: string, value: string, ttlSeconds: number): void {
    if (key.length > CACHE_KEY_LIMIT_CHARS) throw new EmuException(messages.argumentTooLarge('key'));
    if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES)
      throw new EmuException(messages.argumentTooLarge('value'));
    const seconds = Math.min(Math.max(ttlSeconds, 1), CACHE_MAX_TTL_SECONDS);
    this.store.entries.set(key, { value, expiresAtMs: this.ctx.clock.nowMs() + seconds * 1000 });
  }

  get(key: string): string | null {
    this.track('get');
    return this.read(String(key));
  }

  getAll(keys: string[]): Record<string, string> {
    this.track('getAll');
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.read(String(key));
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds = CACHE_DEFAULT_TTL_SECONDS): void {
    this.track('put');
    this.write(String(key), String(value), expirationInSeconds);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = CACHE_DEFAULT_TTL_SECONDS): void {
    this.track('putAll');
    for (const [key, value] of Object.entries(values)) this.write(key, String(value), expirationInSeconds);
  }

  remove(key: string): void {
    this.track('remove');
    this.store.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    this.track('removeAll');
    for (const key of keys) this.store.entries.delete(String(key));
  }
}

export class EmuCacheService
  extends EmuService
  implements Pick<GoogleAppsScript.Cache.CacheService, 'getDocumentCache' | 'getUserCache' | 'getScriptCache'>
{
  constructor(
    ctx: EmuContext,
    private readonly stores: CacheStores,
  ) {
    super(ctx, 'CacheService');
  }

  getDocumentCache(): Cache {
    this.track('getDocumentCache');
    return asCache(new EmuCache(this.ctx, this.stores.document));
  }

  getUserCache(): Cache {
    this.track('getUserCache');
    return asCache(new EmuCache(this.ctx, this.stores.user));
  }

  getScriptCache(): Cache {
    this.track('getScriptCache');
    return asCache(new EmuCache(this.ctx, this.stores.script));
  }
}
