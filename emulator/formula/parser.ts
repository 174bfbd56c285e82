// Recursive-descent parser from template tokens to an expression tree.

// Anything it does not understand becomes the #ERROR! value (as Sheets shows), never an exception.

import type { CellRef, TemplateToken } from './template';
import { errors, type Scalar } from './values';

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type FormulaNode =
  | { type: 'literal'; value: Scalar }
  | { type: 'ref'; ref: CellRef }
  | { type: 'range'; from: CellRef; to: CellRef }
  | { type: 'negate'; arg: FormulaNode }
  | { type: 'percent'; arg: FormulaNode }
  | { type: 'binary'; op: BinaryOperator; left: FormulaNode; right: FormulaNode }
  | { type: 'call'; name: string; args: FormulaNode[] };

class ParseFailure extends Error {}

const PRECEDENCE: ReadonlyArray<readonly BinaryOperator[]> = [
  ['=', '<>', '<', '>', '<=', '>='],
  ['&'],
  ['+', '-'],
  ['*', '/'],
  ['^'],
];

export function parseTokens(allTokens: readonly TemplateToken[]): FormulaNode {
  const tokens = allTokens.filter((token) => token.kind !== 'space');
  let position = 0;
  const peekText = (): string | undefined => {
    const token = tokens[position];
    return token && token.kind !== 'ref' && token.kind !== 'range' ? token.text : undefined;
  };
  const expect = (text: string): void => {
    if (peekText() !== text) throw new ParseFailure(text);
    position += 1;
  };

  const binary = (level: number): FormulaNode => {
    if (level === PRECEDENCE.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const op = PRECEDENCE[level].find((candidate) => candidate === peekText());
      if (!op) return left;
      position += 1;
      left = { type: 'binary', op, left, right: binary(level + 1) };
    }
  };

  const unary = (): FormulaNode => {
    if (peekText() === '-') {
      position += 1;
      return { type: 'negate', arg: unary() };
    }
    if (peekText() === '+') {
      position += 1;
      return unary();
    }
    let node = primary();
    while (peekText() === '%') {
      position += 1;
      node = { type: 'percent', arg: node };
    }
    return node;
  };

  const callArguments = (): FormulaNode[] => {
    const args: FormulaNode[] = [];
    expect('(');
    if (peekText() === ')') {
      position += 1;
      return args;
    }
    for (;;) {
      const text = peekText();
      args.push(text === ',' || text === ')' ? { type: 'literal', value: null } : binary(0));
      if (peekText() === ')') {
        position += 1;
        return args;
      }
      expect(',');
    }
  };

  const primary = (): FormulaNode => {
    const token = tokens[position];
    if (!token) throw new ParseFailure('end');
    position += 1;
    switch (token.kind) {
      case 'ref':
        return { type: 'ref', ref: token.ref };
      case 'range':
        return { type: 'range', from: token.from, to: token.to };
      case 'number':
      case 'string':
        return { type: 'literal', value: token.value };
      case 'error':
        return { type: 'literal', value: token.text === '#REF!' ? errors.ref : errors.syntax };
      case 'name': {
        if (peekText() === '(')
          return { type: 'call', name: token.text.toUpperCase(), args: callArguments() };
        const upper = token.text.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { type: 'literal', value: upper === 'TRUE' };
        // Named ranges and other sheets are not modelled.
        return { type: 'literal', value: errors.name };
      }
      case 'op':
        if (token.text === '(') {
          const inner = binary(0);
          expect(')');
          return inner;
        }
        throw new ParseFailure(token.text);
      default:
        throw new ParseFailure(token.text);
    }
  };

  try {
    if (tokens.length === 0) throw new ParseFailure('empty');
    const tree = binary(0);
    if (position !== tokens.length) throw new ParseFailure('trailing');
    return tree;
  } catch (error) {
    if (error instanceof ParseFailure) return { type: 'literal', value: errors.syntax };
    throw error;
  }
}
