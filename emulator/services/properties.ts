// Emulated PropertiesService: document, user and script stores of string values, with the real quotas.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';

type Properties = GoogleAppsScript.Properties.Properties;

const asProperties = (properties: EmuProperties) => properties as unknown as Properties;

/** 9 KB per value and 500 KB per store, as documented for Apps Script. */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

export class PropertyStore {
  readonly values = new Map<string, string>();
}

export interface PropertyStores {
  document: PropertyStore;
  user: PropertyStore;
  script: PropertyStore;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class EmuProperties
  extends EmuService
  implements
    Pick<
      Properties,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'getKeys'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  constructor(
    ctx: EmuContext,
    private readonly store: PropertyStore,
  ) {
    super(ctx, 'Properties');
  }

  private self(): Properties {
    return asProperties(this);
  }

  /** Applies changes only if the result fits the quotas, so a failed write changes nothing. */
  private write(entries: Array<[string, string]>, replaceAll: boolean): void {
    for (const [, value] of entries) {
      if (bytes(value) > PROPERTY_VALUE_LIMIT_BYTES)
        throw new EmuException(messages.argumentTooLarge('value'));
    }
    const next = new Map(replaceAll ? [] : this.store.values);
    for (const [key, value] of entries) next.set(key, value);
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > PROPERTY_STORE_LIMIT_BYTES) throw new EmuException(messages.propertyQuota);
    if (replaceAll) this.store.values.clear();
    for (const [key, value] of entries) this.store.values.set(key, value);
  }

  getProperty(key: string): string | null {
    this.track('getProperty');
    return this.store.values.get(String(key)) ?? null;
  }

  /** Values are stored as strings, whatever was passed (String(42) === '42'). */
  setProperty(key: string, value: string): Properties {
    this.track('setProperty');
    this.write([[String(key), String(value)]], false);
    return this.self();
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    this.track('setProperties');
    const entries = Object.entries(properties).map(([key, value]): [string, string] => [key, String(value)]);
    this.write(entries, deleteAllOthers);
    return this.self();
  }

  getProperties(): Record<string, string> {
    this.track('getProperties');
    return Object.fromEntries(this.store.values);
  }

  getKeys(): string[] {
    this.track('getKeys');
    return [...this.store.values.keys()];
  }

  deleteProperty(key: string): Properties {
    this.track('deleteProperty');
    this.store.values.delete(String(key));
    return this.self();
  }

  deleteAllProperties(): Properties {
    this.track('deleteAllProperties');
    this.store.values.clear();
    return this.self();
  }
}

export class EmuPropertiesService
  extends EmuService
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
    >
{
  constructor(
    ctx: EmuContext,
    private readonly stores: PropertyStores,
  ) {
    super(ctx, 'PropertiesService');
  }

  getDocumentProperties(): Properties {
    this.track('getDocumentProperties');
    return asProperties(new EmuProperties(this.ctx, this.stores.document));
  }

  getUserProperties(): Properties {
    this.track('getUserProperties');
    return asProperties(new EmuProperties(this.ctx, this.stores.user));
  }

  getScriptProperties(): Properties {
    this.track('getScriptProperties');
    return asProperties(new EmuProperties(this.ctx, this.stores.script));
  }
}
