// What the German and English quote, confirmation and invoice templates say: blocks the template builder lays out
// (the project phase's agenda, minutes, acceptance and handover templates are in projectTemplates.ts).
import type { Lang } from '../../shared/i18n';
import { isProjectTemplateKind, type ProjectTemplateKind, projectTemplateContent } from './projectTemplates';

export type TemplateKind = 'quote' | 'confirmation' | 'invoice' | 'dunning' | ProjectTemplateKind;
export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'quote',
  'confirmation',
  'invoice',
  'dunning',
  'agenda',
  'minutes',
  'acceptance',
  'handover',
];

export type Block =
  | { type: 'p'; text: string; align?: 'right'; bold?: boolean; size?: number; color?: string }
  | { type: 'h1' | 'h2'; text: string }
  | {
      type: 'table';
      rows: string[][];
      header?: boolean;
      lastBold?: boolean;
      widths?: number[];
      right?: number[];
    };

export interface TemplateContent {
  header: string[];
  body: Block[];
  footer: string[];
}

const W = {
  de: {
    pos: ['Pos.', 'Leistung', 'Menge', 'Einheit'],
    net: 'Summe netto',
    afterDiscount: 'Netto nach Rabatt',
    gross: 'Gesamtbetrag',
    terms: 'Zahlungsbedingungen',
    regards: 'Mit freundlichen Grüßen',
    quoteNo: 'Angebot Nr. {{quote.number}}',
    date: 'Datum:',
    valid: 'Gültig bis: {{quote.validUntil}}',
    order: 'Auftrag: {{order.number}}',
    quoteTitle: 'Angebot: {{quote.title}}',
    confNo: 'Auftragsbestätigung Nr. {{confirmation.number}}',
    reference: 'Ihre Bestellnummer: {{confirmation.clientReference}}',
    forQuote: 'Zu unserem Angebot {{quote.number}} vom {{quote.date}}',
    confTitle: 'Auftragsbestätigung: {{quote.title}}',
    confIntro: 'vielen Dank für Ihren Auftrag. Wir bestätigen Ihnen die folgenden Leistungen:',
    dates: 'Liefertermin und Termine',
    deadline: 'Liefertermin: {{confirmation.deadline}}',
    msHead: ['Termin', 'Meilenstein'],
    deviations: 'Abweichungen vom Angebot',
    vatId: 'USt-IdNr. {{company.vatId}}',
    taxNo: 'Steuernummer {{company.taxNumber}}',
    invoiceNo: '{{invoice.type}} Nr. {{invoice.number}}',
    invoiceDate: 'Rechnungsdatum: {{invoice.date}}',
    forInvoice: 'Rechnung: {{invoice.number}} vom {{invoice.date}}',
    dueDate: 'Fällig am: {{invoice.dueDate}}',
    clientVatId: 'Ihre USt-IdNr.: {{client.vatId}}',
    deduction:
      'Abzüglich Anzahlungsrechnung {{ded.number}} vom {{ded.date}} (netto {{ded.net}}, {{ded.rate}} USt {{ded.vat}})',
  },
  en: {
    pos: ['Pos.', 'Service', 'Qty', 'Unit'],
    net: 'Total net',
    afterDiscount: 'Net after discount',
    gross: 'Total amount',
    terms: 'Payment terms',
    regards: 'Kind regards',
    quoteNo: 'Quote no. {{quote.number}}',
    date: 'Date:',
    valid: 'Valid until: {{quote.validUntil}}',
    order: 'Order: {{order.number}}',
    quoteTitle: 'Quote: {{quote.title}}',
    confNo: 'Order confirmation no. {{confirmation.number}}',
    reference: 'Your order reference: {{confirmation.clientReference}}',
    forQuote: 'Confirming our quote {{quote.number}} of {{quote.date}}',
    confTitle: 'Order confirmation: {{quote.title}}',
    confIntro: 'Thank you for your order. We confirm the following services:',
    dates: 'Delivery date and key dates',
    deadline: 'Delivery date: {{confirmation.deadline}}',
    msHead: ['Date', 'Milestone'],
    deviations: 'Deviations from the quote',
    vatId: 'VAT ID {{company.vatId}}',
    taxNo: 'Tax number {{company.taxNumber}}',
    invoiceNo: '{{invoice.type}} no. {{invoice.number}}',
    invoiceDate: 'Invoice date: {{invoice.date}}',
    forInvoice: 'Invoice: {{invoice.number}} of {{invoice.date}}',
    dueDate: 'Due date: {{invoice.dueDate}}',
    clientVatId: 'Your VAT ID: {{client.vatId}}',
    deduction:
      'Less down-payment invoice {{ded.number}} of {{ded.date}} (net {{ded.net}}, {{ded.rate}} VAT {{ded.vat}})',
  },
};

/** The totals block every document shares: net, discount, VAT per rate, then the document's own last rows. */
function totalsTable(w: (typeof W)[Lang], last: string[][]): Block {
  return {
    type: 'table',
    lastBold: true,
    widths: [300, 183],
    right: [1],
    rows: [
      [w.net, '{{totals.net}}'],
      ['{{totals.discountLabel}}', '{{totals.discount}}'],
      [w.afterDiscount, '{{totals.netAfterDiscount}}'],
      ['{{rate.label}}', '{{rate.vat}}'],
      ...last,
    ],
  };
}

/** The positions table: a heading row, then one row per position ({{pos.*}}); column headings say net or gross. */
export function positionsTable(lang: Lang): Block {
  return {
    type: 'table',
    header: true,
    // Points; they add up to the text width of A4 with 56 pt margins (595 - 2 × 56 = 483).
    widths: [34, 191, 46, 58, 72, 82],
    right: [2, 4, 5],
    rows: [
      [...W[lang].pos, '{{label.unitPrice}}', '{{label.total}}'],
      [
        '{{pos.no}}',
        '{{pos.description}}',
        '{{pos.quantity}}',
        '{{pos.unit}}',
        '{{pos.unitPrice}}',
        '{{pos.total}}',
      ],
    ],
  };
}

/** The client's address at the top of a letter: name, contact, street, town, then a blank line. */
export function addressBlocks(): Block[] {
  return [
    { type: 'p', text: '{{client.name}}' },
    { type: 'p', text: '{{client.contact}}' },
    { type: 'p', text: '{{client.street}}' },
    { type: 'p', text: '{{client.postcode}} {{client.city}}' },
    { type: 'p', text: '' },
  ];
}

/** The letterhead every document shares: the agency's address line on top, its contact, tax and bank data below. */
export function letterhead(lang: Lang): { header: string[]; footer: string[] } {
  const w = W[lang];
  return {
    header: ['{{company.name}} · {{company.street}} · {{company.postcode}} {{company.city}}'],
    footer: [
      '{{company.name}} · {{company.email}} · {{company.phone}}',
      w.vatId,
      w.taxNo,
      'IBAN {{company.iban}} · BIC {{company.bic}}',
    ],
  };
}

/** A letter's close: a blank line, the regards, the agency's name. */
export function signatureBlocks(lang: Lang): Block[] {
  return [
    { type: 'p', text: '' },
    { type: 'p', text: W[lang].regards },
    { type: 'p', text: '{{company.name}}' },
  ];
}

export function templateContent(kind: TemplateKind, lang: Lang): TemplateContent {
  if (isProjectTemplateKind(kind)) return projectTemplateContent(kind, lang);
  const w = W[lang];
  const address = addressBlocks();
  const positions = positionsTable(lang);
  const totals = totalsTable(w, [[w.gross, '{{totals.gross}}']]);
  const closing: Block[] = [
    { type: 'p', text: '{{vat.note}}' },
    { type: 'h2', text: '{{rights.heading}}' },
    { type: 'p', text: '{{rights.text}}' },
    { type: 'h2', text: w.terms },
    { type: 'p', text: '{{quote.paymentTerms}}' },
  ];
  const signature = signatureBlocks(lang);
  const { header, footer } = letterhead(lang);
  if (kind === 'invoice') return invoiceContent(w, header, footer, positions, signature);
  if (kind === 'dunning') return dunningContent(w, header, footer, signature);
  if (kind === 'quote') {
    return {
      header,
      footer,
      body: [
        ...address,
        { type: 'p', text: w.quoteNo, align: 'right', bold: true },
        { type: 'p', text: `${w.date} {{quote.date}}`, align: 'right' },
        { type: 'p', text: w.valid, align: 'right' },
        { type: 'p', text: w.order, align: 'right' },
        { type: 'h1', text: w.quoteTitle },
        { type: 'p', text: '{{greeting}}' },
        { type: 'p', text: '{{quote.intro}}' },
        positions,
        totals,
        { type: 'p', text: '{{totals.optional}}', size: 9, color: '#5f6368' },
        ...closing,
        { type: 'p', text: '{{quote.closing}}' },
        ...signature,
      ],
    };
  }
  return {
    header,
    footer,
    body: [
      ...address,
      { type: 'p', text: w.confNo, align: 'right', bold: true },
      { type: 'p', text: `${w.date} {{confirmation.date}}`, align: 'right' },
      { type: 'p', text: w.reference, align: 'right' },
      { type: 'p', text: w.order, align: 'right' },
      { type: 'h1', text: w.confTitle },
      { type: 'p', text: w.forQuote },
      { type: 'p', text: '{{greeting}}' },
      { type: 'p', text: w.confIntro },
      positions,
      totals,
      { type: 'h2', text: w.dates },
      { type: 'p', text: w.deadline },
      { type: 'table', header: true, widths: [120, 363], rows: [w.msHead, ['{{ms.date}}', '{{ms.label}}']] },
      { type: 'h2', text: w.deviations },
      { type: 'p', text: '{{confirmation.deviations}}' },
      ...closing,
      ...signature,
    ],
  };
}

/**
 * The invoice (§ 14 Abs. 4 UStG): number, dates and supply on the right; totals with a row per VAT rate and,
 * on a final invoice, a row per deducted down payment (rows that repeat or vanish, so the table never ends up
 * empty); then the amount to pay, Skonto, bank details, the GiroCode ({{qr}} alone in its paragraph) and its caption.
 */
function invoiceContent(
  w: (typeof W)[Lang],
  header: string[],
  footer: string[],
  positions: Block,
  signature: Block[],
): TemplateContent {
  const totals = totalsTable(w, [
    ['{{totals.grossLabel}}', '{{totals.gross}}'],
    [w.deduction, '{{ded.gross}}'],
    ['{{totals.dueLabel}}', '{{totals.due}}'],
  ]);
  return {
    header,
    footer,
    body: [
      { type: 'p', text: '{{client.name}}' },
      { type: 'p', text: '{{client.street}}' },
      { type: 'p', text: '{{client.postcode}} {{client.city}}' },
      { type: 'p', text: '{{client.country}}' },
      { type: 'p', text: '' },
      { type: 'p', text: w.invoiceNo, align: 'right', bold: true },
      { type: 'p', text: w.invoiceDate, align: 'right' },
      { type: 'p', text: '{{invoice.supply}}', align: 'right' },
      { type: 'p', text: w.dueDate, align: 'right' },
      { type: 'p', text: w.order, align: 'right' },
      { type: 'p', text: w.clientVatId, align: 'right' },
      { type: 'h1', text: '{{invoice.heading}}' },
      { type: 'p', text: '{{invoice.reference}}' },
      { type: 'p', text: '{{greeting}}' },
      { type: 'p', text: '{{invoice.intro}}' },
      positions,
      totals,
      { type: 'p', text: '{{vat.note}}' },
      { type: 'p', text: '{{invoice.payment}}', bold: true },
      { type: 'p', text: '{{invoice.skonto}}' },
      { type: 'p', text: '{{invoice.bank}}' },
      { type: 'p', text: '{{qr}}' },
      { type: 'p', text: '{{invoice.qrCaption}}', size: 8, color: '#5f6368' },
      { type: 'p', text: '{{invoice.paymentTerms}}' },
      { type: 'h2', text: '{{rights.heading}}' },
      { type: 'p', text: '{{rights.text}}' },
      ...signature,
    ],
  };
}

/**
 * A payment reminder or dunning letter (F 28): the level and date on the right, the agency's text, a table of
 * the open amount, each interest period, fee, lump sum and total (rows repeat or vanish), the new deadline.
 */
function dunningContent(
  w: (typeof W)[Lang],
  header: string[],
  footer: string[],
  signature: Block[],
): TemplateContent {
  return {
    header,
    footer,
    body: [
      { type: 'p', text: '{{client.name}}' },
      { type: 'p', text: '{{client.street}}' },
      { type: 'p', text: '{{client.postcode}} {{client.city}}' },
      { type: 'p', text: '' },
      { type: 'p', text: '{{letter.level}}', align: 'right', bold: true },
      { type: 'p', text: `${w.date} {{letter.date}}`, align: 'right' },
      { type: 'p', text: w.forInvoice, align: 'right' },
      { type: 'p', text: w.order, align: 'right' },
      { type: 'h1', text: '{{letter.subject}}' },
      { type: 'p', text: '{{greeting}}' },
      { type: 'p', text: '{{letter.body}}' },
      {
        type: 'table',
        lastBold: true,
        widths: [380, 103],
        right: [1],
        rows: [['{{row.label}}', '{{row.amount}}']],
      },
      { type: 'p', text: '{{letter.noVat}}', size: 8, color: '#5f6368' },
      { type: 'p', text: '{{letter.deadline}}', bold: true },
      { type: 'p', text: '{{invoice.bank}}' },
      ...signature,
    ],
  };
}
