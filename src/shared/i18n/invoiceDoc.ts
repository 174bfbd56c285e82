// Texts of the generated invoice document in German and English (invoicing-de.md A, E, H).
export const invoiceDocDe = {
  'invoiceDoc.heading': '{type}: {title}',
  'invoiceDoc.supplyDate': 'Leistungsdatum: {date}',
  'invoiceDoc.supplyPeriod': 'Leistungszeitraum: {from} – {to}',
  'invoiceDoc.expectedDate': 'Voraussichtliches Leistungsdatum: {date}',
  'invoiceDoc.expectedPeriod': 'Voraussichtlicher Leistungszeitraum: {from} – {to}',
  'invoiceDoc.supplyOpen': 'Leistungszeitraum noch nicht festgelegt',
  'invoiceDoc.basis.standard': 'Gemäß {basis} zum Auftrag {order}.',
  'invoiceDoc.basis.downPayment': 'Anzahlung gemäß {basis} zum Auftrag {order}.',
  'invoiceDoc.basis.partial': 'Teilleistung gemäß {basis} zum Auftrag {order}.',
  'invoiceDoc.basis.final':
    'Schlussrechnung über die gesamte Leistung gemäß {basis} zum Auftrag {order}; die geleisteten Anzahlungen sind abgezogen.',
  'invoiceDoc.basis.cancellation':
    'Diese Stornorechnung hebt die Rechnung {number} vom {date} vollständig auf; alle Beträge sind mit umgekehrtem Vorzeichen ausgewiesen.',
  'invoiceDoc.intro.standard': 'vielen Dank für Ihren Auftrag. Wir berechnen Ihnen die folgenden Leistungen:',
  'invoiceDoc.intro.downPayment': 'wie vereinbart berechnen wir Ihnen die folgende Anzahlung:',
  'invoiceDoc.intro.partial': 'wir berechnen Ihnen die folgenden bereits erbrachten Leistungen:',
  'invoiceDoc.intro.final': 'nach Abschluss des Auftrags berechnen wir Ihnen die gesamte Leistung:',
  'invoiceDoc.intro.cancellation': 'hiermit stornieren wir die oben genannte Rechnung:',
  'invoiceDoc.vatLineReverse': 'USt 0 % auf {base} (Reverse Charge)',
  'invoiceDoc.reverseCharge':
    'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge): Die Umsatzsteuer schuldet der Leistungsempfänger.',
  'invoiceDoc.total': 'Gesamtbetrag',
  'invoiceDoc.stillDue': 'Noch zu zahlen',
  'invoiceDoc.skonto': '{percent} % Skonto bei Zahlung bis {date}.',
  'invoiceDoc.payment':
    'Bitte überweisen Sie {amount} bis zum {date} unter Angabe der Rechnungsnummer {number}.',
  'invoiceDoc.paymentNoDate': 'Bitte überweisen Sie {amount} unter Angabe der Rechnungsnummer {number}.',
  'invoiceDoc.bank': 'Bankverbindung: IBAN {iban}',
  'invoiceDoc.bankBic': 'Bankverbindung: IBAN {iban} · BIC {bic}',
  'invoiceDoc.qrCaption': 'Mit Banking-App scannen (GiroCode)',
};

export type InvoiceDocKey = keyof typeof invoiceDocDe;

export const invoiceDocEn: Record<InvoiceDocKey, string> = {
  'invoiceDoc.heading': '{type}: {title}',
  'invoiceDoc.supplyDate': 'Date of supply: {date}',
  'invoiceDoc.supplyPeriod': 'Period of supply: {from} – {to}',
  'invoiceDoc.expectedDate': 'Expected date of supply: {date}',
  'invoiceDoc.expectedPeriod': 'Expected period of supply: {from} – {to}',
  'invoiceDoc.supplyOpen': 'Period of supply not yet fixed',
  'invoiceDoc.basis.standard': 'As agreed in {basis} for order {order}.',
  'invoiceDoc.basis.downPayment': 'Down payment as agreed in {basis} for order {order}.',
  'invoiceDoc.basis.partial': 'Services rendered so far as agreed in {basis} for order {order}.',
  'invoiceDoc.basis.final':
    'Final invoice for the entire service as agreed in {basis} for order {order}; the down payments made are deducted.',
  'invoiceDoc.basis.cancellation':
    'This cancellation invoice fully reverses invoice {number} of {date}; all amounts are shown with the opposite sign.',
  'invoiceDoc.intro.standard': 'Thank you for your order. We invoice you for the following services:',
  'invoiceDoc.intro.downPayment': 'As agreed, we invoice you for the following down payment:',
  'invoiceDoc.intro.partial': 'We invoice you for the following services already rendered:',
  'invoiceDoc.intro.final': 'Now that the order is complete, we invoice you for the entire service:',
  'invoiceDoc.intro.cancellation': 'We hereby cancel the invoice named above:',
  'invoiceDoc.vatLineReverse': 'VAT 0 % on {base} (reverse charge)',
  'invoiceDoc.reverseCharge':
    'Reverse charge (Steuerschuldnerschaft des Leistungsempfängers): the recipient of the service is liable for the VAT.',
  'invoiceDoc.total': 'Total amount',
  'invoiceDoc.stillDue': 'Amount still due',
  'invoiceDoc.skonto': '{percent} % early-payment discount (Skonto) if paid by {date}.',
  'invoiceDoc.payment': 'Please transfer {amount} by {date}, quoting invoice number {number}.',
  'invoiceDoc.paymentNoDate': 'Please transfer {amount}, quoting invoice number {number}.',
  'invoiceDoc.bank': 'Bank details: IBAN {iban}',
  'invoiceDoc.bankBic': 'Bank details: IBAN {iban} · BIC {bic}',
  'invoiceDoc.qrCaption': 'Scan with your banking app (GiroCode)',
};
