// Use cases "Issue invoice" and "Cancel invoice": legal check, number under the lock, document with GiroCode, frozen.

import { formatDate } from '../domain/dates';
import { invoiceDocumentData } from '../domain/documents/invoiceData';
import { epcPayload, isValidIban } from '../domain/epc/payload';
import { qrImage } from '../domain/epc/qrImage';
import { DomainError, DomainErrors } from '../domain/errors';
import { invoiceDataHash } from '../domain/invoice/dataHash';
import { invoiceFigures } from '../domain/invoice/figures';
import type { Invoice, Supplier } from '../domain/invoice/invoice';
import { cancellationOf } from '../domain/invoice/kinds';
import { checkIssue, dueDate } from '../domain/invoice/legalCheck';
import { nextInvoiceNumber } from '../domain/invoice/number';
import { taxTreatment } from '../domain/invoice/treatment';
import type { LogEntryDraft } from '../domain/log';
import { formatMoney } from '../domain/money';
import { rangeKey } from '../domain/numbering';
import type { Order } from '../domain/order';
import type { Settings } from '../domain/settings';
import { type Lang, t } from '../shared/i18n';
import type { InvoiceRef, IssueResultDto } from '../shared/invoiceContract';
import { findSoundOrder } from './findOrder';
import { clientOf, recipientOf } from './invoiceDraft';
import { billingSums } from './invoiceViews';
import type {
  ChangeSet,
  DocumentImage,
  DocumentService,
  Environment,
  GeneratedDocument,
  InvoiceRecord,
  OrderRecord,
  Register,
  RegisterReader,
} from './ports';
import { documentLang } from './quoteDocument';
import { readerWith } from './readerOverlay';
import { orderView } from './views';

/** Printed size of the GiroCode: about 3 cm, what banking apps scan easily from paper and screen. */
const QR_POINTS = 85;

function supplierOf(settings: Settings): Supplier {
  const c = settings.company;
  return {
    name: c.name,
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    country: c.country,
    taxNumber: c.taxNumber,
    vatId: c.vatId,
    iban: c.iban,
    bic: c.bic,
  };
}

/** The GiroCode for the amount due (H 32); none for a cancellation, a paid-out amount or without a valid IBAN. */
function girocode(invoice: Invoice, settings: Settings): DocumentImage | null {
  const due = invoiceFigures(invoice).due;
  const { iban, bic, name } = settings.company;
  if (due <= 0 || !isValidIban(iban) || name.trim() === '') return null;
  const image = qrImage(
    epcPayload({ bic, name: name.slice(0, 70), iban, amountCents: due, text: invoice.number }),
  );
  return { bytes: image.bytes, mimeType: image.mimeType, widthPt: QR_POINTS, heightPt: QR_POINTS };
}

/** A record the add-on may act on: not tampered with. */
function sound(record: InvoiceRecord | null, id: string): Invoice {
  if (!record) throw new DomainError('err.invoices.none', { id }, 'id');
  if (record.tampered)
    throw new DomainError('err.invoices.tampered', { number: record.invoice.number || id });
  return record.invoice;
}

interface Prepared {
  issued: Invoice;
  generated: GeneratedDocument;
  warnings: string[];
  changes: ChangeSet;
  record: OrderRecord;
}

/**
 * The draft as it is issued today: recipient and tax treatment as the client is now, checked (everything
 * missing at once), numbered in its range, its document made and hashed. The caller holds the lock.
 */
function issue(
  reader: RegisterReader,
  env: Environment,
  documents: DocumentService,
  draft: Invoice,
  onGenerated: (doc: GeneratedDocument) => void,
): Prepared {
  const today = env.today();
  const lang = reader.lang();
  const record = findSoundOrder(reader.orders(), draft.orderNo);
  const { settings } = reader.settings();
  const client = clientOf(reader, record.order.client);
  const cancellation = draft.type === 'cancellation';
  const dated: Invoice = {
    ...draft,
    // A cancellation reverses the original for its recipient and treatment; anything else is billed as things are now.
    recipient: cancellation ? draft.recipient : recipientOf(client),
    treatment: cancellation
      ? draft.treatment
      : taxTreatment(client, settings.vat.mode, settings.company.country),
    issueDate: today,
    dueDate: cancellation ? null : dueDate(today, settings.payment.termsDays),
  };
  const check = checkIssue(dated, supplierOf(settings), today);
  const problems = [
    ...check.missing.map((m) => new DomainError(m.key, m.params, m.field)),
    ...check.refusals,
  ];
  if (problems.length > 0) throw new DomainErrors(problems);
  const pattern = settings.numbers.invoice;
  const allocated = nextInvoiceNumber(
    pattern,
    today,
    reader.invoiceNumbers(),
    reader.highWater(rangeKey(pattern, today)),
  );
  const numbered: Invoice = { ...dated, number: allocated.number, status: 'issued' };
  const docLang = documentLang(client, lang);
  const generated = documents.generate({
    kind: 'invoice',
    lang: docLang,
    name: `${numbered.number} ${record.order.client} - ${numbered.title}`,
    order: record.order,
    data: invoiceDocumentData(numbered, { order: record.order, settings, lang: docLang, user: env.user() }),
    images: { qr: girocode(numbered, settings) },
  });
  onGenerated(generated);
  const issued: Invoice = {
    ...numbered,
    docUrl: generated.docUrl,
    pdfUrl: generated.pdfUrl,
    pdfHash: generated.pdfSha256,
  };
  issued.dataHash = invoiceDataHash(issued);
  const gross = invoiceFigures(issued).gross;
  const log: LogEntryDraft[] = [
    {
      action: cancellation ? 'cancelInvoice' : 'issueInvoice',
      orderNo: issued.orderNo,
      oldValue: cancellation ? (issued.cancels?.number ?? '') : '',
      newValue: `${issued.number} · ${formatMoney(gross, lang)} · SHA-256 ${issued.pdfHash}`,
    },
  ];
  return {
    issued,
    generated,
    warnings: check.warnings.map((w) => t(lang, w.key, w.params)),
    changes: { highWater: { [allocated.range]: allocated.seq }, log },
    record,
  };
}

/** The order row with the invoices' sums; a standard or final invoice after handover moves it to Invoiced. */
function orderAfter(order: Order, invoices: readonly Invoice[], issued: Invoice, today: string): Order {
  const sums = billingSums(invoices);
  const bills = issued.type === 'standard' || issued.type === 'final';
  const invoiced = bills && order.stage === 'handedOver';
  return {
    ...order,
    documents: { ...order.documents, ...sums },
    ...(invoiced ? { stage: 'invoiced' as const, stageSince: today } : {}),
  };
}

function stageLog(before: Order, after: Order, lang: Lang): LogEntryDraft[] {
  if (before.stage === after.stage) return [];
  return [
    {
      action: 'changeStage',
      orderNo: after.number,
      oldValue: t(lang, `stage.${before.stage}`),
      newValue: t(lang, `stage.${after.stage}`),
    },
  ];
}

/** Runs the issue in one locked change set; a document made for a change set that did not land goes to the trash. */
function issueInTransaction(
  register: Register,
  documents: DocumentService,
  work: (
    reader: RegisterReader,
    onGenerated: (doc: GeneratedDocument) => void,
  ) => {
    changes: ChangeSet;
    result: IssueResultDto;
    urls: string[];
  },
): IssueResultDto {
  let generated: GeneratedDocument | null = null;
  let urls: string[] = [];
  let result: IssueResultDto;
  try {
    result = register.transact((reader) => {
      const done = work(reader, (doc) => {
        generated = doc;
      });
      urls = done.urls;
      return { changes: done.changes, result: done.result };
    });
  } catch (error) {
    if (generated) documents.discard(generated);
    throw error;
  }
  // An issued invoice is never changed again (B 10, 11): its files become read-only. Best effort after the commit.
  try {
    documents.freeze(urls, 'issued invoice');
  } catch {
    /* the register is right either way; the hash in the log shows any later change to the PDF */
  }
  return result;
}

export function issueInvoice(
  register: Register,
  env: Environment,
  documents: DocumentService,
  input: InvoiceRef,
): IssueResultDto {
  const today = env.today();
  return issueInTransaction(register, documents, (reader, onGenerated) => {
    const draft = sound(reader.findInvoice(input.id), input.id);
    if (draft.status !== 'draft')
      throw new DomainError('err.invoices.notDraft', { number: draft.number }, 'id');
    const prepared = issue(reader, env, documents, draft, onGenerated);
    const { issued, record } = prepared;
    const invoices = reader
      .invoicesOf(issued.orderNo)
      .map((r) => (r.invoice.id === issued.id ? issued : r.invoice));
    const order = orderAfter(record.order, invoices, issued, today);
    const lang = reader.lang();
    const changes: ChangeSet = {
      ...prepared.changes,
      updateInvoices: [{ before: draft, after: issued }],
      updateOrders: [{ before: record.order, after: order }],
      log: [...(prepared.changes.log ?? []), ...stageLog(record.order, order, lang)],
    };
    const view = readerWith(reader, { invoices: [issued] });
    const orderRecord = { ...record, order };
    return {
      changes,
      urls: [issued.docUrl, issued.pdfUrl],
      result: {
        number: issued.number,
        order: orderView(view, orderRecord, today),
        warnings: prepared.warnings,
        unknownPlaceholders: prepared.generated.unknownPlaceholders,
      },
    };
  });
}

/** B 10: an issued invoice is changed only by a cancellation with its own number, negating every amount. */
export function cancelInvoice(
  register: Register,
  env: Environment,
  documents: DocumentService,
  input: InvoiceRef,
): IssueResultDto {
  const today = env.today();
  return issueInTransaction(register, documents, (reader, onGenerated) => {
    const original = sound(reader.findInvoice(input.id), input.id);
    const lang = reader.lang();
    const siblings = reader.invoicesOf(original.orderNo);
    const title = t(lang, 'invoiceTitle.cancellation', {
      number: original.number,
      date: original.issueDate ? formatDate(original.issueDate, lang) : '',
    });
    const draft = cancellationOf(original, `${original.orderNo}-R${siblings.length + 1}`, today, title);
    const prepared = issue(reader, env, documents, draft, onGenerated);
    const { issued, record } = prepared;
    const cancelled: Invoice = { ...original, status: 'cancelled', cancelledBy: issued.number };
    const invoices = [...siblings.map((r) => (r.invoice.id === original.id ? cancelled : r.invoice)), issued];
    const order = orderAfter(record.order, invoices, issued, today);
    const changes: ChangeSet = {
      ...prepared.changes,
      insertInvoices: [issued],
      updateInvoices: [{ before: original, after: cancelled }],
      updateOrders: [{ before: record.order, after: order }],
    };
    const view = readerWith(reader, { invoices: [cancelled, issued] });
    return {
      changes,
      urls: [issued.docUrl, issued.pdfUrl],
      result: {
        number: issued.number,
        order: orderView(view, { ...record, order }, today),
        warnings: prepared.warnings,
        unknownPlaceholders: prepared.generated.unknownPlaceholders,
      },
    };
  });
}
