// Seeds the project sheets of a bench register: a confirmation with two milestones per confirmed order, time
// entries for every order that was worked on (spread over the sheet as weeks of booking leave them), action items
// and meetings for the running ones. Bulk rows in the register's real column layout, reproducible.
import type { AddOn } from '../emulator/addon';
import { addDays, header, rowFrom } from './seedRows';

/** Stages whose orders have a confirmation and a budget (running) or had one (done). */
const RUNNING = ['Bestätigt', 'Kick-off', 'In Arbeit', 'Abnahme', 'Nachbesserung'];
const DONE = ['Übergeben', 'Abgerechnet', 'Bezahlt', 'Nachbetreuung', 'Abgeschlossen'];
const ENTRIES_PER_ORDER = 6;
const SERVICES = ['Konzeption', 'Gestaltung', 'Reinzeichnung', 'Projektmanagement'];

/** `orders` are the order rows as seeded (Auftrag, Phase, Angelegt, Termin by header). */
export function seedProject(
  addOn: AddOn,
  orders: readonly { orderNo: string; stage: string; created: string }[],
  random: () => number,
): void {
  const e = addOn.emulator;
  const worked = orders.filter((o) => RUNNING.includes(o.stage) || DONE.includes(o.stage));
  const running = worked.filter((o) => RUNNING.includes(o.stage));
  const conf = header(addOn, 'Auftragsbestätigungen');
  const ms = header(addOn, 'Termine');
  e.loadRows(
    'Auftragsbestätigungen',
    2,
    worked.map((o) =>
      rowFrom(conf, {
        'AB-Nr.': `AB-${o.orderNo}`,
        Auftrag: o.orderNo,
        'Zum Angebot': `A-${o.orderNo}-1`,
        Datum: o.created,
        Liefertermin: addDays(o.created, 120),
        Netto: 4000 + Math.round(random() * 8000),
        Brutto: 0,
      }),
    ),
  );
  e.loadRows(
    'Termine',
    2,
    worked.flatMap((o) => [
      rowFrom(ms, {
        Dokument: `AB-${o.orderNo}`,
        Auftrag: o.orderNo,
        Termin: addDays(o.created, 45),
        Meilenstein: 'Entwurf',
        'Fortschritt %': Math.round(random() * 100),
      }),
      rowFrom(ms, {
        Dokument: `AB-${o.orderNo}`,
        Auftrag: o.orderNo,
        Termin: addDays(o.created, 110),
        Meilenstein: 'Livegang',
        'Fortschritt %': Math.round(random() * 60),
      }),
    ]),
  );
  // Time is booked week by week across all projects, so an order's entries lie scattered over the sheet.
  const time = header(addOn, 'Zeiten');
  const entries: unknown[][] = [];
  for (let k = 0; k < ENTRIES_PER_ORDER; k++) {
    worked.forEach((o, i) => {
      entries.push(
        rowFrom(time, {
          Datum: addDays(o.created, 7 * (k + 1)),
          Person: ['anna@pixelwerk.example', 'tom@pixelwerk.example'][(i + k) % 2],
          Auftrag: o.orderNo,
          Leistung: SERVICES[(i + k) % SERVICES.length],
          Stunden: 1 + Math.round(random() * 14) / 2,
          Abrechenbar: random() < 0.85,
          ID: `T-seed-${i}-${k}`,
        }),
      );
    });
  }
  e.loadRows('Zeiten', 2, entries);
  const items = header(addOn, 'Aufgaben');
  e.loadRows(
    'Aufgaben',
    2,
    running.flatMap((o, i) =>
      [0, 1, 2].map((k) =>
        rowFrom(items, {
          Auftrag: o.orderNo,
          Art: 'Aufgabe',
          Aufgabe: `Aufgabe ${k + 1}`,
          Verantwortlich: 'Anna',
          Fällig: addDays(o.created, 20 + 10 * k),
          Status: k === 0 ? 'Erledigt' : 'Offen',
          'Angelegt am': o.created,
          ID: `A-seed-${i}-${k}`,
        }),
      ),
    ),
  );
  const meetings = header(addOn, 'Besprechungen');
  e.loadRows(
    'Besprechungen',
    2,
    running.flatMap((o, i) =>
      [0, 1, 2, 3, 4].map((k) =>
        rowFrom(meetings, {
          Datum: addDays(o.created, 7 * (k + 1)),
          Beginn: '10:00',
          Auftrag: o.orderNo,
          Art: k === 0 ? 'Kick-off' : 'Jour fixe',
          'Dauer (Min.)': 60,
          Rhythmus: k === 0 ? '' : 'Wöchentlich',
          ID: `M-seed-${i}-${k}`,
          'Kalender-ID': `seed${i}`,
        }),
      ),
    ),
  );
}
