// getAttributes/setAttributes: the DocumentApp.Attribute keys each element type has, read from and written to nodes.

import { EmuException, messages } from '../core/exception';
import { type AttributeName, PARAGRAPH_ATTRIBUTES, SECTION_ATTRIBUTES, TEXT_ATTRIBUTES } from './enums';
import { type DocNode, descendants, type ParagraphNode, type TextStyle, textNodesOf } from './model';
import { restyle, type StylePatch, uniformValue } from './text-ops';

/** Docs takes colours in CSS hex notation and reports them as #rrggbb. */
export function normalizeDocColor(color: unknown): string {
  const text = String(color).trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  throw new EmuException(messages.invalidArgument('color'));
}

/** A character attribute value as stored: null clears it. */
export function textValue(key: keyof TextStyle, value: unknown): TextStyle[keyof TextStyle] | null {
  if (value === null || value === undefined) return null;
  switch (key) {
    case 'fontSize': {
      const size = Number(value);
      if (!Number.isFinite(size) || size <= 0) throw new EmuException(messages.invalidArgument('size'));
      return size;
    }
    case 'fontFamily':
    case 'linkUrl':
      return String(value) === '' ? null : String(value);
    case 'foregroundColor':
    case 'backgroundColor':
      return normalizeDocColor(value);
    default:
      return Boolean(value);
  }
}

function textAttributes(node: DocNode, skip: readonly AttributeName[] = []): Record<string, unknown> {
  const nodes = textNodesOf(node);
  const result: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTES) as Array<[AttributeName, keyof TextStyle]>) {
    if (!skip.includes(name)) result[name] = uniformValue(nodes, key) ?? null;
  }
  return result;
}

function paragraphAttributes(paragraph: ParagraphNode): Record<string, unknown> {
  const result: Record<string, unknown> = {
    HEADING: paragraph.heading,
    HORIZONTAL_ALIGNMENT: paragraph.alignment,
  };
  for (const name of PARAGRAPH_ATTRIBUTES) result[name] = paragraph.attrs[name] ?? null;
  if (paragraph.list) {
    result.LIST_ID = paragraph.list.id;
    result.NESTING_LEVEL = paragraph.list.nestingLevel;
    result.GLYPH_TYPE = paragraph.list.glyphType;
  }
  return result;
}

/** The element's attributes keyed by Attribute name; null where unset or mixed. */
export function readAttributes(node: DocNode): Record<string, unknown> {
  switch (node.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return { ...textAttributes(node), ...paragraphAttributes(node) };
    case 'TABLE':
      return { ...textAttributes(node), BORDER_COLOR: node.borderColor, BORDER_WIDTH: node.borderWidth };
    case 'TABLE_ROW':
      return { ...textAttributes(node), MINIMUM_HEIGHT: node.minimumHeight };
    case 'TABLE_CELL':
      return {
        ...textAttributes(node, ['BACKGROUND_COLOR']),
        BACKGROUND_COLOR: node.backgroundColor,
        WIDTH: node.width,
        PADDING_TOP: node.padding.top,
        PADDING_RIGHT: node.padding.right,
        PADDING_BOTTOM: node.padding.bottom,
        PADDING_LEFT: node.padding.left,
        VERTICAL_ALIGNMENT: node.verticalAlignment,
      };
    case 'INLINE_IMAGE':
      return { WIDTH: node.width, HEIGHT: node.height, LINK_URL: node.linkUrl };
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
      return {};
    case 'TEXT':
      return textAttributes(node);
    default: {
      const result = textAttributes(node);
      for (const name of SECTION_ATTRIBUTES) result[name] = node.attrs[name] ?? null;
      return result;
    }
  }
}

function writeParagraph(paragraph: ParagraphNode, attributes: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'HEADING' && value !== null) paragraph.heading = String(value) as ParagraphNode['heading'];
    else if (name === 'HORIZONTAL_ALIGNMENT' && value !== null)
      paragraph.alignment = String(value) as ParagraphNode['alignment'];
    else if ((PARAGRAPH_ATTRIBUTES as readonly string[]).includes(name)) {
      if (value === null) delete paragraph.attrs[name];
      else paragraph.attrs[name] = typeof value === 'boolean' ? value : Number(value);
    }
  }
}

function number(value: unknown, what: string): number {
  const result = Number(value);
  if (!Number.isFinite(result) || result < 0) throw new EmuException(messages.invalidArgument(what));
  return result;
}

/** Applies the attributes that make sense for the node; character attributes reach all text below it. */
export function writeAttributes(node: DocNode, attributes: Record<string, unknown>): void {
  const patch: StylePatch = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTES) as Array<[AttributeName, keyof TextStyle]>) {
    if (!(name in attributes) || (node.type === 'TABLE_CELL' && name === 'BACKGROUND_COLOR')) continue;
    Object.assign(patch, { [key]: textValue(key, attributes[name]) });
  }
  if (Object.keys(patch).length && node.type !== 'INLINE_IMAGE') {
    for (const text of textNodesOf(node)) restyle(text, 0, text.text.length, patch);
  }
  const a = attributes;
  switch (node.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      writeParagraph(node, a);
      break;
    case 'TABLE':
      if (a.BORDER_COLOR != null) node.borderColor = normalizeDocColor(a.BORDER_COLOR);
      if (a.BORDER_WIDTH != null) node.borderWidth = number(a.BORDER_WIDTH, 'width');
      break;
    case 'TABLE_ROW':
      if (a.MINIMUM_HEIGHT != null) node.minimumHeight = number(a.MINIMUM_HEIGHT, 'height');
      break;
    case 'TABLE_CELL':
      if ('BACKGROUND_COLOR' in a)
        node.backgroundColor = a.BACKGROUND_COLOR === null ? null : normalizeDocColor(a.BACKGROUND_COLOR);
      if (a.WIDTH != null) node.width = number(a.WIDTH, 'width');
      for (const side of ['top', 'right', 'bottom', 'left'] as const) {
        const value = a[`PADDING_${side.toUpperCase()}`];
        if (value != null) node.padding[side] = number(value, 'padding');
      }
      if (a.VERTICAL_ALIGNMENT != null) node.verticalAlignment = String(a.VERTICAL_ALIGNMENT);
      break;
    case 'INLINE_IMAGE':
      if (a.WIDTH != null) node.width = number(a.WIDTH, 'width');
      if (a.HEIGHT != null) node.height = number(a.HEIGHT, 'height');
      if ('LINK_URL' in a) node.linkUrl = a.LINK_URL === null ? null : String(a.LINK_URL);
      break;
    case 'BODY_SECTION':
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
      for (const name of SECTION_ATTRIBUTES) if (a[name] != null) node.attrs[name] = number(a[name], name);
      for (const child of descendants(node))
        if (child.type === 'PARAGRAPH' || child.type === 'LIST_ITEM') writeParagraph(child, a);
      break;
    default:
      break;
  }
}
