// Log sheet rows: entries appended in the register's language, the last one read back for the hash chain.
import type { LogEntry } from '../../domain/log';
import type { Lang } from '../../shared/i18n';
import type { CellOut, CellValue } from '../cells';
import type { ColumnMap } from '../columns';
import { choiceLabel } from './choices';

export function logCells(entry: LogEntry, lang: Lang): Record<string, CellOut> {
  return {
    at: new Date(entry.at),
    user: entry.user,
    action: choiceLabel('logAction', entry.action, lang),
    orderNo: entry.orderNo,
    oldValue: entry.oldValue,
    newValue: entry.newValue,
    id: entry.id,
    hash: entry.hash,
  };
}

/** Id and hash of the last entry, which the next entry chains onto. */
export function lastLogLink(last: readonly CellValue[] | null, map: ColumnMap): { id: string; hash: string } {
  if (!last) return { id: '', hash: '' };
  const get = (key: string) => String(last[map.get(key) as number] ?? '');
  return { id: get('id'), hash: get('hash') };
}
