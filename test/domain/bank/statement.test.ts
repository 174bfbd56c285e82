import {
  accountWarning,
  type ColumnMapping,
  csvHeaders,
  decodeStatement,
  formatLabel,
  headerSignature,
  parseStatement,
  type StatementFormat,
} from '../../../src/domain/bank/statement';
import { isMessageKey, t } from '../../../src/shared/i18n';
import { bankDe, bankEn } from '../../../src/shared/i18n/bank';
import { fixtureBytes, parsed, parseFixture, withoutIds } from './fixtures';

const ING_MAPPING: ColumnMapping = {
  date: 'Buchung',
  amount: 'Betrag',
  payer: 'Auftraggeber/Empfänger',
  text: 'Verwendungszweck',
  decimal: ',',
};

describe('an unknown CSV layout (ing-unknown.csv)', () => {
  it('asks for a column mapping, with the header found below the preamble and three sample rows', () => {
    const result = parseFixture('ing-unknown.csv');
    if (result.kind !== 'needsMapping') throw new Error(`expected needsMapping, got ${result.kind}`);
    expect(result.headers).toEqual([
      'Buchung',
      'Wertstellungsdatum',
      'Auftraggeber/Empfänger',
      'Buchungstext',
      'Verwendungszweck',
      'Saldo',
      'Währung',
      'Betrag',
      'Währung',
    ]);
    expect(result.signature).toBe(headerSignature(result.headers));
    const headers = csvHeaders(decodeStatement(fixtureBytes('ing-unknown.csv')));
    expect(headers && headerSignature(headers)).toBe(result.signature);
    expect(result.sample).toHaveLength(3);
    expect(result.sample[0]).toEqual([
      '30.06.2026',
      '30.06.2026',
      'Brauerei Märzen KG',
      'Gutschrift',
      'RE-2026-0050 Etiketten-Design',
      '12.345,67',
      'EUR',
      '2.975,00',
      'EUR',
    ]);
  });

  it('is read through the mapping, the account IBAN taken from the preamble', () => {
    const result = parsed(parseFixture('ing-unknown.csv', ING_MAPPING));
    expect(result.format).toBe('mapped');
    expect(result.accountIban).toBe('DE89370400440532013000');
    expect(withoutIds(result)).toEqual([
      {
        line: 16,
        bookingDate: '2026-06-30',
        amountCents: 297500,
        currency: 'EUR',
        payer: 'Brauerei Märzen KG',
        payerIban: '',
        text: 'RE-2026-0050 Etiketten-Design',
        reference: '',
      },
      {
        line: 18,
        bookingDate: '2026-06-26',
        amountCents: 9900,
        currency: 'EUR',
        payer: 'Café Übersee GmbH',
        payerIban: '',
        text: 'RE-2026-0049 Plakat Sommerfest',
        reference: '',
      },
      {
        line: 19,
        bookingDate: '2026-06-25',
        amountCents: 35700,
        currency: 'EUR',
        payer: 'Gemeinde Bärenfels',
        payerIban: '',
        text: 'RE-2026-0047 Flyer Stadtfest',
        reference: '',
      },
      {
        line: 21,
        bookingDate: '2026-06-23',
        amountCents: 83300,
        currency: 'EUR',
        payer: 'Jürgen Weiß Architekten',
        payerIban: '',
        text: 'RE-2026-0045 Fotoshooting Bürogebäude',
        reference: '',
      },
    ]);
    expect(result.skippedDebits).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it('matches mapped header names regardless of case, quotes and spaces', () => {
    const mapping = { ...ING_MAPPING, date: ' buchung ', payer: 'AUFTRAGGEBER / EMPFÄNGER' };
    expect(parsed(parseFixture('ing-unknown.csv', mapping)).transactions).toHaveLength(4);
  });

  it('lists every amount as unreadable with the wrong decimal separator: the mapping decides, nothing is guessed', () => {
    const result = parsed(parseFixture('ing-unknown.csv', { ...ING_MAPPING, decimal: '.' }));
    expect(result.transactions).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.reason, p.params.value])).toEqual([
      [16, 'err.bank.amount', '2.975,00'],
      [17, 'err.bank.amount', '-39,99'],
      [18, 'err.bank.amount', '99,00'],
      [19, 'err.bank.amount', '357,00'],
      [20, 'err.bank.amount', '-1.000,00'],
      [21, 'err.bank.amount', '833,00'],
    ]);
  });

  it('is unreadable when the mapping names a column the file does not have', () => {
    expect(parseFixture('ing-unknown.csv', { ...ING_MAPPING, iban: 'IBAN Auftraggeber' })).toEqual({
      kind: 'unreadable',
      reason: 'err.bank.mappingColumn',
      params: { column: 'IBAN Auftraggeber' },
    });
    expect(parseFixture('ing-unknown.csv', { ...ING_MAPPING, amount: '' })).toEqual({
      kind: 'unreadable',
      reason: 'err.bank.mappingMissing',
      params: { field: { ref: 'bank.field.amount' } },
    });
  });

  it('reads a simple comma-separated file through a mapping with an IBAN column', () => {
    const text = [
      'Datum,Name,IBAN,Zweck,Betrag',
      '16.06.2026,Müller & Söhne,DE02 1203 0000 0000 2020 51,"RE-2026-0042, Teil 1",+12.00',
      '17.06.2026,Telekom,,Mobilfunk,-39.99',
    ].join('\n');
    const mapping: ColumnMapping = {
      date: 'Datum',
      amount: 'Betrag',
      payer: 'Name',
      text: 'Zweck',
      iban: 'IBAN',
      decimal: '.',
    };
    expect(parseStatement(text).kind).toBe('needsMapping');
    const result = parsed(parseStatement(text, mapping));
    expect(withoutIds(result)).toEqual([
      {
        line: 2,
        bookingDate: '2026-06-16',
        amountCents: 1200,
        currency: 'EUR',
        payer: 'Müller & Söhne',
        payerIban: 'DE02120300000000202051',
        text: 'RE-2026-0042, Teil 1',
        reference: '',
      },
    ]);
    expect(result.accountIban).toBe('');
  });

  it('ignores a mapping for a file in a known layout', () => {
    const withMapping = parseFixture('sparkasse-camt.csv', { ...ING_MAPPING, date: 'gibt es nicht' });
    expect(parsed(withMapping)).toEqual(parsed(parseFixture('sparkasse-camt.csv')));
  });
});

describe('headerSignature and csvHeaders', () => {
  it('is stable across quoting, case, a BOM and spacing, and differs for other headers', () => {
    const sig = headerSignature(['Buchung', 'Betrag', 'Währung']);
    expect(sig).toMatch(/^csv:[0-9a-f]{16}$/);
    expect(headerSignature(['\ufeff"buchung"', ' BETRAG ', 'Währung'])).toBe(sig);
    expect(headerSignature(['Buchung', 'Betrag'])).not.toBe(sig);
    expect(headerSignature(['Betrag', 'Buchung', 'Währung'])).not.toBe(sig);
  });

  it('gives the header row the parser reads by', () => {
    expect(csvHeaders('\ufeff"Datum";"Betrag"\n1;2')).toEqual(['Datum', 'Betrag']);
    expect(csvHeaders(decodeStatement(fixtureBytes('deutsche-bank.csv')))?.slice(0, 3)).toEqual([
      'Buchungstag',
      'Wert',
      'Umsatzart',
    ]);
    expect(csvHeaders('<Document/>')).toBeNull();
    expect(csvHeaders('nur eine Spalte')).toBeNull();
  });
});

describe('parseStatement on files that are no statement', () => {
  it.each([
    ['an empty file', ''],
    ['only whitespace and a BOM', '\ufeff \r\n\t\n'],
  ])('says %s is empty', (_name, text) => {
    expect(parseStatement(text)).toEqual({ kind: 'unreadable', reason: 'err.bank.empty', params: {} });
  });

  it.each([
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj'],
    ['a spreadsheet (zip)', 'PK\u0003\u0004\u0014\u0000\u0006\u0000'],
    ['binary noise', '\u0001\u0002\u0003abc\u0000\u0000;\u0007'.repeat(20)],
    ['a text without delimiters', 'Kontoauszug Juni\nbitte CSV exportieren'],
  ])('refuses %s as unknown', (_name, text) => {
    expect(parseStatement(text)).toEqual({ kind: 'unreadable', reason: 'err.bank.unknownFile', params: {} });
  });

  it('warns once about replacement characters (text decoded with the wrong encoding) but still reads', () => {
    const text = decodeStatement(fixtureBytes('sparkasse-camt.csv')).replace(/Müller/g, 'M\ufffdller');
    const result = parsed(parseStatement(text));
    expect(result.problems[0]).toEqual({ line: 0, reason: 'err.bank.encoding', params: {} });
    expect(result.transactions[0].payer).toBe('M\ufffdller & Söhne Bäckerei GmbH');
  });

  it('reports a row with a different number of fields and reads on; extra empty fields at the end are fine', () => {
    const text = [
      '"Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)"',
      '2026-06-16,2026-06-16,A,,Income,x,Hauptkonto,10.00',
      '2026-06-16,2026-06-16,B,,Income,x,Hauptkonto',
      '2026-06-16,2026-06-16,C,,Income,x,Hauptkonto,30.00,,',
      ',,,,,,,',
    ].join('\n');
    const result = parsed(parseStatement(text));
    expect(result.transactions.map((t) => t.payer)).toEqual(['A', 'C']);
    expect(result.problems).toEqual([
      { line: 3, reason: 'err.bank.columns', params: { expected: 8, found: 7 } },
    ]);
  });

  it('accepts rows without the empty trailing header cell a trailing delimiter makes', () => {
    const text =
      '"Booking Date";"Partner Name";"Amount (EUR)";\n2026-06-16;A;10.00\n2026-06-17;B;20.00;\n2026-06-18;C\n';
    const result = parsed(parseStatement(text));
    expect(result.transactions.map((t) => t.payer)).toEqual(['A', 'B']);
    expect(result.problems).toEqual([
      { line: 4, reason: 'err.bank.columns', params: { expected: 3, found: 2 } },
    ]);
  });

  it('reports a credit without a booking date', () => {
    const text = '"Booking Date","Partner Name","Amount (EUR)"\n,A,10.00\n2026-06-17,B,-5.00';
    const result = parsed(parseStatement(text));
    expect(result.problems).toEqual([{ line: 2, reason: 'err.bank.dateMissing', params: { value: '' } }]);
    expect(result.skippedDebits).toBe(1);
  });
});

describe('accountWarning', () => {
  it('warns when the statement names another account than the agency', () => {
    expect(accountWarning('DE02120300000000202051', 'DE89 3704 0044 0532 0130 00')).toEqual({
      line: 0,
      reason: 'err.bank.otherAccount',
      params: { iban: 'DE02120300000000202051', own: 'DE89370400440532013000' },
    });
  });

  it('says nothing for the same account (spaces and case aside) or when either side is unknown', () => {
    expect(accountWarning('de89 3704 0044 0532 0130 00', 'DE89370400440532013000')).toBeNull();
    expect(accountWarning('', 'DE89370400440532013000')).toBeNull();
    expect(accountWarning('DE89370400440532013000', '')).toBeNull();
  });

  it('compares what parseStatement extracts', () => {
    const result = parsed(parseFixture('camt053-v08.xml'));
    expect(accountWarning(result.accountIban, 'DE89370400440532013000')?.params.iban).toBe(
      'DE45120300001234567890',
    );
  });
});

describe('the bank message catalogue', () => {
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

  it('has the same keys in German and English, each with the same placeholders', () => {
    expect(Object.keys(bankEn).sort()).toEqual(Object.keys(bankDe).sort());
    for (const key of Object.keys(bankDe) as (keyof typeof bankDe)[]) {
      expect([key, placeholders(bankEn[key])]).toEqual([key, placeholders(bankDe[key])]);
      expect(key).toMatch(/^(err\.)?bank\./);
    }
  });

  it('writes German quotes „…“ and no English straight quotes in the German texts', () => {
    for (const text of Object.values(bankDe)) expect(text).not.toMatch(/"/);
    expect(bankDe['err.bank.amount']).toBe('„{value}“ ist kein gültiger Betrag.');
  });

  it('knows every reason the parser gives, and the format labels', () => {
    const reasons = [
      'err.bank.empty',
      'err.bank.unknownFile',
      'err.bank.base64',
      'err.bank.xml',
      'err.bank.notCamt053',
      'err.bank.mappingColumn',
      'err.bank.mappingMissing',
      'err.bank.encoding',
      'err.bank.quote',
      'err.bank.columns',
      'err.bank.amount',
      'err.bank.amountMissing',
      'err.bank.date',
      'err.bank.dateMissing',
      'err.bank.creditDebit',
      'err.bank.notBooked',
      'err.bank.otherAccount',
    ];
    for (const key of reasons) expect(isMessageKey(key)).toBe(true);
    const formats: StatementFormat[] = ['sparkasseCamt', 'deutscheBank', 'n26', 'qonto', 'mapped', 'camt053'];
    expect(formats.map((f) => t('de', formatLabel(f)))).toEqual([
      'Sparkasse/Volksbank (CSV-CAMT)',
      'Deutsche Bank/Postbank (CSV)',
      'N26 (CSV)',
      'Qonto (CSV)',
      'CSV mit eigener Spaltenzuordnung',
      'camt.053 (XML)',
    ]);
  });

  it('renders a problem with its parameters, a field name by reference', () => {
    expect(t('de', 'err.bank.date', { value: '31.02.2026' })).toBe('„31.02.2026“ ist kein gültiges Datum.');
    expect(t('en', 'err.bank.mappingMissing', { field: { ref: 'bank.field.amount' } })).toBe(
      'The column mapping has no column for "Amount".',
    );
  });
});

describe('performance', () => {
  const text = decodeStatement(fixtureBytes('sparkasse-camt.csv'));
  const [header, ...rows] = text.trimEnd().split('\r\n');
  const body = rows.filter((r) => !r.includes('\n') && !r.includes('vorgemerkt'));
  const statement = (n: number) =>
    [header, ...Array.from({ length: n }, (_, i) => body[i % body.length].replace('RE', `RE-${i}`))].join(
      '\r\n',
    );

  it('parses 500 rows in a few milliseconds and 10,000 rows well under a second, every row read', () => {
    const small = statement(500);
    parseStatement(small);
    const t0 = performance.now();
    const r500 = parsed(parseStatement(small));
    const t1 = performance.now();
    const r10k = parsed(parseStatement(statement(10_000)));
    const t2 = performance.now();
    expect(r500.transactions.length + r500.skippedDebits).toBe(500);
    expect(r10k.transactions.length + r10k.skippedDebits).toBe(10_000);
    expect(new Set(r10k.transactions.map((x) => x.id)).size).toBe(r10k.transactions.length);
    expect(t1 - t0).toBeLessThan(50);
    expect(t2 - t1).toBeLessThan(1000);
  });
});
