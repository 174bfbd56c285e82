// Use case "Open items": every unpaid issued invoice by days overdue, aging buckets, the next dunning step.
import type { IsoDate } from '../../domain/dates';
import { type DunningLevel, nextDunningStep } from '../../domain/dunning/levels';
import type { Order } from '../../domain/order';
import {
  AGING_BUCKET_LABELS,
  AGING_BUCKETS,
  agingBucket,
  agingSummary,
  daysOverdue,
} from '../../domain/receivables/aging';
import { type Lang, t } from '../../shared/i18n';
import type { OpenItemDto, OpenItemsDto } from '../../shared/receivablesContract';
import type { Environment, InvoiceHead, Register, RegisterReader } from '../ports';
import { uiLang } from '../settingsView';
import { isPayable, openOf } from './booking';
import { type ReceivablesConfig, receivablesConfig } from './config';

export function loadOpenItems(register: Register, env: Environment): OpenItemsDto {
  return register.read((reader) => openItemsView(reader, env));
}

/** One read of the Invoices and Orders sheets, whatever else the register holds. */
export function openItemsView(reader: RegisterReader, env: Environment): OpenItemsDto {
  const today = env.today();
  const { settings } = reader.settings();
  const lang = uiLang(settings, env.userLang());
  const config = receivablesConfig(settings);
  const orders = new Map(reader.orders().map((r) => [r.order.number, r.order]));
  const open = reader.invoiceHeads().filter((h) => isPayable(h) && openOf(h) > 0);
  const items = open
    .map((head) => openItem(head, orders.get(head.invoice.orderNo) ?? null, config, today, lang))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.number.localeCompare(b.number));
  const summary = agingSummary(
    open.map((h) => ({ openCents: openOf(h), dueDate: h.invoice.dueDate })),
    today,
  );
  return {
    today,
    totalCents: summary.totalCents,
    count: summary.count,
    buckets: AGING_BUCKETS.map((bucket) => {
      const b = summary.buckets.find((x) => x.bucket === bucket);
      return {
        bucket,
        label: t(lang, AGING_BUCKET_LABELS[bucket]),
        count: b?.count ?? 0,
        openCents: b?.openCents ?? 0,
      };
    }),
    items,
  };
}

function openItem(
  head: InvoiceHead,
  order: Order | null,
  config: ReceivablesConfig,
  today: IsoDate,
  lang: Lang,
): OpenItemDto {
  const { invoice } = head;
  const days = daysOverdue(invoice.dueDate, today);
  const last = invoice.lastDunning;
  const next =
    invoice.dueDate === null
      ? null
      : nextDunningStep({
          dueDate: invoice.dueDate,
          sent: last ? [{ ...last, lumpSumClaimed: false }] : [],
          config: config.dunning,
          today,
        });
  const levelLabel = (level: DunningLevel) => t(lang, `dunning.level.${level}`);
  const block = order?.dunningBlock ?? null;
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    orderNo: invoice.orderNo,
    client: invoice.recipient.name || order?.client || '',
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    daysOverdue: days,
    bucket: agingBucket(days),
    dueCents: head.dueCents,
    paidCents: invoice.paidCents,
    openCents: openOf(head),
    lastLevel: last ? levelLabel(last.level) : '',
    lastDate: last?.date ?? null,
    lastDeadline: last?.deadline ?? null,
    next: next
      ? { level: next.level, label: levelLabel(next.level), dueFrom: next.dueFrom, isDue: next.isDue }
      : null,
    block,
    blockLabel: block ? t(lang, `dunningBlock.${block}`) : '',
    pdfUrl: invoice.pdfUrl,
  };
}
