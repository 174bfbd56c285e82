import { decodeStatement, parseStatement } from '../../../src/domain/bank/statement';
import { cp1252, fixtureBytes, parsed, parseFixture, withoutIds } from './fixtures';

const OWN = 'DE89370400440532013000';
const tx = (
  line: number,
  bookingDate: string,
  amountCents: number,
  payer: string,
  payerIban: string,
  text: string,
  currency = 'EUR',
) => ({ line, bookingDate, amountCents, currency, payer, payerIban, text, reference: '' });

describe('Sparkasse CSV-CAMT (sparkasse-camt.csv)', () => {
  const result = parsed(parseFixture('sparkasse-camt.csv'));

  it('is recognised by its header and names the account from "Auftragskonto"', () => {
    expect(result.format).toBe('sparkasseCamt');
    expect(result.accountIban).toBe(OWN);
  });

  it('reads every booked credit exactly, with a quoted line break in the text collapsed', () => {
    expect(withoutIds(result)).toEqual([
      tx(
        2,
        '2026-06-16',
        119000,
        'Müller & Söhne Bäckerei GmbH',
        'DE02120300000000202051',
        'RE-2026-0042 Kundennr. 1001',
      ),
      tx(
        4,
        '2026-06-17',
        47600,
        'Café Übersee GmbH',
        'DE12500105170648489890',
        'Rechnung RE-2026-0043 Logo-Überarbeitung',
      ),
      tx(
        6,
        '2026-06-18',
        238000,
        'Blumenhaus Größlich e.K.',
        'DE02500105170137075030',
        'RE 2026 0044 Anzahlung',
      ),
      tx(
        7,
        '2026-06-18',
        238000,
        'Blumenhaus Größlich e.K.',
        'DE02500105170137075030',
        'RE 2026 0044 Anzahlung',
      ),
      tx(
        9,
        '2026-06-19',
        83300,
        'Jürgen Weiß Architekten',
        'DE75512108001245126199',
        'RE-2026-0045 Fotoshooting Bürogebäude',
      ),
    ]);
  });

  it('skips the three debits and the zero closing entry, and lists the pending credit with its status', () => {
    expect(result.skippedDebits).toBe(4);
    expect(result.problems).toEqual([
      { line: 11, reason: 'err.bank.notBooked', params: { status: 'Umsatz vorgemerkt' } },
    ]);
  });

  it('gives fingerprint ids that repeat on a re-import and differ for two identical transfers', () => {
    const again = parsed(parseFixture('sparkasse-camt.csv'));
    const ids = result.transactions.map((t) => t.id);
    expect(again.transactions.map((t) => t.id)).toEqual(ids);
    expect(ids.every((id) => /^fp:[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[2]).not.toBe(ids[3]);
  });

  it('keeps the ids of the earlier rows when a later export adds rows (overlapping statements)', () => {
    const text = decodeStatement(fixtureBytes('sparkasse-camt.csv'));
    const lines = text.trimEnd().split('\r\n');
    const shorter = parsed(parseStatement(lines.slice(0, 6).join('\r\n')));
    expect(shorter.transactions.map((t) => t.id)).toEqual(result.transactions.slice(0, 3).map((t) => t.id));
  });
});

describe('Volksbank CSV-CAMT in Windows-1252 (volksbank-cp1252.csv)', () => {
  it('is really Windows-1252 on disk (ä = 0xE4, € = 0x80, „ = 0x84), not UTF-8', () => {
    const bytes = fixtureBytes('volksbank-cp1252.csv');
    expect(bytes.includes(0xe4)).toBe(true);
    expect(bytes.includes(0x80)).toBe(true);
    expect(bytes.includes(0x84)).toBe(true);
    expect(bytes.includes(Buffer.from('ä', 'utf8'))).toBe(false);
  });

  it('decodes the umlauts, quotes and euro signs and reads the credits', () => {
    const result = parsed(parseFixture('volksbank-cp1252.csv'));
    expect(result.format).toBe('sparkasseCamt');
    expect(result.accountIban).toBe(OWN);
    expect(withoutIds(result)).toEqual([
      tx(
        2,
        '2026-06-01',
        142800,
        'Gemeinde Bärenfels',
        'DE44500105175407324931',
        'RE-2026-0038 Stadtfest-Plakate Größe A1',
      ),
      tx(
        4,
        '2026-06-03',
        154700,
        'Brauerei Märzen KG',
        'DE91100000000123456789',
        'Rechnung RE-2026-0039 Etiketten „Märzen Spezial“ – 50 % Anzahlung',
      ),
      tx(
        5,
        '2026-06-04',
        11900,
        'Jürgen Weiß Architekten',
        'DE75512108001245126199',
        'RE-2026-0040 Baustellenschild, Kosten 119,00 €',
      ),
      tx(
        7,
        '2026-06-08',
        26180,
        'Café Übersee GmbH',
        'DE12500105170648489890',
        'RE-2026-0041 Speisekarten Süßspeisen',
      ),
    ]);
    expect(result.skippedDebits).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it('gives the same ids as the same statement exported in UTF-8', () => {
    const text = decodeStatement(fixtureBytes('volksbank-cp1252.csv'));
    const fromUtf8 = parsed(parseStatement(decodeStatement(Buffer.from(text, 'utf8'))));
    const fromCp1252 = parsed(parseStatement(decodeStatement(cp1252(text))));
    expect(fromCp1252.transactions).toEqual(fromUtf8.transactions);
    expect(fromUtf8.transactions).toEqual(parsed(parseFixture('volksbank-cp1252.csv')).transactions);
  });
});

describe('Deutsche Bank (deutsche-bank.csv: preamble, Soll/Haben, closing "Kontostand")', () => {
  const result = parsed(parseFixture('deutsche-bank.csv'));

  it('finds the header below the preamble and the account IBAN in it', () => {
    expect(result.format).toBe('deutscheBank');
    expect(result.accountIban).toBe(OWN);
  });

  it('reads the credits from "Haben" (German thousands, one decimal), a quoted ";" in the text included', () => {
    expect(withoutIds(result)).toEqual([
      tx(
        10,
        '2026-06-01',
        357000,
        'Schäfer Möbelwerkstätten GmbH',
        'DE27100777770209299700',
        'RE-2026-0031 Katalog Sommer',
      ),
      tx(
        12,
        '2026-06-03',
        100000,
        'Gemeinde Bärenfels',
        'DE44500105175407324931',
        'RE-2026-0032 Bürgerbroschüre; 2. Rate',
      ),
      tx(14, '2026-06-09', 8950, 'Brauerei Märzen KG', 'DE91100000000123456789', 'RE-2026-0033'),
      tx(
        16,
        '2026-06-12',
        71400,
        'Müller & Söhne Bäckerei GmbH',
        'DE02120300000000202051',
        'RE-2026-0034 Tüten-Design',
      ),
    ]);
  });

  it('skips the four "Soll" rows and the closing balance line without a problem', () => {
    expect(result.skippedDebits).toBe(4);
    expect(result.problems).toEqual([]);
  });
});

describe('Postbank (postbank.csv: same platform, signed "Betrag", d.M.yyyy, no trailing zeros)', () => {
  const result = parsed(parseFixture('postbank.csv'));

  it('reads the credits from the signed amount and the IBAN from the account line of the preamble', () => {
    expect(result.format).toBe('deutscheBank');
    expect(result.accountIban).toBe(OWN);
    expect(withoutIds(result)).toEqual([
      tx(9, '2026-06-01', 75000, 'Café Übersee GmbH', 'DE12500105170648489890', 'RE-2026-0035 Wochenkarte'),
      tx(
        11,
        '2026-06-04',
        107100,
        'Jürgen Weiß Architekten',
        'DE75512108001245126199',
        'RE-2026-0036 Exposé Ärztehaus',
      ),
      tx(13, '2026-06-09', 23850, 'Gemeinde Bärenfels', 'DE44500105175407324931', 'RE-2026-0037'),
      tx(14, '2026-06-11', 23850, 'Gemeinde Bärenfels', 'DE44500105175407324931', 'RE-2026-0037'),
    ]);
    expect(result.skippedDebits).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it('tells apart the same amount and text on two different days', () => {
    expect(result.transactions[2].id).not.toBe(result.transactions[3].id);
  });
});

describe('N26 since 2023 (n26.csv)', () => {
  const result = parsed(parseFixture('n26.csv'));

  it('reads ISO dates, dot decimals, quoted commas and doubled quotes; the IBAN loses its spaces', () => {
    expect(result.format).toBe('n26');
    expect(result.accountIban).toBe('');
    expect(withoutIds(result)).toEqual([
      tx(2, '2026-06-16', 119000, 'Müller & Söhne Bäckerei GmbH', 'DE02120300000000202051', 'RE-2026-0042'),
      tx(
        4,
        '2026-06-17',
        47600,
        'Café Übersee GmbH',
        'DE12500105170648489890',
        'Rechnung RE-2026-0043, Logo-Überarbeitung',
      ),
      tx(6, '2026-06-18', 123450, 'Blumenhaus Größlich e.K.', 'DE02500105170137075030', 'RE 2026 0044'),
      tx(
        8,
        '2026-06-19',
        83300,
        'Jürgen Weiß Architekten',
        'DE75512108001245126199',
        'RE-2026-0045 Fotoshooting "Bürogebäude"',
      ),
      tx(9, '2026-06-22', 297500, 'Brauerei Märzen KG', 'DE91100000000123456789', 'RE-2026-0046'),
    ]);
    expect(result.skippedDebits).toBe(3);
    expect(result.problems).toEqual([]);
  });
});

describe('N26 before 2023 (n26-legacy.csv)', () => {
  it('reads the older English header ("Date","Payee","Account number",...)', () => {
    const result = parsed(parseFixture('n26-legacy.csv'));
    expect(result.format).toBe('n26');
    expect(withoutIds(result)).toEqual([
      tx(2, '2022-03-01', 119000, 'Müller & Söhne Bäckerei GmbH', 'DE02120300000000202051', 'RE-2022-0012'),
      tx(4, '2022-03-03', 47600, 'Café Übersee GmbH', 'DE12500105170648489890', 'RE-2022-0013 Speisekarte'),
      tx(6, '2022-03-07', 35700, 'Gemeinde Bärenfels', 'DE44500105175407324931', 'RE-2022-0014'),
    ]);
    expect(result.skippedDebits).toBe(3);
  });

  it('reads the older German header ("Datum","Empfänger","Kontonummer",...)', () => {
    const text = [
      '"Datum","Empfänger","Kontonummer","Transaktionstyp","Verwendungszweck","Kategorie","Betrag (EUR)","Betrag (Fremdwährung)","Fremdwährung","Wechselkurs"',
      '"2022-03-01","Müller & Söhne Bäckerei GmbH","DE02120300000000202051","Gutschrift","RE-2022-0012","Einnahmen","1190.0","","",""',
      '"2022-03-02","REWE","","MasterCard Zahlung","","Lebensmittel","-23.45","-23.45","EUR","1.0"',
    ].join('\n');
    const result = parsed(parseStatement(text));
    expect(result.format).toBe('n26');
    expect(withoutIds(result)).toEqual([
      tx(2, '2022-03-01', 119000, 'Müller & Söhne Bäckerei GmbH', 'DE02120300000000202051', 'RE-2022-0012'),
    ]);
    expect(result.skippedDebits).toBe(1);
  });
});

describe('Qonto (qonto.csv)', () => {
  const result = parsed(parseFixture('qonto.csv'));

  it('uses the bank transaction id, the local settlement date and dot decimals', () => {
    expect(result.format).toBe('qonto');
    expect(result.transactions).toEqual([
      {
        id: 'bank:pixelwerk-gmbh-8127-1-transaction-311',
        ...tx(
          2,
          '2026-06-16',
          119000,
          'Müller & Söhne Bäckerei GmbH',
          'DE02120300000000202051',
          'RE-2026-0042',
        ),
      },
      {
        id: 'bank:pixelwerk-gmbh-8127-1-transaction-313',
        ...tx(
          4,
          '2026-06-17',
          47600,
          'Café Übersee GmbH',
          'DE12500105170648489890',
          'Rechnung RE-2026-0043, Logo',
        ),
      },
      {
        id: 'bank:pixelwerk-gmbh-8127-1-transaction-315',
        ...tx(
          6,
          '2026-06-19',
          83300,
          'Jürgen Weiß Architekten',
          'DE75512108001245126199',
          'RE-2026-0045 Fotoshooting',
        ),
      },
      {
        id: 'bank:pixelwerk-gmbh-8127-1-transaction-318',
        ...tx(
          9,
          '2026-06-23',
          238000,
          'Gemeinde Bärenfels',
          'DE44500105175407324931',
          'RE-2026-0047 Stadtfest',
        ),
      },
    ]);
  });

  it('skips debits (a declined card payment too) and lists the pending credit', () => {
    expect(result.skippedDebits).toBe(3);
    expect(result.problems).toEqual([
      { line: 7, reason: 'err.bank.notBooked', params: { status: 'pending' } },
    ]);
  });

  it('reads a Qonto export with ";" and decimal commas as well', () => {
    const text = [
      'Status;Settlement date (UTC);Transaction ID;Counterparty name;Counterparty IBAN;Reference;Total amount (incl. VAT);Currency',
      'settled;2026-06-16 07:14:02;tx-1;Müller & Söhne Bäckerei GmbH;DE02120300000000202051;RE-2026-0042;1190,00;EUR',
      'settled;2026-06-17 08:00:00;tx-2;Adobe;;;-71,39;EUR',
      'settled;2026-06-18 09:00:00;tx-3;Café Übersee GmbH;;RE-2026-0043;1.476,5;EUR',
    ].join('\n');
    const qonto = parsed(parseStatement(text));
    expect(qonto.transactions.map((t) => [t.id, t.bookingDate, t.amountCents])).toEqual([
      ['bank:tx-1', '2026-06-16', 119000],
      ['bank:tx-3', '2026-06-18', 147650],
    ]);
    expect(qonto.skippedDebits).toBe(1);
  });
});

describe('a malformed statement (malformed.csv)', () => {
  const result = parsed(parseFixture('malformed.csv'));

  it('lists each row that cannot be read with its line and reason', () => {
    expect(result.problems).toEqual([
      { line: 3, reason: 'err.bank.amount', params: { value: '1.234,5x' } },
      { line: 4, reason: 'err.bank.date', params: { value: '31.02.2026' } },
      { line: 5, reason: 'err.bank.columns', params: { expected: 17, found: 14 } },
      { line: 9, reason: 'err.bank.amountMissing', params: {} },
      { line: 10, reason: 'err.bank.quote', params: {} },
    ]);
  });

  it('still reads every other row', () => {
    expect(withoutIds(result)).toEqual([
      tx(2, '2026-06-22', 35700, 'Gemeinde Bärenfels', 'DE44500105175407324931', 'RE-2026-0047 Flyer'),
      tx(
        7,
        '2026-06-23',
        123450,
        'Schäfer Möbelwerkstätten GmbH',
        'DE27100777770209299700',
        'RE-2026-0051 Website Relaunch',
      ),
    ]);
    expect(result.skippedDebits).toBe(1);
  });
});
