// Builds a register of N orders in the emulator: set up by the add-on itself, then bulk rows in the
// register's real column layout (generated, seeded, reproducible): clients, orders across stages, log, for
// every old order an accepted quote with its positions, and for the closed ones one or two issued invoices
// (a standard invoice, or a down payment and a final) with their payments, as years of work leave them.
import { type AddOn, freshAddOn } from '../emulator/addon';
import { STAGES } from '../src/domain/stages';
import { seedProject } from './seedProject';
import { addDays, header, rowFrom } from './seedRows';

const SHEETS = {
  orders: 'Aufträge',
  clients: 'Kunden',
  log: 'Protokoll',
  quotes: 'Angebote',
  positions: 'Positionen',
  invoices: 'Rechnungen',
  payments: 'Zahlungen',
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
  // The published table ends with 2026-01-01; the bench assumes the rate stays for the halves after it.
  'interest.baseRates': '01.07.2025: 1,27\n01.01.2026: 1,27\n01.07.2026: 1,27\n01.01.2027: 1,27',
};
const POSITIONS_PER_QUOTE = 5;
/** Share of closed orders billed with a down payment and a final invoice (the rest: one invoice). */
const SPLIT_SHARE = 0.6;
/** Share of closed orders whose last invoice is still open (about 10 % of all invoices). */
const OPEN_SHARE = 0.15;
const PAYMENT_DAYS = 14;
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

/** A seeded invoice number: five digits, so it never collides with the add-on's own RE-YYYY-#### numbers. */
export const SEEDED_INVOICE_NUMBER = /^RE-\d{4}-\d{5}$/;

/** A small linear congruential generator: the same seed gives the same register every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
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
  const old: SeedOrder[] = [];
  const rows = Array.from({ length: orders }, (_, i) => {
    // Most orders are old and closed; the recent ones spread over the open stages.
    const year = 2026 - Math.floor((1 - i / orders) * 3);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const recent = i > orders * 0.8;
    const stage = recent ? STAGES[Math.floor(random() * 12)] : random() < 0.85 ? 'closed' : 'lost';
    const created = iso(year, Math.floor(random() * 160));
    const orderNo = `${year}-${String(seq).padStart(4, '0')}`;
    const client = `Kunde ${1 + Math.floor(random() * clientCount)} GmbH`;
    if (!recent) old.push({ index: i, orderNo, client, created, closed: stage === 'closed' });
    return rowFrom(orderColumns, {
      Auftrag: orderNo,
      Angelegt: created,
      Kunde: client,
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
  const today = e.clock.now().toISOString().slice(0, 10);
  // The billing sums go onto the order rows; an order with an open invoice is back in 'invoiced'.
  const column = (name: string) => orderColumns.indexOf(name);
  for (const [index, sums] of seedDocuments(addOn, old, today, orders)) {
    const row = rows[index];
    row[column('Abgerechnet')] = sums.invoiced;
    row[column('Bezahlt')] = sums.paid;
    row[column('Offen')] = sums.open;
    row[column('Nächste Fälligkeit')] = sums.openDue;
    if (sums.open > 0) {
      row[column('Phase')] = STAGE_LABELS.invoiced;
      row[column('Phase seit')] = sums.since;
    }
  }
  e.loadRows(SHEETS.orders, 2, rows);
  seedProject(
    addOn,
    rows.map((r) => ({
      orderNo: String(r[column('Auftrag')]),
      stage: String(r[column('Phase')]),
      created: String(r[column('Angelegt')]),
    })),
    seededRandom(orders + 2),
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

interface SeedOrder {
  /** Index among all orders (its sheet row is index + 2). */
  index: number;
  orderNo: string;
  client: string;
  created: string;
  closed: boolean;
}

interface OrderSums {
  invoiced: number;
  paid: number;
  open: number;
  openDue: string;
  since: string;
}

/** Euro figures of one invoice row; a final invoice deducts its down payment. */
interface SeedInvoice {
  type: 'Rechnung' | 'Anzahlungsrechnung' | 'Schlussrechnung';
  net: number;
  vat: number;
  deducted: number;
  issueDate: string;
  paidOn: string | null;
  deductions: { invoiceNumber: string; issueDate: string; rates: { rate: 19; net: number; vat: number }[] }[];
}

const STANDARD = { net: 5000, vat: 950 };
const DOWN_PAYMENT = { net: 1500, vat: 285 };

/**
 * For every old order an accepted quote with its positions; for each closed one a standard invoice, or a down
 * payment (30 %) and a final invoice, in adjacent rows as the add-on appends them. About 90 % are paid, each by one
 * bank transfer in the Payments sheet; the last invoice of about 15 % of closed orders is still open, issued in
 * the last 120 days, so its due date (issue + 14 days) lies in the past or the future. Returns the billing sums
 * per order index. Bulk rows, no documents; a generator of its own keeps the orders as they were seeded before.
 */
function seedDocuments(
  addOn: AddOn,
  orders: readonly SeedOrder[],
  today: string,
  seed: number,
): Map<number, OrderSums> {
  const e = addOn.emulator;
  const random = seededRandom(seed + 1);
  const day = (n: number) => Math.floor(random() * n);
  const quoteColumns = header(addOn, SHEETS.quotes);
  const positionColumns = header(addOn, SHEETS.positions);
  const invoiceColumns = header(addOn, SHEETS.invoices);
  const paymentColumns = header(addOn, SHEETS.payments);
  const quotes: unknown[][] = [];
  const positions: unknown[][] = [];
  const invoices: unknown[][] = [];
  const payments: unknown[][] = [];
  const sums = new Map<number, OrderSums>();
  const numbers = new Map<string, number>();
  const nextNumber = (issueDate: string) => {
    const year = issueDate.slice(0, 4);
    const seq = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, seq);
    return `RE-${year}-${String(seq).padStart(5, '0')}`;
  };
  orders.forEach(({ index, orderNo, client, created, closed }, i) => {
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
    if (!closed) return;
    const split = random() < SPLIT_SHARE;
    const open = random() < OPEN_SHARE;
    let lastIssue: string;
    if (open) {
      lastIssue = addDays(today, -day(120));
    } else {
      lastIssue = addDays(created, 60 + day(140));
      const latest = addDays(today, -5 - day(25));
      if (lastIssue > latest) lastIssue = latest;
    }
    if (lastIssue < created) lastIssue = created;
    const paidOn = (issued: string) => {
      const date = addDays(issued, 3 + day(25));
      return date > today ? today : date;
    };
    const billed: SeedInvoice[] = [];
    let downPayment = '';
    if (split) {
      let issueDate = addDays(created, 7 + day(20));
      if (issueDate > lastIssue) issueDate = lastIssue;
      billed.push({
        type: 'Anzahlungsrechnung',
        ...DOWN_PAYMENT,
        deducted: 0,
        issueDate,
        paidOn: paidOn(issueDate),
        deductions: [],
      });
      downPayment = nextNumber(issueDate);
    }
    billed.push({
      type: split ? 'Schlussrechnung' : 'Rechnung',
      ...STANDARD,
      deducted: split ? DOWN_PAYMENT.net + DOWN_PAYMENT.vat : 0,
      issueDate: lastIssue,
      paidOn: open ? null : paidOn(lastIssue),
      deductions: split
        ? [
            {
              invoiceNumber: downPayment,
              issueDate: billed[0].issueDate,
              rates: [{ rate: 19, net: DOWN_PAYMENT.net * 100, vat: DOWN_PAYMENT.vat * 100 }],
            },
          ]
        : [],
    });
    const sum: OrderSums = { invoiced: 0, paid: 0, open: 0, openDue: '', since: lastIssue };
    billed.forEach((invoice, k) => {
      const number = k === 0 && split ? downPayment : nextNumber(invoice.issueDate);
      const id = `${orderNo}-R${k + 1}`;
      const gross = invoice.net + invoice.vat;
      const due = gross - invoice.deducted;
      const dueDate = addDays(invoice.issueDate, PAYMENT_DAYS);
      const paid = invoice.paidOn ? due : 0;
      sum.invoiced += due;
      sum.paid += paid;
      sum.open += due - paid;
      if (!invoice.paidOn) sum.openDue = dueDate;
      invoices.push(
        rowFrom(invoiceColumns, {
          'Rechnungsnr.': number,
          Auftrag: orderNo,
          Art: invoice.type,
          Status: 'Gestellt',
          Rechnungsdatum: invoice.issueDate,
          'Leistung von': created,
          'Leistung bis': invoice.issueDate,
          'Fällig am': dueDate,
          Netto: invoice.net,
          USt: invoice.vat,
          Brutto: gross,
          'Netto 19 %': invoice.net,
          'USt 19 %': invoice.vat,
          'Abzüglich Anzahlungen': invoice.deducted,
          Zahlbetrag: due,
          Bezahlt: paid,
          Offen: due - paid,
          Titel: `Projekt ${index + 1}`,
          Grundlage: quote,
          ID: id,
          Daten: JSON.stringify({
            recipient: {
              name: client,
              street: '',
              postcode: '',
              city: '',
              country: 'DE',
              vatId: '',
              kind: 'business',
            },
            skonto: null,
            treatment: 'regular',
            discountBp: 0,
            deductions: invoice.deductions,
            cancels: null,
            usageRights: null,
            intro: '',
            paymentTerms: '',
          }),
        }),
      );
      if (invoice.paidOn) {
        const n = payments.length + 1;
        const hex = () =>
          day(2 ** 31)
            .toString(16)
            .padStart(8, '0');
        payments.push(
          rowFrom(paymentColumns, {
            Datum: invoice.paidOn,
            'Rechnungsnr.': number,
            Auftrag: orderNo,
            Zahler: client,
            Betrag: due,
            Zahlungsart: 'Überweisung',
            Ergebnis: 'Bezahlt',
            Notiz: `Rechnung ${number}`,
            // A unique bank transaction id, as an imported statement leaves it (rule G 31).
            Bankbuchung: `fp:${n.toString(16).padStart(8, '0')}${hex()}${hex()}${hex()}`,
            'Erfasst am': new Date(`${invoice.paidOn}T10:00:00Z`),
            ID: `P-seed${n.toString(36)}`,
            'Rechnungs-ID': id,
          }),
        );
      }
    });
    sums.set(index, sum);
  });
  e.loadRows(SHEETS.quotes, 2, quotes);
  e.loadRows(SHEETS.positions, 2, positions);
  e.loadRows(SHEETS.invoices, 2, invoices);
  e.loadRows(SHEETS.payments, 2, payments);
  return sums;
}
