// Use cases "Schedule kick-off" and "Schedule jour fixe": calendar event(s), agenda document, meeting rows, stage.
import { formatDate } from '../../domain/dates';
import { agendaDocumentData } from '../../domain/documents/projectData';
import { DomainError } from '../../domain/errors';
import type { Order } from '../../domain/order';
import { projectGate } from '../../domain/project/gates';
import { parseJourFixeInput, parseMeetingInput } from '../../domain/project/meetingInput';
import { recurrenceRule } from '../../domain/project/recurrence';
import type { Meeting } from '../../domain/project/types';
import { currentQuote } from '../../domain/quote/quote';
import { CORE_GATES, checkMove } from '../../domain/stages';
import { type Lang, t } from '../../shared/i18n';
import type { JourFixeInput, KickoffInput, ProjectResultDto } from '../../shared/projectContract';
import type { CalendarEventRequest, CalendarService, DocumentService, Environment, Register } from '../ports';
import { partyOf } from '../quoteDocument';
import { applyChanges, assertRunning, readFacts, stageLog } from './context';
import { documentOrUndo, undoOnFailure } from './effects';
import { answer } from './view';

/** The calendar event of a kick-off or a jour-fixe series, titled and described in the client's language. */
function eventOf(
  order: Order,
  kind: 'kickoff' | 'jourFixe',
  parsed: { date: string; start: string; durationMin: number; place: string; guests: string[] },
  video: boolean,
  recurrence: string | null,
  lang: Lang,
): CalendarEventRequest {
  return {
    title: t(lang, `project.eventTitle.${kind}`, { orderNo: order.number, title: order.title }),
    description: t(lang, 'project.eventDescription', {
      orderNo: order.number,
      client: order.client,
      doc: '',
    }),
    date: parsed.date,
    start: parsed.start,
    durationMin: parsed.durationMin,
    place: parsed.place,
    guests: parsed.guests,
    video,
    recurrence,
  };
}

const withVideo = (place: string, link: string) => (link ? (place ? `${place} · ${link}` : link) : place);

export function scheduleKickoff(
  register: Register,
  env: Environment,
  documents: DocumentService,
  calendar: CalendarService,
  input: KickoffInput,
): ProjectResultDto {
  const today = env.today();
  return undoOnFailure((onFailure) =>
    register.transact((reader) => {
      const facts = readFacts(reader, env, input.orderNo);
      const { order } = facts;
      const existing = facts.meetings.find((m) => m.kind === 'kickoff');
      if (existing)
        throw new DomainError('err.project.kickoffExists', { date: formatDate(existing.date, facts.lang) });
      if (order.stage !== 'confirmed')
        throw new DomainError('err.project.noKickoffStage', { stage: { ref: `stage.${order.stage}` } });
      const parsed = parseMeetingInput(input, today);
      const draft: Meeting = {
        id: env.newId('K'),
        orderNo: order.number,
        kind: 'kickoff',
        date: parsed.date,
        start: parsed.start,
        durationMin: parsed.durationMin,
        place: parsed.place,
        guests: parsed.guests,
        eventId: '',
        eventUrl: '',
        interval: null,
        docUrl: '',
        minutesOn: null,
      };
      // Every refusal comes before the invitations go out: the move is checked with the meeting as it will be.
      const facts2 = applyChanges(facts, { insertMeetings: [draft] });
      const target = checkMove({ facts: order, target: 'kickoff', reason: '' }, [
        ...CORE_GATES,
        projectGate({ ...facts2, orderNo: order.number, today }),
      ]);
      const party = partyOf(reader, order, env);
      // The event first: the agenda prints the Meet link Google makes with it. If the agenda fails, the event is
      // removed again and the guests get a cancellation.
      const event = calendar.create(eventOf(order, 'kickoff', parsed, input.video, null, party.lang));
      onFailure(() => calendar.remove(event.id));
      const meeting: Meeting = {
        ...draft,
        place: withVideo(parsed.place, event.videoLink),
        eventId: event.id,
        eventUrl: event.url,
      };
      const generated = documentOrUndo(documents, onFailure, {
        kind: 'agenda',
        lang: party.lang,
        name: `Kick-off ${order.number} ${order.title}`,
        order,
        data: agendaDocumentData(party, {
          meeting,
          confirmation: facts.confirmation,
          quote: currentQuote(reader.quotesOf(order.number), order.number),
          openQuestions: input.openQuestions,
          team: [env.user()],
        }),
      });
      const withDoc: Meeting = { ...meeting, docUrl: generated.docUrl };
      const after = {
        ...order,
        stage: target,
        stageSince: today,
        project: { ...order.project, kickoffOn: parsed.date },
      };
      const lang = facts.registerLang;
      return {
        changes: {
          project: { insertMeetings: [withDoc] },
          updateOrders: [{ before: order, after }],
          log: [
            {
              action: 'scheduleKickoff',
              orderNo: order.number,
              oldValue: t(lang, `stage.${order.stage}`),
              newValue: `${formatDate(parsed.date, lang)} ${parsed.start} · ${generated.docUrl}`,
            },
            ...stageLog(order, after, lang),
          ],
        },
        result: answer(
          reader,
          env,
          { facts, changes: { insertMeetings: [withDoc] }, order: after },
          t(facts.lang, 'project.kickoffScheduled', {
            date: formatDate(parsed.date, facts.lang),
            start: parsed.start,
          }),
          generated,
        ),
      };
    }),
  );
}

export function scheduleJourFixe(
  register: Register,
  env: Environment,
  calendar: CalendarService,
  input: JourFixeInput,
): ProjectResultDto {
  const today = env.today();
  return undoOnFailure((onFailure) =>
    register.transact((reader) => {
      const facts = readFacts(reader, env, input.orderNo);
      const { order } = facts;
      assertRunning(order);
      const deadline = facts.confirmation?.deadline ?? order.deadline;
      const parsed = parseJourFixeInput(input, today, deadline);
      const docLang = partyOf(reader, order, env).lang;
      const event = calendar.create(
        eventOf(
          order,
          'jourFixe',
          parsed,
          input.video,
          recurrenceRule(parsed.interval, parsed.dates.length),
          docLang,
        ),
      );
      onFailure(() => calendar.remove(event.id));
      const prefix = env.newId('J');
      const meetings: Meeting[] = parsed.dates.map((date, i) => ({
        id: `${prefix}-${i + 1}`,
        orderNo: order.number,
        kind: 'jourFixe',
        date,
        start: parsed.start,
        durationMin: parsed.durationMin,
        place: withVideo(parsed.place, event.videoLink),
        guests: parsed.guests,
        eventId: event.id,
        eventUrl: event.url,
        interval: parsed.interval,
        docUrl: '',
        minutesOn: null,
      }));
      const lang = facts.registerLang;
      const from = parsed.dates[0];
      const to = parsed.dates[parsed.dates.length - 1];
      return {
        changes: {
          project: { insertMeetings: meetings },
          log: [
            {
              action: 'scheduleJourFixe',
              orderNo: order.number,
              oldValue: '',
              newValue: `${t(lang, `interval.${parsed.interval}`)} · ${formatDate(from, lang)}–${formatDate(to, lang)} (${meetings.length})`,
            },
          ],
        },
        result: answer(
          reader,
          env,
          { facts, changes: { insertMeetings: meetings } },
          t(facts.lang, 'project.jourFixeScheduled', {
            count: meetings.length,
            from: formatDate(from, facts.lang),
            to: formatDate(to, facts.lang),
          }),
        ),
      };
    }),
  );
}
