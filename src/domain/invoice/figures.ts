// An invoice's figures: net, VAT and gross per rate (D 18-21), deducted down payments, due and open amounts.
import type { Cents } from '../money';
import { computeTotals } from '../quote/totals';
import type { Deduction, Invoice, InvoiceFigures, RateAmount, TaxTreatment } from './invoice';

/** Kleinunternehmer and reverse charge invoices carry no VAT amount (A 3, A 4); each position keeps its rate. */
export function chargesVat(treatment: TaxTreatment): boolean {
  return treatment === 'regular';
}

/** A deduction as gross: the sum of its net and VAT over all rates. */
export function deductionGross(deduction: Deduction): Cents {
  return deduction.rates.reduce((sum, r) => sum + r.net + r.vat, 0);
}

/** Turns -0 into 0, so that negated figures compare and print cleanly. */
const plain = (cents: Cents): Cents => cents + 0;

export function invoiceFigures(invoice: Invoice): InvoiceFigures {
  const totals = computeTotals(invoice.positions, {
    discountBp: invoice.discountBp,
    vatMode: chargesVat(invoice.treatment) ? 'regular' : 'smallBusiness',
  });
  const rates: RateAmount[] = totals.rates.map((r) => ({
    rate: r.rate,
    net: plain(r.netAfterDiscount),
    vat: plain(r.vat),
  }));
  const deducted = plain(invoice.deductions.reduce((sum, d) => sum + deductionGross(d), 0));
  const due = plain(totals.gross - deducted);
  // A cancellation (negative) is never open; what a positive invoice still lacks is due less paid.
  const open =
    invoice.type === 'cancellation' || due <= 0
      ? 0
      : Math.max(0, due - invoice.paidCents - invoice.skontoCents);
  return {
    rates,
    net: plain(totals.netAfterDiscount),
    vat: plain(totals.vat),
    gross: plain(totals.gross),
    deducted,
    due,
    open,
  };
}
