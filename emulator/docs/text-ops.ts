// Rich-text edits over one or more Text nodes seen as one string (a Text element, or editAsText of a container).

import { PLAIN, type TextNode, type TextStyle } from './model';

export interface Span {
  node: TextNode;
  /** Offset of the node's first character in the flat text. */
  start: number;
}

/** Text nodes laid end to end; groups (paragraphs) are joined by one separator character. */
export class FlatText {
  readonly spans: Span[] = [];
  readonly text: string;

  constructor(groups: readonly (readonly TextNode[])[], separator = '\n') {
    let offset = 0;
    const parts: string[] = [];
    groups.forEach((group, g) => {
      if (g > 0) {
        parts.push(separator);
        offset += separator.length;
      }
      for (const node of group) {
        this.spans.push({ node, start: offset });
        parts.push(node.text);
        offset += node.text.length;
      }
    });
    this.text = parts.join('');
  }

  get length(): number {
    return this.text.length;
  }

  /** The span holding the character at offset, or null (a separator, or past the end). */
  spanAt(offset: number): Span | null {
    for (const span of this.spans) {
      if (offset >= span.start && offset < span.start + span.node.text.length) return span;
    }
    return null;
  }

  styleAt(offset: number): TextStyle | null {
    const span = this.spanAt(offset);
    return span ? span.node.styles[offset - span.start] : null;
  }

  /** Where text inserted at offset goes: inside or at the end of a node (the first that fits). */
  insertionPoint(offset: number): { node: TextNode; local: number } | null {
    for (const span of this.spans) {
      const local = offset - span.start;
      if (local >= 0 && local <= span.node.text.length) return { node: span.node, local };
    }
    return null;
  }

  /** The style inserted text takes: that of the character before it, else of the one after it. */
  insertionStyle(offset: number): TextStyle {
    return this.styleAt(offset - 1) ?? this.styleAt(offset) ?? PLAIN;
  }

  /** Whether [start, endInclusive] covers a separator (crosses from one paragraph into the next). */
  crossesGroups(start: number, endInclusive: number): boolean {
    for (let offset = start; offset <= endInclusive; offset += 1) if (!this.spanAt(offset)) return true;
    return false;
  }

  /** Calls fn with each node's local [from, to) part of [start, endInclusive]. */
  eachPart(
    start: number,
    endInclusive: number,
    fn: (node: TextNode, from: number, to: number) => void,
  ): void {
    for (const span of this.spans) {
      const from = Math.max(start, span.start) - span.start;
      const to = Math.min(endInclusive + 1, span.start + span.node.text.length) - span.start;
      if (from < to) fn(span.node, from, to);
    }
  }

  /** Offsets where formatting changes, starting with 0. */
  attributeIndices(): number[] {
    const indices = [0];
    for (let offset = 1; offset < this.length; offset += 1) {
      const before = this.styleAt(offset - 1);
      const here = this.styleAt(offset);
      if (here && (!before || !sameStyle(before, here))) indices.push(offset);
    }
    return indices;
  }
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TextStyle>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** A style change: a value sets the attribute, null clears it. */
export type StylePatch = { [K in keyof TextStyle]?: TextStyle[K] | null };

export function patched(style: TextStyle, patch: StylePatch): TextStyle {
  const next: Record<string, unknown> = { ...style };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) delete next[key];
    else next[key] = value;
  }
  return Object.freeze(next) as TextStyle;
}

/** Applies a patch to [from, to) of a node; equal old styles map to one new object. */
export function restyle(node: TextNode, from: number, to: number, patch: StylePatch): void {
  const cache = new Map<TextStyle, TextStyle>();
  for (let i = from; i < to; i += 1) {
    const old = node.styles[i];
    let next = cache.get(old);
    if (!next) {
      next = patched(old, patch);
      cache.set(old, next);
    }
    node.styles[i] = next;
  }
}

export function insertChars(node: TextNode, local: number, text: string, style: TextStyle): void {
  node.text = node.text.slice(0, local) + text + node.text.slice(local);
  node.styles.splice(local, 0, ...new Array<TextStyle>(text.length).fill(style));
}

export function deleteChars(node: TextNode, from: number, to: number): void {
  node.text = node.text.slice(0, from) + node.text.slice(to);
  node.styles.splice(from, to - from);
}

/** The one value an attribute has over all characters, or null when it is mixed or there is no text. */
export function uniformValue<K extends keyof TextStyle>(
  nodes: readonly TextNode[],
  key: K,
): TextStyle[K] | null | undefined {
  let seen = false;
  let value: TextStyle[K] | undefined;
  for (const node of nodes) {
    for (const style of node.styles) {
      if (!seen) {
        value = style[key];
        seen = true;
      } else if (style[key] !== value) return null;
    }
  }
  return seen ? value : null;
}
