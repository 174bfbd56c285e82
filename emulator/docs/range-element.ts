// Emulated RangeElement: a search result, the Text element and the inclusive character offsets of the match.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import type { DocNode } from './model';
import { wrap } from './node';
import type { Found, SearchStart } from './search';

type RangeElement = GoogleAppsScript.Document.RangeElement;

export class EmuRangeElement
  extends EmuService
  implements Pick<RangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'>
{
  constructor(
    ctx: EmuContext,
    readonly node: DocNode,
    readonly start: number,
    readonly endInclusive: number,
  ) {
    super(ctx, 'RangeElement');
  }

  /** findText's answer, or null when nothing matched (as Apps Script returns). */
  static of(ctx: EmuContext, found: Found | null): RangeElement {
    return (
      found ? new EmuRangeElement(ctx, found.node, found.start, found.endInclusive) : null
    ) as RangeElement;
  }

  getElement(): GoogleAppsScript.Document.Element {
    this.track('getElement');
    return wrap(this.ctx, this.node);
  }

  /** -1 unless partial. */
  getStartOffset(): number {
    this.track('getStartOffset');
    return this.start;
  }

  getEndOffsetInclusive(): number {
    this.track('getEndOffsetInclusive');
    return this.endInclusive;
  }

  isPartial(): boolean {
    this.track('isPartial');
    return this.start >= 0;
  }
}

/** The `from` argument of findText: one of our RangeElements, or nothing. */
export function searchStart(from: unknown): SearchStart | null {
  if (from === undefined || from === null) return null;
  if (!(from instanceof EmuRangeElement)) throw new EmuException(messages.invalidArgument('from'));
  return { node: from.node, endInclusive: from.endInclusive };
}
