// A small XML reader for bank statements: elements by local name, attributes, text, entities, CDATA; no DOM needed.

export interface XmlElement {
  /** Local name: a namespace prefix is dropped ('ns2:Ntry' -> 'Ntry'). */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), entities decoded; the children's text is not part of it. */
  text: string;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; line: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes &amp; &lt; &gt; &quot; &apos; &#NN; &#xNN;; an unknown entity stays as written (tolerant). */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body] ?? whole;
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Attributes of a start tag's inside ('a="1" b=\'2\''), or null if they are not well-formed. */
function parseAttributes(source: string): Record<string, string> | null {
  const attrs: Record<string, string> = {};
  const re = /\s*([^\s=/>"']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) return null;
    attrs[localName(m[1])] = decodeEntities(m[2] ?? m[3]);
    at = re.lastIndex;
  }
  return attrs;
}

/** The '>' that ends the tag starting at `from`, skipping quoted attribute values; -1 if there is none. */
function tagEnd(source: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
    else if (ch === '<') return -1;
  }
  return -1;
}

/** Parses a whole document: one root element, properly nested; comments, PIs and a DOCTYPE are passed over. */
export function parseXml(source: string): XmlParse {
  const fail = (at: number): XmlParse => ({ ok: false, line: source.slice(0, at).split('\n').length });
  const stack: { el: XmlElement; qname: string }[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = source.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.el.text += decodeEntities(raw);
      else if (raw.trim() !== '') return fail(i + raw.search(/\S/));
      i = textEnd;
      if (lt < 0) break;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end < 0) return fail(i);
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i + 9);
      const top = stack[stack.length - 1];
      if (end < 0 || !top) return fail(i);
      top.el.text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i + 2);
      if (end < 0) return fail(i);
      i = end + 2;
    } else if (source.startsWith('<!', i)) {
      // A DOCTYPE, possibly with an internal subset in brackets.
      if (root || stack.length > 0) return fail(i);
      let end = source.indexOf('>', i);
      const bracket = source.indexOf('[', i);
      if (bracket >= 0 && end >= 0 && bracket < end) {
        const close = source.indexOf(']', bracket);
        end = close < 0 ? -1 : source.indexOf('>', close);
      }
      if (end < 0) return fail(i);
      i = end + 1;
    } else if (source.startsWith('</', i)) {
      const end = source.indexOf('>', i);
      const top = stack.pop();
      if (end < 0 || !top || source.slice(i + 2, end).trim() !== top.qname) return fail(i);
      i = end + 1;
    } else {
      const end = tagEnd(source, i);
      if (end < 0) return fail(i);
      const selfClosing = source[end - 1] === '/';
      const inside = source.slice(i + 1, selfClosing ? end - 1 : end);
      const m = /^([A-Za-z_][\w.:-]*)/.exec(inside);
      if (!m) return fail(i);
      const attrs = parseAttributes(inside.slice(m[1].length));
      if (!attrs) return fail(i);
      const el: XmlElement = { name: localName(m[1]), attrs, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.el.children.push(el);
      else if (root) return fail(i);
      else root = el;
      if (!selfClosing) stack.push({ el, qname: m[1] });
      i = end + 1;
    }
  }
  if (!root || stack.length > 0) return fail(n);
  return { ok: true, root };
}

/** The first child with this local name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** All children with this local name. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** The element at a path of local names ('RltdPties/Dbtr/Nm'), or undefined. */
export function at(el: XmlElement | undefined, path: string): XmlElement | undefined {
  let current = el;
  for (const name of path.split('/')) current = child(current, name);
  return current;
}

/** The trimmed text at the first of these paths that holds some, or ''. */
export function textAt(el: XmlElement | undefined, ...paths: string[]): string {
  for (const path of paths) {
    const text = at(el, path)?.text.trim();
    if (text) return text;
  }
  return '';
}
