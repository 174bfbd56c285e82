// camt.053 (.001.02 to .001.08) bank statements: every booked credit entry, batch bookings split per transaction.
import type { MessageKey, MessageParams } from '../../shared/i18n';
import { parseAmount, parseBankDate } from './amounts';
import { assignIds } from './ids';
import { collapse, normalizeCurrency, normalizeIban } from './normalize';
import type { Candidate, StatementParse, StatementProblem } from './types';
import { at, child, childrenNamed, parseXml, textAt, type XmlElement } from './xml';

function unreadable(reason: MessageKey, params: MessageParams = {}): StatementParse {
  return { kind: 'unreadable', reason, params };
}

/** One booking to read: a whole entry, or one transaction of a batch entry. */
interface Unit {
  amount: XmlElement | undefined;
  direction: string;
  details: XmlElement | undefined;
  bankRef: string;
}

/** The amount element of a transaction's details (v02 and v08 put it in different places). */
function detailAmount(tx: XmlElement): XmlElement | undefined {
  return child(tx, 'Amt') ?? at(tx, 'AmtDtls/TxAmt/Amt') ?? at(tx, 'AmtDtls/InstdAmt/Amt');
}

/**
 * A batch entry (several TxDtls, each with its amount) gives one unit per transaction; otherwise the entry is one
 * unit with its single TxDtls, or, for a batch without amounts per transaction, with no details at all.
 */
function unitsOf(entry: XmlElement): Unit[] {
  const txs = childrenNamed(entry, 'NtryDtls').flatMap((d) => childrenNamed(d, 'TxDtls'));
  const entryRef = textAt(entry, 'AcctSvcrRef');
  const direction = textAt(entry, 'CdtDbtInd');
  if (txs.length > 1 && txs.every((tx) => detailAmount(tx) !== undefined)) {
    return txs.map((tx, k) => ({
      amount: detailAmount(tx),
      direction: textAt(tx, 'CdtDbtInd') || direction,
      details: tx,
      bankRef: textAt(tx, 'Refs/AcctSvcrRef') || (entryRef ? `${entryRef}/${k + 1}` : ''),
    }));
  }
  const details = txs.length === 1 ? txs[0] : undefined;
  return [
    {
      amount: child(entry, 'Amt'),
      direction,
      details,
      bankRef: textAt(details, 'Refs/AcctSvcrRef') || entryRef,
    },
  ];
}

/** The remittance text: unstructured lines, else the additional text of structured remittance information. */
function remittance(tx: XmlElement | undefined): { text: string; reference: string } {
  const infos = childrenNamed(tx, 'RmtInf');
  const lines = infos.flatMap((r) => childrenNamed(r, 'Ustrd')).map((u) => u.text);
  const structured = infos.flatMap((r) => childrenNamed(r, 'Strd'));
  if (lines.length === 0)
    lines.push(...structured.flatMap((s) => childrenNamed(s, 'AddtlRmtInf')).map((a) => a.text));
  const reference = structured.map((s) => textAt(s, 'CdtrRefInf/Ref')).find((r) => r !== '') ?? '';
  return { text: collapse(lines.join(' ')), reference: collapse(reference) };
}

/** Reads one entry's units into candidates, debit counts and problems. */
function readEntry(
  entry: XmlElement,
  line: number,
  accountIban: string,
  out: { candidates: Candidate[]; problems: StatementProblem[]; skippedDebits: number },
): void {
  const status = textAt(entry, 'Sts/Cd', 'Sts/Prtry', 'Sts');
  const rawDate = textAt(entry, 'BookgDt/Dt', 'BookgDt/DtTm', 'ValDt/Dt', 'ValDt/DtTm');
  for (const unit of unitsOf(entry)) {
    if (unit.direction !== 'CRDT' && unit.direction !== 'DBIT') {
      out.problems.push({ line, reason: 'err.bank.creditDebit', params: { value: unit.direction } });
      continue;
    }
    const rawAmount = unit.amount?.text.trim() ?? '';
    const cents = parseAmount(rawAmount, '.');
    if (unit.direction === 'DBIT' || cents === 0) {
      out.skippedDebits++;
      continue;
    }
    if (cents === null || cents < 0) {
      const missing = rawAmount === '';
      out.problems.push({
        line,
        reason: missing ? 'err.bank.amountMissing' : 'err.bank.amount',
        params: missing ? {} : { value: rawAmount },
      });
      continue;
    }
    if (status !== '' && status !== 'BOOK') {
      out.problems.push({ line, reason: 'err.bank.notBooked', params: { status } });
      continue;
    }
    const bookingDate = parseBankDate(rawDate.slice(0, 10));
    if (bookingDate === null) {
      const missing = rawDate === '';
      out.problems.push({
        line,
        reason: missing ? 'err.bank.dateMissing' : 'err.bank.date',
        params: { value: rawDate },
      });
      continue;
    }
    const parties = child(unit.details, 'RltdPties');
    out.candidates.push({
      line,
      accountIban,
      bookingDate,
      amountCents: cents,
      currency: normalizeCurrency(unit.amount?.attrs.Ccy ?? ''),
      payer: collapse(textAt(parties, 'Dbtr/Nm', 'Dbtr/Pty/Nm', 'UltmtDbtr/Nm', 'UltmtDbtr/Pty/Nm')),
      payerIban: normalizeIban(textAt(parties, 'DbtrAcct/Id/IBAN')),
      ...remittance(unit.details),
      bankRef: collapse(unit.bankRef),
    });
  }
}

/** Parses a camt.053 document; XML that is not well-formed, or another message, is unreadable. */
export function parseCamt(text: string): StatementParse {
  const xml = parseXml(text);
  if (!xml.ok) return unreadable('err.bank.xml', { line: xml.line });
  const root = xml.root;
  const message = root.name === 'BkToCstmrStmt' ? root : child(root, 'BkToCstmrStmt');
  if (root.name !== 'Document' && root.name !== 'BkToCstmrStmt') {
    return unreadable('err.bank.notCamt053', { name: root.name });
  }
  if (!message) return unreadable('err.bank.notCamt053', { name: root.children[0]?.name ?? root.name });
  const out = { candidates: [] as Candidate[], problems: [] as StatementProblem[], skippedDebits: 0 };
  let accountIban = '';
  let line = 0;
  for (const statement of childrenNamed(message, 'Stmt')) {
    const iban = normalizeIban(textAt(statement, 'Acct/Id/IBAN'));
    accountIban = accountIban || iban;
    for (const entry of childrenNamed(statement, 'Ntry')) readEntry(entry, ++line, iban, out);
  }
  return {
    kind: 'parsed',
    format: 'camt053',
    accountIban,
    transactions: assignIds(out.candidates),
    skippedDebits: out.skippedDebits,
    problems: out.problems,
  };
}
