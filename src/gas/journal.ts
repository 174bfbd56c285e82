// The undo journal: what an in-flight change set must undo if the execution dies before its log entry lands.
import type { Order } from '../domain/order';
import type { GasContext } from './context';
import type { DocumentJournal } from './documentWriter';
import type { InvoiceJournal } from './invoiceWriter';
import type { ProjectJournal } from './projectWriter';
import type { ReceivablesJournal } from './receivablesWriter';

export const PROP_JOURNAL = 'aa.journal';
/** A property value holds at most 9 KB; longer journals are split over numbered properties. */
const CHUNK = 8000;

export interface Journal {
  /** Id of the last log entry of the change set: if the log ends with it, the change set committed. */
  logId: string;
  inserts: { table: 'orders' | 'clients'; key: string; row: number }[];
  orderBefore: Order[];
  settingsBefore: Record<string, string>;
  highWaterBefore: Record<string, string | null>;
  /** The quote tables' part, when the change set touched them. */
  documents?: DocumentJournal;
  /** The invoice tables' part, when the change set touched them. */
  invoices?: InvoiceJournal;
  /** Payments, the sums they changed and dunning letters, when the change set booked or sent any. */
  receivables?: ReceivablesJournal;
  /** Meetings, action items, time, acceptances, follow-ups and milestone progress, when the change set touched them. */
  project?: ProjectJournal;
}

/** Usually one property holding the JSON; a long one is split so no value passes the size limit. */
export function journalProps(journal: Journal): Record<string, string> {
  const text = JSON.stringify(journal);
  if (text.length <= CHUNK) return { [PROP_JOURNAL]: text };
  const props: Record<string, string> = {};
  const chunks = Math.ceil(text.length / CHUNK);
  for (let i = 0; i < chunks; i++) props[`${PROP_JOURNAL}.${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  props[PROP_JOURNAL] = String(chunks);
  return props;
}

export function journalKeys(props: Record<string, string>): string[] {
  return Object.keys(props).filter((k) => k === PROP_JOURNAL || k.startsWith(`${PROP_JOURNAL}.`));
}

export function readJournal(context: GasContext): Journal | null {
  const props = context.props();
  const head = props[PROP_JOURNAL];
  if (head === undefined) return null;
  let text = head;
  if (/^\d+$/.test(head)) {
    text = '';
    for (let i = 0; i < Number(head); i++) text += props[`${PROP_JOURNAL}.${i}`] ?? '';
  }
  try {
    return JSON.parse(text) as Journal;
  } catch {
    // A journal that did not finish writing belongs to a change set that wrote nothing yet.
    return null;
  }
}
