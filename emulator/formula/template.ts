// A formula as Sheets stores it: references relative to the cell holding it (R1C1 style).

// A column of such formulas shares one template and one parse, and sorting moves them without rewriting.

import type { Axis, AxisMap } from '../sheets/axis';
import { type FormulaNode, parseTokens } from './parser';
import { type RawToken, tokenize } from './tokenizer';

/** abs: n is a 0-based index ($A / $1). Relative: n is the offset from the host cell. */
export interface RefPart {
  abs: boolean;
  n: number;
}

export interface CellRef {
  row: RefPart;
  col: RefPart;
}

export type TemplateToken =
  | { kind: 'ref'; ref: CellRef }
  | { kind: 'range'; from: CellRef; to: CellRef }
  | Exclude<RawToken, { kind: 'cell' }>;

export class FormulaTemplate {
  private parsed: FormulaNode | undefined;

  constructor(
    readonly tokens: readonly TemplateToken[],
    readonly key: string,
  ) {}

  get ast(): FormulaNode {
    if (!this.parsed) this.parsed = parseTokens(this.tokens);
    return this.parsed;
  }

  /** The A1 text ('=...') this template reads as in the cell at (hostRow, hostCol). */
  render(hostRow: number, hostCol: number): string {
    let text = '=';
    for (const token of this.tokens) {
      if (token.kind === 'ref') text += renderRef(token.ref, hostRow, hostCol);
      else if (token.kind === 'range') {
        const from = renderRef(token.from, hostRow, hostCol);
        const to = renderRef(token.to, hostRow, hostCol);
        text += from === '#REF!' || to === '#REF!' ? '#REF!' : `${from}:${to}`;
      } else text += token.text;
    }
    return text;
  }
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function targetOf(part: RefPart, host: number): number {
  return part.abs ? part.n : host + part.n;
}

function renderRef(ref: CellRef, hostRow: number, hostCol: number): string {
  const row = targetOf(ref.row, hostRow);
  const col = targetOf(ref.col, hostCol);
  if (row < 0 || col < 0) return '#REF!';
  return `${ref.col.abs ? '$' : ''}${lettersOf(col)}${ref.row.abs ? '$' : ''}${row + 1}`;
}

function partKey(letter: string, part: RefPart): string {
  return part.abs ? `${letter}${part.n}` : `${letter}[${part.n}]`;
}

function refKey(ref: CellRef): string {
  return partKey('R', ref.row) + partKey('C', ref.col);
}

function tokenKey(token: TemplateToken): string {
  if (token.kind === 'ref') return refKey(token.ref);
  if (token.kind === 'range') return `${refKey(token.from)}:${refKey(token.to)}`;
  return token.text;
}

const MAX_INTERNED = 200_000;
const interned = new Map<string, FormulaTemplate>();

/** Returns the shared template for these tokens, so identical relative formulas share one parse. */
function intern(tokens: TemplateToken[]): FormulaTemplate {
  const key = tokens.map(tokenKey).join('');
  let template = interned.get(key);
  if (!template) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    template = new FormulaTemplate(tokens, key);
    interned.set(key, template);
  }
  return template;
}

function relativeRef(token: Extract<RawToken, { kind: 'cell' }>, hostRow: number, hostCol: number): CellRef {
  return {
    row: { abs: token.rowAbs, n: token.rowAbs ? token.row : token.row - hostRow },
    col: { abs: token.colAbs, n: token.colAbs ? token.col : token.col - hostCol },
  };
}

/** Parses A1 formula text ('=A1+1' or 'A1+1') as written into the cell at (hostRow, hostCol). */
export function templateFromA1(text: string, hostRow: number, hostCol: number): FormulaTemplate {
  const body = text.startsWith('=') ? text.slice(1) : text;
  const raw = tokenize(body);
  const tokens: TemplateToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i];
    if (token.kind !== 'cell') {
      tokens.push(token);
      continue;
    }
    const next = raw[i + 2];
    if (raw[i + 1]?.text === ':' && next?.kind === 'cell') {
      tokens.push(
        normalizedRange(
          relativeRef(token, hostRow, hostCol),
          relativeRef(next, hostRow, hostCol),
          hostRow,
          hostCol,
        ),
      );
      i += 2;
    } else tokens.push({ kind: 'ref', ref: relativeRef(token, hostRow, hostCol) });
  }
  return intern(tokens);
}

/** Sheets stores B5:A1 as A1:B5; keep `from` the top-left corner on each axis. */
function normalizedRange(from: CellRef, to: CellRef, hostRow: number, hostCol: number): TemplateToken {
  const swapRows = targetOf(from.row, hostRow) > targetOf(to.row, hostRow);
  const swapCols = targetOf(from.col, hostCol) > targetOf(to.col, hostCol);
  return {
    kind: 'range',
    from: { row: swapRows ? to.row : from.row, col: swapCols ? to.col : from.col },
    to: { row: swapRows ? from.row : to.row, col: swapCols ? from.col : to.col },
  };
}

/**
 * Rewrites references after rows or columns were inserted, deleted or moved, so each reference keeps
 * pointing at the cell it pointed at (as Sheets does). hostOld/hostNew: the formula cell's own index
 * on that axis before and after. A reference to a deleted cell becomes #REF!.
 */
export function transformTemplate(
  template: FormulaTemplate,
  axis: Axis,
  map: AxisMap,
  hostOld: number,
  hostNew: number,
): FormulaTemplate {
  let changed = false;
  const movePart = (part: RefPart, newTarget: number): RefPart => {
    const moved = { abs: part.abs, n: part.abs ? newTarget : newTarget - hostNew };
    if (moved.n !== part.n) changed = true;
    return moved;
  };
  const tokens = template.tokens.map((token): TemplateToken => {
    if (token.kind === 'ref') {
      const part = axis === 'row' ? token.ref.row : token.ref.col;
      const target = map.map(targetOf(part, hostOld));
      if (target === null) {
        changed = true;
        return { kind: 'error', text: '#REF!' };
      }
      const moved = movePart(part, target);
      return {
        kind: 'ref',
        ref: axis === 'row' ? { ...token.ref, row: moved } : { ...token.ref, col: moved },
      };
    }
    if (token.kind === 'range') {
      const fromPart = axis === 'row' ? token.from.row : token.from.col;
      const toPart = axis === 'row' ? token.to.row : token.to.col;
      const span = map.mapSpan(targetOf(fromPart, hostOld), targetOf(toPart, hostOld));
      if (span === null) {
        changed = true;
        return { kind: 'error', text: '#REF!' };
      }
      const from = movePart(fromPart, span[0]);
      const to = movePart(toPart, span[1]);
      if (axis === 'row')
        return { kind: 'range', from: { ...token.from, row: from }, to: { ...token.to, row: to } };
      return { kind: 'range', from: { ...token.from, col: from }, to: { ...token.to, col: to } };
    }
    return token;
  });
  return changed ? intern(tokens) : template;
}
