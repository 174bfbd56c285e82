import { parseStatement } from '../../../src/domain/bank/statement';
import { isValidRfReference } from '../../../src/domain/epc/payload';
import { parsed, parseFixture } from './fixtures';

describe('camt.053.001.02 (camt053-v02.xml)', () => {
  const result = parsed(parseFixture('camt053-v02.xml'));

  it('names the statement account', () => {
    expect(result.format).toBe('camt053');
    expect(result.accountIban).toBe('DE89370400440532013000');
  });

  it('reads each booked credit entry and splits the batch entry into its transactions', () => {
    expect(result.transactions).toEqual([
      {
        id: 'bank:2026061600012345',
        bookingDate: '2026-06-16',
        amountCents: 119000,
        currency: 'EUR',
        payer: 'Müller & Söhne Bäckerei GmbH',
        payerIban: 'DE02120300000000202051',
        text: 'RE-2026-0042 Kundennr. 1001',
        reference: '',
        line: 1,
      },
      {
        id: 'bank:2026061600012347/1',
        bookingDate: '2026-06-16',
        amountCents: 47600,
        currency: 'EUR',
        payer: 'Café Übersee GmbH',
        payerIban: 'DE12500105170648489890',
        text: 'RE-2026-0043 Logo-Überarbeitung',
        reference: '',
        line: 3,
      },
      {
        id: 'bank:2026061600012347/2',
        bookingDate: '2026-06-16',
        amountCents: 59500,
        currency: 'EUR',
        payer: 'Schäfer Möbelwerkstätten GmbH',
        payerIban: 'DE27100777770209299700',
        text: 'RE-2026-0046 Messestand',
        reference: '',
        line: 3,
      },
      {
        id: 'bank:2026061600012348',
        bookingDate: '2026-06-16',
        amountCents: 238000,
        currency: 'EUR',
        payer: 'Blumenhaus Größlich e.K.',
        payerIban: 'DE02500105170137075030',
        text: '',
        reference: 'RF18539007547034',
        line: 4,
      },
      {
        id: expect.stringMatching(/^fp:[0-9a-f]{32}$/),
        bookingDate: '2026-06-16',
        amountCents: 83300,
        currency: 'EUR',
        payer: 'Jürgen Weiß <Architekten>',
        payerIban: 'DE75512108001245126199',
        text: 'RE-2026-0045 Fotoshooting Bürogebäude Etage 3',
        reference: '',
        line: 5,
      },
    ]);
    expect(isValidRfReference(result.transactions[3].reference)).toBe(true);
  });

  it('skips the debit entry and both transactions of the debit batch', () => {
    expect(result.skippedDebits).toBe(3);
  });

  it('lists the pending entry and the entry with an impossible date by entry number', () => {
    expect(result.problems).toEqual([
      { line: 6, reason: 'err.bank.notBooked', params: { status: 'PDNG' } },
      { line: 7, reason: 'err.bank.date', params: { value: '2026-06-31' } },
    ]);
  });

  it('gives the same ids on a re-import', () => {
    expect(parsed(parseFixture('camt053-v02.xml')).transactions.map((t) => t.id)).toEqual(
      result.transactions.map((t) => t.id),
    );
  });
});

describe('camt.053.001.08 (camt053-v08.xml)', () => {
  const result = parsed(parseFixture('camt053-v08.xml'));

  it('reads prefixed elements by local name, Pty names, DtTm booking dates and the TxDtls reference', () => {
    expect(result.accountIban).toBe('DE45120300001234567890');
    expect(result.transactions).toEqual([
      {
        id: 'bank:DB-TX-77001',
        bookingDate: '2026-06-22',
        amountCents: 154700,
        currency: 'EUR',
        payer: 'Brauerei Märzen KG',
        payerIban: 'DE91100000000123456789',
        text: 'RE-2026-0039 Etiketten "Märzen Spezial" <50 %>',
        reference: '',
        line: 1,
      },
      {
        id: 'bank:DB-TX-77002',
        bookingDate: '2026-06-22',
        amountCents: 25000,
        currency: 'CHF',
        payer: 'Grafikbüro Zürich AG',
        payerIban: '',
        text: 'Honorar Juni',
        reference: '',
        line: 2,
      },
    ]);
    expect(result.skippedDebits).toBe(1);
    expect(result.problems).toEqual([]);
  });
});

describe('camt.053 edge cases', () => {
  const camt = (entries: string, iban = 'DE89370400440532013000') =>
    `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Acct><Id><IBAN>${iban}</IBAN></Id></Acct>${entries}</Stmt></BkToCstmrStmt></Document>`;
  const entry = (amount: string, ind: string, inner = '', ref = '') =>
    `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${ind}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-06-16</Dt></BookgDt>${ref ? `<AcctSvcrRef>${ref}</AcctSvcrRef>` : ''}${inner}</Ntry>`;

  it('lists an unreadable amount and a missing credit/debit indicator, reading the rest', () => {
    const result = parsed(
      parseStatement(camt(entry('12,50', 'CRDT') + entry('10.00', '') + entry('5.00', 'CRDT'))),
    );
    expect(result.problems).toEqual([
      { line: 1, reason: 'err.bank.amount', params: { value: '12,50' } },
      { line: 2, reason: 'err.bank.creditDebit', params: { value: '' } },
    ]);
    expect(result.transactions.map((t) => [t.line, t.amountCents])).toEqual([[3, 500]]);
  });

  it('takes a batch without amounts per transaction as one credit of the entry amount', () => {
    const txs = '<NtryDtls><TxDtls><RmtInf><Ustrd>A</Ustrd></RmtInf></TxDtls><TxDtls></TxDtls></NtryDtls>';
    const result = parsed(parseStatement(camt(entry('300.00', 'CRDT', txs, 'REF-9'))));
    expect(result.transactions.map((t) => [t.id, t.amountCents, t.text])).toEqual([
      ['bank:REF-9', 30000, ''],
    ]);
  });

  it('numbers a repeated bank reference so that both transactions keep their own id', () => {
    const result = parsed(
      parseStatement(camt(entry('1.00', 'CRDT', '', 'DUP') + entry('2.00', 'CRDT', '', 'DUP'))),
    );
    expect(result.transactions.map((t) => t.id)).toEqual(['bank:DUP', 'bank:DUP#2']);
  });

  it('gives different fingerprint ids to two identical entries without reference, the same again on re-import', () => {
    const text = camt(entry('50.00', 'CRDT') + entry('50.00', 'CRDT'));
    const ids = parsed(parseStatement(text)).transactions.map((t) => t.id);
    expect(ids[0]).not.toBe(ids[1]);
    expect(parsed(parseStatement(text)).transactions.map((t) => t.id)).toEqual(ids);
    const otherAccount = parsed(
      parseStatement(camt(entry('50.00', 'CRDT') + entry('50.00', 'CRDT'), 'DE02120300000000202051')),
    );
    expect(otherAccount.transactions[0].id).not.toBe(ids[0]);
  });

  it('is unreadable when the XML is not well-formed, naming the line', () => {
    const broken = '<?xml version="1.0"?>\n<Document>\n<BkToCstmrStmt>\n<Stmt></BkToCstmrStmt>\n</Document>';
    expect(parseStatement(broken)).toEqual({
      kind: 'unreadable',
      reason: 'err.bank.xml',
      params: { line: 4 },
    });
  });

  it('is unreadable for another camt message or another XML file', () => {
    expect(parseStatement('<Document><BkToCstmrAcctRpt/></Document>')).toEqual({
      kind: 'unreadable',
      reason: 'err.bank.notCamt053',
      params: { name: 'BkToCstmrAcctRpt' },
    });
    expect(parseStatement('<html><body>Kontoauszug</body></html>')).toEqual({
      kind: 'unreadable',
      reason: 'err.bank.notCamt053',
      params: { name: 'html' },
    });
  });

  it('parses a statement without entries as empty', () => {
    const result = parsed(parseStatement(camt('')));
    expect(result.transactions).toEqual([]);
    expect(result.accountIban).toBe('DE89370400440532013000');
  });
});
