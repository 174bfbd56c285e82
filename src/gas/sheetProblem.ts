// SheetProblem: the register itself is not as the add-on needs it (sheet or column missing, bad cell).
import type { MessageKey, MessageParams } from '../shared/i18n';
import { columnLabelKey, type TableDef } from './schema';

export class SheetProblem extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, table: TableDef, column: string | null, extra: MessageParams = {}) {
    super(key);
    this.name = 'SheetProblem';
    this.key = key;
    this.params = {
      sheet: { ref: table.sheet },
      ...(column ? { column: { ref: columnLabelKey(table.key, column) } } : {}),
      ...extra,
    };
  }
}
