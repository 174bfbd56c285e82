// Normalizing statement cells: collapsed whitespace, IBANs, currency codes and comparable header names.

/** Lines joined with a space, runs of whitespace (also no-break spaces) collapsed, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An IBAN without spaces in upper case, or '' if the text does not look like one (a plain account number). */
export function normalizeIban(text: string): string {
  const iban = text.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban) ? iban : '';
}

/** A three-letter currency code, 'EUR' when the cell is empty or holds something else ('€'). */
export function normalizeCurrency(text: string): string {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : 'EUR';
}

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * A header name in comparable form: lower case, umlauts folded ('Währung' = 'Waehrung'), quotes and BOM removed,
 * whitespace collapsed, no spaces around '/' ('Begünstigter / Auftraggeber' = 'beguenstigter/auftraggeber').
 */
export function headerKey(name: string): string {
  return collapse(
    name
      .replace(/[\ufeff"]/g, '')
      .toLowerCase()
      .replace(/[äöüß]/g, (ch) => FOLD[ch]),
  ).replace(/ ?\/ ?/g, '/');
}
