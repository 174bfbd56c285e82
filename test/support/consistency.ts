// Checks the invariants a fault or a race must never break: every record has its log entry and vice versa,
// no half-written row, no duplicate number, no journal left behind, an unbroken hash chain.
import type { AddOn } from '../../emulator/addon';
import { rowsOf, SHEETS } from './scenario';

export function consistencyProblems(addOn: AddOn): string[] {
  const problems: string[] = [];
  const orders = rowsOf(addOn, SHEETS.orders);
  const clients = rowsOf(addOn, SHEETS.clients);
  const log = rowsOf(addOn, SHEETS.log);
  const logged = (action: string) => log.filter((l) => l.Aktion === action);

  for (const [i, row] of orders.entries()) {
    const filled = Object.values(row).filter((v) => v !== '' && v !== 0).length;
    if (row.Auftrag === '' && filled > 0) problems.push(`order row ${i + 2} is half written`);
    if (row.Auftrag !== '' && (row.Phase === '' || row.Kunde === '' || row.Projekt === '')) {
      problems.push(`order ${row.Auftrag} misses cells`);
    }
  }
  const numbers = orders.map((r) => r.Auftrag).filter((n) => n !== '');
  if (new Set(numbers).size !== numbers.length) problems.push(`duplicate order numbers ${numbers}`);
  const loggedOrders: unknown[] = logged('Anfrage angelegt').map((l) => l.Auftrag);
  for (const n of numbers) if (!loggedOrders.includes(n)) problems.push(`order ${n} has no log entry`);
  for (const n of loggedOrders)
    if (!numbers.includes(n)) problems.push(`log names order ${n} that does not exist`);

  const ids = clients.map((c) => c['Kundennr.']);
  if (new Set(ids).size !== ids.length) problems.push(`duplicate client ids ${ids}`);
  const loggedClients: unknown[] = logged('Kunde angelegt').map((l) => String(l['Neuer Wert']).split(' ')[0]);
  for (const id of ids) if (!loggedClients.includes(id)) problems.push(`client ${id} has no log entry`);
  for (const id of loggedClients)
    if (!ids.includes(id)) problems.push(`log names client ${id} that does not exist`);

  // Each stage shown must be the last one logged for that order.
  for (const row of orders) {
    const moves = log.filter((l) => l.Aktion === 'Phase geändert' && l.Auftrag === row.Auftrag);
    const last = moves[moves.length - 1];
    const expected = last ? String(last['Neuer Wert']).split(' (')[0] : 'Anfrage';
    if (row.Phase !== expected)
      problems.push(`order ${row.Auftrag} shows ${row.Phase} but the log says ${expected}`);
  }

  problems.push(...documentProblems(addOn, log));
  problems.push(...receivablesProblems(addOn, log));
  problems.push(...projectProblems(addOn, log));

  // A journal may outlive its change set only if that change set committed (its log entry is the last one):
  // then the next action just clears it. A journal of an uncommitted change set means a half-done write.
  const journal = addOn.emulator.properties('document')['aa.journal'];
  if (journal !== undefined) {
    const logId = /^\d+$/.test(journal) ? '' : JSON.parse(journal).logId;
    if (logId !== log[log.length - 1]?.Eintrag) problems.push(`uncommitted journal left behind: ${journal}`);
  }
  return problems;
}

/**
 * Meetings and the calendar agree (every meeting's event is live, no live event without its meeting: a failed write
 * removes the event it made), project documents exist and are not trashed, and each meeting, acceptance and time
 * entry the add-on wrote has its log entry.
 */
function projectProblems(addOn: AddOn, log: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const names = addOn.emulator.sheetNames();
  if (!names.includes('Besprechungen')) return problems;
  const meetings = rowsOf(addOn, 'Besprechungen');
  const live = addOn.emulator.calendarEvents().filter((e) => e.status !== 'cancelled');
  const eventIds = new Set(meetings.map((m) => String(m['Kalender-ID'])));
  for (const m of meetings)
    if (!live.some((e) => e.id === m['Kalender-ID']))
      problems.push(`meeting ${m.ID} has no live calendar event`);
  for (const e of live) if (!eventIds.has(e.id)) problems.push(`calendar event ${e.id} has no meeting row`);
  const files = new Map(addOn.emulator.driveFiles().map((f) => [f.id, f]));
  const acceptances = names.includes('Abnahmen') ? rowsOf(addOn, 'Abnahmen') : [];
  for (const link of [
    ...meetings.map((m) => m['Agenda / Protokoll']),
    ...acceptances.map((a) => a.Protokoll),
  ]) {
    const id = /\/d\/([^/]+)/.exec(String(link))?.[1];
    if (link !== '' && (!id || !files.get(id) || files.get(id)?.trashed))
      problems.push(`project document ${link} is missing or trashed`);
  }
  const series = new Set(meetings.filter((m) => m.Art === 'Jour fixe').map((m) => String(m['Kalender-ID'])));
  const scheduled =
    log.filter((l) => l.Aktion === 'Kick-off terminiert').length +
    log.filter((l) => l.Aktion === 'Jour fixe terminiert').length;
  const kickoffs = meetings.filter((m) => m.Art === 'Kick-off').length;
  if (scheduled !== kickoffs + series.size)
    problems.push(`${kickoffs} kick-offs and ${series.size} series but ${scheduled} log entries`);
  const requested = log.filter((l) => l.Aktion === 'Abnahme angefordert').length;
  if (requested !== acceptances.length)
    problems.push(`${acceptances.length} acceptances but ${requested} log entries`);
  const time = names.includes('Zeiten') ? rowsOf(addOn, 'Zeiten') : [];
  const recorded = log.filter((l) => l.Aktion === 'Zeit erfasst').length;
  if (recorded !== time.length) problems.push(`${time.length} time entries but ${recorded} log entries`);
  return problems;
}

const QUOTES = 'Angebote';
const POSITIONS = 'Positionen';
const CONFIRMATIONS = 'Auftragsbestätigungen';
const INVOICES = 'Rechnungen';
const PAYMENTS = 'Zahlungen';
const DUNNING = 'Mahnwesen';

const cents = (v: unknown) => Math.round(Number(v || 0) * 100);

/**
 * Payments and letters: each invoice's paid and Skonto cells are the sums of its payment rows, each payment and
 * letter names an invoice that exists and has its log entry, no bank transaction is booked twice, and every
 * order's paid sum is its invoices' paid sum.
 */
function receivablesProblems(addOn: AddOn, log: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const names = addOn.emulator.sheetNames();
  if (!names.includes(PAYMENTS) || !names.includes(INVOICES)) return problems;
  const invoices = rowsOf(addOn, INVOICES);
  const payments = rowsOf(addOn, PAYMENTS);
  const byId = new Map(invoices.map((i) => [String(i.ID), i]));
  const sums = new Map<string, { paid: number; skonto: number }>();
  for (const p of payments) {
    const id = String(p['Rechnungs-ID']);
    if (!byId.has(id)) problems.push(`payment ${p.ID} names unknown invoice ${id}`);
    const sum = sums.get(id) ?? { paid: 0, skonto: 0 };
    sum.paid += cents(p.Betrag);
    sum.skonto += cents(p.Skonto);
    sums.set(id, sum);
  }
  for (const i of invoices) {
    const sum = sums.get(String(i.ID)) ?? { paid: 0, skonto: 0 };
    if (cents(i.Bezahlt) !== sum.paid)
      problems.push(`invoice ${i['Rechnungsnr.']} shows paid ${i.Bezahlt}, payments sum ${sum.paid / 100}`);
    if (cents(i.Skonto) !== sum.skonto)
      problems.push(`invoice ${i['Rechnungsnr.']} shows Skonto ${i.Skonto}, payments ${sum.skonto / 100}`);
  }
  const sources = payments.map((p) => String(p.Bankbuchung)).filter(Boolean);
  if (new Set(sources).size !== sources.length)
    problems.push(`a bank transaction is booked twice: ${sources}`);
  const booked = log.filter((l) => l.Aktion === 'Zahlung gebucht').length;
  if (booked !== payments.length) problems.push(`${payments.length} payments but ${booked} log entries`);
  const letters = names.includes(DUNNING) ? rowsOf(addOn, DUNNING) : [];
  for (const l of letters)
    if (!byId.has(String(l['Rechnungs-ID']))) problems.push(`letter ${l.ID} names an unknown invoice`);
  const written = log.filter((l) => l.Aktion === 'Mahnschreiben erstellt').length;
  if (written !== letters.length) problems.push(`${letters.length} letters but ${written} log entries`);
  for (const o of rowsOf(addOn, 'Aufträge')) {
    const mine = invoices.filter((i) => i.Auftrag === o.Auftrag && i.Status !== 'Entwurf');
    if (mine.length === 0) continue;
    const paid = mine.reduce((s, i) => s + cents(i.Bezahlt), 0);
    if (cents(o.Bezahlt) !== paid)
      problems.push(`order ${o.Auftrag} shows paid ${o.Bezahlt}, its invoices ${paid / 100}`);
  }
  return problems;
}

/** Quotes, their positions and documents: no orphan rows, no unlogged quote, no link to a missing file. */
function documentProblems(addOn: AddOn, log: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const names = addOn.emulator.sheetNames();
  if (!names.includes(QUOTES)) return problems;
  const quotes = rowsOf(addOn, QUOTES);
  const confirmations = names.includes(CONFIRMATIONS) ? rowsOf(addOn, CONFIRMATIONS) : [];
  const numbers = quotes.map((q) => String(q['Angebotsnr.']));
  if (new Set(numbers).size !== numbers.length) problems.push(`duplicate quote numbers ${numbers}`);
  const documents = new Set([...numbers, ...confirmations.map((c) => String(c['AB-Nr.']))]);
  const invoices = names.includes(INVOICES) ? rowsOf(addOn, INVOICES) : [];
  for (const i of invoices) {
    documents.add(String(i['Rechnungsnr.'] || i.ID));
    if (i['Rechnungsnr.'] === '' && i.Status !== 'Entwurf')
      problems.push(`invoice ${i.ID} issued without a number`);
    if (i['Rechnungsnr.'] !== '' && i.Status === 'Entwurf')
      problems.push(`draft ${i.ID} holds number ${i['Rechnungsnr.']}`);
  }
  const invoiceNumbers = invoices.map((i) => String(i['Rechnungsnr.']).toUpperCase()).filter(Boolean);
  if (new Set(invoiceNumbers).size !== invoiceNumbers.length)
    problems.push(`duplicate invoice numbers ${invoiceNumbers}`);
  const issuedLogged = log
    .filter((l) => l.Aktion === 'Rechnung gestellt' || l.Aktion === 'Rechnung storniert')
    .map((l) => String(l['Neuer Wert']).split(' ')[0]);
  for (const n of invoiceNumbers)
    if (!issuedLogged.map((x) => x.toUpperCase()).includes(n)) problems.push(`invoice ${n} has no log entry`);
  for (const p of rowsOf(addOn, POSITIONS)) {
    if (!documents.has(String(p.Dokument))) problems.push(`position of unknown document ${p.Dokument}`);
  }
  const saved = log.filter((l) => l.Aktion === 'Angebot gespeichert').map((l) => String(l['Neuer Wert']));
  for (const n of numbers) {
    if (!saved.some((v) => v.includes(n))) problems.push(`quote ${n} has no log entry`);
  }
  const files = new Map(addOn.emulator.driveFiles().map((f) => [f.id, f]));
  const letters = names.includes(DUNNING) ? rowsOf(addOn, DUNNING) : [];
  const links = [...quotes, ...confirmations, ...invoices, ...letters, ...rowsOf(addOn, 'Aufträge')].flatMap(
    (row) =>
      Object.values(row).filter(
        (v): v is string => typeof v === 'string' && /^https:\/\/(docs|drive)\./.test(v),
      ),
  );
  for (const link of links) {
    const id = /\/d\/([\w-]+)/.exec(link)?.[1] ?? '';
    const file = files.get(id);
    if (!file || file.trashed) problems.push(`link to a missing document: ${link}`);
  }
  return problems;
}
