// Test helpers: reads the statement fixtures under test/fixtures/bank and parses them like an upload would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ColumnMapping,
  decodeStatement,
  parseStatement,
  type StatementParse,
} from '../../../src/domain/bank/statement';

const DIR = join(__dirname, '../../fixtures/bank');

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(DIR, name));
}

/** The fixture decoded as an upload is (bytes -> text -> parse). */
export function parseFixture(name: string, mapping?: ColumnMapping | null): StatementParse {
  return parseStatement(decodeStatement(fixtureBytes(name)), mapping);
}

type Parsed = Extract<StatementParse, { kind: 'parsed' }>;

/** Narrows to a parsed statement, failing the test with the actual result otherwise. */
export function parsed(result: StatementParse): Parsed {
  if (result.kind !== 'parsed') throw new Error(`expected a parsed statement, got ${JSON.stringify(result)}`);
  return result;
}

/** The transactions without their ids, for exact comparison of what was read. */
export function withoutIds(result: Parsed) {
  return result.transactions.map(({ id: _id, ...rest }) => rest);
}

/** Windows-1252 bytes of a text (Latin-1 plus the euro sign and typographic quotes). */
export function cp1252(text: string): number[] {
  const high: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Array.from(text, (ch) => {
    const code = high[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
    return code;
  });
}
