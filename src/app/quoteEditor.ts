// Use cases "Open quote editor" and "Save quote": a draft changes in place, a sent quote gets a new version.
import { findClientByName } from '../domain/client';
import { addDays } from '../domain/dates';
import { DomainError } from '../domain/errors';
import type { Order } from '../domain/order';
import { parseQuoteDraft, type QuoteDraft } from '../domain/quote/draft';
import { assertRevisable, currentQuote, latestVersion, type Quote, quoteNumber } from '../domain/quote/quote';
import { compareVersions } from '../domain/quote/revision';
import { isOpenStage } from '../domain/stages';
import type { OrderRef } from '../shared/contract';
import { t } from '../shared/i18n';
import type { QuoteEditorDto, QuoteSaveInput } from '../shared/quoteContract';
import { findOrder, findSoundOrder } from './findOrder';
import type { ChangeSet, Environment, Register, RegisterReader } from './ports';
import { draftFields, quoteLabel, quoteTotals, rateCardDto, versionDto } from './quoteViews';
import { revisionText } from './revisionText';
import { requireSettings } from './settingsGuard';
import { uiLang } from './settingsView';

/** How long a new quote is valid by default. */
const VALID_DAYS = 30;

export function loadQuoteEditor(register: Register, env: Environment, ref: OrderRef): QuoteEditorDto {
  return register.read((reader) => editorDto(reader, env, findOrder(reader.orders(), ref.orderNo).order));
}

/** `quotes` defaults to what the register holds; after a save it is what was just written. */
function editorDto(
  reader: RegisterReader,
  env: Environment,
  order: Order,
  quotes: readonly Quote[] = reader.quotesOf(order.number),
): QuoteEditorDto {
  const { settings } = reader.settings();
  const lang = uiLang(settings, env.userLang());
  const vatMode = settings.vat.mode;
  const current = currentQuote(quotes, order.number);
  const client = findClientByName(
    reader.clients().map((r) => r.client),
    order.client,
  );
  const today = env.today();
  return {
    lang,
    orderNo: order.number,
    orderTitle: order.title,
    clientName: order.client,
    clientKind: client?.kind ?? 'business',
    vatMode,
    rateCard: reader.rateCard().map((e) => rateCardDto(e, lang)),
    draft: current
      ? draftFields(current, lang)
      : {
          date: today,
          validUntil: addDays(today, VALID_DAYS),
          title: order.title,
          intro: t(lang, 'quote.defaultIntro'),
          closing: t(lang, 'quote.defaultClosing'),
          paymentTerms: t(lang, 'quote.defaultPaymentTerms', { days: settings.payment.termsDays }),
          discount: '',
          usageRights: null,
          positions: [],
        },
    base: current ? versionDto(current, vatMode) : null,
    savesNewVersion: current?.status === 'sent' || current?.status === 'declined',
    versions: quotes.map((q) => versionDto(q, vatMode)),
  };
}

export function saveQuote(register: Register, env: Environment, input: QuoteSaveInput): QuoteEditorDto {
  const today = env.today();
  return register.transact((reader) => {
    const { settings, problems } = reader.settings();
    requireSettings(problems, ['numbers.quote', 'vat.mode']);
    const lang = uiLang(settings, env.userLang());
    const record = findSoundOrder(reader.orders(), input.orderNo);
    const order = record.order;
    if (!isOpenStage(order.stage)) throw new DomainError('err.quote.orderClosed', { orderNo: order.number });
    const draft = parseQuoteDraft(input.draft, lang);
    const quotes = reader.quotesOf(order.number);
    const current = currentQuote(quotes, order.number);
    // The editor says which version it opened; anything newer means someone else saved meanwhile.
    if ((current?.number ?? '') !== input.baseNumber) {
      throw new DomainError('err.quote.stale', { number: current?.number ?? '' });
    }
    const changes: ChangeSet = { log: [], updateOrders: [], updateQuotes: [] };
    const vatMode = settings.vat.mode;
    let saved: Quote;
    if (current?.status === 'draft') {
      saved = { ...current, ...draft };
      changes.updateQuotes?.push({ before: current, after: saved });
    } else {
      if (current) assertRevisable(current);
      const version = Math.max(latestVersion(quotes, order.number), reader.highWater(rangeOf(order))) + 1;
      saved = newVersion(order, version, draft, settings.numbers.quote);
      if (current) {
        const revision = compareVersions(
          current.positions,
          saved.positions,
          quoteTotals(current, vatMode).gross,
          quoteTotals(saved, vatMode).gross,
        );
        saved.changeSummary = revisionText(revision, reader.lang());
        // A sent version gives way to the new one; a declined one keeps its answer.
        if (current.status === 'sent') {
          changes.updateQuotes?.push({ before: current, after: { ...current, status: 'superseded' } });
        }
      }
      changes.insertQuotes = [saved];
      changes.highWater = { [rangeOf(order)]: version };
    }
    const gross = quoteTotals(saved, vatMode).gross;
    const stage = order.stage === 'inquiry' ? 'quote' : order.stage;
    const after: Order = {
      ...order,
      stage,
      stageSince: stage === order.stage ? order.stageSince : today,
      documents: {
        ...order.documents,
        quote: saved.number,
        quoteTotal: gross,
        quoteDoc: saved.docUrl,
        quotePdf: saved.pdfUrl,
      },
    };
    changes.updateOrders?.push({ before: order, after });
    const previous = current ? quoteLabel(current, vatMode, reader.lang()) : '';
    changes.log.push({
      action: 'saveQuote',
      orderNo: order.number,
      oldValue: previous,
      newValue: quoteLabel(saved, vatMode, reader.lang()),
    });
    if (stage !== order.stage) {
      changes.log.push({
        action: 'changeStage',
        orderNo: order.number,
        oldValue: t(reader.lang(), `stage.${order.stage}`),
        newValue: t(reader.lang(), `stage.${stage}`),
      });
    }
    // The editor's state from what was just written: the old version superseded, the saved one current.
    const written = new Map((changes.updateQuotes ?? []).map((u) => [u.after.number, u.after]));
    written.set(saved.number, saved);
    const savedQuotes = [...quotes.filter((q) => !written.has(q.number)), ...written.values()].sort(
      (a, b) => a.version - b.version,
    );
    return { changes, result: editorDto(reader, env, after, savedQuotes) };
  });
}

/** Numbers are never reused: the counting range of one order's quote versions. */
function rangeOf(order: Order): string {
  return `quote:${order.number}`;
}

function newVersion(order: Order, version: number, draft: QuoteDraft, pattern: string): Quote {
  return {
    ...draft,
    number: quoteNumber(pattern, order.number, version),
    orderNo: order.number,
    version,
    status: 'draft',
    changeSummary: '',
    acceptance: null,
    declineReason: '',
    docUrl: '',
    pdfUrl: '',
  };
}
