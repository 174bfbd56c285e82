// Bank statement import (rule G 29 to 31): formats, column mapping fields and the reasons a file or row is not read.
export const bankDe = {
  'bank.format.sparkasseCamt': 'Sparkasse/Volksbank (CSV-CAMT)',
  'bank.format.deutscheBank': 'Deutsche Bank/Postbank (CSV)',
  'bank.format.n26': 'N26 (CSV)',
  'bank.format.qonto': 'Qonto (CSV)',
  'bank.format.mapped': 'CSV mit eigener Spaltenzuordnung',
  'bank.format.camt053': 'camt.053 (XML)',
  'bank.field.date': 'Buchungstag',
  'bank.field.amount': 'Betrag',
  'bank.field.payer': 'Auftraggeber',
  'bank.field.text': 'Verwendungszweck',
  'bank.field.iban': 'IBAN des Auftraggebers',
  'err.bank.empty': 'Die Datei ist leer.',
  'err.bank.unknownFile':
    'Die Datei ist weder eine CSV-Datei noch ein camt.053-Kontoauszug. Bitte exportieren Sie die Umsätze als CSV oder camt.053 (XML).',
  'err.bank.base64': 'Die hochgeladene Datei ist beschädigt. Bitte laden Sie sie erneut hoch.',
  'err.bank.xml': 'Die XML-Datei ist nicht wohlgeformt (Fehler in Zeile {line}).',
  'err.bank.notCamt053': 'Die XML-Datei ist kein camt.053-Kontoauszug (gefunden: „{name}“).',
  'err.bank.mappingColumn': 'Die Spalte „{column}“ aus der Spaltenzuordnung gibt es in dieser Datei nicht.',
  'err.bank.mappingMissing': 'In der Spaltenzuordnung fehlt die Spalte für „{field}“.',
  'err.bank.encoding':
    'Die Datei enthält unlesbare Zeichen; Umlaute können falsch erscheinen. Bitte prüfen Sie Namen und Verwendungszwecke.',
  'err.bank.quote': 'Ein Anführungszeichen wird nicht geschlossen; die Zeile wurde übersprungen.',
  'err.bank.columns': 'Die Zeile hat {found} statt {expected} Spalten.',
  'err.bank.amount': '„{value}“ ist kein gültiger Betrag.',
  'err.bank.amountMissing': 'Der Betrag fehlt.',
  'err.bank.date': '„{value}“ ist kein gültiges Datum.',
  'err.bank.dateMissing': 'Der Buchungstag fehlt.',
  'err.bank.creditDebit': 'Unklar, ob Gutschrift oder Belastung (Kennzeichen „{value}“).',
  'err.bank.notBooked':
    'Der Umsatz ist noch nicht gebucht (Status „{status}“) und wird erst nach der Buchung übernommen.',
  'err.bank.otherAccount':
    'Der Kontoauszug gehört zum Konto {iban}, nicht zum Agenturkonto {own}. Bitte prüfen Sie, ob es die richtige Datei ist.',
};

export type BankKey = keyof typeof bankDe;

export const bankEn: Record<BankKey, string> = {
  'bank.format.sparkasseCamt': 'Sparkasse/Volksbank (CSV-CAMT)',
  'bank.format.deutscheBank': 'Deutsche Bank/Postbank (CSV)',
  'bank.format.n26': 'N26 (CSV)',
  'bank.format.qonto': 'Qonto (CSV)',
  'bank.format.mapped': 'CSV with your own column mapping',
  'bank.format.camt053': 'camt.053 (XML)',
  'bank.field.date': 'Booking date',
  'bank.field.amount': 'Amount',
  'bank.field.payer': 'Payer',
  'bank.field.text': 'Remittance text',
  'bank.field.iban': "Payer's IBAN",
  'err.bank.empty': 'The file is empty.',
  'err.bank.unknownFile':
    'The file is neither a CSV file nor a camt.053 statement. Please export the transactions as CSV or camt.053 (XML).',
  'err.bank.base64': 'The uploaded file is damaged. Please upload it again.',
  'err.bank.xml': 'The XML file is not well-formed (error on line {line}).',
  'err.bank.notCamt053': 'The XML file is not a camt.053 statement (found "{name}").',
  'err.bank.mappingColumn': 'The column "{column}" from the column mapping does not exist in this file.',
  'err.bank.mappingMissing': 'The column mapping has no column for "{field}".',
  'err.bank.encoding':
    'The file contains unreadable characters; umlauts may look wrong. Please check names and remittance texts.',
  'err.bank.quote': 'A quotation mark is never closed; the line was skipped.',
  'err.bank.columns': 'The line has {found} columns instead of {expected}.',
  'err.bank.amount': '"{value}" is not a valid amount.',
  'err.bank.amountMissing': 'The amount is missing.',
  'err.bank.date': '"{value}" is not a valid date.',
  'err.bank.dateMissing': 'The booking date is missing.',
  'err.bank.creditDebit': 'Unclear whether credit or debit (indicator "{value}").',
  'err.bank.notBooked':
    'The transaction is not booked yet (status "{status}") and is taken over once it is booked.',
  'err.bank.otherAccount':
    "The statement belongs to account {iban}, not to the agency's account {own}. Please check that it is the right file.",
};
