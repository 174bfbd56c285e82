// Use cases "Bank import": parse a statement, match its credits to invoices for review, book the confirmed ones.
import {
  accountWarning,
  type BankTransaction,
  base64ToBytes,
  type ColumnMapping,
  csvHeaders,
  decodeStatement,
  formatLabel,
  headerSignature,
  parseStatement,
} from '../../domain/bank/statement';
import { DomainError } from '../../domain/errors';
import { formatMoney } from '../../domain/money';
import {
  MATCH_VIA_LABELS,
  type Match,
  matchCredits,
  type OpenInvoice,
} from '../../domain/receivables/matching';
import { type Lang, t } from '../../shared/i18n';
import type {
  ImportResultDto,
  StatementImportInput,
  StatementInput,
  StatementPreviewDto,
  StatementRowDto,
} from '../../shared/receivablesContract';
import type { Environment, InvoiceHead, Register, RegisterReader } from '../ports';
import { uiLang } from '../settingsView';
import { isPayable, openOf, type PaymentEntry, planBooking } from './booking';
import { openItemsView } from './openItems';
import { readerAfterBooking } from './readerWithReceivables';
import { settlementMessage } from './recordPayment';

type Parsed = Extract<ReturnType<typeof parseStatement>, { kind: 'parsed' }>;

/** The statement's text and the mapping it is read with: the one sent, or the one remembered for its header. */
function read(reader: RegisterReader, input: StatementInput) {
  const text = input.encoding === 'base64' ? decodeStatement(base64ToBytes(input.content)) : input.content;
  const headers = csvHeaders(text);
  const signature = headers ? headerSignature(headers) : '';
  const mapping: ColumnMapping | null = input.mapping ?? (signature ? reader.bankMapping(signature) : null);
  return { parse: parseStatement(text, mapping), signature, mapping };
}

function parsedOrThrow(parse: ReturnType<typeof parseStatement>): Parsed {
  if (parse.kind === 'unreadable') throw new DomainError(parse.reason, parse.params, 'statement');
  if (parse.kind === 'needsMapping') throw new DomainError('err.import.needsMapping', {}, 'statement');
  return parse;
}

function openInvoices(heads: readonly InvoiceHead[]): OpenInvoice[] {
  return heads.filter(isPayable).map((h) => ({
    id: h.invoice.id,
    number: h.invoice.number,
    orderNo: h.invoice.orderNo,
    clientName: h.invoice.recipient.name,
    issueDate: h.invoice.issueDate ?? '',
    dueDate: h.invoice.dueDate,
    dueCents: h.dueCents,
    settledCents: h.invoice.paidCents + h.invoice.skontoCents,
    openCents: openOf(h),
    skonto: h.invoice.skonto,
  }));
}

/** One read of the invoices and one of the Payments sheet's source column, however long the statement. */
function matchAll(reader: RegisterReader, parsed: Parsed): { matches: Match[]; invoices: OpenInvoice[] } {
  const invoices = openInvoices(reader.invoiceHeads());
  return { matches: matchCredits(parsed.transactions, invoices, reader.importedSources()), invoices };
}

export function previewStatement(
  register: Register,
  env: Environment,
  input: StatementInput,
): StatementPreviewDto {
  return register.read((reader) => {
    const { settings } = reader.settings();
    const lang = uiLang(settings, env.userLang());
    const { parse } = read(reader, input);
    if (parse.kind === 'needsMapping')
      return {
        kind: 'mapping',
        headers: parse.headers,
        sample: parse.sample,
        message: t(lang, 'err.import.needsMapping'),
      };
    const parsed = parsedOrThrow(parse);
    const { matches, invoices } = matchAll(reader, parsed);
    const byId = new Map(invoices.map((i) => [i.id, i]));
    const label = (id: string) => {
      const i = byId.get(id);
      return i ? `${i.number} · ${i.clientName} · ${formatMoney(i.openCents, lang)}` : id;
    };
    const warning = accountWarning(parsed.accountIban, settings.company.iban);
    return {
      kind: 'review',
      format: t(lang, formatLabel(parsed.format)),
      accountIban: parsed.accountIban,
      ibanWarning: warning ? t(lang, warning.reason, warning.params) : '',
      rows: matches.map((m) => rowDto(m, label, lang)),
      skippedDebits: parsed.skippedDebits,
      problems: parsed.problems.map((p) => ({ line: p.line, message: t(lang, p.reason, p.params) })),
      invoices: invoices.filter((i) => i.openCents > 0).map((i) => ({ invoiceId: i.id, label: label(i.id) })),
    };
  });
}

function rowDto(m: Match, label: (id: string) => string, lang: Lang): StatementRowDto {
  const c = m.credit as BankTransaction;
  return {
    txId: c.id,
    line: c.line,
    date: c.bookingDate,
    amountCents: c.amountCents,
    payer: c.payer,
    text: c.text,
    kind: m.kind,
    via: m.via ? t(lang, MATCH_VIA_LABELS[m.via]) : '',
    invoiceId: m.invoiceId,
    candidates: m.alternatives.map((id) => ({ invoiceId: id, label: label(id) })),
    outcome: m.settlement ? settlementMessage(m.settlement, lang, 'preview') : '',
  };
}

/**
 * Books the credits the user confirmed, each on the invoice the user chose. The statement is parsed again on the
 * server (the browser is never trusted for amounts or dates); a credit already booked, or aimed at an invoice
 * that can no longer take money, is skipped, so importing twice adds nothing.
 */
export function importStatement(
  register: Register,
  env: Environment,
  input: StatementImportInput,
): ImportResultDto {
  return register.transact((reader) => {
    const lang = uiLang(reader.settings().settings, env.userLang());
    const { parse, signature, mapping } = read(reader, input.statement);
    const parsed = parsedOrThrow(parse);
    const credits = new Map(parsed.transactions.map((tx) => [tx.id, tx]));
    const imported = reader.importedSources();
    const payable = new Set(openInvoices(reader.invoiceHeads()).map((i) => i.id));
    const seen = new Set<string>();
    const entries: PaymentEntry[] = [];
    let skipped = 0;
    for (const { txId, invoiceId } of input.accept) {
      const tx = credits.get(txId);
      if (!tx || imported.has(txId) || seen.has(txId) || !payable.has(invoiceId)) {
        skipped += 1;
        continue;
      }
      seen.add(txId);
      entries.push({
        invoiceId,
        date: tx.bookingDate,
        amountCents: tx.amountCents,
        method: 'transfer',
        payer: tx.payer,
        note: tx.text.slice(0, 500),
        source: tx.id,
      });
    }
    const { booking, log } = planBooking(reader, env, entries);
    const totalCents = entries.reduce((sum, e) => sum + e.amountCents, 0);
    const summary = t(lang, 'bank.imported', {
      count: entries.length,
      total: formatMoney(totalCents, lang),
      skipped,
    });
    return {
      changes: {
        bookPayments: booking,
        rememberMapping:
          input.statement.mapping && signature ? { [signature]: mapping as ColumnMapping } : undefined,
        log:
          entries.length > 0
            ? [
                ...log,
                {
                  action: 'importStatement',
                  orderNo: '',
                  oldValue: input.statement.fileName,
                  newValue: summary,
                },
              ]
            : [],
      },
      result: {
        booked: entries.length,
        skipped,
        totalCents,
        message: summary,
        items: openItemsView(readerAfterBooking(reader, booking), env),
      },
    };
  });
}
