// What the dunning template's placeholders stand for: level, texts, the claim table and the new deadline (F 26-28).
import { type Lang, t } from '../../shared/i18n';
import { formatDate, type IsoDate } from '../dates';
import type { LetterFigures } from '../dunning/letter';
import { letterParams, letterRows, letterTextKeys } from '../dunning/letterText';
import type { Invoice } from '../invoice/invoice';
import { formatMoney } from '../money';
import type { Order } from '../order';
import type { Settings } from '../settings';
import type { DocumentData } from './fill';
import { companyValues, orNull } from './quoteData';

export interface DunningParty {
  invoice: Omit<Invoice, 'positions'>;
  dueCents: number;
  order: Order;
  settings: Settings;
  lang: Lang;
  /** The letter's date. */
  date: IsoDate;
  /** The agency's own text for this level from Settings; '' for the standard text. */
  ownText: string;
}

export function dunningDocumentData(figures: LetterFigures, p: DunningParty): DocumentData {
  const { invoice, lang } = p;
  const r = invoice.recipient;
  const params = letterParams(
    {
      number: invoice.number,
      issueDate: invoice.issueDate ?? '',
      dueDate: invoice.dueDate,
      dueCents: p.dueCents,
    },
    figures,
    lang,
  );
  const keys = letterTextKeys(figures.level);
  const iban = p.settings.company.iban.replace(/\s+/g, '');
  return {
    values: {
      ...companyValues(p.settings),
      'client.name': r.name,
      'client.street': orNull(r.street),
      'client.postcode': r.postcode,
      'client.city': r.city,
      greeting: t(lang, 'doc.greeting'),
      'order.number': p.order.number,
      'invoice.number': invoice.number,
      'invoice.date': invoice.issueDate ? formatDate(invoice.issueDate, lang) : '',
      'letter.level': t(lang, `dunning.level.${figures.level}`),
      'letter.date': formatDate(p.date, lang),
      'letter.subject': t(lang, keys.subject, params),
      'letter.body': p.ownText.trim() || t(lang, keys.body, params),
      'letter.noVat':
        figures.interest.totalCents + figures.feeCents + figures.lumpSumCents > 0
          ? t(lang, 'dunning.letter.noVat')
          : null,
      'letter.deadline': t(lang, 'dunDoc.deadline', {
        total: formatMoney(figures.totalCents, lang),
        deadline: formatDate(figures.deadline, lang),
      }),
      'invoice.bank':
        iban === ''
          ? null
          : t(lang, 'dunDoc.bank', { iban: iban.replace(/(.{4})/g, '$1 ').trim(), number: invoice.number }),
    },
    rows: {
      row: letterRows(figures, lang).map((row) => ({
        'row.label': t(lang, row.key, row.params),
        'row.amount': formatMoney(row.cents, lang),
      })),
    },
  };
}
