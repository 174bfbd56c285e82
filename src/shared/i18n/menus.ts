// Texts only the server shows, in German and English: the add-on menu, the help dialog, the log's actions.
export const menusDe = {
  'menu.openSidebar': 'Seitenleiste öffnen',
  'menu.setup': 'Register einrichten',
  'menu.newInquiry': 'Neue Anfrage',
  'menu.receivables': 'Offene Posten & Mahnwesen',
  'menu.bankImport': 'Kontoauszug importieren',
  'menu.settings': 'Einstellungen',
  'menu.help': 'Hilfe',
  'log.setup': 'Register eingerichtet',
  'log.createInquiry': 'Anfrage angelegt',
  'log.createClient': 'Kunde angelegt',
  'log.changeStage': 'Phase geändert',
  'log.saveSettings': 'Einstellungen geändert',
  'help.text':
    'Auftragsabwicklung führt jeden Auftrag von der Anfrage bis zur Zahlung. 1) „Register einrichten“ legt die Blätter an. 2) Firmendaten unter „Einstellungen“ eintragen. 3) „Neue Anfrage“ erfasst einen Auftrag; die Seitenleiste zeigt die nächsten Schritte.',
};

export type MenusKey = keyof typeof menusDe;

export const menusEn: Record<MenusKey, string> = {
  'menu.openSidebar': 'Open sidebar',
  'menu.setup': 'Set up register',
  'menu.newInquiry': 'New inquiry',
  'menu.receivables': 'Open items & dunning',
  'menu.bankImport': 'Import bank statement',
  'menu.settings': 'Settings',
  'menu.help': 'Help',
  'log.setup': 'Register set up',
  'log.createInquiry': 'Inquiry created',
  'log.createClient': 'Client created',
  'log.changeStage': 'Stage changed',
  'log.saveSettings': 'Settings changed',
  'help.text':
    'Order management walks every order from inquiry to payment. 1) "Set up register" creates the sheets. 2) Enter your company data under "Settings". 3) "New inquiry" records an order; the sidebar shows the next steps.',
};
