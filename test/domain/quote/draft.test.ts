import { DomainErrors } from '../../../src/domain/errors';
import { parseQuoteDraft } from '../../../src/domain/quote/draft';
import { aDraftInput, aPositionInput } from '../../mothers/quoteMother';

function errorsOf(work: () => unknown): Record<string, string> {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainErrors) return Object.fromEntries(error.errors.map((e) => [e.field, e.key]));
    throw error;
  }
  throw new Error('expected errors');
}

describe('reading a quote as typed', () => {
  it('reads German numbers: 7,5 h at 1.250,5 € with 12,5 % off', () => {
    const draft = parseQuoteDraft(
      aDraftInput({
        discount: '5',
        positions: [
          aPositionInput({ quantity: '7,5', unitPrice: '1.250,5', discount: '12,5', unitCost: '40' }),
        ],
      }),
      'de',
    );
    expect(draft.discountBp).toBe(500);
    expect(draft.positions[0]).toMatchObject({
      quantity: 7500,
      unitPrice: 12_505_000,
      discountBp: 1250,
      unitCost: 4000,
    });
  });

  it('reads English numbers and 4-decimal prices', () => {
    const draft = parseQuoteDraft(
      aDraftInput({ positions: [aPositionInput({ quantity: '1,000', unitPrice: '0.1235' })] }),
      'en',
    );
    expect(draft.positions[0]).toMatchObject({ quantity: 1_000_000, unitPrice: 1235 });
  });

  it('names every bad field at once and writes nothing', () => {
    const errors = errorsOf(() =>
      parseQuoteDraft(
        aDraftInput({
          date: '2026-06-15',
          validUntil: '2026-06-01',
          discount: '120',
          positions: [
            aPositionInput({ quantity: '-1' }),
            aPositionInput({ quantity: 'viel', unitPrice: '1,23456' }),
            aPositionInput({ description: '   ', vatRate: '16' }),
            aPositionInput({ unit: 'week' }),
          ],
        }),
        'de',
      ),
    );
    expect(errors).toEqual({
      validUntil: 'err.quote.validBeforeDate',
      discount: 'err.quote.percent',
      'positions.0.quantity': 'err.quote.negative',
      'positions.1.quantity': 'err.quote.quantity',
      'positions.1.unitPrice': 'err.quote.unitPrice',
      'positions.2.description': 'err.required',
      'positions.2.vatRate': 'err.quote.vatRate',
      'positions.3.unit': 'err.invalidChoice',
    });
  });

  it('needs at least one service position; titles need text, subtotals nothing', () => {
    expect(
      errorsOf(() =>
        parseQuoteDraft(
          aDraftInput({ positions: [aPositionInput({ kind: 'title', description: '' })] }),
          'de',
        ),
      ),
    ).toEqual({
      'positions.0.description': 'err.required',
      positions: 'err.quote.noPositions',
    });
    const draft = parseQuoteDraft(
      aDraftInput({
        positions: [aPositionInput(), aPositionInput({ kind: 'subtotal', description: '', quantity: 'x' })],
      }),
      'de',
    );
    expect(draft.positions[1]).toMatchObject({ kind: 'subtotal', quantity: 0 });
  });

  it('refuses a product beyond the money limit and duplicate position ids', () => {
    expect(
      errorsOf(() =>
        parseQuoteDraft(
          aDraftInput({ positions: [aPositionInput({ quantity: '1000000', unitPrice: '9999999' })] }),
          'de',
        ),
      ),
    ).toEqual({
      'positions.0.quantity': 'err.quote.tooLarge',
    });
    const twice = aPositionInput();
    expect(errorsOf(() => parseQuoteDraft(aDraftInput({ positions: [twice, twice] }), 'de'))).toEqual({
      'positions.1': 'err.quote.duplicatePosition',
    });
  });

  it('keeps user text as typed, placeholders and dollar signs included', () => {
    const draft = parseQuoteDraft(
      aDraftInput({ positions: [aPositionInput({ description: '{{client.name}} $1 \\1' })] }),
      'de',
    );
    expect(draft.positions[0].description).toBe('{{client.name}} $1 \\1');
  });
});
