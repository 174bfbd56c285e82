// Property-based hardening of documents: whatever a user types into a quote lands in the generated Google Doc
// as that exact text; it never becomes a placeholder, a regular-expression replacement or a second value.
import fc from 'fast-check';
import type { Result } from '../../src/shared/contract';
import type { DocumentDto, QuoteEditorDto } from '../../src/shared/quoteContract';
import { aDraftInput, aPositionInput } from '../mothers/quoteMother';
import { createOrder, ok, setUp } from '../support/scenario';

/** Text that a naive fill would misread: placeholders (known and unknown), replacement patterns, braces. */
const tricky = fc.oneof(
  fc.constantFrom(
    '{{client.name}}',
    '{{ pos.total }}',
    '{{quote.number}}{{quote.number}}',
    '{{unknown.thing}}',
    '{{qr}}',
    '$1',
    '$&',
    "$'",
    '$$',
    '\\1',
    '{{',
    '}}',
    '{{{{client.name}}}}',
  ),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[\r\n\t]/.test(s)),
);

describe('user text in documents', () => {
  it('appears literally in the quote document, for any text in title, description and intro', () => {
    const addOn = setUp();
    const order = createOrder(addOn);
    let base = '';
    let runs = 0;
    fc.assert(
      fc.property(tricky, tricky, tricky, (title, description, intro) => {
        runs += 1;
        const texts = {
          title: `T ${title}`.trim(),
          description: `D ${description}`.trim(),
          intro: `I ${intro}`.trim(),
        };
        const saved = ok(
          addOn.call<Result<QuoteEditorDto>>('quoteSave', {
            orderNo: order.number,
            baseNumber: base,
            draft: aDraftInput({
              title: texts.title,
              intro: texts.intro,
              positions: [aPositionInput({ id: 'a', description: texts.description })],
            }),
          }),
        );
        base = saved.base?.number ?? '';
        const doc = ok(addOn.call<Result<DocumentDto>>('quoteCreateDocument', { number: base }));
        const text = addOn.emulator.documentText(/\/d\/([^/]+)/.exec(doc.docUrl)?.[1] ?? '');
        for (const value of Object.values(texts)) expect(text).toContain(value);
        // Nothing the user typed is reported as an unknown placeholder of the template.
        expect(doc.unknownPlaceholders).toEqual([]);
      }),
      { numRuns: 25, seed: 20261204 },
    );
    expect(runs).toBe(25);
  });
});
