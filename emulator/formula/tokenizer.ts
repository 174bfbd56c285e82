// Splits formula text into tokens; cell addresses come out with their $-flags, everything else verbatim.

export type RawToken =
  | { kind: 'cell'; text: string; col: number; colAbs: boolean; row: number; rowAbs: boolean }
  | { kind: 'number'; text: string; value: number }
  | { kind: 'string'; text: string; value: string }
  | { kind: 'name' | 'op' | 'space' | 'error' | 'other'; text: string };

const SPACE = /\s+/y;
const STRING = /"(?:[^"]|"")*"/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
// A cell address must not run on into a longer name or a function call (LOG10( is a function).
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/y;
const ERROR = /#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)/y;
const NAME = /[A-Za-z_][A-Za-z0-9_.]*/y;
const OPERATOR = /<>|<=|>=|[-+*/^&=<>%(),:;!{}]/y;

function matchAt(pattern: RegExp, text: string, position: number): string | null {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}

function lettersToIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let position = 0;
  while (position < text.length) {
    const token = nextToken(text, position);
    tokens.push(token);
    position += token.text.length;
  }
  return tokens;
}

function nextToken(text: string, position: number): RawToken {
  const space = matchAt(SPACE, text, position);
  if (space) return { kind: 'space', text: space };
  const quoted = matchAt(STRING, text, position);
  if (quoted) return { kind: 'string', text: quoted, value: quoted.slice(1, -1).replace(/""/g, '"') };
  const number = matchAt(NUMBER, text, position);
  if (number) return { kind: 'number', text: number, value: Number(number) };
  CELL.lastIndex = position;
  const cell = CELL.exec(text);
  if (cell) {
    return {
      kind: 'cell',
      text: cell[0],
      colAbs: cell[1] === '$',
      col: lettersToIndex(cell[2]),
      rowAbs: cell[3] === '$',
      row: Number(cell[4]) - 1,
    };
  }
  const error = matchAt(ERROR, text, position);
  if (error) return { kind: 'error', text: error };
  const name = matchAt(NAME, text, position);
  if (name) return { kind: 'name', text: name };
  const operator = matchAt(OPERATOR, text, position);
  if (operator) return { kind: 'op', text: operator };
  return { kind: 'other', text: text[position] };
}
