// What the quote and confirmation templates' placeholders stand for, computed from the domain's figures.

import { type Lang, t } from '../../shared/i18n';
import type { Client } from '../client';
import { formatDate, type IsoDate } from '../dates';
import { formatScaled } from '../decimal';
import { formatMoney } from '../money';
import type { Order } from '../order';
import type { Confirmation } from '../quote/confirmation';
import { optionsNotTaken } from '../quote/confirmation';
import { type Position, PRICE_DECIMALS, positionNet, QUANTITY_DECIMALS } from '../quote/position';
import type { Quote } from '../quote/quote';
import { computeTotals, subtotals, type Totals, withVat } from '../quote/totals';
import type { UsageRights } from '../quote/usageRights';
import type { Settings } from '../settings';
import type { DocumentData, Values } from './fill';

export interface DocumentParty {
  order: Order;
  client: Client | null;
  settings: Settings;
  lang: Lang;
  /** Who creates the document (signs it). */
  user: string;
}

/** Blank text as null: the paragraph or row holding it is left out. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** The agency, from the settings: letterhead, footer and bank details of every document. */
export function companyValues(settings: Settings): Values {
  const c = settings.company;
  return {
    'company.name': c.name,
    'company.street': c.street,
    'company.postcode': c.postcode,
    'company.city': c.city,
    'company.email': c.email,
    'company.phone': c.phone,
    'company.vatId': orNull(c.vatId),
    'company.taxNumber': orNull(c.taxNumber),
    'company.iban': orNull(c.iban),
    'company.bic': orNull(c.bic),
  };
}

/** Letterhead, the client and a greeting, the order and who makes the document: every document's head. */
export function partyValues(p: DocumentParty): Values {
  const client = p.client;
  const contact = client?.contactPerson ?? '';
  return {
    ...companyValues(p.settings),
    'client.name': client?.name ?? p.order.client,
    'client.contact': orNull(contact),
    'client.street': orNull(client?.street ?? ''),
    'client.postcode': client?.postcode ?? '',
    'client.city': client?.city ?? '',
    'client.vatId': orNull(client?.vatId ?? ''),
    greeting: contact ? t(p.lang, 'doc.greetingNamed', { name: contact }) : t(p.lang, 'doc.greeting'),
    'order.number': p.order.number,
    'order.title': p.order.title,
    'user.email': p.user,
  };
}

function money(cents: number, lang: Lang): string {
  return formatMoney(cents, lang);
}

export interface PositionRowOptions {
  lang: Lang;
  /** Unit prices and totals with VAT: quotes to consumers (section I 33). Invoices print net. */
  gross: boolean;
  /** How VAT is added to a gross price (no VAT for Kleinunternehmer). */
  vatMode: Settings['vat']['mode'];
  /** Optional positions the client accepted: printed like any other. */
  accepted?: readonly string[];
}

/** The rows of the positions table ({{pos.*}}) of a quote, confirmation or invoice. */
export function positionRows(positions: readonly Position[], options: PositionRowOptions): Values[] {
  const { lang, gross, vatMode } = options;
  const accepted = options.accepted ?? [];
  const sums = subtotals(positions, accepted);
  let no = 0;
  return positions.map((pos) => {
    if (pos.kind === 'title') {
      return {
        'pos.no': '',
        'pos.description': pos.description,
        'pos.quantity': '',
        'pos.unit': '',
        'pos.unitPrice': '',
        'pos.total': '',
        'pos.kind': 'title',
      };
    }
    if (pos.kind === 'subtotal') {
      const sum = sums.get(pos.id) ?? 0;
      return {
        'pos.no': '',
        'pos.description': t(lang, 'doc.subtotal'),
        'pos.quantity': '',
        'pos.unit': '',
        'pos.unitPrice': '',
        'pos.total': money(sum, lang),
        'pos.kind': 'subtotal',
      };
    }
    no += 1;
    const net = positionNet(pos);
    const unitPrice = gross ? withVatPrice(pos, vatMode) : pos.unitPrice;
    const total = gross ? withVat(net, pos.vatRate, vatMode) : net;
    const optional = pos.optional && !accepted.includes(pos.id);
    const discount = pos.discountBp
      ? ` (${t(lang, 'doc.discountShort', { percent: formatScaled(pos.discountBp, 2, lang, 0) })})`
      : '';
    return {
      'pos.no': String(no),
      'pos.description': (optional ? `${t(lang, 'doc.optional')}: ` : '') + pos.description + discount,
      'pos.quantity': formatScaled(pos.quantity, QUANTITY_DECIMALS, lang, 0),
      'pos.unit': t(lang, `unit.${pos.unit}`),
      'pos.unitPrice': `${formatScaled(unitPrice, PRICE_DECIMALS, lang, 2)} €`,
      'pos.total': optional ? `(${money(total, lang)})` : money(total, lang),
      'pos.kind': optional ? 'optional' : 'item',
    };
  });
}

/** A unit price with VAT, kept to four decimals. */
function withVatPrice(pos: Position, vatMode: Settings['vat']['mode']): number {
  if (vatMode === 'smallBusiness') return pos.unitPrice;
  return Math.round((pos.unitPrice * (100 + pos.vatRate)) / 100);
}

function totalsValues(
  totals: Totals,
  discountBp: number,
  p: DocumentParty,
): { values: Values; rates: Values[] } {
  const { lang } = p;
  const small = p.settings.vat.mode === 'smallBusiness';
  return {
    values: {
      'totals.net': money(totals.net, lang),
      'totals.discountLabel': discountBp
        ? t(lang, 'doc.discount', { percent: formatScaled(discountBp, 2, lang, 0) })
        : null,
      'totals.discount': discountBp ? `-${money(totals.discount, lang)}` : null,
      'totals.netAfterDiscount': discountBp ? money(totals.netAfterDiscount, lang) : null,
      'totals.vat': money(totals.vat, lang),
      'totals.gross': money(totals.gross, lang),
      'totals.optional': totals.optionalNet
        ? t(lang, 'doc.optionalNote', { amount: money(totals.optionalNet, lang) })
        : null,
      'vat.note': small ? t(lang, 'doc.smallBusiness') : null,
    },
    rates: small
      ? []
      : totals.rates.map((r) => ({
          'rate.label': t(lang, 'doc.vatLine', { rate: r.rate, base: money(r.netAfterDiscount, lang) }),
          'rate.vat': money(r.vat, lang),
        })),
  };
}

/** The usage-rights block (section I 35): printed on quote, confirmation and invoice. */
export function rightsValues(rights: UsageRights | null, lang: Lang): Values {
  if (!rights) return { 'rights.heading': null, 'rights.text': null };
  const parts = [
    t(lang, `rights.${rights.kind}`),
    rights.media && t(lang, 'doc.rightsMedia', { media: rights.media }),
    rights.territory && t(lang, 'doc.rightsTerritory', { territory: rights.territory }),
    rights.duration && t(lang, 'doc.rightsDuration', { duration: rights.duration }),
  ].filter(Boolean);
  const text = `${parts.join(', ')}.${rights.onFullPayment ? ` ${t(lang, 'doc.rightsOnPayment')}` : ''}`;
  return { 'rights.heading': t(lang, 'doc.rightsHeading'), 'rights.text': text };
}

export const date = (iso: IsoDate | null, lang: Lang) => (iso ? formatDate(iso, lang) : '');

export function quoteDocumentData(quote: Quote, p: DocumentParty): DocumentData {
  const gross = p.client?.kind === 'consumer';
  const totals = computeTotals(quote.positions, {
    discountBp: quote.discountBp,
    vatMode: p.settings.vat.mode,
  });
  const { values: totalValues, rates } = totalsValues(totals, quote.discountBp, p);
  return {
    values: {
      ...partyValues(p),
      ...labels(gross, p.lang),
      'quote.number': quote.number,
      'quote.version': String(quote.version),
      'quote.date': date(quote.date, p.lang),
      'quote.validUntil': date(quote.validUntil, p.lang),
      'quote.title': quote.title || p.order.title,
      'quote.intro': orNull(quote.intro),
      'quote.closing': orNull(quote.closing),
      'quote.paymentTerms': orNull(quote.paymentTerms),
      ...totalValues,
      ...rightsValues(quote.usageRights, p.lang),
    },
    rows: {
      pos: positionRows(quote.positions, { lang: p.lang, gross, vatMode: p.settings.vat.mode }),
      rate: rates,
    },
  };
}

export function confirmationDocumentData(c: Confirmation, quote: Quote, p: DocumentParty): DocumentData {
  const gross = p.client?.kind === 'consumer';
  // The confirmation carries the quote's document discount: the client accepted that price.
  const totals = computeTotals(c.positions, { discountBp: quote.discountBp, vatMode: p.settings.vat.mode });
  const { values: totalValues, rates } = totalsValues(totals, quote.discountBp, p);
  const notTaken = optionsNotTaken(quote);
  const deviations = [
    notTaken.length
      ? t(p.lang, 'doc.optionsNotTaken', { items: notTaken.map((o) => o.description).join(', ') })
      : '',
    c.deviationNote,
  ].filter(Boolean);
  return {
    values: {
      ...partyValues(p),
      ...labels(gross, p.lang),
      'confirmation.number': c.number,
      'confirmation.date': date(c.date, p.lang),
      'confirmation.deadline': c.deadline ? date(c.deadline, p.lang) : null,
      'confirmation.clientReference': orNull(c.clientReference),
      'confirmation.deviations': deviations.length ? deviations.join(' ') : t(p.lang, 'doc.noDeviations'),
      'quote.number': quote.number,
      'quote.date': date(quote.date, p.lang),
      'quote.title': quote.title || p.order.title,
      'quote.paymentTerms': orNull(quote.paymentTerms),
      ...totalValues,
      ...rightsValues(quote.usageRights, p.lang),
    },
    rows: {
      pos: positionRows(c.positions, { lang: p.lang, gross, vatMode: p.settings.vat.mode }),
      rate: rates,
      ms: c.milestones.map((m) => ({ 'ms.date': date(m.date, p.lang), 'ms.label': m.label })),
    },
  };
}

/** Column headings that say net or gross. */
export function labels(gross: boolean, lang: Lang): Values {
  return {
    'label.unitPrice': t(lang, gross ? 'doc.unitPriceGross' : 'doc.unitPriceNet'),
    'label.total': t(lang, gross ? 'doc.totalGross' : 'doc.totalNet'),
  };
}
