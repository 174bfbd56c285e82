// The texts of a dunning letter as message keys with formatted parameters: subject, body and table rows.
import type { Lang, MessageKey, MessageParams } from '../../shared/i18n';
import { formatDate } from '../dates';
import { formatScaled } from '../decimal';
import { type Cents, formatMoney } from '../money';
import type { LetterFigures, LetterInput } from './letter';
import type { DunningLevel } from './levels';

export interface LetterRow {
  key: MessageKey;
  params: MessageParams;
  cents: Cents;
}

/** The default subject and body of a level; their parameters come from letterParams(). */
export function letterTextKeys(level: DunningLevel): { subject: MessageKey; body: MessageKey } {
  return { subject: `dunning.letter.subject.${level}`, body: `dunning.letter.body.${level}` };
}

/** {number}, {issueDate}, {open}, {total}, {deadline} for subject and body. */
export function letterParams(
  invoice: LetterInput['invoice'],
  figures: LetterFigures,
  lang: Lang,
): MessageParams {
  return {
    number: invoice.number,
    issueDate: formatDate(invoice.issueDate, lang),
    open: formatMoney(figures.openCents, lang),
    total: formatMoney(figures.totalCents, lang),
    deadline: formatDate(figures.deadline, lang),
  };
}

/** Open amount, one row per interest line, fee, lump sum and total; rows of 0 € additions are left out. */
export function letterRows(figures: LetterFigures, lang: Lang): LetterRow[] {
  const rows: LetterRow[] = [{ key: 'dunning.letter.open', params: {}, cents: figures.openCents }];
  for (const line of figures.interest.lines) {
    rows.push({
      key: 'dunning.letter.interest',
      params: {
        rate: formatScaled(line.rateBp, 2, lang),
        from: formatDate(line.from, lang),
        to: formatDate(line.to, lang),
        days: line.days,
        yearDays: line.yearDays,
        principal: formatMoney(line.principalCents, lang),
      },
      cents: line.cents,
    });
  }
  if (figures.feeCents > 0) rows.push({ key: 'dunning.letter.fee', params: {}, cents: figures.feeCents });
  if (figures.lumpSumCents > 0)
    rows.push({ key: 'dunning.letter.lumpSum', params: {}, cents: figures.lumpSumCents });
  rows.push({ key: 'dunning.letter.total', params: {}, cents: figures.totalCents });
  return rows;
}
