// Reads what a user types into a cell the way Sheets does in the spreadsheet's locale, as text setValue understands.

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const GERMAN_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const ENGLISH_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const CURRENCY = /^(?:[€$£]\s*)?(.*?)(?:\s*[€$£])?$/;

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * '15.07.2026' becomes '2026-07-15' and '1.200,50 €' becomes '1200.5' in a German spreadsheet
 * ('7/15/2026' and '$1,200.50' in an English one); formulas, text and anything else stay as typed.
 */
export function typedForApi(typed: string, spreadsheetLocale: string): string {
  const text = typed.trim();
  if (text === '' || text.startsWith('=') || text.startsWith("'")) return typed;
  const german = spreadsheetLocale.toLowerCase().startsWith('de');
  const date = (german ? GERMAN_DATE : US_DATE).exec(text);
  if (date) {
    const [day, month] = german ? [date[1], date[2]] : [date[2], date[1]];
    return isoDate(date[3], month, day);
  }
  const amount = CURRENCY.exec(text)?.[1] ?? text;
  if (german && GERMAN_NUMBER.test(amount))
    return String(Number(amount.replace(/\./g, '').replace(',', '.')));
  if (!german && ENGLISH_NUMBER.test(amount)) return String(Number(amount.replace(/,/g, '')));
  return typed;
}
