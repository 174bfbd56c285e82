// Invoicing texts in German and English: invoice types and statuses, the legal check list, warnings, errors, field labels.
export const invoiceDe = {
  'invoiceTitle.cancellation': 'Stornorechnung zu Rechnung {number} vom {date}',

  'missing.supplierName': 'Name des Rechnungsstellers (Einstellungen)',
  'missing.supplierAddress': 'Anschrift des Rechnungsstellers (Einstellungen)',
  'missing.supplierTaxId': 'Steuernummer oder USt-IdNr. des Rechnungsstellers (Einstellungen)',
  'missing.supplierVatId': 'USt-IdNr. des Rechnungsstellers (nötig bei Reverse Charge)',
  'missing.recipientName': 'Name des Kunden',
  'missing.recipientAddress': 'Anschrift des Kunden',
  'missing.recipientVatId': 'USt-IdNr. des Kunden (nötig bei Reverse Charge)',
  'missing.supply': 'Leistungsdatum oder -zeitraum',
  'missing.basis': 'Angebot oder Auftragsbestätigung, auf die sich die Anzahlung bezieht',
  'missing.positions': 'mindestens eine Position',
  'missing.positionDescription': 'Beschreibung von Position {n}',
  'missing.positionQuantity': 'Menge von Position {n}',
  'missing.positionUnit': 'Einheit von Position {n}',

  'warn.invoice.reducedRate':
    'Position {n} („{description}“) trägt 7 % USt. Das ist nur für die Einräumung von Nutzungsrechten zulässig; bitte prüfen.',
  'warn.invoice.reverseChargeLate':
    'Bei Reverse Charge ist die Rechnung bis zum 15. des Folgemonats der Leistung zu stellen, hier bis {deadline}.',
  'warn.invoice.smallAmount':
    'Die Rechnung liegt bei höchstens 250,00 € brutto und darf als Kleinbetragsrechnung vereinfacht werden.',

  'err.invoice.euVatIdMissing':
    'Der Kunde „{client}“ ist ein Unternehmen in {country}, aber ohne USt-IdNr. Bitte die USt-IdNr. eintragen oder den Kunden als Privatkunden führen, bevor eine Rechnung entsteht.',
  'err.invoice.shareInvalid': 'Der Anteil muss größer als 0 sein.',
  'err.invoice.shareAboveTotal': 'Der Anteil {share} übersteigt die Auftragssumme von {total}.',
  'err.invoice.nothingConfirmed': 'Der Auftrag hat keine bestätigten Positionen mit Betrag.',
  'err.invoice.downPaymentUnpaid':
    'Die Anzahlungsrechnung {number} ist noch nicht bezahlt (offen: {open}). Die Schlussrechnung entsteht erst, wenn sie bezahlt ist oder Sie sie bewusst übergehen.',
  'err.invoice.cancelDraft': 'Ein Entwurf hat keine Nummer und wird verworfen, nicht storniert.',
  'err.invoice.alreadyCancelled': 'Die Rechnung {number} ist bereits durch {by} storniert.',
  'err.invoice.cancelCancellation': 'Die Stornorechnung {number} kann nicht ihrerseits storniert werden.',
  'err.invoice.unknownPosition': 'Die Position {id} gehört nicht zum bestätigten Auftrag.',
  'err.invoice.pickQuantity': 'Menge für „{description}“: mehr als 0 und höchstens {max}.',
  'err.invoice.amountZero': 'Eine Rechnung über 0,00 € kann nicht gestellt werden.',
  'err.invoice.dueBeforeIssue': 'Das Fälligkeitsdatum liegt vor dem Rechnungsdatum.',
  'err.invoice.supplyReversed': 'Das Ende des Leistungszeitraums liegt vor seinem Beginn.',
  'err.invoice.skontoInvalid': 'Skonto: ein Prozentsatz über 0 und unter 100 und eine Frist in ganzen Tagen.',
  'err.invoice.rateInSmallBusiness':
    'Position {n} trägt {rate} % USt, als Kleinunternehmer (§ 19 UStG) wird keine Umsatzsteuer berechnet.',
  'err.invoice.vatInReverseCharge': 'Eine Rechnung mit Reverse Charge weist keine Umsatzsteuer aus.',
  'err.invoice.numberEmpty': 'Die Rechnungsnummer fehlt.',
  'err.invoice.numberChars':
    'Die Rechnungsnummer „{number}“ darf nur Buchstaben A–Z, Ziffern und - / _ . enthalten.',
  'err.invoice.numberTooLong': 'Die Rechnungsnummer „{number}“ ist länger als {max} Zeichen.',
  'err.invoice.numberDuplicate': 'Die Rechnungsnummer „{number}“ ist bereits vergeben.',
};

export type InvoiceKey = keyof typeof invoiceDe;

export const invoiceEn: Record<InvoiceKey, string> = {
  'invoiceTitle.cancellation': 'Cancellation of invoice {number} of {date}',

  'missing.supplierName': 'your company name (settings)',
  'missing.supplierAddress': 'your company address (settings)',
  'missing.supplierTaxId': 'your tax number or VAT id (settings)',
  'missing.supplierVatId': 'your VAT id (needed for reverse charge)',
  'missing.recipientName': "the client's name",
  'missing.recipientAddress': "the client's address",
  'missing.recipientVatId': "the client's VAT id (needed for reverse charge)",
  'missing.supply': 'the date or period of supply',
  'missing.basis': 'the quote or order confirmation the down payment rests on',
  'missing.positions': 'at least one position',
  'missing.positionDescription': 'the description of position {n}',
  'missing.positionQuantity': 'the quantity of position {n}',
  'missing.positionUnit': 'the unit of position {n}',

  'warn.invoice.reducedRate':
    'Position {n} ("{description}") carries 7 % VAT. That is allowed only for granting usage rights; please check.',
  'warn.invoice.reverseChargeLate':
    'A reverse-charge invoice is due by the 15th of the month after the supply, here by {deadline}.',
  'warn.invoice.smallAmount':
    'The invoice is at most 250.00 EUR gross and may be a simplified small-amount invoice.',

  'err.invoice.euVatIdMissing':
    'The client "{client}" is a business in {country} but has no VAT id. Enter the VAT id or record the client as a consumer before invoicing.',
  'err.invoice.shareInvalid': 'The share must be more than 0.',
  'err.invoice.shareAboveTotal': 'The share {share} exceeds the order total of {total}.',
  'err.invoice.nothingConfirmed': 'The order has no confirmed positions with an amount.',
  'err.invoice.downPaymentUnpaid':
    'Down-payment invoice {number} is not paid yet (open: {open}). The final invoice can be made once it is paid or you deliberately pass over it.',
  'err.invoice.cancelDraft': 'A draft has no number; discard it instead of cancelling it.',
  'err.invoice.alreadyCancelled': 'Invoice {number} has already been cancelled by {by}.',
  'err.invoice.cancelCancellation': 'Cancellation invoice {number} cannot itself be cancelled.',
  'err.invoice.unknownPosition': 'Position {id} is not part of the confirmed order.',
  'err.invoice.pickQuantity': 'Quantity for "{description}": more than 0 and at most {max}.',
  'err.invoice.amountZero': 'An invoice of 0.00 EUR cannot be issued.',
  'err.invoice.dueBeforeIssue': 'The due date is before the invoice date.',
  'err.invoice.supplyReversed': 'The supply period ends before it starts.',
  'err.invoice.skontoInvalid':
    'Early-payment discount: a percentage above 0 and below 100 and a period in whole days.',
  'err.invoice.rateInSmallBusiness':
    'Position {n} carries {rate} % VAT; as a small business (§ 19 UStG) no VAT is charged.',
  'err.invoice.vatInReverseCharge': 'A reverse-charge invoice shows no VAT.',
  'err.invoice.numberEmpty': 'The invoice number is missing.',
  'err.invoice.numberChars': 'The invoice number "{number}" may contain only letters A-Z, digits and - / _ .',
  'err.invoice.numberTooLong': 'The invoice number "{number}" is longer than {max} characters.',
  'err.invoice.numberDuplicate': 'The invoice number "{number}" is already taken.',
};
