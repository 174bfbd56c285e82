// Breaks one paragraph into lines of drawing operations: fonts by heading and run, wrapping, alignment.

import type { HeadingName, ParagraphNode, TextStyle } from '../model';
import { textWidth } from './fonts';

export type FontKey = 'F1' | 'F2' | 'F3' | 'F4';

/** Drawing operations in points, y measured down from the top of the line (text y is the baseline). */
export type Op =
  | { kind: 'text'; x: number; y: number; font: FontKey; size: number; color: string | null; text: string }
  | { kind: 'fill'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'stroke'; x: number; y: number; w: number; h: number; color: string; width: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number };

export interface Line {
  height: number;
  ops: Op[];
  /** Space between blocks: dropped at the top of a page. */
  spacer?: boolean;
  pageBreak?: boolean;
}

export const HEADINGS: Record<HeadingName, { size: number; bold: boolean; before: number; after: number }> = {
  NORMAL: { size: 11, bold: false, before: 0, after: 0 },
  TITLE: { size: 26, bold: true, before: 0, after: 3 },
  SUBTITLE: { size: 15, bold: false, before: 0, after: 16 },
  HEADING1: { size: 20, bold: true, before: 20, after: 6 },
  HEADING2: { size: 16, bold: true, before: 18, after: 6 },
  HEADING3: { size: 14, bold: true, before: 16, after: 4 },
  HEADING4: { size: 12, bold: true, before: 14, after: 4 },
  HEADING5: { size: 11, bold: true, before: 12, after: 4 },
  HEADING6: { size: 11, bold: false, before: 12, after: 4 },
};

interface Token {
  kind: 'word' | 'space' | 'newline' | 'page' | 'rule' | 'image';
  text: string;
  font: FontKey;
  size: number;
  style: TextStyle;
  width: number;
  height: number;
}

function fontOf(style: TextStyle, headingBold: boolean): FontKey {
  if (style.bold ?? headingBold) return style.italic ? 'F4' : 'F2';
  return style.italic ? 'F3' : 'F1';
}

/** Words, spaces and inline objects, each with its font; a word may be several tokens of different styles. */
function tokenize(paragraph: ParagraphNode, size: number, bold: boolean): Token[] {
  const result: Token[] = [];
  const blank = { text: '', font: 'F1' as FontKey, size, style: {}, width: 0, height: 0 };
  for (const child of paragraph.children) {
    if (child.type === 'PAGE_BREAK') result.push({ ...blank, kind: 'page' });
    else if (child.type === 'HORIZONTAL_RULE') result.push({ ...blank, kind: 'rule' });
    else if (child.type === 'INLINE_IMAGE')
      result.push({ ...blank, kind: 'image', width: child.width * 0.75, height: child.height * 0.75 });
    else {
      let start = 0;
      for (let i = 1; i <= child.text.length; i += 1) {
        if (i < child.text.length && child.styles[i] === child.styles[start]) continue;
        const style = child.styles[start];
        const font = fontOf(style, bold);
        const fontSize = style.fontSize ?? size;
        for (const part of child.text.slice(start, i).match(/\r| +|[^ \r]+/g) ?? []) {
          const kind = part === '\r' ? 'newline' : part.startsWith(' ') ? 'space' : 'word';
          const width = kind === 'newline' ? 0 : textWidth(part, font === 'F2' || font === 'F4', fontSize);
          result.push({ kind, text: part, font, size: fontSize, style, width, height: fontSize });
        }
        start = i;
      }
    }
  }
  return result;
}

/** Splits a word wider than the line into pieces that fit. */
function splitWord(token: Token, width: number): Token[] {
  const pieces: Token[] = [];
  let text = '';
  const bold = token.font === 'F2' || token.font === 'F4';
  for (const char of token.text) {
    if (text && textWidth(text + char, bold, token.size) > width) {
      pieces.push({ ...token, text, width: textWidth(text, bold, token.size) });
      text = '';
    }
    text += char;
  }
  pieces.push({ ...token, text, width: textWidth(text, bold, token.size) });
  return pieces;
}

/** Greedy line filling: breaks only at spaces, newlines and around inline objects. */
function fill(tokens: Token[], width: number): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  const used = () => line.reduce((sum, t) => sum + t.width, 0);
  const finish = () => {
    while (line.length && line[line.length - 1].kind === 'space') line.pop();
    lines.push(line);
    line = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token.kind === 'newline') finish();
    else if (token.kind === 'page' || token.kind === 'rule') {
      if (line.length) finish();
      lines.push([token]);
    } else if (token.kind === 'space') {
      if (line.length) line.push(token);
    } else {
      let j = i;
      while (token.kind === 'word' && tokens[j + 1]?.kind === 'word') j += 1;
      const unit = tokens.slice(i, j + 1);
      const unitWidth = unit.reduce((sum, t) => sum + t.width, 0);
      if (line.length && used() + unitWidth > width) finish();
      if (unitWidth > width && unit.length === 1 && token.kind === 'word') {
        const pieces = splitWord(token, width);
        pieces.slice(0, -1).forEach((piece) => {
          line.push(piece);
          finish();
        });
        line.push(pieces[pieces.length - 1]);
      } else line.push(...unit);
      i = j;
    }
  }
  if (line.length || lines.length === 0) finish();
  return lines;
}

export interface ParagraphLayout {
  width: number;
  /** The bullet or number of a list item. */
  glyph: string | null;
}

/** The lines of a paragraph, spacing before and after included, x relative to the column. */
export function layoutParagraph(paragraph: ParagraphNode, { width, glyph }: ParagraphLayout): Line[] {
  const heading = HEADINGS[paragraph.heading] ?? HEADINGS.NORMAL;
  const spacing = Number(paragraph.attrs.LINE_SPACING ?? 1) || 1;
  const indent = paragraph.list
    ? 18 * (paragraph.list.nestingLevel + 1)
    : Number(paragraph.attrs.INDENT_START ?? 0);
  const inner = Math.max(20, width - indent);
  const out: Line[] = [];
  const before = Number(paragraph.attrs.SPACING_BEFORE ?? heading.before);
  if (before > 0) out.push({ height: before, ops: [], spacer: true });
  fill(tokenize(paragraph, heading.size, heading.bold), inner).forEach((tokens, index) => {
    if (tokens[0]?.kind === 'page') {
      out.push({ height: 0, ops: [], pageBreak: true });
      return;
    }
    const maxSize =
      tokens.reduce((m, t) => (t.kind === 'image' ? m : Math.max(m, t.size)), 0) || heading.size;
    if (tokens[0]?.kind === 'rule') {
      const y = maxSize * 0.6;
      out.push({
        height: maxSize * 1.2,
        ops: [{ kind: 'line', x1: 0, y1: y, x2: width, y2: y, color: '#999999', width: 0.75 }],
      });
      return;
    }
    const imageHeight = tokens.reduce((m, t) => (t.kind === 'image' ? Math.max(m, t.height) : m), 0);
    const descent = maxSize * 0.25;
    const height = Math.max(maxSize * 1.2 * spacing, imageHeight + descent + 2);
    const baseline = height - descent;
    const lineWidth = tokens.reduce((sum, t) => sum + t.width, 0);
    const free = Math.max(0, inner - lineWidth);
    let x =
      indent + (paragraph.alignment === 'CENTER' ? free / 2 : paragraph.alignment === 'RIGHT' ? free : 0);
    const ops: Op[] = [];
    if (glyph && index === 0)
      ops.push({
        kind: 'text',
        x: indent - 14,
        y: baseline,
        font: 'F1',
        size: maxSize,
        color: null,
        text: glyph,
      });
    for (const token of tokens) {
      if (token.kind === 'image') {
        const top = baseline - token.height;
        ops.push({
          kind: 'stroke',
          x,
          y: top,
          w: token.width,
          h: token.height,
          color: '#999999',
          width: 0.5,
        });
        ops.push({
          kind: 'line',
          x1: x,
          y1: top,
          x2: x + token.width,
          y2: baseline,
          color: '#bbbbbb',
          width: 0.5,
        });
        ops.push({
          kind: 'line',
          x1: x,
          y1: baseline,
          x2: x + token.width,
          y2: top,
          color: '#bbbbbb',
          width: 0.5,
        });
      } else {
        const color = token.style.foregroundColor ?? null;
        const previous = ops[ops.length - 1];
        const joins =
          previous?.kind === 'text' && previous.font === token.font && previous.size === token.size;
        if (joins && previous.color === color && !token.style.underline) previous.text += token.text;
        else
          ops.push({
            kind: 'text',
            x,
            y: baseline,
            font: token.font,
            size: token.size,
            color,
            text: token.text,
          });
        if (token.style.underline || token.style.strikethrough) {
          const y = token.style.underline ? baseline + token.size * 0.12 : baseline - token.size * 0.3;
          ops.push({
            kind: 'line',
            x1: x,
            y1: y,
            x2: x + token.width,
            y2: y,
            color: color ?? '#000000',
            width: token.size / 18,
          });
        }
      }
      x += token.width;
    }
    out.push({ height, ops });
  });
  const after = Number(paragraph.attrs.SPACING_AFTER ?? heading.after);
  if (after > 0) out.push({ height: after, ops: [], spacer: true });
  return out;
}
