import { DomainError } from '../../../src/domain/errors';
import { assertInvoiceNumber, nextInvoiceNumber } from '../../../src/domain/invoice/number';

// numbering.test.ts already holds E4's sequence and range rules for patterns; these hold the invoice number itself.
function keyOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.key;
    throw e;
  }
  return 'accepted';
}

const existing = ['RE-2025-0041', 'RE-2025-0042', 'RE-2024-0007'];

describe('invoice numbers (section B 8-9)', () => {
  it('E4: after RE-2025-0041 comes RE-2025-0042, RE-2026-0001 starts a new year', () => {
    expect(nextInvoiceNumber('RE-{YYYY}-{####}', '2025-11-30', ['RE-2025-0041'], 0).number).toBe(
      'RE-2025-0042',
    );
    expect(nextInvoiceNumber('RE-{YYYY}-{####}', '2026-01-02', existing, 0)).toEqual({
      number: 'RE-2026-0001',
      seq: 1,
      range: 'RE-2026-{#}',
    });
    expect(assertInvoiceNumber('RE-2026-0001', existing)).toBe('RE-2026-0001');
  });

  it('E4: a second "re-2025-0042 " is a duplicate (trimmed, case-insensitive)', () => {
    expect(keyOf(() => assertInvoiceNumber('re-2025-0042 ', existing))).toBe('err.invoice.numberDuplicate');
    expect(keyOf(() => assertInvoiceNumber('RE-2025-0042', [' re-2025-0042']))).toBe(
      'err.invoice.numberDuplicate',
    );
  });

  it('B9: unique across ranges and years, not only within one range', () => {
    expect(keyOf(() => assertInvoiceNumber('RE-2024-0007', existing))).toBe('err.invoice.numberDuplicate');
    expect(keyOf(() => assertInvoiceNumber('RE-2024-0008', existing))).toBe('accepted');
  });

  it('E4: "RE 2025/42#" is refused; only A-Z, digits and -/_. pass', () => {
    expect(keyOf(() => assertInvoiceNumber('RE 2025/42#', existing))).toBe('err.invoice.numberChars');
    expect(keyOf(() => assertInvoiceNumber('RE-2025-ÄÖ1', existing))).toBe('err.invoice.numberChars');
    expect(keyOf(() => assertInvoiceNumber('re_2025/42.a-b', existing))).toBe('accepted');
  });

  it('B9: at most 35 characters', () => {
    expect(keyOf(() => assertInvoiceNumber('R'.repeat(35), []))).toBe('accepted');
    expect(keyOf(() => assertInvoiceNumber('R'.repeat(36), []))).toBe('err.invoice.numberTooLong');
  });

  it('refuses an empty number', () => {
    expect(keyOf(() => assertInvoiceNumber('  ', []))).toBe('err.invoice.numberEmpty');
  });
});
