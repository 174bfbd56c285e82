// Use cases "Request acceptance" and "Record acceptance": the protocol document, then accepted or defects as rework.
import { formatDate } from '../../domain/dates';
import { acceptanceDocumentData } from '../../domain/documents/projectData';
import { DomainError } from '../../domain/errors';
import {
  assertCanRequest,
  decideAcceptance,
  nextRound,
  parseDeliverables,
} from '../../domain/project/acceptance';
import { projectGate } from '../../domain/project/gates';
import type { Acceptance, ActionItem } from '../../domain/project/types';
import { CORE_GATES, checkMove } from '../../domain/stages';
import { t } from '../../shared/i18n';
import type {
  AcceptanceDecisionInput,
  AcceptanceRequestInput,
  ProjectResultDto,
} from '../../shared/projectContract';
import type { DocumentService, Environment, ProjectChanges, Register } from '../ports';
import { partyOf } from '../quoteDocument';
import { applyChanges, type ProjectFacts, readFacts, stageLog } from './context';
import { documentOrUndo, undoOnFailure } from './effects';
import { answer } from './view';

/** The stage move an acceptance step makes, checked against the lifecycle and the project's gates. */
function moveTo(facts: ProjectFacts, target: 'acceptance' | 'rework', today: string) {
  const stage = checkMove({ facts: facts.order, target, reason: '' }, [
    ...CORE_GATES,
    projectGate({ ...facts, orderNo: facts.order.number, today }),
  ]);
  return { ...facts.order, stage, stageSince: today };
}

export function requestAcceptance(
  register: Register,
  env: Environment,
  documents: DocumentService,
  input: AcceptanceRequestInput,
): ProjectResultDto {
  const today = env.today();
  return undoOnFailure((onFailure) =>
    register.transact((reader) => {
      const facts = readFacts(reader, env, input.orderNo);
      const deliverables = parseDeliverables(input.deliverables);
      assertCanRequest(facts.order.stage, facts.items, facts.acceptances);
      const round = nextRound(facts.acceptances, facts.order.number);
      const draft: Acceptance = {
        id: `${facts.order.number}-AB${round}`,
        orderNo: facts.order.number,
        round,
        requestedOn: today,
        deliverables,
        docUrl: '',
        pdfUrl: '',
        result: 'pending',
        decidedOn: null,
        accepted: [],
        note: '',
      };
      const party = partyOf(reader, facts.order, env);
      const generated = documentOrUndo(documents, onFailure, {
        kind: 'acceptance',
        lang: party.lang,
        name: `${t(party.lang, 'project.docName.acceptance')} ${facts.order.number} (${round})`,
        order: facts.order,
        data: acceptanceDocumentData(party, { acceptance: draft, confirmation: facts.confirmation }),
      });
      const acceptance = { ...draft, docUrl: generated.docUrl, pdfUrl: generated.pdfUrl };
      const changes: ProjectChanges = { insertAcceptances: [acceptance] };
      const after = moveTo(applyChanges(facts, changes), 'acceptance', today);
      const lang = facts.registerLang;
      return {
        changes: {
          project: changes,
          updateOrders: [{ before: facts.order, after }],
          log: [
            {
              action: 'requestAcceptance',
              orderNo: facts.order.number,
              oldValue: t(lang, `stage.${facts.order.stage}`),
              newValue: `${round}: ${deliverables.length} · ${generated.docUrl}`,
            },
            ...stageLog(facts.order, after, lang),
          ],
        },
        result: answer(
          reader,
          env,
          { facts, changes, order: after },
          t(facts.lang, 'project.acceptanceRequested', { round }),
          generated,
        ),
      };
    }),
  );
}

export function recordAcceptance(
  register: Register,
  env: Environment,
  input: AcceptanceDecisionInput,
): ProjectResultDto {
  const today = env.today();
  return register.transact((reader) => {
    const stored = reader.project().findAcceptance(input.acceptanceId);
    if (!stored) throw new DomainError('err.project.noAcceptance', { id: input.acceptanceId });
    const facts = readFacts(reader, env, stored.orderNo);
    const { after: decided, rework } = decideAcceptance(stored, input, today);
    const prefix = env.newId('N');
    const items: ActionItem[] = rework.map((r, i) => ({
      id: `${prefix}-${i + 1}`,
      orderNo: facts.order.number,
      kind: 'rework',
      text: r.text,
      owner: '',
      due: r.due,
      status: 'open',
      source: stored.id,
      createdOn: today,
      doneOn: null,
    }));
    const changes: ProjectChanges = {
      updateAcceptances: [{ before: stored, after: decided }],
      insertItems: items,
    };
    const applied = applyChanges(facts, changes);
    const after =
      decided.result === 'defects'
        ? moveTo(applied, 'rework', today)
        : { ...facts.order, project: { ...facts.order.project, acceptedOn: decided.decidedOn } };
    const lang = facts.registerLang;
    return {
      changes: {
        project: changes,
        updateOrders: [{ before: facts.order, after }],
        log: [
          {
            action: 'decideAcceptance',
            orderNo: facts.order.number,
            oldValue: `${stored.round}`,
            newValue:
              decided.result === 'accepted'
                ? `${t(lang, 'acceptanceResult.accepted')} ${formatDate(decided.decidedOn ?? today, lang)}`
                : `${t(lang, 'acceptanceResult.defects')}: ${rework.map((r) => r.text).join('; ')}`,
          },
          ...stageLog(facts.order, after, lang),
        ],
      },
      result: answer(
        reader,
        env,
        { facts, changes, order: after },
        decided.result === 'accepted'
          ? t(facts.lang, 'project.accepted', { date: formatDate(decided.decidedOn ?? today, facts.lang) })
          : t(facts.lang, 'project.defects', { count: rework.length }),
        stored,
      ),
    };
  });
}
