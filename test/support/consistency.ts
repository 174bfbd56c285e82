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

  // A journal may outlive its change set only if that change set committed (its log entry is the last one):
  // then the next action just clears it. A journal of an uncommitted change set means a half-done write.
  const journal = addOn.emulator.properties('document')['aa.journal'];
  if (journal !== undefined) {
    const logId = /^\d+$/.test(journal) ? '' : JSON.parse(journal).logId;
    if (logId !== log[log.length - 1]?.Eintrag) problems.push(`uncommitted journal left behind: ${journal}`);
  }
  return problems;
}

const QUOTES = 'Angebote';
const POSITIONS = 'Positionen';
const CONFIRMATIONS = 'Auftragsbestätigungen';
const INVOICES = 'Rechnungen';

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
  const links = [...quotes, ...confirmations, ...invoices, ...rowsOf(addOn, 'Aufträge')].flatMap((row) =>
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
