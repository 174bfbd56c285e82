// Builds the project dialog's DTO from an order's facts: figures, milestones, meetings, items, time, acceptance, after-care.

import type { Order } from '../../domain/order';
import { isOverdue } from '../../domain/project/actionItems';
import { budgetUse, hourlyPrice } from '../../domain/project/budget';
import { checklist } from '../../domain/project/handover';
import type { FollowUp } from '../../domain/project/types';
import { type Lang, t } from '../../shared/i18n';
import type { ProjectDto, ProjectRef, ProjectResultDto } from '../../shared/projectContract';
import type { Environment, ProjectChanges, Register, RegisterReader } from '../ports';
import { applyChanges, type ProjectFacts, readFacts } from './context';
import { confirmedNet, overrunOf } from './figures';

export function followUpLabel(f: FollowUp, lang: Lang): string {
  return f.kind === 'warranty'
    ? t(lang, 'followUp.label.warranty', { months: f.offset })
    : t(lang, 'followUp.label.days', { days: f.offset });
}

/** Hourly services of the rate card: what time can be recorded on. */
export function hourlyServices(reader: RegisterReader, hoursPerDay: number): string[] {
  const card = reader.rateCard();
  return card.filter((e) => hourlyPrice(e.service, card, hoursPerDay) !== null).map((e) => e.service);
}

export function projectDto(facts: ProjectFacts, reader: RegisterReader, env: Environment): ProjectDto {
  const { order, settings, lang } = facts;
  const today = env.today();
  const card = reader.rateCard();
  const use = budgetUse(facts.time, card, settings.project.hoursPerDay);
  const overrun = overrunOf(facts, reader, (s) => s).length > 0;
  const p = order.project;
  return {
    orderNo: order.number,
    client: order.client,
    title: order.title,
    stage: order.stage,
    nextStep: `next.${order.stage}`,
    today,
    deadline: facts.confirmation?.deadline ?? order.deadline,
    kickoffOn: p.kickoffOn,
    acceptedOn: p.acceptedOn,
    handedOverOn: p.handedOverOn,
    handoverDocUrl: p.handoverDoc,
    clientEmail: facts.client?.email ?? '',
    user: env.user(),
    figures: {
      hours: p.hours,
      budgetUsedCents: p.budgetUsed,
      confirmedNetCents: confirmedNet(facts.confirmation, settings),
      budgetBp: p.budgetBp,
      progressBp: p.progressBp,
      elapsedBp: p.elapsedBp,
      deviations: p.deviations.map((key) => ({ key, label: t(lang, `deviation.${key}`) })),
    },
    milestones: (facts.confirmation?.milestones ?? []).map((m, index) => ({
      index,
      date: m.date,
      label: m.label,
      progress: m.progress ?? null,
    })),
    meetings: facts.meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      date: m.date,
      start: m.start,
      durationMin: m.durationMin,
      place: m.place,
      guests: m.guests,
      eventUrl: m.eventUrl,
      docUrl: m.docUrl,
      minutesOn: m.minutesOn,
      interval: m.interval,
    })),
    items: facts.items
      .filter((i) => i.kind !== 'handover')
      .map((i) => ({
        id: i.id,
        kind: i.kind,
        text: i.text,
        owner: i.owner,
        due: i.due,
        status: i.status,
        overdue: isOverdue(i, today),
      }))
      .sort((a, b) =>
        a.status === b.status
          ? (a.due ?? '9999').localeCompare(b.due ?? '9999')
          : a.status === 'open'
            ? -1
            : 1,
      ),
    time: [...facts.time]
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, 50)
      .map((e) => ({
        date: e.date,
        person: e.person,
        service: e.service,
        hours: e.hours,
        billable: e.billable,
        note: e.note,
      })),
    byService: use.byService,
    services: hourlyServices(reader, settings.project.hoursPerDay),
    acceptances: facts.acceptances.map((a) => ({
      id: a.id,
      round: a.round,
      requestedOn: a.requestedOn,
      deliverables: a.deliverables,
      docUrl: a.docUrl,
      pdfUrl: a.pdfUrl,
      result: a.result,
      decidedOn: a.decidedOn,
      accepted: a.accepted,
    })),
    checklist: checklist(facts.items, order.number).map(({ item, done }) => ({ item, done })),
    followUps: facts.followUps.map((f) => ({
      id: f.id,
      due: f.due,
      label: followUpLabel(f, lang),
      doneOn: f.doneOn,
      outcome: f.outcome,
      satisfaction: f.satisfaction,
      overdue: f.doneOn === null && f.due < today,
    })),
    overrun,
    folderUrl: reader.project().folderUrl(order.number),
  };
}

/** Use case "Open project": the dialog's one load call. */
export function loadProject(register: Register, env: Environment, ref: ProjectRef): ProjectDto {
  return register.read((reader) => projectDto(readFacts(reader, env, ref.orderNo), reader, env));
}

/** The order under the cursor, for the menu's "Project" item; null when the cursor is not on an order row. */
export function activeOrderNo(register: Register): string | null {
  return register.read((reader) => {
    if (!reader.isSetUp()) return null;
    const row = reader.activeOrderRow();
    return row === null ? null : (reader.orders().find((r) => r.row === row)?.order.number ?? null);
  });
}

/** What every project action answers: its message, the document it made (if any), the dialog as after the change. */
export function answer(
  reader: RegisterReader,
  env: Environment,
  after: { facts: ProjectFacts; changes?: ProjectChanges; order?: Order },
  message: string,
  doc: { docUrl: string; pdfUrl: string } = { docUrl: '', pdfUrl: '' },
): ProjectResultDto {
  const facts = applyChanges(after.facts, after.changes ?? {}, after.order ?? after.facts.order);
  return { message, docUrl: doc.docUrl, pdfUrl: doc.pdfUrl, project: projectDto(facts, reader, env) };
}
