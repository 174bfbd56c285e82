// Use cases "Create quote document" and "Share with client": the Doc and PDF, made once, linked in the register.
import { type Client, findClientByName } from '../domain/client';
import type { DocumentParty } from '../domain/documents/quoteData';
import { quoteDocumentData } from '../domain/documents/quoteData';
import { DomainError } from '../domain/errors';
import type { Order } from '../domain/order';
import type { Quote } from '../domain/quote/quote';
import type { Lang } from '../shared/i18n';
import type { DocumentDto, QuoteRef, QuoteShareInput, ShareDto } from '../shared/quoteContract';
import { findSoundOrder } from './findOrder';
import type { DocumentService, Environment, Register, RegisterReader } from './ports';
import { quoteLabel } from './quoteViews';

/** Documents speak the client's language: German for German-speaking countries, else English. */
export function documentLang(client: Client | null, fallback: Lang): Lang {
  if (!client?.country) return fallback;
  return ['DE', 'AT', 'CH', 'LI'].includes(client.country) ? 'de' : 'en';
}

export function partyOf(reader: RegisterReader, order: Order, env: Environment): DocumentParty {
  const client =
    findClientByName(
      reader.clients().map((r) => r.client),
      order.client,
    ) ?? null;
  const { settings } = reader.settings();
  return { order, client, settings, lang: documentLang(client, reader.lang()), user: env.user() };
}

function linked(quote: Quote): DocumentDto {
  return { number: quote.number, docUrl: quote.docUrl, pdfUrl: quote.pdfUrl, unknownPlaceholders: [] };
}

function quoteOrFail(reader: RegisterReader, number: string): Quote {
  const quote = reader.findQuote(number.trim());
  if (!quote) throw new DomainError('err.quote.none', { orderNo: number }, 'number');
  return quote;
}

export function createQuoteDocument(
  register: Register,
  env: Environment,
  documents: DocumentService,
  ref: QuoteRef,
): DocumentDto {
  // Read and render without the lock: making a document takes seconds and must not block colleagues.
  const plan = register.read((reader) => {
    const quote = quoteOrFail(reader, ref.number);
    if (quote.docUrl) return { existing: true as const, quote };
    if (quote.status !== 'draft' && quote.status !== 'sent') {
      throw new DomainError('err.quote.closed', {
        number: quote.number,
        status: { ref: `quoteStatus.${quote.status}` },
      });
    }
    const order = findSoundOrder(reader.orders(), quote.orderNo).order;
    const party = partyOf(reader, order, env);
    return { existing: false as const, quote, order, party };
  });
  // Running it again does not make a second document: the linked one is the document.
  if (plan.existing) return linked(plan.quote);
  const { quote, order, party } = plan;
  const generated = documents.generate({
    kind: 'quote',
    lang: party.lang,
    name: `${quote.number} ${order.client} - ${quote.title || order.title}`,
    order,
    data: quoteDocumentData(quote, party),
  });
  let superseded: string[] = [];
  let duplicate = false;
  let result: DocumentDto;
  try {
    result = register.transact((reader) => {
      const fresh = quoteOrFail(reader, quote.number);
      // Two clicks at once: the first document to land wins, the other goes to the trash.
      if (fresh.docUrl) {
        duplicate = true;
        return { changes: { log: [] }, result: linked(fresh) };
      }
      const after: Quote = { ...fresh, status: 'sent', docUrl: generated.docUrl, pdfUrl: generated.pdfUrl };
      const o = findSoundOrder(reader.orders(), fresh.orderNo).order;
      const { settings } = reader.settings();
      superseded = reader
        .quotesOf(o.number)
        .filter((q) => q.status === 'superseded' && q.docUrl)
        .flatMap((q) => [q.docUrl, q.pdfUrl]);
      const documentsAfter = {
        ...o.documents,
        quote: after.number,
        quoteDoc: after.docUrl,
        quotePdf: after.pdfUrl,
      };
      return {
        changes: {
          updateQuotes: [{ before: fresh, after }],
          updateOrders: [{ before: o, after: { ...o, documents: documentsAfter } }],
          log: [
            {
              action: 'quoteDocument',
              orderNo: o.number,
              oldValue: '',
              newValue: `${quoteLabel(after, settings.vat.mode, reader.lang())} · ${after.docUrl}`,
            },
          ],
        },
        result: { ...linked(after), unknownPlaceholders: generated.unknownPlaceholders },
      };
    });
  } catch (error) {
    documents.discard(generated);
    throw error;
  }
  if (duplicate) documents.discard(generated);
  // Earlier versions stay as they were sent: their files become read-only (best effort, after the commit).
  if (superseded.length > 0) {
    try {
      documents.freeze(superseded, 'superseded');
    } catch {
      /* the register is right either way; freezing is a safeguard */
    }
  }
  return result;
}

export function shareQuote(
  register: Register,
  env: Environment,
  documents: DocumentService,
  input: QuoteShareInput,
): ShareDto {
  const { quote, email } = register.read((reader) => {
    const quote = quoteOrFail(reader, input.number);
    if (!quote.docUrl) throw new DomainError('err.share.noDocument');
    const order = findSoundOrder(reader.orders(), quote.orderNo).order;
    const client = partyOf(reader, order, env).client;
    if (!client?.email) throw new DomainError('err.share.noEmail', { client: order.client });
    return { quote, email: client.email };
  });
  documents.share([quote.docUrl, quote.pdfUrl].filter(Boolean), email, input.notify);
  register.transact(() => ({
    changes: {
      log: [{ action: 'shareQuote', orderNo: quote.orderNo, oldValue: quote.number, newValue: email }],
    },
    result: null,
  }));
  return { number: quote.number, email, notified: input.notify };
}
