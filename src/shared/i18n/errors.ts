// The server's core error messages in German and English; the sidebar gets them translated, so they stay out of its page.
export const errorsDe = {
  'err.tooLong': '{field}: Höchstens {max} Zeichen.',
  'err.invalid': '{field}: Ungültiger Wert.',
  'err.invalidEmail': '{field}: Keine gültige E-Mail-Adresse.',
  'err.invalidMoney': '{field}: Bitte einen Betrag wie 1.250,00 eingeben.',
  'err.negativeMoney': '{field}: Der Betrag darf nicht negativ sein.',
  'err.invalidDate': '{field}: Kein gültiges Datum.',
  'err.invalidIban': '{field}: Die IBAN ist ungültig (Prüfziffer stimmt nicht).',
  'err.invalidVatId': '{field}: Keine gültige USt-IdNr. (z. B. DE123456789).',
  'err.invalidCountry': '{field}: Bitte den zweistelligen Ländercode angeben (z. B. DE).',
  'err.invalidChoice': '{field}: Bitte einen der vorgegebenen Werte wählen.',
  'err.invalidPattern':
    '{field}: Das Muster braucht genau einen Zähler wie {####} und darf nur A–Z, 0–9 und -/_. enthalten.',
  'err.invalidNumber': '{field}: Bitte eine ganze Zahl zwischen {min} und {max} eingeben.',
  'err.busy': 'Gerade arbeitet jemand anderes am Register. Bitte in ein paar Sekunden noch einmal versuchen.',
  'err.notSetUp': 'Das Register ist noch nicht eingerichtet. Bitte „Register einrichten“ im Menü ausführen.',
  'err.sheetMissing':
    'Das Blatt „{sheet}“ fehlt. Bitte „Register einrichten“ ausführen; vorhandene Daten bleiben erhalten.',
  'err.columnMissing':
    'Im Blatt „{sheet}“ fehlt die Spalte „{column}“. Bitte „Register einrichten“ ausführen, um sie wieder anzulegen.',
  'err.duplicateColumn':
    'Im Blatt „{sheet}“ gibt es die Spalte „{column}“ doppelt. Bitte eine davon umbenennen oder löschen.',
  'err.badCell':
    'Blatt „{sheet}“, Zeile {row}, Spalte „{column}“: „{value}“ ist kein gültiger Wert. Bitte korrigieren.',
  'err.duplicateKey':
    'Blatt „{sheet}“: „{value}“ steht in mehreren Zeilen (Zeilen {rows}). Bitte doppelte Zeilen bereinigen.',
  'err.duplicateClient':
    '{field}: Einen Kunden „{name}“ gibt es schon. Bitte ihn auswählen statt neu anzulegen.',
  'err.unknownClient': '{field}: Den Kunden gibt es nicht (mehr). Bitte neu auswählen.',
  'err.unknownOrder': 'Den Auftrag {orderNo} gibt es nicht (mehr) im Register.',
  'err.moveNotAllowed': 'Von „{from}“ geht es nicht direkt nach „{to}“.',
  'err.gate.reason': '{field}: Bitte angeben, warum der Auftrag nach „{to}“ geht.',
  'err.settings': 'Einstellung „{field}“ im Blatt „{sheet}“: {problem}',
  'err.settingsMissing':
    'Im Blatt „{sheet}“ fehlt die Einstellung „{field}“. Bitte „Register einrichten“ ausführen.',
  'err.numberExhausted':
    'Der Nummernkreis „{pattern}“ ist voll. Bitte in den Einstellungen mehr Stellen vorsehen.',
  'err.numberTooLong': 'Die Nummer „{number}“ wäre länger als 35 Zeichen. Bitte das Muster kürzen.',
  'err.unexpected': 'Unerwarteter Fehler: {detail}',
  'err.badRequest': 'Ungültige Anfrage.',
} as const;

export type ErrorsKey = keyof typeof errorsDe;

export const errorsEn: Record<ErrorsKey, string> = {
  'err.tooLong': '{field}: At most {max} characters.',
  'err.invalid': '{field}: Invalid value.',
  'err.invalidEmail': '{field}: Not a valid e-mail address.',
  'err.invalidMoney': '{field}: Please enter an amount like 1,250.00.',
  'err.negativeMoney': '{field}: The amount must not be negative.',
  'err.invalidDate': '{field}: Not a valid date.',
  'err.invalidIban': '{field}: The IBAN is invalid (check digits do not match).',
  'err.invalidVatId': '{field}: Not a valid VAT ID (e.g. DE123456789).',
  'err.invalidCountry': '{field}: Please give the two-letter country code (e.g. DE).',
  'err.invalidChoice': '{field}: Please choose one of the offered values.',
  'err.invalidPattern':
    '{field}: The pattern needs exactly one counter such as {####} and may only contain A–Z, 0–9 and -/_.',
  'err.invalidNumber': '{field}: Please enter a whole number from {min} to {max}.',
  'err.busy': 'Someone else is working on the register right now. Please try again in a few seconds.',
  'err.notSetUp': 'The register is not set up yet. Please run "Set up register" from the menu.',
  'err.sheetMissing': 'The sheet "{sheet}" is missing. Please run "Set up register"; existing data is kept.',
  'err.columnMissing':
    'The sheet "{sheet}" has no column "{column}". Please run "Set up register" to restore it.',
  'err.duplicateColumn':
    'The sheet "{sheet}" has the column "{column}" twice. Please rename or delete one of them.',
  'err.badCell':
    'Sheet "{sheet}", row {row}, column "{column}": "{value}" is not a valid value. Please correct it.',
  'err.duplicateKey':
    'Sheet "{sheet}": "{value}" appears in several rows (rows {rows}). Please remove the duplicates.',
  'err.duplicateClient':
    '{field}: A client "{name}" already exists. Please pick it instead of creating it again.',
  'err.unknownClient': '{field}: This client does not exist (any more). Please pick again.',
  'err.unknownOrder': 'Order {orderNo} is not (any more) in the register.',
  'err.moveNotAllowed': 'An order cannot go from "{from}" straight to "{to}".',
  'err.gate.reason': '{field}: Please say why the order goes to "{to}".',
  'err.settings': 'Setting "{field}" in sheet "{sheet}": {problem}',
  'err.settingsMissing': 'The sheet "{sheet}" lacks the setting "{field}". Please run "Set up register".',
  'err.numberExhausted': 'The number range "{pattern}" is full. Please allow more digits in the settings.',
  'err.numberTooLong':
    'The number "{number}" would be longer than 35 characters. Please shorten the pattern.',
  'err.unexpected': 'Unexpected error: {detail}',
  'err.badRequest': 'Invalid request.',
};
