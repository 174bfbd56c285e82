// Test-data builders for quotes: positions with sensible defaults, the E1 example, editor input.
import type { PositionFields, QuoteDraftFields } from '../../src/domain/quote/draft';
import type { Position } from '../../src/domain/quote/position';

let counter = 0;

/** quantity and price in everyday units: aPosition({ qty: 12, price: 95 }) is 12 h at 95.00 €. */
export function aPosition(
  values: Partial<Omit<Position, 'quantity' | 'unitPrice'>> & { qty?: number; price?: number } = {},
): Position {
  const { qty = 1, price = 100, ...rest } = values;
  counter += 1;
  return {
    id: `p${counter}`,
    kind: 'item',
    service: '',
    description: `Leistung ${counter}`,
    quantity: Math.round(qty * 1000),
    unit: 'hour',
    unitPrice: Math.round(price * 10_000),
    vatRate: 19,
    discountBp: 0,
    optional: false,
    unitCost: 0,
    ...rest,
  };
}

/** shared/domain/invoicing-de.md E1. */
export function e1Positions(): Position[] {
  return [
    aPosition({ id: 'design', qty: 12, price: 95 }),
    aPosition({ id: 'concept', qty: 1, price: 2400, unit: 'lumpSum' }),
    aPosition({ id: 'dev', qty: 7.5, price: 88 }),
    aPosition({ id: 'rights', qty: 1, price: 1500, vatRate: 7, unit: 'lumpSum' }),
    aPosition({ id: 'option', qty: 1, price: 800, optional: true, unit: 'lumpSum' }),
  ];
}

export function aPositionInput(values: Partial<PositionFields> = {}): PositionFields {
  counter += 1;
  return {
    id: `in${counter}`,
    kind: 'item',
    service: '',
    description: 'Gestaltung',
    quantity: '1',
    unit: 'hour',
    unitPrice: '95,00',
    vatRate: '19',
    discount: '',
    optional: false,
    unitCost: '',
    ...values,
  };
}

export function aDraftInput(values: Partial<QuoteDraftFields> = {}): QuoteDraftFields {
  return {
    date: '2026-06-15',
    validUntil: '2026-07-15',
    title: 'Logo-Überarbeitung',
    intro: 'Vielen Dank für Ihre Anfrage.',
    closing: 'Wir freuen uns auf die Zusammenarbeit.',
    paymentTerms: 'Zahlbar innerhalb von 14 Tagen ohne Abzug.',
    discount: '',
    usageRights: null,
    positions: [aPositionInput()],
    ...values,
  };
}
