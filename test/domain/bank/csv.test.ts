import fc from 'fast-check';
import { detectDelimiter, leadingLines, readCsv, splitLine } from '../../../src/domain/bank/csv';

describe('readCsv', () => {
  it('reads quoted and unquoted fields with their 1-based start lines, skipping empty lines', () => {
    const text = 'a;b;c\r\n"1";"x;y";3\r\n\r\n4;"";\n';
    expect(readCsv(text, ';')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', 'x;y', '3'] },
        { line: 4, fields: ['4', '', ''] },
      ],
      unclosed: [],
    });
  });

  it('unescapes doubled quotes and keeps line breaks inside quotes, counting them for the next line number', () => {
    const text = 'h1,h2\n"RE-2026-0045\nFotoshooting ""Bürogebäude""",833.00\r\nlast,1\n';
    expect(readCsv(text, ',').records).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['RE-2026-0045\nFotoshooting "Bürogebäude"', '833.00'] },
      { line: 4, fields: ['last', '1'] },
    ]);
  });

  it('keeps a stray quote inside a quoted field as a character', () => {
    expect(splitLine('"Etiketten "Märzen" Spezial";119,00', ';')).toEqual([
      'Etiketten "Märzen" Spezial',
      '119,00',
    ]);
    expect(splitLine('Zoll 5";x', ';')).toEqual(['Zoll 5"', 'x']);
  });

  it('loses only the line of a quote that never closes and reads on from the next line', () => {
    const text = 'a;b\n"open;1\nc;2\n';
    const read = readCsv(text, ';');
    expect(read.unclosed).toEqual([2]);
    expect(read.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', '2'] },
    ]);
  });

  it('starts at an offset with a given line number (below a preamble)', () => {
    const text = 'Konto;DE89\n\nx;y\n1;2';
    expect(readCsv(text, ';', text.indexOf('x;y'), 3).records).toEqual([
      { line: 3, fields: ['x', 'y'] },
      { line: 4, fields: ['1', '2'] },
    ]);
  });

  it('handles old Mac line breaks (CR only) and tabs as delimiter', () => {
    expect(readCsv('a\tb\rc\td\r', '\t').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
    ]);
  });

  it('reads back whatever an RFC 4180 writer wrote', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ä', ';', '"', '\n', '\r\n', ' ', '1', ',') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\r\n');
          expect(readCsv(text, ';').records.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['"Auftragskonto";"Buchungstag";"Betrag"', ';'],
    ['"Booking Date","Value Date","Partner Name","Amount (EUR)"', ','],
    ['Datum\tBetrag\tName', '\t'],
    ['"Name, Vorname";Betrag;Datum', ';'],
    ['Umsätze', null],
  ])('finds the delimiter of %p', (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });
});

describe('leadingLines', () => {
  it('lists the first non-blank lines with offsets and line numbers', () => {
    const text = 'Umsätze\r\n\r\nKonto;IBAN\nBuchungstag;Wert\n';
    const lines = leadingLines(text, 2);
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'Umsätze'],
      [3, 'Konto;IBAN'],
    ]);
    expect(text.slice(lines[1].next)).toBe('Buchungstag;Wert\n');
  });
});
