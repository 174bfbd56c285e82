// Use cases "Dunning": preview the next letter of an invoice, create it (and send it by e-mail), block an order.
import { findClientByName } from '../../domain/client';
import { formatDate } from '../../domain/dates';
import { formatScaled } from '../../domain/decimal';
import { dunningDocumentData } from '../../domain/documents/dunningData';
import { defaultStart } from '../../domain/dunning/defaultStart';
import { dunningLetter, type LetterFigures } from '../../domain/dunning/letter';
import { letterParams, letterTextKeys } from '../../domain/dunning/letterText';
import { nextDunningStep, type SentStep } from '../../domain/dunning/levels';
import type { DunningRecord } from '../../domain/dunningRecord';
import { DomainError } from '../../domain/errors';
import { invoiceFigures } from '../../domain/invoice/figures';
import type { Invoice } from '../../domain/invoice/invoice';
import { formatMoney } from '../../domain/money';
import type { Order } from '../../domain/order';
import { isEmail } from '../../domain/validators';
import { type Lang, t } from '../../shared/i18n';
import type {
  DunningBlockInput,
  DunningCreateInput,
  DunningPreviewDto,
  DunningRef,
  DunningResultDto,
  OpenItemsDto,
} from '../../shared/receivablesContract';
import type { DocumentService, Environment, InvoiceHead, Mailer, Register, RegisterReader } from '../ports';
import { documentLang } from '../quoteDocument';
import { uiLang } from '../settingsView';
import { isPayable } from './booking';
import { receivablesConfig } from './config';
import { openItemsView } from './openItems';
import { readerWithReceivables } from './readerWithReceivables';

interface LetterPlan {
  /** When the level is due; a letter before it is refused (the previous deadline must have passed). */
  next: { dueFrom: string; isDue: boolean };
  invoice: Invoice;
  head: InvoiceHead;
  order: Order;
  figures: LetterFigures;
  defaultFrom: string | null;
  email: string;
  docLang: Lang;
  ownText: string;
}

/** Everything a letter needs, read with keyed reads of the one invoice, its payments and letters. */
function planLetter(reader: RegisterReader, env: Environment, invoiceId: string): LetterPlan {
  const today = env.today();
  const record = reader.findInvoice(invoiceId);
  if (!record) throw new DomainError('err.invoices.none', { id: invoiceId });
  const { invoice } = record;
  if (record.tampered) throw new DomainError('err.invoices.tampered', { number: invoice.number });
  const dueCents = invoiceFigures(invoice).due;
  const head: InvoiceHead = { invoice, dueCents, row: 0 };
  const order = reader.orders().find((r) => r.order.number === invoice.orderNo)?.order;
  if (!order) throw new DomainError('err.unknownOrder', { orderNo: invoice.orderNo });
  if (!isPayable(head)) throw new DomainError('err.pay.notPayable', { number: invoice.number });
  const { settings } = reader.settings();
  const config = receivablesConfig(settings);
  const sent: SentStep[] = reader.lettersOf(invoiceId).map((l) => ({
    level: l.level,
    date: l.date,
    deadline: l.deadline,
    lumpSumClaimed: l.lumpSumCents > 0,
  }));
  const issueDate = invoice.issueDate ?? today;
  const next = nextDunningStep({
    dueDate: invoice.dueDate ?? issueDate,
    sent,
    config: config.dunning,
    today,
  });
  if (!next) throw new DomainError('err.dun.allSent', { number: invoice.number });
  const clientKind = invoice.recipient.kind;
  const defaultFrom = defaultStart({
    clientKind,
    received: issueDate,
    agreedDueDate: config.termsAgreed ? invoice.dueDate : null,
    consumerNotified: false,
    firstReminderDeadline: sent[0]?.deadline ?? null,
    state: config.state,
  });
  const figures = withDatesFormatted(reader, env, () =>
    dunningLetter({
      level: next.level,
      date: today,
      clientKind,
      invoice: { number: invoice.number, issueDate, dueDate: invoice.dueDate, dueCents },
      payments: reader
        .paymentsOf(invoiceId)
        .map((p) => ({ date: p.date, cents: p.amountCents + p.skontoCents })),
      defaultFrom,
      sent,
      config: config.dunning,
      baseRates: config.baseRates,
      state: config.state,
    }),
  );
  const client =
    findClientByName(
      reader.clients().map((r) => r.client),
      order.client,
    ) ?? null;
  return {
    next,
    invoice,
    head,
    order,
    figures,
    defaultFrom,
    email: client?.email ?? '',
    docLang: documentLang(client, reader.lang()),
    ownText: config.texts[next.level],
  };
}

/** The domain names a missing base-rate period in ISO dates; the user reads them in their own format. */
function withDatesFormatted<T>(reader: RegisterReader, env: Environment, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof DomainError) || error.key !== 'err.dunning.baseRateMissing') throw error;
    const lang = uiLang(reader.settings().settings, env.userLang());
    const { from, to } = error.params as { from: string; to: string };
    throw new DomainError(
      error.key,
      { from: formatDate(from, lang), to: formatDate(to, lang) },
      'interest.baseRates',
    );
  }
}

export function previewDunning(register: Register, env: Environment, ref: DunningRef): DunningPreviewDto {
  return register.read((reader) => {
    const lang = uiLang(reader.settings().settings, env.userLang());
    const plan = planLetter(reader, env, ref.invoiceId);
    const f = plan.figures;
    return {
      invoiceId: plan.invoice.id,
      number: plan.invoice.number,
      level: f.level,
      levelLabel: t(lang, `dunning.level.${f.level}`),
      blocked: plan.order.dunningBlock
        ? t(lang, `dunningBlock.${plan.order.dunningBlock}`)
        : plan.next.isDue
          ? ''
          : notDue(plan, lang),
      inDefault: f.inDefault,
      defaultFrom: plan.defaultFrom,
      openCents: f.openCents,
      interestCents: f.interest.totalCents,
      interestLines: f.interest.lines.map((l) =>
        t(lang, 'dun.interestLine', {
          from: formatDate(l.from, lang),
          to: formatDate(l.to, lang),
          days: l.days,
          yearDays: l.yearDays,
          rate: formatScaled(l.rateBp, 2, lang),
          principal: formatMoney(l.principalCents, lang),
          amount: formatMoney(l.cents, lang),
        }),
      ),
      feeCents: f.feeCents,
      lumpSumCents: f.lumpSumCents,
      totalCents: f.totalCents,
      deadline: f.deadline,
      email: plan.email,
    };
  });
}

/**
 * Makes the letter from the template (Doc and PDF), sends it if asked, then records it in one write. The
 * document comes first: if the register write fails, the document is moved to the trash again.
 */
export function createDunningLetter(
  register: Register,
  env: Environment,
  documents: DocumentService,
  mailer: Mailer,
  input: DunningCreateInput,
): DunningResultDto {
  const today = env.today();
  return register.transact((reader) => {
    const lang = uiLang(reader.settings().settings, env.userLang());
    const plan = planLetter(reader, env, input.invoiceId);
    if (plan.order.dunningBlock)
      throw new DomainError('err.dun.blocked', {
        orderNo: plan.order.number,
        reason: { ref: `dunningBlock.${plan.order.dunningBlock}` },
      });
    if (!plan.next.isDue) throw new DomainError('err.dun.notDue', notDueParams(plan, lang));
    const to = input.email.trim();
    if (input.send && !isEmail(to))
      throw new DomainError('err.invalidEmail', { field: { ref: 'field.client.email' } }, 'email');
    const { invoice, figures } = plan;
    const levelName = t(plan.docLang, `dunning.level.${figures.level}`);
    const name = `${levelName} ${invoice.number}`;
    const generated = documents.generate({
      kind: 'dunning',
      lang: plan.docLang,
      name,
      order: plan.order,
      data: dunningDocumentData(figures, {
        invoice,
        dueCents: plan.head.dueCents,
        order: plan.order,
        settings: reader.settings().settings,
        lang: plan.docLang,
        date: today,
        ownText: plan.ownText,
      }),
    });
    try {
      if (input.send) {
        const params = letterParams(
          {
            number: invoice.number,
            issueDate: invoice.issueDate ?? today,
            dueDate: invoice.dueDate,
            dueCents: plan.head.dueCents,
          },
          figures,
          plan.docLang,
        );
        const keys = letterTextKeys(figures.level);
        mailer.send({
          to,
          subject: t(plan.docLang, keys.subject, params),
          body: `${t(plan.docLang, 'doc.greeting')}\n\n${plan.ownText.trim() || t(plan.docLang, keys.body, params)}\n\n${t(plan.docLang, 'dunDoc.mailFooter', { total: formatMoney(figures.totalCents, plan.docLang), deadline: formatDate(figures.deadline, plan.docLang) })}\n\n${reader.settings().settings.company.name}`,
          replyTo: reader.settings().settings.company.email,
          pdfOf: generated,
          pdfName: `${name}.pdf`,
        });
      }
    } catch (error) {
      documents.discard(generated);
      throw error;
    }
    const letter: DunningRecord = {
      id: env.newId('M'),
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      orderNo: invoice.orderNo,
      level: figures.level,
      date: today,
      deadline: figures.deadline,
      openCents: figures.openCents,
      interestCents: figures.interest.totalCents,
      feeCents: figures.feeCents,
      lumpSumCents: figures.lumpSumCents,
      totalCents: figures.totalCents,
      sentTo: input.send ? to : '',
      docUrl: generated.docUrl,
      pdfUrl: generated.pdfUrl,
    };
    const after: Invoice = {
      ...invoice,
      lastDunning: { level: figures.level, date: today, deadline: figures.deadline },
    };
    return {
      changes: {
        insertLetters: [letter],
        updateInvoices: [{ before: invoice, after }],
        log: [
          {
            action: 'dunningLetter',
            orderNo: invoice.orderNo,
            oldValue: invoice.number,
            newValue: `${levelName} · ${formatMoney(figures.totalCents, lang)}${input.send ? ` → ${to}` : ''}`,
          },
        ],
      },
      result: {
        docUrl: generated.docUrl,
        pdfUrl: generated.pdfUrl,
        sentTo: letter.sentTo,
        message: t(lang, input.send ? 'dun.sent' : 'dun.created', { level: levelName, to }),
        items: openItemsView(
          readerWithReceivables(reader, {
            heads: reader
              .invoiceHeads()
              .filter((h) => h.invoice.id === after.id)
              .map((h) => ({ ...h, invoice: { ...h.invoice, lastDunning: after.lastDunning } })),
          }),
          env,
        ),
      },
    };
  });
}

function notDueParams(plan: LetterPlan, lang: Lang) {
  return { level: t(lang, `dunning.level.${plan.figures.level}`), date: formatDate(plan.next.dueFrom, lang) };
}

function notDue(plan: LetterPlan, lang: Lang): string {
  return t(lang, 'err.dun.notDue', notDueParams(plan, lang));
}

export function setDunningBlock(
  register: Register,
  env: Environment,
  input: DunningBlockInput,
): OpenItemsDto {
  return register.transact((reader) => {
    const record = reader.orders().find((r) => r.order.number === input.orderNo);
    if (!record) throw new DomainError('err.unknownOrder', { orderNo: input.orderNo });
    const before = record.order;
    const after: Order = { ...before, dunningBlock: input.block === '' ? null : input.block };
    const lang = reader.lang();
    const label = (o: Order) => (o.dunningBlock ? t(lang, `dunningBlock.${o.dunningBlock}`) : '–');
    return {
      changes:
        before.dunningBlock === after.dunningBlock
          ? { log: [] }
          : {
              updateOrders: [{ before, after }],
              log: [
                {
                  action: 'dunningBlock',
                  orderNo: before.number,
                  oldValue: label(before),
                  newValue: label(after),
                },
              ],
            },
      result: openItemsView(readerWithReceivables(reader, { orders: [after] }), env),
    };
  });
}
