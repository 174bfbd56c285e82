// Positions sheet rows <-> Position: one row per position, keyed by its document's number, in document order.
import {
  PERCENT_DECIMALS,
  type Position,
  type PositionKind,
  PRICE_DECIMALS,
  positionNet,
  QUANTITY_DECIMALS,
  type Unit,
  type VatRate,
} from '../../domain/quote/position';
import type { Lang } from '../../shared/i18n';
import { type CellOut, type CellValue, writeMoney, writeScaled } from '../cells';
import type { ColumnMap } from '../columns';
import { type CellProblem, CellReader } from './cellReader';
import { choiceLabel } from './choices';

export interface PositionRow {
  document: string;
  /** Order within the document as the sheet says (the user may re-number by hand). */
  index: number;
  position: Position;
  row: number;
  problems: CellProblem[];
}

export function readPositionRow(
  cells: readonly CellValue[],
  row: number,
  map: ColumnMap,
  timeZone: string,
): PositionRow {
  const r = new CellReader(cells, map, timeZone);
  const kind = r.choice<PositionKind>('kind', 'positionKind', 'item');
  const position: Position = {
    // A row added by hand in the grid has no id yet: its sheet row keeps it apart.
    id: r.text('id') || `row${row}`,
    kind,
    service: r.text('service'),
    description: r.text('description'),
    quantity: r.scaled('quantity', QUANTITY_DECIMALS),
    unit: kind === 'item' ? r.choice<Unit>('unit', 'unit', 'piece') : 'piece',
    unitPrice: r.scaled('unitPrice', PRICE_DECIMALS),
    vatRate: kind === 'item' ? (Number(r.choice('vatRate', 'vatRate', '19')) as VatRate) : 19,
    discountBp: r.scaled('discount', PERCENT_DECIMALS),
    optional: r.bool('optional'),
    unitCost: r.money('unitCost') ?? 0,
  };
  return { document: r.text('document'), index: r.int('position'), position, row, problems: r.problems };
}

export function positionCells(
  document: string,
  index: number,
  p: Position,
  lang: Lang,
): Record<string, CellOut> {
  const item = p.kind === 'item';
  return {
    document,
    position: index,
    kind: choiceLabel('positionKind', p.kind, lang),
    service: p.service,
    description: p.description,
    quantity: item ? writeScaled(p.quantity, QUANTITY_DECIMALS) : null,
    unit: item ? choiceLabel('unit', p.unit, lang) : null,
    unitPrice: item ? writeScaled(p.unitPrice, PRICE_DECIMALS) : null,
    vatRate: item ? choiceLabel('vatRate', String(p.vatRate), lang) : null,
    discount: item && p.discountBp ? writeScaled(p.discountBp, PERCENT_DECIMALS) : null,
    optional: item ? p.optional : null,
    net: item ? writeMoney(positionNet(p)) : null,
    unitCost: item && p.unitCost ? writeMoney(p.unitCost) : null,
    id: p.id,
  };
}
