// findText and replaceText below an element: each Text element is matched on its own, in document order.

import { type DocNode, PLAIN, paragraphText, type TextNode, textNodesOf } from './model';
import { allMatches, compilePattern, expandReplacement, firstMatch } from './regex';
import { deleteChars, insertChars } from './text-ops';

export interface Found {
  node: TextNode;
  start: number;
  endInclusive: number;
}

/** Where a previous result ends: the search goes on after it (in the same Text, then the following ones). */
export interface SearchStart {
  node: DocNode;
  /** -1 when the previous result was a whole element. */
  endInclusive: number;
}

export function findText(root: DocNode, pattern: string, from: SearchStart | null): Found | null {
  const regex = compilePattern(pattern);
  const nodes = textNodesOf(root);
  let index = 0;
  let offset = 0;
  if (from) {
    const at = nodes.indexOf(from.node as TextNode);
    if (at < 0) return null;
    index = from.endInclusive < 0 ? at + 1 : at;
    offset = from.endInclusive < 0 ? 0 : from.endInclusive + 1;
  }
  for (; index < nodes.length; index += 1) {
    const match = firstMatch(nodes[index].text, regex, offset);
    if (match) return { node: nodes[index], start: match.start, endInclusive: match.end - 1 };
    offset = 0;
  }
  return null;
}

/**
 * Replaces every match in every Text below root. Replacements are expanded (and may throw) before anything
 * changes; replaced text takes the formatting of the match's first character.
 */
export function replaceText(root: DocNode, pattern: string, replacement: string): number {
  const regex = compilePattern(pattern);
  const edits: Array<{ node: TextNode; start: number; end: number; text: string }> = [];
  for (const node of textNodesOf(root)) {
    for (const { start, end, match } of allMatches(node.text, regex)) {
      edits.push({ node, start, end, text: paragraphText(expandReplacement(String(replacement), match)) });
    }
  }
  for (let i = edits.length - 1; i >= 0; i -= 1) {
    const { node, start, end, text } = edits[i];
    const style = node.styles[start] ?? node.styles[start - 1];
    deleteChars(node, start, end);
    if (text) insertChars(node, start, text, style ?? PLAIN);
  }
  return edits.length;
}
