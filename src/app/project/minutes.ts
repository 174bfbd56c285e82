// Use cases "Write minutes" and "Update action items": carry open items over, close and add items, minutes document.
import { formatDate } from '../../domain/dates';
import { minutesDocumentData } from '../../domain/documents/projectData';
import { DomainError } from '../../domain/errors';
import { carryOver, parseNewItems } from '../../domain/project/actionItems';
import type { ActionItem } from '../../domain/project/types';
import { t } from '../../shared/i18n';
import type { ItemsInput, MinutesInput, ProjectResultDto } from '../../shared/projectContract';
import type { DocumentService, Environment, ProjectChanges, Register } from '../ports';
import { partyOf } from '../quoteDocument';
import { applyChanges, assertWorkStage, type ProjectFacts, readFacts } from './context';
import { documentOrUndo, undoOnFailure } from './effects';
import { confirmedNet, withFigures } from './figures';
import { answer } from './view';

/** Closes the chosen items and adds the new ones: what minutes and the items list both do. */
function itemChanges(
  facts: ProjectFacts,
  input: { close: readonly string[]; items: readonly { text: string; owner: string; due: string }[] },
  source: string,
  newId: () => string,
  today: string,
) {
  const drafts = parseNewItems(input.items, today);
  const carry = carryOver(facts.items, facts.order.number, input.close, today);
  const { carried } = carry;
  // An item typed into the sheet by hand has no id yet: it gets one now, so its row can be found again.
  const closed = carry.closed.map((c) =>
    /^row-\d+$/.test(c.after.id) ? { ...c, after: { ...c.after, id: newId() } } : c,
  );
  const added: ActionItem[] = drafts.map((d) => ({
    id: newId(),
    orderNo: facts.order.number,
    kind: 'action',
    text: d.text,
    owner: d.owner,
    due: d.due,
    status: 'open',
    source,
    createdOn: today,
    doneOn: null,
  }));
  return { carried, closed, added };
}

export function writeMinutes(
  register: Register,
  env: Environment,
  documents: DocumentService,
  input: MinutesInput,
): ProjectResultDto {
  const today = env.today();
  return undoOnFailure((onFailure) =>
    register.transact((reader) => {
      const meeting = reader.project().findMeeting(input.meetingId);
      if (!meeting) throw new DomainError('err.project.noMeeting', { id: input.meetingId });
      const facts = readFacts(reader, env, meeting.orderNo);
      assertWorkStage(facts.order);
      if (meeting.minutesOn) throw new DomainError('err.project.minutesExist');
      const { carried, closed, added } = itemChanges(facts, input, meeting.id, () => env.newId('A'), today);
      const series = facts.meetings.filter((m) => m.kind === meeting.kind && m.eventId === meeting.eventId);
      const seriesNo = series.findIndex((m) => m.id === meeting.id) + 1 || 1;
      const party = partyOf(reader, facts.order, env);
      const itemsAfter = applyChanges(facts, { updateItems: closed, insertItems: added });
      const figures = withFigures(itemsAfter, reader, today).project;
      const generated = documentOrUndo(documents, onFailure, {
        kind: 'minutes',
        lang: party.lang,
        name: `${t(party.lang, `meetingKind.${meeting.kind}`)}${meeting.kind === 'jourFixe' ? ` ${seriesNo}` : ''} ${facts.order.number} ${formatDate(meeting.date, party.lang)}`,
        order: facts.order,
        data: minutesDocumentData(party, {
          meeting,
          seriesNo,
          attendees: input.attendees,
          notes: input.notes,
          decisions: input.decisions,
          carried,
          closed: closed.map((c) => c.after),
          added,
          figures,
          confirmedNetCents: confirmedNet(facts.confirmation, facts.settings),
          milestones: (facts.confirmation?.milestones ?? []).map((m) => ({
            ...m,
            progress: m.progress ?? null,
          })),
        }),
      });
      const changes: ProjectChanges = {
        updateMeetings: [
          { before: meeting, after: { ...meeting, docUrl: generated.docUrl, minutesOn: today } },
        ],
        updateItems: closed,
        insertItems: added,
      };
      const after = { ...facts.order, project: figures };
      const lang = facts.registerLang;
      return {
        changes: {
          project: changes,
          updateOrders: [{ before: facts.order, after }],
          log: [
            {
              action: 'writeMinutes',
              orderNo: facts.order.number,
              oldValue: `${t(lang, `meetingKind.${meeting.kind}`)} ${formatDate(meeting.date, lang)}`,
              newValue: `+${added.length} / ✓${closed.length} · ${generated.docUrl}`,
            },
          ],
        },
        result: answer(
          reader,
          env,
          { facts, changes, order: after },
          t(facts.lang, 'project.minutesWritten', {
            carried: carried.length,
            added: added.length,
            closed: closed.length,
          }),
          generated,
        ),
      };
    }),
  );
}

export function updateItems(register: Register, env: Environment, input: ItemsInput): ProjectResultDto {
  const today = env.today();
  return register.transact((reader) => {
    const facts = readFacts(reader, env, input.orderNo);
    assertWorkStage(facts.order);
    const { closed, added } = itemChanges(facts, input, '', () => env.newId('A'), today);
    const changes: ProjectChanges = { updateItems: closed, insertItems: added };
    const after = withFigures(applyChanges(facts, changes), reader, today);
    const nothing = closed.length === 0 && added.length === 0;
    return {
      changes: nothing
        ? { log: [] }
        : {
            project: changes,
            updateOrders: [{ before: facts.order, after }],
            log: [
              {
                action: 'updateItems',
                orderNo: facts.order.number,
                oldValue: closed.map((c) => c.before.text).join('; '),
                newValue: added.map((a) => a.text).join('; '),
              },
            ],
          },
      result: answer(
        reader,
        env,
        { facts, changes, order: after },
        t(facts.lang, 'project.itemsUpdated', { added: added.length, closed: closed.length }),
      ),
    };
  });
}
