// Emulated Range, part 2: notes and cell formats (number formats, colours, weight, alignment, wrap).

import { type CellFormat, type FormatKey, formatValue, normalizeColor, withFormat } from '../sheets/formats';
import { fillLayer, mapRect, writeLayer } from '../sheets/sheet-io';
import { EmuRangeBase } from './range-base';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Alignment = 'left' | 'center' | 'normal' | 'right' | null;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

export abstract class EmuRangeFormat
  extends EmuRangeBase
  implements
    Pick<
      Range,
      | 'getNote'
      | 'getNotes'
      | 'setNote'
      | 'setNotes'
      | 'clearNote'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getBackground'
      | 'getBackgrounds'
      | 'setBackground'
      | 'setBackgrounds'
      | 'getFontColor'
      | 'setFontColor'
      | 'setFontColors'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'getHorizontalAlignment'
      | 'getHorizontalAlignments'
      | 'setHorizontalAlignment'
      | 'setHorizontalAlignments'
      | 'getWrap'
      | 'getWraps'
      | 'setWrap'
      | 'setWraps'
    >
{
  getNote(): string {
    this.track('getNote');
    return this.sheetModel.notes.get(this.rect.row, this.rect.col) ?? '';
  }

  getNotes(): string[][] {
    this.track('getNotes');
    return mapRect(this.rect, (row, col) => this.sheetModel.notes.get(row, col) ?? '');
  }

  setNote(note: string | null): Range {
    this.track('setNote');
    fillLayer(this.sheetModel.notes, this.rect, () => (note ? String(note) : undefined));
    return this.self();
  }

  setNotes(notes: Array<Array<string | null>>): Range {
    this.track('setNotes');
    writeLayer(this.sheetModel.notes, this.rect, notes, (note) => (note ? String(note) : undefined));
    return this.self();
  }

  clearNote(): Range {
    this.track('clearNote');
    this.clearLayers({ commentsOnly: true });
    return this.self();
  }

  private getFormat<K extends FormatKey>(key: K): Required<CellFormat>[K] {
    return formatValue(this.sheetModel.formats.get(this.rect.row, this.rect.col), key);
  }

  private getFormats<K extends FormatKey>(key: K): Array<Array<Required<CellFormat>[K]>> {
    return mapRect(this.rect, (row, col) => formatValue(this.sheetModel.formats.get(row, col), key));
  }

  private setFormat<K extends FormatKey>(key: K, value: CellFormat[K] | undefined): Range {
    fillLayer(this.sheetModel.formats, this.rect, (old) => withFormat(old, key, value));
    return this.self();
  }

  private setFormatsFrom<K extends FormatKey, V>(
    key: K,
    values: V[][],
    convert: (value: V) => CellFormat[K] | undefined,
  ): Range {
    writeLayer(this.sheetModel.formats, this.rect, values, (value, old) =>
      withFormat(old, key, convert(value)),
    );
    return this.self();
  }

  getNumberFormat(): string {
    this.track('getNumberFormat');
    return this.getFormat('numberFormat');
  }

  getNumberFormats(): string[][] {
    this.track('getNumberFormats');
    return this.getFormats('numberFormat');
  }

  setNumberFormat(numberFormat: string): Range {
    this.track('setNumberFormat');
    return this.setFormat('numberFormat', numberFormat || undefined);
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this.track('setNumberFormats');
    return this.setFormatsFrom('numberFormat', numberFormats, (format) => format || undefined);
  }

  getBackground(): string {
    this.track('getBackground');
    return this.getFormat('background');
  }

  getBackgrounds(): string[][] {
    this.track('getBackgrounds');
    return this.getFormats('background');
  }

  setBackground(color: string | null): Range {
    this.track('setBackground');
    return this.setFormat('background', normalizeColor(color));
  }

  setBackgrounds(colors: Array<Array<string | null>>): Range {
    this.track('setBackgrounds');
    return this.setFormatsFrom('background', colors, normalizeColor);
  }

  getFontColor(): string {
    this.track('getFontColor');
    return this.getFormat('fontColor');
  }

  setFontColor(color: string | null): Range {
    this.track('setFontColor');
    return this.setFormat('fontColor', normalizeColor(color));
  }

  setFontColors(colors: Array<Array<string | null>>): Range {
    this.track('setFontColors');
    return this.setFormatsFrom('fontColor', colors, normalizeColor);
  }

  getFontWeight(): FontWeight {
    this.track('getFontWeight');
    return this.getFormat('fontWeight');
  }

  getFontWeights(): FontWeight[][] {
    this.track('getFontWeights');
    return this.getFormats('fontWeight');
  }

  setFontWeight(fontWeight: FontWeight | null): Range {
    this.track('setFontWeight');
    return this.setFormat('fontWeight', fontWeight ?? undefined);
  }

  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): Range {
    this.track('setFontWeights');
    return this.setFormatsFrom('fontWeight', fontWeights, (weight) => weight ?? undefined);
  }

  getHorizontalAlignment(): string {
    this.track('getHorizontalAlignment');
    return this.getFormat('horizontalAlignment');
  }

  getHorizontalAlignments(): string[][] {
    this.track('getHorizontalAlignments');
    return this.getFormats('horizontalAlignment');
  }

  setHorizontalAlignment(alignment: Alignment): Range {
    this.track('setHorizontalAlignment');
    return this.setFormat('horizontalAlignment', alignment ?? undefined);
  }

  setHorizontalAlignments(alignments: Alignment[][]): Range {
    this.track('setHorizontalAlignments');
    return this.setFormatsFrom('horizontalAlignment', alignments, (alignment) => alignment ?? undefined);
  }

  getWrap(): boolean {
    this.track('getWrap');
    return this.getFormat('wrap');
  }

  getWraps(): boolean[][] {
    this.track('getWraps');
    return this.getFormats('wrap');
  }

  setWrap(isWrapEnabled: boolean): Range {
    this.track('setWrap');
    return this.setFormat('wrap', isWrapEnabled);
  }

  setWraps(isWrapEnabled: boolean[][]): Range {
    this.track('setWraps');
    return this.setFormatsFrom('wrap', isWrapEnabled, Boolean);
  }
}
