import { confirmedPositions, optionsNotTaken } from '../../../src/domain/quote/confirmation';
import {
  currentQuote,
  isExpired,
  isQuotePattern,
  type Quote,
  quoteNumber,
} from '../../../src/domain/quote/quote';
import { compareVersions, isUnchanged } from '../../../src/domain/quote/revision';
import { aPosition, e1Positions } from '../../mothers/quoteMother';

function aQuote(values: Partial<Quote> = {}): Quote {
  return {
    number: 'A-2026-0001-1',
    orderNo: '2026-0001',
    version: 1,
    status: 'sent',
    date: '2026-06-15',
    validUntil: '2026-07-15',
    title: 'Logo',
    intro: '',
    closing: '',
    paymentTerms: '',
    discountBp: 0,
    usageRights: null,
    positions: e1Positions(),
    changeSummary: '',
    acceptance: null,
    declineReason: '',
    docUrl: '',
    pdfUrl: '',
    ...values,
  };
}

describe('versions', () => {
  it('lists added, removed and changed positions', () => {
    const p = (id: string, values: Parameters<typeof aPosition>[0] = {}) =>
      aPosition({ id, description: id, ...values });
    const before = [p('a', { qty: 1 }), p('b', { price: 50 }), p('c')];
    const after = [p('a', { qty: 2 }), p('b', { price: 60 }), p('d')];
    const r = compareVersions(before, after, 100, 200);
    expect(r.added.map((p) => p.id)).toEqual(['d']);
    expect(r.removed.map((p) => p.id)).toEqual(['c']);
    expect(r.changed).toEqual([
      expect.objectContaining({ id: 'a', quantity: { before: 1000, after: 2000 }, other: false }),
      expect.objectContaining({ id: 'b', unitPrice: { before: 500_000, after: 600_000 }, other: false }),
    ]);
    expect(isUnchanged(r)).toBe(false);
    expect(isUnchanged(compareVersions(before, before, 1, 1))).toBe(true);
  });

  it('the current version is the newest not superseded', () => {
    const quotes = [aQuote({ version: 1, status: 'superseded' }), aQuote({ version: 2, status: 'draft' })];
    expect(currentQuote(quotes, '2026-0001')?.version).toBe(2);
    expect(currentQuote(quotes, '2026-0002')).toBeNull();
  });

  it('numbers follow the pattern; a quote past valid-until is flagged until answered', () => {
    expect(quoteNumber('A-{order}-{version}', '2026-0042', 2)).toBe('A-2026-0042-2');
    expect(isQuotePattern('A-{order}-{version}')).toBe(true);
    expect(isQuotePattern('A-{order}')).toBe(false);
    expect(isExpired(aQuote({ validUntil: '2026-07-15' }), '2026-07-16')).toBe(true);
    expect(isExpired(aQuote({ validUntil: '2026-07-15' }), '2026-07-15')).toBe(false);
    expect(isExpired(aQuote({ validUntil: '2026-07-15', status: 'accepted' }), '2026-08-01')).toBe(false);
  });
});

describe('confirmation positions', () => {
  it('takes accepted options in (as ordinary positions) and leaves the rest out', () => {
    const quote = aQuote({
      status: 'accepted',
      acceptance: { date: '2026-06-20', by: 'M. Schön', reference: 'PO-7', options: ['option'] },
    });
    const positions = confirmedPositions(quote);
    expect(positions.map((p) => p.id)).toEqual(['design', 'concept', 'dev', 'rights', 'option']);
    expect(positions.every((p) => !p.optional)).toBe(true);
    expect(optionsNotTaken(quote)).toEqual([]);
    const without = aQuote({
      status: 'accepted',
      acceptance: { date: '2026-06-20', by: '', reference: '', options: [] },
    });
    expect(confirmedPositions(without).map((p) => p.id)).not.toContain('option');
    expect(optionsNotTaken(without).map((p) => p.id)).toEqual(['option']);
  });
});
