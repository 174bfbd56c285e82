// The CSV layouts banks export, recognised by their header names, and the layout a user's column mapping describes.
import { sha256Hex } from '../sha256';
import { headerKey } from './normalize';
import type { ColumnMapping, StatementFormat } from './types';

export type Field =
  | 'date'
  | 'amount'
  | 'credit'
  | 'debit'
  | 'currency'
  | 'payer'
  | 'payerIban'
  | 'text'
  | 'bankId'
  | 'status'
  | 'account';

export interface Layout {
  format: StatementFormat;
  /** Header names (in headerKey form) that must all be present for the layout to be recognised. */
  markers: string[];
  /** Header names per field, first match wins. */
  columns: Partial<Record<Field, string[]>>;
  /** 'auto': the amount column's own cells decide (Qonto lets the user pick). */
  decimal: ',' | '.' | 'auto';
  /** A status cell meaning the row is not booked (yet): pending, declined. */
  notBooked?: (status: string) => boolean;
  /** A row to pass over silently, such as a closing balance line. */
  skip?: (cells: readonly string[]) => boolean;
}

/** Sparkasse "CSV-CAMT" (17 columns) and "CSV-MT940" (11 columns). */
const SPARKASSE: Layout = {
  format: 'sparkasseCamt',
  markers: ['auftragskonto', 'buchungstag', 'valutadatum', 'beguenstigter/zahlungspflichtiger', 'betrag'],
  columns: {
    date: ['buchungstag'],
    amount: ['betrag'],
    currency: ['waehrung'],
    payer: ['beguenstigter/zahlungspflichtiger'],
    payerIban: ['kontonummer/iban', 'kontonummer'],
    text: ['verwendungszweck'],
    status: ['info'],
    account: ['auftragskonto'],
  },
  decimal: ',',
  notBooked: (status) => /vorgemerkt/i.test(status),
};

/** Volksbank / Raiffeisenbank (Atruvia) CSV-CAMT export. */
const VOLKSBANK: Layout = {
  format: 'sparkasseCamt',
  markers: [
    'iban auftragskonto',
    'buchungstag',
    'name zahlungsbeteiligter',
    'iban zahlungsbeteiligter',
    'betrag',
  ],
  columns: {
    date: ['buchungstag'],
    amount: ['betrag'],
    currency: ['waehrung'],
    payer: ['name zahlungsbeteiligter'],
    payerIban: ['iban zahlungsbeteiligter'],
    text: ['verwendungszweck'],
    account: ['iban auftragskonto'],
  },
  decimal: ',',
};

/** Deutsche Bank / Postbank / norisbank: preamble lines, Soll and Haben columns, a closing "Kontostand" line. */
const DEUTSCHE_BANK: Layout = {
  format: 'deutscheBank',
  markers: ['buchungstag', 'wert', 'umsatzart', 'beguenstigter/auftraggeber'],
  columns: {
    date: ['buchungstag'],
    amount: ['betrag'],
    credit: ['haben'],
    debit: ['soll'],
    currency: ['waehrung'],
    payer: ['beguenstigter/auftraggeber'],
    payerIban: ['iban/kontonummer', 'iban'],
    text: ['verwendungszweck'],
  },
  decimal: ',',
  skip: (cells) => /kontostand/i.test(cells[0] ?? ''),
};

const N26_COLUMNS = {
  amount: ['amount (eur)', 'betrag (eur)'],
  text: ['payment reference', 'verwendungszweck'],
};

/** N26 since 2023: "Booking Date","Value Date","Partner Name","Partner Iban",... ISO dates, dot decimals. */
const N26: Layout = {
  format: 'n26',
  markers: ['booking date', 'partner name', 'amount (eur)'],
  columns: { ...N26_COLUMNS, date: ['booking date'], payer: ['partner name'], payerIban: ['partner iban'] },
  decimal: '.',
};

/** N26 before 2023, English ("Date","Payee","Account number",...) and German ("Datum","Empfänger",...). */
const N26_LEGACY: Layout = {
  format: 'n26',
  markers: ['date', 'payee', 'transaction type', 'amount (eur)'],
  columns: { ...N26_COLUMNS, date: ['date'], payer: ['payee'], payerIban: ['account number'] },
  decimal: '.',
};
const N26_LEGACY_DE: Layout = {
  format: 'n26',
  markers: ['datum', 'empfaenger', 'transaktionstyp', 'betrag (eur)'],
  columns: { ...N26_COLUMNS, date: ['datum'], payer: ['empfaenger'], payerIban: ['kontonummer'] },
  decimal: '.',
};

/** Qonto: "Settlement date", "Counterparty name", "Total amount (incl. VAT)", a "Transaction ID" and a status. */
const QONTO: Layout = {
  format: 'qonto',
  markers: ['counterparty name'],
  columns: {
    date: ['settlement date (local)', 'settlement date (utc)', 'settlement date', 'value date'],
    amount: ['total amount (incl. vat)', 'amount (incl. vat)', 'total amount', 'amount'],
    currency: ['currency'],
    payer: ['counterparty name'],
    payerIban: ['counterparty iban'],
    text: ['reference'],
    bankId: ['transaction id'],
    status: ['status'],
  },
  decimal: 'auto',
  notBooked: (status) => !/^(settled|executed|completed|)$/i.test(status.trim()),
};

export const LAYOUTS: readonly Layout[] = [
  SPARKASSE,
  VOLKSBANK,
  DEUTSCHE_BANK,
  N26,
  N26_LEGACY,
  N26_LEGACY_DE,
  QONTO,
];

/** Column index per field for these headers; null if a marker, the date or every amount column is missing. */
export function resolveColumns(
  layout: Layout,
  headers: readonly string[],
): Partial<Record<Field, number>> | null {
  const keys = headers.map(headerKey);
  if (!layout.markers.every((m) => keys.includes(m))) return null;
  const index: Partial<Record<Field, number>> = {};
  for (const [field, names] of Object.entries(layout.columns) as [Field, string[]][]) {
    const found = names.map((name) => keys.indexOf(name)).find((i) => i >= 0);
    if (found !== undefined) index[field] = found;
  }
  const hasAmount = index.amount !== undefined || index.credit !== undefined;
  return index.date !== undefined && hasAmount ? index : null;
}

/** The known layout these headers belong to, with its columns; null if none fits. */
export function detectLayout(
  headers: readonly string[],
): { layout: Layout; columns: Partial<Record<Field, number>> } | null {
  for (const layout of LAYOUTS) {
    const columns = resolveColumns(layout, headers);
    if (columns) return { layout, columns };
  }
  return null;
}

/** The layout a user's column mapping describes; a currency column is picked up by its usual names. */
export function mappedLayout(mapping: ColumnMapping): Layout {
  const named = (header: string | undefined) => (header ? [headerKey(header)] : []);
  return {
    format: 'mapped',
    markers: [],
    columns: {
      date: named(mapping.date),
      amount: named(mapping.amount),
      payer: named(mapping.payer),
      text: named(mapping.text),
      payerIban: named(mapping.iban),
      currency: ['waehrung', 'currency', 'whg'],
    },
    decimal: mapping.decimal,
  };
}

/** A stable identifier of a CSV header row, for remembering a user's mapping: 'csv:' + a hash of the names. */
export function headerSignature(headers: readonly string[]): string {
  return `csv:${sha256Hex(headers.map(headerKey).join('\u001f')).slice(0, 16)}`;
}
