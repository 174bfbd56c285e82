// Sidebar and dialog texts in German and English.
export const uiDe = {
  'ui.loading': 'Wird geladen …',
  'ui.retry': 'Erneut versuchen',
  'ui.refresh': 'Aktualisieren',
  'ui.cancel': 'Abbrechen',
  'ui.dismiss': 'Schließen',
  'ui.loadFailed': 'Die Seitenleiste konnte nicht geladen werden.',
  'ui.err.transport': 'Keine Verbindung zu Google Tabellen ({detail}). Bitte noch einmal versuchen.',

  'ui.tab.order': 'Auftrag',
  'ui.tab.list': 'Liste',
  'ui.tab.inquiry': 'Neu',
  'ui.tab.settings': 'Einstellungen',

  'ui.days.zero': 'seit heute',
  'ui.days.one': 'seit 1 Tag',
  'ui.days.other': 'seit {n} Tagen',

  'ui.order.noneTitle': 'Kein Auftrag ausgewählt',
  'ui.order.noneHint':
    'Bitte im Blatt „{sheet}“ eine Zeile mit einem Auftrag anklicken. Die Seitenleiste zeigt ihn dann hier.',
  'ui.order.openList': 'Zur Liste',
  'ui.order.untitled': '(ohne Titel)',
  'ui.order.problems':
    'Einige Zellen dieser Zeile sind nicht lesbar: {columns}. Bitte im Blatt korrigieren; bis dahin lässt sich die Phase nicht ändern.',
  'ui.order.moves': 'Phase ändern',
  'ui.order.moveTo': '→ {stage}',
  'ui.order.reasonFor': 'Begründung für „{stage}“',
  'ui.order.confirmMove': 'Nach „{stage}“ verschieben',
  'ui.order.moved': 'Auftrag {number} ist jetzt in der Phase „{stage}“.',

  'ui.list.search': 'Aufträge durchsuchen',
  'ui.list.reload': 'Liste neu laden',
  'ui.list.searchPlaceholder': 'Nummer, Kunde oder Projekt',
  'ui.list.count': '{count} offene Aufträge',
  'ui.list.countOne': '1 offener Auftrag',
  'ui.list.capped': 'Angezeigt werden {shown} von {total} offenen Aufträgen.',
  'ui.list.hits': 'Treffer für „{query}“: {count}',
  'ui.list.noHits': 'Kein offener Auftrag passt zur Suche.',
  'ui.list.empty': 'Keine offenen Aufträge. Neue Anfragen entstehen unter „Neu“.',
  'ui.list.due': 'fällig {date}',
  'ui.list.overdue': 'überfällig seit {date}',

  'ui.inquiry.existingClient': 'Bestehender Kunde',
  'ui.inquiry.newClient': 'Neuer Kunde',
  'ui.inquiry.clientMode': 'Bestehender oder neuer Kunde',
  'ui.inquiry.pickClient': 'Kunde auswählen',
  'ui.inquiry.choose': 'Bitte auswählen …',
  'ui.inquiry.noClients': 'Noch keine Kunden angelegt',
  'ui.inquiry.filterClientsLabel': 'Kunden filtern',
  'ui.inquiry.filterClients': 'Name oder Ort',
  'ui.inquiry.project': 'Projekt',
  'ui.inquiry.valuePlaceholder': 'z. B. 12.500,00',
  'ui.inquiry.submit': 'Anfrage anlegen',
  'ui.inquiry.created': 'Anfrage {number} ist angelegt.',

  'ui.settings.intro':
    'Diese Angaben stehen auch im Blatt „Einstellungen“. Änderungen hier werden geprüft, bevor sie gespeichert werden.',
  'ui.settings.save': 'Speichern',
  'ui.settings.saved': 'Gespeichert.',
  'ui.settings.loadFailed': 'Die Einstellungen konnten nicht geladen werden.',

  'ui.settingsProblems.title': 'Die Einstellungen brauchen Aufmerksamkeit',
  'ui.settingsProblems.more': '… und {count} weitere',
  'ui.settingsProblems.open': 'Einstellungen öffnen',

  'ui.setup.title': 'Register einrichten',
  'ui.setup.text':
    'Diese Tabelle ist noch kein Auftragsregister. Ein Klick richtet alles ein, was die Auftragsabwicklung braucht:',
  'ui.setup.point1': 'Blätter für Aufträge, Kunden, Einstellungen und das Protokoll',
  'ui.setup.point2': 'Auswahllisten, Formate und farbige Phasen',
  'ui.setup.point3': 'Vorlagen für Nummernkreise, die Sie später anpassen können',
  'ui.setup.button': 'Register einrichten',
  'ui.setup.safe': 'Vorhandene Blätter und Daten bleiben unverändert erhalten.',
  'ui.setup.done': 'Das Register ist eingerichtet ({sheets} Blätter neu angelegt).',
} as const;

export type UiKey = keyof typeof uiDe;

export const uiEn: Record<UiKey, string> = {
  'ui.loading': 'Loading …',
  'ui.retry': 'Try again',
  'ui.refresh': 'Refresh',
  'ui.cancel': 'Cancel',
  'ui.dismiss': 'Dismiss',
  'ui.loadFailed': 'The sidebar could not be loaded.',
  'ui.err.transport': 'No connection to Google Sheets ({detail}). Please try again.',

  'ui.tab.order': 'Order',
  'ui.tab.list': 'List',
  'ui.tab.inquiry': 'New',
  'ui.tab.settings': 'Settings',

  'ui.days.zero': 'since today',
  'ui.days.one': 'for 1 day',
  'ui.days.other': 'for {n} days',

  'ui.order.noneTitle': 'No order selected',
  'ui.order.noneHint': 'Select a row in the "{sheet}" sheet. The sidebar then shows that order here.',
  'ui.order.openList': 'Open list',
  'ui.order.untitled': '(untitled)',
  'ui.order.problems':
    'Some cells in this row cannot be read: {columns}. Please correct them in the sheet; until then the stage cannot change.',
  'ui.order.moves': 'Change stage',
  'ui.order.moveTo': '→ {stage}',
  'ui.order.reasonFor': 'Reason for "{stage}"',
  'ui.order.confirmMove': 'Move to "{stage}"',
  'ui.order.moved': 'Order {number} is now at stage "{stage}".',

  'ui.list.search': 'Search orders',
  'ui.list.reload': 'Reload the list',
  'ui.list.searchPlaceholder': 'Number, client or project',
  'ui.list.count': '{count} open orders',
  'ui.list.countOne': '1 open order',
  'ui.list.capped': 'Showing {shown} of {total} open orders.',
  'ui.list.hits': 'Matches for "{query}": {count}',
  'ui.list.noHits': 'No open order matches the search.',
  'ui.list.empty': 'No open orders. Record new inquiries under "New".',
  'ui.list.due': 'due {date}',
  'ui.list.overdue': 'overdue since {date}',

  'ui.inquiry.existingClient': 'Existing client',
  'ui.inquiry.newClient': 'New client',
  'ui.inquiry.clientMode': 'Existing or new client',
  'ui.inquiry.pickClient': 'Choose client',
  'ui.inquiry.choose': 'Please choose …',
  'ui.inquiry.noClients': 'No clients yet',
  'ui.inquiry.filterClientsLabel': 'Filter clients',
  'ui.inquiry.filterClients': 'Name or city',
  'ui.inquiry.project': 'Project',
  'ui.inquiry.valuePlaceholder': 'e.g. 12,500.00',
  'ui.inquiry.submit': 'Create inquiry',
  'ui.inquiry.created': 'Inquiry {number} has been created.',

  'ui.settings.intro':
    'These values also live in the "Settings" sheet. Changes made here are checked before they are saved.',
  'ui.settings.save': 'Save',
  'ui.settings.saved': 'Saved.',
  'ui.settings.loadFailed': 'The settings could not be loaded.',

  'ui.settingsProblems.title': 'The settings need attention',
  'ui.settingsProblems.more': '… and {count} more',
  'ui.settingsProblems.open': 'Open settings',

  'ui.setup.title': 'Set up the register',
  'ui.setup.text':
    'This spreadsheet is not an order register yet. One click sets up everything Order management needs:',
  'ui.setup.point1': 'Sheets for orders, clients, settings and the log',
  'ui.setup.point2': 'Drop-downs, formats and coloured stages',
  'ui.setup.point3': 'Number patterns you can adjust later',
  'ui.setup.button': 'Set up register',
  'ui.setup.safe': 'Existing sheets and data are kept as they are.',
  'ui.setup.done': 'The register is set up ({sheets} sheets created).',
};
