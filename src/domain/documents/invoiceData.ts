// What the invoice template's placeholders stand for (§ 14 Abs. 4 UStG, invoicing-de.md A, E, H), from the invoice's figures.

import { type Lang, t } from '../../shared/i18n';
import { formatDate, type IsoDate } from '../dates';
import { formatScaled } from '../decimal';
import { chargesVat, invoiceFigures } from '../invoice/figures';
import type { Deduction, Invoice, InvoiceFigures, Supply } from '../invoice/invoice';
import { skontoUntil } from '../invoice/legalCheck';
import { formatMoney } from '../money';
import { computeTotals } from '../quote/totals';
import { isIban } from '../validators';
import type { DocumentData, Values } from './fill';
import {
  companyValues,
  type DocumentParty,
  date,
  labels,
  orNull,
  positionRows,
  rightsValues,
} from './quoteData';

/** Who the invoice is from and in which language; the recipient comes frozen with the invoice. */
export type InvoiceParty = Pick<DocumentParty, 'order' | 'settings' | 'lang' | 'user'>;

const money = (cents: number, lang: Lang) => formatMoney(cents, lang);

export function invoiceDocumentData(invoice: Invoice, p: InvoiceParty): DocumentData {
  const { lang } = p;
  const figures = invoiceFigures(invoice);
  return {
    values: {
      ...companyValues(p.settings),
      ...recipientValues(invoice, p),
      'order.number': p.order.number,
      'order.title': p.order.title,
      'user.email': p.user,
      ...labels(false, lang),
      ...headValues(invoice, p),
      ...totalsValues(invoice, figures, lang),
      ...paymentValues(invoice, figures, p),
      ...rightsValues(invoice.usageRights, lang),
    },
    rows: {
      pos: positionRows(invoice.positions, { lang, gross: false, vatMode: p.settings.vat.mode }),
      rate: rateRows(invoice, figures, lang),
      ded: invoice.deductions.flatMap((d) => deductionRows(d, invoice, lang)),
    },
  };
}

function recipientValues(invoice: Invoice, p: InvoiceParty): Values {
  const r = invoice.recipient;
  const country = r.country.trim().toUpperCase();
  const home = (p.settings.company.country || 'DE').trim().toUpperCase();
  return {
    'client.name': r.name,
    'client.street': orNull(r.street),
    'client.postcode': r.postcode,
    'client.city': r.city,
    'client.country': country === '' || country === home ? null : country,
    'client.vatId': orNull(r.vatId),
    greeting: t(p.lang, 'doc.greeting'),
  };
}

/** Number, dates, title, what the invoice rests on or cancels, the supply (A 1, A 6, E 23). */
function headValues(invoice: Invoice, p: InvoiceParty): Values {
  const { lang } = p;
  const typeName = t(lang, `invoiceType.${invoice.type}`);
  const cancels = invoice.type === 'cancellation' ? invoice.cancels : null;
  return {
    'invoice.type': typeName,
    'invoice.number': invoice.number,
    'invoice.date': date(invoice.issueDate, lang),
    'invoice.heading': cancels
      ? t(lang, 'invoiceTitle.cancellation', {
          number: cancels.number,
          date: formatDate(cancels.issueDate, lang),
        })
      : heading(typeName, invoice.title.trim() || p.order.title.trim(), lang),
    'invoice.reference': cancels
      ? t(lang, 'invoiceDoc.basis.cancellation', {
          number: cancels.number,
          date: formatDate(cancels.issueDate, lang),
        })
      : invoice.basis.trim()
        ? t(lang, `invoiceDoc.basis.${invoice.type}`, {
            basis: invoice.basis,
            order: invoice.orderNo,
          })
        : null,
    'invoice.supply': supplyText(invoice.supply, invoice.type === 'downPayment', lang),
    'invoice.dueDate':
      invoice.type === 'cancellation' || !invoice.dueDate ? null : date(invoice.dueDate, lang),
    'invoice.intro': orNull(invoice.intro) ?? t(lang, `invoiceDoc.intro.${invoice.type}`),
  };
}

/** "Rechnung: Logo-Relaunch"; a title that only repeats the type ("Rechnung") is not said twice. */
function heading(typeName: string, title: string, lang: Lang): string {
  const repeats = [typeName, t('de', 'invoiceType.standard'), t('en', 'invoiceType.standard')].some(
    (name) => name.toLowerCase() === title.toLowerCase(),
  );
  return title === '' || repeats ? typeName : t(lang, 'invoiceDoc.heading', { type: typeName, title });
}

/** A 1: the date or period of supply; a down payment may name an expected one, or say it is not yet fixed. */
function supplyText(supply: Supply, expected: boolean, lang: Lang): string {
  const from = supply.from ?? supply.to;
  const to = supply.to ?? supply.from;
  if (from === null || to === null) return t(lang, 'invoiceDoc.supplyOpen');
  if (from === to)
    return t(lang, expected ? 'invoiceDoc.expectedDate' : 'invoiceDoc.supplyDate', {
      date: formatDate(from, lang),
    });
  return t(lang, expected ? 'invoiceDoc.expectedPeriod' : 'invoiceDoc.supplyPeriod', {
    from: formatDate(from, lang),
    to: formatDate(to, lang),
  });
}

/**
 * The totals block from the invoice's figures. The document discount's lines take the undiscounted net and the
 * discount from the same computeTotals the figures rest on; everything else is the figures' own.
 */
function totalsValues(invoice: Invoice, figures: InvoiceFigures, lang: Lang): Values {
  const discounted = invoice.discountBp !== 0;
  const before = discounted
    ? computeTotals(invoice.positions, { discountBp: invoice.discountBp, vatMode: 'regular' })
    : null;
  const deducts = invoice.deductions.length > 0;
  return {
    'totals.net': money(before ? before.net : figures.net, lang),
    'totals.discountLabel': before
      ? t(lang, 'doc.discount', { percent: formatScaled(invoice.discountBp, 2, lang, 0) })
      : null,
    'totals.discount': before ? money(0 - before.discount, lang) : null,
    'totals.netAfterDiscount': before ? money(figures.net, lang) : null,
    // Kleinunternehmer: no VAT amount anywhere (A 3).
    'totals.vat': invoice.treatment === 'smallBusiness' ? null : money(figures.vat, lang),
    'totals.gross': money(figures.gross, lang),
    'totals.grossLabel': deducts ? t(lang, 'invoiceDoc.total') : null,
    'totals.dueLabel': t(lang, deducts ? 'invoiceDoc.stillDue' : 'invoiceDoc.total'),
    'totals.due': money(figures.due, lang),
    'vat.note':
      invoice.treatment === 'smallBusiness'
        ? t(lang, 'doc.smallBusiness')
        : invoice.treatment === 'reverseCharge'
          ? t(lang, 'invoiceDoc.reverseCharge')
          : null,
  };
}

/** A 1: net, rate and tax per rate; reverse charge one line without VAT (A 4); Kleinunternehmer none (A 3). */
function rateRows(invoice: Invoice, figures: InvoiceFigures, lang: Lang): Values[] {
  if (invoice.treatment === 'smallBusiness') return [];
  if (invoice.treatment === 'reverseCharge')
    return [
      {
        'rate.label': t(lang, 'invoiceDoc.vatLineReverse', { base: money(figures.net, lang) }),
        'rate.vat': money(figures.vat, lang),
      },
    ];
  return figures.rates.map((r) => ({
    'rate.label': t(lang, 'doc.vatLine', { rate: r.rate, base: money(r.net, lang) }),
    'rate.vat': money(r.vat, lang),
  }));
}

/** E 24: a deducted down payment with its number, date, net and VAT; one row per rate it carried. */
function deductionRows(d: Deduction, invoice: Invoice, lang: Lang): Values[] {
  return d.rates.map((r) => ({
    'ded.number': d.invoiceNumber,
    'ded.date': formatDate(d.issueDate, lang),
    'ded.rate': `${chargesVat(invoice.treatment) ? r.rate : 0} %`,
    'ded.net': money(r.net, lang),
    'ded.vat': money(r.vat, lang),
    // The row's gross as it reduces the amount due: the down payment's net and VAT at this rate, negated.
    'ded.gross': money(0 - (r.net + r.vat), lang),
  }));
}

/** Skonto (A 7), the request to pay, bank details and the GiroCode's caption (H 32). */
function paymentValues(invoice: Invoice, figures: InvoiceFigures, p: InvoiceParty): Values {
  const { lang } = p;
  const c = p.settings.company;
  const payable = invoice.type !== 'cancellation' && figures.due > 0;
  const iban = c.iban.replace(/\s/g, '').toUpperCase();
  const printedIban = iban.replace(/(.{4})(?=.)/g, '$1 ');
  const bic = c.bic.trim();
  return {
    'invoice.skonto':
      payable && invoice.skonto && invoice.issueDate
        ? t(lang, 'invoiceDoc.skonto', {
            percent: formatScaled(invoice.skonto.percentBp, 2, lang, 0),
            date: formatDate(skontoUntil(invoice.issueDate, invoice.skonto), lang),
          })
        : null,
    'invoice.payment': payable ? paymentSentence(invoice, figures, lang) : null,
    'invoice.paymentTerms': invoice.type === 'cancellation' ? null : orNull(invoice.paymentTerms),
    'invoice.bank':
      iban === ''
        ? null
        : bic
          ? t(lang, 'invoiceDoc.bankBic', { iban: printedIban, bic })
          : t(lang, 'invoiceDoc.bank', { iban: printedIban }),
    // The same conditions under which the issue use case makes the code: an amount due, a valid IBAN, a name.
    'invoice.qrCaption':
      payable && isIban(iban) && c.name.trim() !== '' ? t(lang, 'invoiceDoc.qrCaption') : null,
  };
}

function paymentSentence(invoice: Invoice, figures: InvoiceFigures, lang: Lang): string {
  const params = { amount: money(figures.due, lang), number: invoice.number };
  const due: IsoDate | null = invoice.dueDate;
  return due
    ? t(lang, 'invoiceDoc.payment', { ...params, date: formatDate(due, lang) })
    : t(lang, 'invoiceDoc.paymentNoDate', params);
}
