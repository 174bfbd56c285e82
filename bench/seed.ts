// Builds a register of N orders in the emulator: set up by the add-on itself, then bulk rows in the
// register's real column layout (generated, seeded, reproducible): clients, orders across stages, log, and
// for the closed orders a quote, its positions and an invoice each, as years of work leave them.
import { type AddOn, freshAddOn } from '../emulator/addon';
import { STAGES } from '../src/domain/stages';

const SHEETS = {
  orders: 'Aufträge',
  clients: 'Kunden',
  log: 'Protokoll',
  quotes: 'Angebote',
  positions: 'Positionen',
  invoices: 'Rechnungen',
};

/** The agency's own data, as an invoice needs it (A 1). */
const COMPANY = {
  'company.name': 'Pixelwerk Kreativagentur GmbH',
  'company.street': 'Torstraße 109',
  'company.postcode': '10119',
  'company.city': 'Berlin',
  'company.taxNumber': '37/123/45678',
  'company.vatId': 'DE123456789',
  'company.iban': 'DE89370400440532013000',
  'company.bic': 'COBADEFFXXX',
};
const POSITIONS_PER_QUOTE = 5;
const STAGE_LABELS: Record<string, string> = {
  inquiry: 'Anfrage',
  quote: 'Angebot',
  ordered: 'Beauftragt',
  confirmed: 'Bestätigt',
  kickoff: 'Kick-off',
  inProgress: 'In Arbeit',
  acceptance: 'Abnahme',
  rework: 'Nachbesserung',
  handedOver: 'Übergeben',
  invoiced: 'Abgerechnet',
  paid: 'Bezahlt',
  aftercare: 'Nachbetreuung',
  closed: 'Abgeschlossen',
  lost: 'Verloren',
  cancelled: 'Storniert',
  onHold: 'Pausiert',
};

/** A small linear congruential generator: the same seed gives the same register every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function header(addOn: AddOn, sheet: string): string[] {
  return addOn.emulator.values(sheet)[0].map(String);
}

function rowFrom(columns: string[], record: Record<string, unknown>): unknown[] {
  return columns.map((c) => record[c] ?? '');
}

const iso = (year: number, dayOfYear: number) =>
  new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

export function seedRegister(orders: number, htmlFiles: Record<string, string>): AddOn {
  const addOn = freshAddOn({ htmlFiles });
  const e = addOn.emulator;
  addOn.call('onOpen', { authMode: 'LIMITED' });
  addOn.call('menuSetupRegister');
  addOn.call('sidebarSaveSettings', COMPANY);
  const random = seededRandom(orders);
  const clientCount = Math.max(3, Math.round(orders / 5));
  const clientColumns = header(addOn, SHEETS.clients);
  e.loadRows(
    SHEETS.clients,
    2,
    Array.from({ length: clientCount }, (_, i) =>
      rowFrom(clientColumns, {
        'Kundennr.': `K-${String(i + 1).padStart(4, '0')}`,
        Name: `Kunde ${i + 1} GmbH`,
        Kundenart: random() < 0.85 ? 'Unternehmen' : 'Privatperson',
        Straße: `Hauptstraße ${i + 1}`,
        PLZ: '10115',
        Ort: 'Berlin',
        Land: 'DE',
        'E-Mail': `kontakt${i + 1}@kunde.example`,
        Angelegt: '2024-01-15',
      }),
    ),
  );
  const orderColumns = header(addOn, SHEETS.orders);
  const sinceColumn = String.fromCharCode(65 + orderColumns.indexOf('Phase seit'));
  const perYear = new Map<number, number>();
  const rows = Array.from({ length: orders }, (_, i) => {
    // Most orders are old and closed; the recent ones spread over the open stages.
    const year = 2026 - Math.floor((1 - i / orders) * 3);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const recent = i > orders * 0.8;
    const stage = recent ? STAGES[Math.floor(random() * 12)] : random() < 0.85 ? 'closed' : 'lost';
    const created = iso(year, Math.floor(random() * 160));
    return rowFrom(orderColumns, {
      Auftrag: `${year}-${String(seq).padStart(4, '0')}`,
      Angelegt: created,
      Kunde: `Kunde ${1 + Math.floor(random() * clientCount)} GmbH`,
      Projekt: `Projekt ${i + 1}`,
      Phase: STAGE_LABELS[stage],
      'Nächster Schritt': '',
      'Tage in Phase': `=IF(${sinceColumn}${i + 2}="","",TODAY()-${sinceColumn}${i + 2})`,
      'Phase seit': created,
      'Erwarteter Wert': Math.round(random() * 5_000_000) / 100,
      Termin: iso(year, 160 + Math.floor(random() * 100)),
      Quelle: 'Anfrage',
      Beschreibung: 'Generiert für den Benchmark',
      Verantwortlich: 'anna@pixelwerk.example',
      Begründung: stage === 'lost' ? 'Budget' : '',
    });
  });
  e.loadRows(SHEETS.orders, 2, rows);
  seedDocuments(
    addOn,
    rows.map((r) => String(r[0])).filter((_, i) => i <= orders * 0.8),
  );
  // Two log entries per order, as creation and one stage change would leave.
  const logColumns = header(addOn, SHEETS.log);
  const logStart = e.values(SHEETS.log).length + 1;
  e.loadRows(
    SHEETS.log,
    logStart,
    Array.from({ length: orders * 2 }, (_, i) =>
      rowFrom(logColumns, {
        Zeitpunkt: '2025-01-01T09:00',
        Benutzer: 'anna@pixelwerk.example',
        Aktion: i % 2 ? 'Phase geändert' : 'Anfrage angelegt',
        Auftrag: String(rows[Math.floor(i / 2)][0]),
        Eintrag: `seed-${i}`,
        Prüfsumme: 'seed',
      }),
    ),
  );
  return addOn;
}

/** One accepted quote with its positions and one issued, paid invoice per closed order (bulk rows, no documents). */
function seedDocuments(addOn: AddOn, orderNos: readonly string[]): void {
  const e = addOn.emulator;
  const quoteColumns = header(addOn, SHEETS.quotes);
  const positionColumns = header(addOn, SHEETS.positions);
  const invoiceColumns = header(addOn, SHEETS.invoices);
  const quotes: unknown[][] = [];
  const positions: unknown[][] = [];
  const invoices: unknown[][] = [];
  orderNos.forEach((orderNo, i) => {
    const quote = `A-${orderNo}-1`;
    quotes.push(
      rowFrom(quoteColumns, {
        'Angebotsnr.': quote,
        Auftrag: orderNo,
        Version: 1,
        Status: 'Angenommen',
        Datum: '2025-03-01',
        'Gültig bis': '2025-03-31',
        Titel: `Projekt ${i + 1}`,
        Netto: 5000,
        Brutto: 5950,
      }),
    );
    for (let p = 1; p <= POSITIONS_PER_QUOTE; p++) {
      positions.push(
        rowFrom(positionColumns, {
          Dokument: quote,
          'Pos.': p,
          Art: 'Leistung',
          Beschreibung: `Leistung ${p}`,
          Menge: 10,
          Einheit: 'Std.',
          Einzelpreis: 100,
          'USt %': '19 %',
          Netto: 1000,
          'Positions-ID': `p${p}`,
        }),
      );
    }
    const year = orderNo.slice(0, 4);
    invoices.push(
      rowFrom(invoiceColumns, {
        'Rechnungsnr.': `RE-${year}-${String(i + 1).padStart(5, '0')}`,
        Auftrag: orderNo,
        Art: 'Rechnung',
        Status: 'Gestellt',
        Rechnungsdatum: `${year}-04-01`,
        Netto: 5000,
        USt: 950,
        Brutto: 5950,
        Zahlbetrag: 5950,
        Bezahlt: 5950,
        Offen: 0,
        ID: `${orderNo}-R1`,
      }),
    );
  });
  e.loadRows(SHEETS.quotes, 2, quotes);
  e.loadRows(SHEETS.positions, 2, positions);
  e.loadRows(SHEETS.invoices, 2, invoices);
}
