// Translating what the views show: stages (as coloured chips), server-sent keys such as next steps, days in stage.
import type { QuoteStatus } from '../src/domain/quote/quote';
import type { StageKey } from '../src/domain/stages';
import { isMessageKey, type Lang, type MessageKey, type MessageParams, t } from '../src/shared/i18n/browser';
import { el } from './dom';

export type Tr = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Tr {
  return (key, params) => t(lang, key, params);
}

/** A key the server sent (a next step, a source): translated if known, otherwise shown as it came. */
export function trLoose(tr: Tr, key: string): string {
  return isMessageKey(key) ? tr(key) : key;
}

export function stageLabel(tr: Tr, stage: StageKey): string {
  return tr(`stage.${stage}`);
}

/** The stage as a coloured chip; the colours live in sidebar.css (.stage-*), matching the sheet's. */
export function stageChip(tr: Tr, stage: StageKey): HTMLElement {
  return el('span', { class: `chip stage-${stage}` }, stageLabel(tr, stage));
}

/** "seit heute", "seit 1 Tag", "seit 12 Tagen". */
export function daysText(tr: Tr, days: number): string {
  return days === 0 ? tr('ui.days.zero') : days === 1 ? tr('ui.days.one') : tr('ui.days.other', { n: days });
}

/** A quote's status as a chip; colours in base.css (.qs-*). */
export function quoteStatusChip(tr: Tr, status: QuoteStatus): HTMLElement {
  return el('span', { class: `chip qs-${status}` }, tr(`quoteStatus.${status}`));
}
