import { changeStage } from '../../src/app/changeStage';
import { createConfirmation } from '../../src/app/confirmOrder';
import { acceptQuote, declineQuote } from '../../src/app/quoteAnswer';
import { createQuoteDocument, shareQuote } from '../../src/app/quoteDocument';
import { loadQuoteEditor, saveQuote } from '../../src/app/quoteEditor';
import { DomainError, DomainErrors } from '../../src/domain/errors';
import { aClient, anOrder } from '../mothers/orderMother';
import { aDraftInput, aPositionInput } from '../mothers/quoteMother';
import { FakeDocuments } from '../support/fakeDocuments';
import { fixedEnvironment, MemoryRegister } from '../support/memoryRegister';

const env = fixedEnvironment();

function setup() {
  const register = new MemoryRegister(
    [anOrder({ number: '2026-0001', client: 'Bäckerei Sonnenschein GmbH' })],
    [aClient()],
  );
  return { register, docs: new FakeDocuments() };
}

const e1 = () =>
  aDraftInput({
    discount: '5',
    positions: [
      aPositionInput({ id: 'design', quantity: '12', unitPrice: '95' }),
      aPositionInput({ id: 'concept', quantity: '1', unit: 'lumpSum', unitPrice: '2.400' }),
      aPositionInput({ id: 'dev', quantity: '7,5', unitPrice: '88' }),
      aPositionInput({ id: 'rights', quantity: '1', unit: 'lumpSum', unitPrice: '1.500', vatRate: '7' }),
      aPositionInput({ id: 'option', quantity: '1', unit: 'lumpSum', unitPrice: '800', optional: true }),
    ],
  });

describe('quote flow on the register', () => {
  it('opens an empty editor with defaults, then saves version 1 and moves the order to Quote', () => {
    const { register } = setup();
    const editor = loadQuoteEditor(register, env, { orderNo: '2026-0001' });
    expect(editor.base).toBeNull();
    expect(editor.draft).toMatchObject({ date: '2026-06-15', validUntil: '2026-07-15', positions: [] });
    expect(editor.draft.paymentTerms).toContain('14 Tagen');
    const saved = saveQuote(register, env, { orderNo: '2026-0001', baseNumber: '', draft: e1() });
    expect(saved.base).toMatchObject({
      number: 'A-2026-0001-1',
      version: 1,
      status: 'draft',
      grossCents: 627285,
    });
    const order = register.orders[0].order;
    expect(order.stage).toBe('quote');
    expect(order.documents).toMatchObject({ quote: 'A-2026-0001-1', quoteTotal: 627285 });
    expect(register.log.map((l) => l.action)).toEqual(['saveQuote', 'changeStage']);
  });

  it('edits a draft in place, but a sent quote only through version 2 with a change summary', () => {
    const { register, docs } = setup();
    saveQuote(register, env, { orderNo: '2026-0001', baseNumber: '', draft: e1() });
    const edited = e1();
    edited.positions[0].quantity = '10';
    saveQuote(register, env, { orderNo: '2026-0001', baseNumber: 'A-2026-0001-1', draft: edited });
    expect(register.quotes).toHaveLength(1);
    createQuoteDocument(register, env, docs, { number: 'A-2026-0001-1' });
    expect(register.quotes[0].status).toBe('sent');
    const v2 = e1();
    v2.positions[0].quantity = '14';
    v2.positions.push(
      aPositionInput({ id: 'extra', description: 'Animation', quantity: '2', unitPrice: '100' }),
    );
    const saved = saveQuote(register, env, { orderNo: '2026-0001', baseNumber: 'A-2026-0001-1', draft: v2 });
    expect(saved.base).toMatchObject({ number: 'A-2026-0001-2', version: 2, status: 'draft' });
    expect(saved.versions.map((v) => [v.number, v.status])).toEqual([
      ['A-2026-0001-1', 'superseded'],
      ['A-2026-0001-2', 'draft'],
    ]);
    const summary = register.quotes.find((q) => q.version === 2)?.changeSummary ?? '';
    expect(summary).toContain('1 Position(en) neu: Animation');
    expect(summary).toContain('Gestaltung: Menge 10 → 14');
    expect(summary).toMatch(/Summe .* € → .* €/);
  });

  it('refuses a stale editor and bad input, writing nothing', () => {
    const { register } = setup();
    saveQuote(register, env, { orderNo: '2026-0001', baseNumber: '', draft: e1() });
    const commits = register.commits;
    expect(() => saveQuote(register, env, { orderNo: '2026-0001', baseNumber: '', draft: e1() })).toThrow(
      DomainError,
    );
    const bad = aDraftInput({
      validUntil: '2026-01-01',
      positions: [aPositionInput({ unitPrice: '1,23456' })],
    });
    expect(() =>
      saveQuote(register, env, { orderNo: '2026-0001', baseNumber: 'A-2026-0001-1', draft: bad }),
    ).toThrow(DomainErrors);
    expect(register.commits).toBe(commits);
  });

  it('makes a document once: a second click returns the linked one', () => {
    const { register, docs } = setup();
    saveQuote(register, env, { orderNo: '2026-0001', baseNumber: '', draft: e1() });
    const first = createQuoteDocument(register, env, docs, { number: 'A-2026-0001-1' });
    const again = createQuoteDocument(register, env, docs, { number: 'A-2026-0001-1' });
    expect(again.docUrl).toBe(first.docUrl);
    expect(docs.requests).toHaveLength(1);
    expect(docs.requests[0]).toMatchObject({ kind: 'quote', lang: 'de' });
    expect(docs.requests[0].data.values['totals.gross']).toBe('6.272,85 €');
    expect(register.orders[0].order.documents.quoteDoc).toBe(first.docUrl);
  });

  it('accepts with one option: Ordered; the confirmation has it; Confirmed only with the document', () => {
    const { register, docs } = setup();
    saveQuote(register, env, { orderNo: '2026-0001', baseNumber: '', draft: e1() });
    expect(() =>
      acceptQuote(register, env, { number: 'A-2026-0001-1', date: '', by: '', reference: '', options: [] }),
    ).toThrow(DomainError);
    createQuoteDocument(register, env, docs, { number: 'A-2026-0001-1' });
    expect(() =>
      acceptQuote(register, env, {
        number: 'A-2026-0001-1',
        date: '',
        by: '',
        reference: '',
        options: ['design'],
      }),
    ).toThrow(DomainError);
    const order = acceptQuote(register, env, {
      number: 'A-2026-0001-1',
      date: '20.06.2026',
      by: 'Erika Muster',
      reference: 'PO-4711',
      options: ['option'],
    });
    expect(order.stage).toBe('ordered');
    expect(order.quote).toMatchObject({
      status: 'accepted',
      acceptedOptions: ['option'],
      clientReference: 'PO-4711',
    });
    expect(register.orders[0].order.documents.quoteTotal).toBe(475_000 + 90_250 + 142_500 + 9_975);
    expect(() =>
      changeStage(register, env, { orderNo: '2026-0001', target: 'confirmed', reason: '' }),
    ).toThrow(expect.objectContaining({ key: 'err.gate.confirmation' }));
    const confirmed = createConfirmation(register, env, docs, {
      orderNo: '2026-0001',
      deadline: '2026-09-30',
      milestones: [
        { date: '2026-08-01', label: 'Entwürfe' },
        { date: '2026-07-01', label: 'Kick-off' },
      ],
      deviationNote: '',
    });
    expect(confirmed.stage).toBe('confirmed');
    expect(confirmed.confirmation).toMatchObject({ number: 'AB-2026-0001', quoteNumber: 'A-2026-0001-1' });
    const request = docs.requests[1];
    expect(request.kind).toBe('confirmation');
    expect(request.data.rows.pos.map((r) => r['pos.description'])).toContain('Gestaltung');
    expect(request.data.rows.pos.some((r) => r['pos.description']?.startsWith('Optional'))).toBe(false);
    expect(request.data.rows.ms.map((r) => r['ms.label'])).toEqual(['Kick-off', 'Entwürfe']);
    expect(request.data.values['confirmation.clientReference']).toBe('PO-4711');
  });

  it('a declined quote can be lost, or revised into a new version', () => {
    const { register, docs } = setup();
    saveQuote(register, env, { orderNo: '2026-0001', baseNumber: '', draft: e1() });
    createQuoteDocument(register, env, docs, { number: 'A-2026-0001-1' });
    const declined = declineQuote(register, env, {
      number: 'A-2026-0001-1',
      reason: 'Zu teuer',
      lost: false,
    });
    expect(declined.quote?.status).toBe('declined');
    expect(declined.stage).toBe('quote');
    const again = saveQuote(register, env, {
      orderNo: '2026-0001',
      baseNumber: 'A-2026-0001-1',
      draft: e1(),
    });
    expect(again.base?.version).toBe(2);
    expect(register.quotes.find((q) => q.version === 1)?.status).toBe('declined');
  });

  it('shares the documents with the client e-mail, with or without notification', () => {
    const { register, docs } = setup();
    saveQuote(register, env, { orderNo: '2026-0001', baseNumber: '', draft: e1() });
    expect(() => shareQuote(register, env, docs, { number: 'A-2026-0001-1', notify: true })).toThrow(
      DomainError,
    );
    createQuoteDocument(register, env, docs, { number: 'A-2026-0001-1' });
    const shared = shareQuote(register, env, docs, { number: 'A-2026-0001-1', notify: false });
    expect(shared).toEqual({ number: 'A-2026-0001-1', email: 'erika@sonnenschein.example', notified: false });
    expect(docs.shared[0].urls).toHaveLength(2);
  });
});
