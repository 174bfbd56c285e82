// GiroCode (EPC QR code) errors in German and English (rule H 32).
export const epcDe = {
  'err.epc.bic': 'GiroCode: Die BIC „{bic}“ ist ungültig (8 oder 11 Zeichen, z. B. COBADEFFXXX).',
  'err.epc.nameMissing': 'GiroCode: Der Name des Zahlungsempfängers fehlt.',
  'err.epc.nameTooLong':
    'GiroCode: Der Name des Zahlungsempfängers hat {length} Zeichen; erlaubt sind höchstens {max}.',
  'err.epc.control':
    'GiroCode: Name und Verwendungszweck dürfen keine Zeilenumbrüche oder Steuerzeichen enthalten.',
  'err.epc.iban': 'GiroCode: Die IBAN „{iban}“ ist ungültig (Prüfziffer stimmt nicht).',
  'err.epc.amount': 'GiroCode: Der Betrag muss zwischen 0,01 € und 999.999.999,99 € liegen.',
  'err.epc.referenceAndText':
    'GiroCode: Entweder eine strukturierte Referenz (RF) oder ein Verwendungszweck, nicht beides.',
  'err.epc.reference':
    'GiroCode: Die Referenz „{reference}“ ist keine gültige RF-Referenz (ISO 11649, Prüfziffer stimmt nicht).',
  'err.epc.textTooLong': 'GiroCode: Der Verwendungszweck hat {length} Zeichen; erlaubt sind höchstens {max}.',
  'err.epc.tooLong': 'GiroCode: Die Daten sind {bytes} Byte lang; erlaubt sind höchstens {max}.',
};

export type EpcKey = keyof typeof epcDe;

export const epcEn: Record<EpcKey, string> = {
  'err.epc.bic': 'GiroCode: The BIC "{bic}" is invalid (8 or 11 characters, e.g. COBADEFFXXX).',
  'err.epc.nameMissing': "GiroCode: The beneficiary's name is missing.",
  'err.epc.nameTooLong':
    "GiroCode: The beneficiary's name has {length} characters; at most {max} are allowed.",
  'err.epc.control': 'GiroCode: Name and remittance text must not contain line breaks or control characters.',
  'err.epc.iban': 'GiroCode: The IBAN "{iban}" is invalid (check digits do not match).',
  'err.epc.amount': 'GiroCode: The amount must be between €0.01 and €999,999,999.99.',
  'err.epc.referenceAndText': 'GiroCode: Either a structured reference (RF) or a remittance text, not both.',
  'err.epc.reference':
    'GiroCode: The reference "{reference}" is not a valid RF reference (ISO 11649, check digits do not match).',
  'err.epc.textTooLong': 'GiroCode: The remittance text has {length} characters; at most {max} are allowed.',
  'err.epc.tooLong': 'GiroCode: The data is {bytes} bytes long; at most {max} are allowed.',
};
