// Per-cell formatting as immutable, shared (interned) format objects.

// Formatting a column of 50,000 cells thus stores 50,000 references to one object, not 50,000 objects.

export interface CellFormat {
  readonly numberFormat?: string;
  readonly background?: string;
  readonly fontColor?: string;
  readonly fontWeight?: 'bold' | 'normal';
  readonly horizontalAlignment?: string;
  readonly wrap?: boolean;
}

export type FormatKey = keyof CellFormat;

/** What the real getters return for a cell nobody formatted. */
export const FORMAT_DEFAULTS: Required<CellFormat> = {
  numberFormat: '0.###############',
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  horizontalAlignment: 'general',
  wrap: false,
};

const EMPTY: CellFormat = Object.freeze({});
const transitions = new WeakMap<CellFormat, Map<string, CellFormat | undefined>>();

/** The shared format equal to `base` with one property replaced (undefined removes it). */
export function withFormat<K extends FormatKey>(
  base: CellFormat | undefined,
  key: K,
  value: CellFormat[K] | undefined,
): CellFormat | undefined {
  const from = base ?? EMPTY;
  let cache = transitions.get(from);
  if (!cache) {
    cache = new Map();
    transitions.set(from, cache);
  }
  const transitionKey = `${key}\u0000${String(value)}`;
  if (cache.has(transitionKey)) return cache.get(transitionKey);
  const next: Record<string, unknown> = { ...from };
  if (value === undefined) delete next[key];
  else next[key] = value;
  const result = Object.keys(next).length === 0 ? undefined : Object.freeze(next as CellFormat);
  cache.set(transitionKey, result);
  return result;
}

export function formatValue<K extends FormatKey>(
  format: CellFormat | undefined,
  key: K,
): Required<CellFormat>[K] {
  return (format?.[key] ?? FORMAT_DEFAULTS[key]) as Required<CellFormat>[K];
}

/** Sheets reports colours as lower-case #rrggbb; null or '' resets to the default. */
export function normalizeColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const trimmed = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(trimmed);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return trimmed;
}
