// DocumentApp's enums (members are their own names, as elsewhere in the emulator) and the Attribute table.

import { enumOf, typed } from '../core/enums';
import type { TextStyle } from './model';

export const ElementType = enumOf([
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const);

export const ParagraphHeading = enumOf([
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const);

export const HorizontalAlignment = enumOf(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const VerticalAlignment = enumOf(['BOTTOM', 'CENTER', 'TOP'] as const);
export const TextAlignment = enumOf(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const);
export const GlyphType = enumOf([
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
] as const);

export const Attribute = enumOf([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const);
export type AttributeName = keyof typeof Attribute;

/** Character attributes and the TextStyle key each one is stored under. */
export const TEXT_ATTRIBUTES: Readonly<Partial<Record<AttributeName, keyof TextStyle>>> = Object.freeze({
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
  FOREGROUND_COLOR: 'foregroundColor',
  BACKGROUND_COLOR: 'backgroundColor',
  LINK_URL: 'linkUrl',
});

/** Paragraph attributes kept in ParagraphNode.attrs (heading and alignment have their own fields). */
export const PARAGRAPH_ATTRIBUTES: readonly AttributeName[] = [
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'LINE_SPACING',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'LEFT_TO_RIGHT',
];

export const SECTION_ATTRIBUTES: readonly AttributeName[] = [
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
];

export const documentEnums = {
  Attribute: typed<typeof GoogleAppsScript.Document.Attribute>(Attribute),
  ElementType: typed<typeof GoogleAppsScript.Document.ElementType>(ElementType),
  GlyphType: typed<typeof GoogleAppsScript.Document.GlyphType>(GlyphType),
  HorizontalAlignment: typed<typeof GoogleAppsScript.Document.HorizontalAlignment>(HorizontalAlignment),
  ParagraphHeading: typed<typeof GoogleAppsScript.Document.ParagraphHeading>(ParagraphHeading),
  TextAlignment: typed<typeof GoogleAppsScript.Document.TextAlignment>(TextAlignment),
  VerticalAlignment: typed<typeof GoogleAppsScript.Document.VerticalAlignment>(VerticalAlignment),
};
