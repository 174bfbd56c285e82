// Bank statements as a Sparkasse CSV-CAMT export writes them: the header and one quoted line per booking.
export const SPARKASSE_HEADER =
  '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";"Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";"Lastschrift Ursprungsbetrag";"Auslagenersatz Ruecklastschrift";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"';

export interface Booking {
  /** As the bank writes it: '16.06.26'. */
  date: string;
  text: string;
  payer: string;
  /** German style, negative for a debit: '1190,00', '-89,90'. */
  amount: string;
  kind?: string;
  payerIban?: string;
  bic?: string;
}

export function sparkasseLine(b: Booking): string {
  const kind = b.kind ?? 'GUTSCHR. UEBERWEISUNG';
  const iban = b.payerIban ?? 'DE02120300000000202051';
  const bic = b.bic ?? 'BYLADEM1001';
  return `"DE89370400440532013000";"${b.date}";"${b.date}";"${kind}";"${b.text}";"";"";"";"";"";"";"${b.payer}";"${iban}";"${bic}";"${b.amount}";"EUR";"Umsatz gebucht"`;
}

export function sparkasseCsv(bookings: readonly Booking[]): string {
  return [SPARKASSE_HEADER, ...bookings.map(sparkasseLine)].join('\n');
}
