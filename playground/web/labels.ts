// The page's own words in German and English (the add-on's words come from the add-on).
import type { PageLang } from '../wire';

const DE = {
  'menu.file': 'Datei',
  'menu.edit': 'Bearbeiten',
  'menu.view': 'Ansicht',
  'menu.insert': 'Einfügen',
  'menu.format': 'Format',
  'menu.data': 'Daten',
  'menu.tools': 'Tools',
  'menu.extensions': 'Erweiterungen',
  'menu.help': 'Hilfe',
  'menu.notHere': 'Im Playground nicht nachgebildet',
  'menu.noAddon': 'Kein Add-on-Menü: onOpen hat keines angelegt',
  badge: 'Lokaler Playground · ohne Google-Konto',
  reset: 'Zurücksetzen',
  'reset.title': 'Beispieldaten neu anlegen?',
  'reset.text':
    'Die Tabelle wird gelöscht und das Beispiel-Büro über die Funktionen des Add-ons neu angelegt. Alle Änderungen gehen verloren.',
  'reset.confirm': 'Neu anlegen',
  ok: 'OK',
  cancel: 'Abbrechen',
  yes: 'Ja',
  no: 'Nein',
  close: 'Schließen',
  running: 'Skript wird ausgeführt …',
  error: 'Fehler',
  answered: 'Im Playground hat das Skript bereits die Antwort „{button}“ erhalten.',
  'invalid.title': 'Ungültige Eingabe',
  'invalid.text':
    'Die Daten in Zelle {a1} verstoßen gegen die für die Zelle festgelegten Validierungsregeln.',
  'protected.title': 'Geschützter Bereich',
  'protected.text':
    'Du versuchst, einen Teil der Tabelle zu bearbeiten, der nicht versehentlich geändert werden sollte. Trotzdem bearbeiten?',
  'protected.confirm': 'Bearbeiten',
  rowsLimited: 'Es werden die ersten {shown} von {total} Zeilen angezeigt.',
  hiddenColumns: 'Ausgeblendete Spalten: {letters}',
  allSheets: 'Alle Tabellenblätter',
  offline: 'Keine Verbindung zum Playground-Server. Läuft „npm start“ noch?',
  sidebarClose: 'Seitenleiste schließen',
  choices: 'Auswahl',
} as const;

export type LabelKey = keyof typeof DE;

const EN: Record<LabelKey, string> = {
  'menu.file': 'File',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.insert': 'Insert',
  'menu.format': 'Format',
  'menu.data': 'Data',
  'menu.tools': 'Tools',
  'menu.extensions': 'Extensions',
  'menu.help': 'Help',
  'menu.notHere': 'Not part of the playground',
  'menu.noAddon': 'No add-on menu: onOpen did not create one',
  badge: 'Local playground · no Google account',
  reset: 'Reset',
  'reset.title': 'Seed the demo again?',
  'reset.text':
    "The spreadsheet is deleted and the demo agency is set up again through the add-on's functions. All changes are lost.",
  'reset.confirm': 'Seed again',
  ok: 'OK',
  cancel: 'Cancel',
  yes: 'Yes',
  no: 'No',
  close: 'Close',
  running: 'Running script …',
  error: 'Error',
  answered: 'In the playground the script has already received the answer "{button}".',
  'invalid.title': 'Invalid input',
  'invalid.text': 'The data you entered in cell {a1} violates the data validation rules set on this cell.',
  'protected.title': 'Protected range',
  'protected.text':
    "You are trying to edit a part of this sheet that shouldn't be changed accidentally. Edit anyway?",
  'protected.confirm': 'OK',
  rowsLimited: 'Showing the first {shown} of {total} rows.',
  hiddenColumns: 'Hidden columns: {letters}',
  allSheets: 'All sheets',
  offline: 'No connection to the playground server. Is "npm start" still running?',
  sidebarClose: 'Close sidebar',
  choices: 'Choices',
};

export type Tr = (key: LabelKey, params?: Record<string, string | number>) => string;

export function translator(lang: PageLang): Tr {
  const table: Record<LabelKey, string> = lang === 'en' ? EN : DE;
  return (key, params = {}) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}
