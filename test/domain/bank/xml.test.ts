import {
  at,
  child,
  childrenNamed,
  decodeEntities,
  parseXml,
  textAt,
  type XmlElement,
} from '../../../src/domain/bank/xml';

function root(source: string): XmlElement {
  const result = parseXml(source);
  if (!result.ok) throw new Error(`not well-formed at line ${result.line}`);
  return result.root;
}

describe('parseXml', () => {
  it('reads elements by local name, attributes, text and nesting', () => {
    const doc = root(
      '<?xml version="1.0" encoding="UTF-8"?>\n<ns2:Document xmlns:ns2="urn:x"><ns2:Amt Ccy="EUR" ns2:x=\'1\'>12.50</ns2:Amt><Empty/><Empty a="b" /></ns2:Document>',
    );
    expect(doc.name).toBe('Document');
    expect(doc.attrs).toEqual({ ns2: 'urn:x' });
    expect(child(doc, 'Amt')).toEqual({
      name: 'Amt',
      attrs: { Ccy: 'EUR', x: '1' },
      children: [],
      text: '12.50',
    });
    expect(childrenNamed(doc, 'Empty').map((e) => e.attrs)).toEqual([{}, { a: 'b' }]);
  });

  it('decodes the predefined entities, character references and CDATA, and passes over comments and PIs', () => {
    const doc = root(
      '<a><!-- Kommentar <b> --><?pi data?><t>M&#252;ller &amp; S&#xF6;hne &lt;GmbH&gt; &quot;x&quot; &apos;y&apos;</t><c><![CDATA[<Weiß & Co>]]></c></a>',
    );
    expect(textAt(doc, 't')).toBe('Müller & Söhne <GmbH> "x" \'y\'');
    expect(textAt(doc, 'c')).toBe('<Weiß & Co>');
    expect(doc.children.map((c) => c.name)).toEqual(['t', 'c']);
  });

  it('keeps an unknown entity as written (tolerant) and decodes entities in attributes', () => {
    expect(decodeEntities('a &nbsp; b &#0; c')).toBe('a &nbsp; b &#0; c');
    expect(root('<a v="x &amp; y &gt; z"/>').attrs.v).toBe('x & y > z');
  });

  it('allows a DOCTYPE with an internal subset before the root and a ">" in an attribute value', () => {
    const doc = root('<!DOCTYPE a [ <!ENTITY x "y"> ]>\n<a k="1>2"><b>ok</b></a>');
    expect(doc.attrs.k).toBe('1>2');
    expect(textAt(doc, 'b')).toBe('ok');
  });

  it('finds paths and the first non-empty of several', () => {
    const doc = root(
      '<Ntry><Sts><Cd>BOOK</Cd></Sts><BookgDt><DtTm>2026-06-22T09:15:00</DtTm></BookgDt></Ntry>',
    );
    expect(at(doc, 'Sts/Cd')?.text).toBe('BOOK');
    expect(at(doc, 'Sts/Missing/Deeper')).toBeUndefined();
    expect(textAt(doc, 'BookgDt/Dt', 'BookgDt/DtTm')).toBe('2026-06-22T09:15:00');
    expect(textAt(doc, 'Nothing')).toBe('');
  });

  it.each([
    ['an unclosed element', '<a>\n<b>text</b>', 2],
    ['crossed tags', '<a>\n<b></a></b>', 2],
    ['two roots', '<a/>\n<b/>', 2],
    ['text after the root', '<a/>\ntrailing', 2],
    ['an unterminated comment', '<a><!-- open', 1],
    ['a broken attribute', '<a\nx=1/>', 1],
    ['a stray "<"', '<a>1 < 2</a>', 1],
    ['an unterminated tag', '<a><b', 1],
    ['no element at all', '<?xml version="1.0"?>', 1],
    ['a closing tag without opening', '</a>', 1],
  ])('refuses %s with the line of the fault', (_name, source, line) => {
    expect(parseXml(source)).toEqual({ ok: false, line });
  });

  it('reads a deeply nested document without recursion limits', () => {
    const depth = 20000;
    const doc = root(`${'<x>'.repeat(depth)}deep${'</x>'.repeat(depth)}`);
    let el = doc;
    let levels = 1;
    while (el.children.length > 0) {
      el = el.children[0];
      levels++;
    }
    expect(levels).toBe(depth);
    expect(el.text).toBe('deep');
  });
});
