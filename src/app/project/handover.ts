// Use cases "Save handover checklist" and "Hand over": checklist items, handover protocol, follow-up dates, stage.
import { formatDate } from '../../domain/dates';
import { handoverDocumentData } from '../../domain/documents/projectData';
import { DomainError } from '../../domain/errors';
import { parseFollowUpDays, planFollowUps } from '../../domain/project/followUps';
import { projectGate } from '../../domain/project/gates';
import { checklist } from '../../domain/project/handover';
import type { ActionItem, HandoverItem } from '../../domain/project/types';
import { currentQuote } from '../../domain/quote/quote';
import { CORE_GATES, checkMove } from '../../domain/stages';
import { isEmail } from '../../domain/validators';
import { t } from '../../shared/i18n';
import type { ChecklistInput, HandoverInput, ProjectResultDto } from '../../shared/projectContract';
import type { DocumentService, Environment, ProjectChanges, Register } from '../ports';
import { partyOf } from '../quoteDocument';
import { applyChanges, type ProjectFacts, readFacts, stageLog } from './context';
import { documentOrUndo, undoOnFailure } from './effects';
import { answer } from './view';

/** The checklist rows to write so exactly `done` is ticked: new rows for items never stored, updates for the rest. */
function checklistChanges(facts: ProjectFacts, done: readonly HandoverItem[], today: string): ProjectChanges {
  const insertItems: ActionItem[] = [];
  const updateItems: { before: ActionItem; after: ActionItem }[] = [];
  for (const entry of checklist(facts.items, facts.order.number)) {
    const want = done.includes(entry.item);
    const stored = facts.items.find((i) => i.id === entry.id);
    const status = want ? 'done' : 'open';
    if (!stored) {
      insertItems.push({
        id: entry.id,
        orderNo: facts.order.number,
        kind: 'handover',
        text: t(facts.registerLang, `handover.${entry.item}`),
        owner: '',
        due: null,
        status,
        source: '',
        createdOn: today,
        doneOn: want ? today : null,
      });
    } else if (stored.status !== status) {
      updateItems.push({ before: stored, after: { ...stored, status, doneOn: want ? today : null } });
    }
  }
  return { insertItems, updateItems };
}

export function saveChecklist(register: Register, env: Environment, input: ChecklistInput): ProjectResultDto {
  const today = env.today();
  return register.transact((reader) => {
    const facts = readFacts(reader, env, input.orderNo);
    const changes = checklistChanges(facts, input.done, today);
    const changed = (changes.insertItems?.length ?? 0) + (changes.updateItems?.length ?? 0) > 0;
    const lang = facts.registerLang;
    return {
      changes: changed
        ? {
            project: changes,
            log: [
              {
                action: 'saveChecklist',
                orderNo: facts.order.number,
                oldValue: '',
                newValue: input.done.map((d) => t(lang, `handover.${d}`)).join(', '),
              },
            ],
          }
        : { log: [] },
      result: answer(
        reader,
        env,
        { facts, changes },
        t(facts.lang, 'project.checklistSaved', { done: input.done.length, total: 6 }),
      ),
    };
  });
}

/**
 * Shares the order folder first when asked (outside the lock: sharing twice is harmless, and a register write that
 * fails afterwards leaves the folder shared as the user wanted), then writes the protocol, follow-ups and stage.
 */
export function handOver(
  register: Register,
  env: Environment,
  documents: DocumentService,
  input: HandoverInput,
): ProjectResultDto {
  const today = env.today();
  const email = input.shareWith.trim();
  if (email !== '' && !isEmail(email))
    throw new DomainError('err.invalidEmail', { field: { ref: 'field.client.email' } }, 'shareWith');
  const shared =
    email === ''
      ? ''
      : register.read((reader) => {
          const facts = readFacts(reader, env, input.orderNo);
          return documents.shareFolder(facts.order, email, partyOf(reader, facts.order, env).lang);
        });
  return undoOnFailure((onFailure) =>
    register.transact((reader) => {
      const facts = readFacts(reader, env, input.orderNo);
      const done = checklist(facts.items, facts.order.number)
        .filter((c) => c.done || (shared !== '' && c.item === 'folderShared'))
        .map((c) => c.item);
      const ticked = checklistChanges(facts, done, today);
      const withChecklist = applyChanges(facts, ticked);
      const target = checkMove({ facts: facts.order, target: 'handedOver', reason: '' }, [
        ...CORE_GATES,
        projectGate({ ...withChecklist, orderNo: facts.order.number, today }),
      ]);
      const days = parseFollowUpDays(facts.settings.project.followUpDays) ?? [];
      const followUps = planFollowUps(facts.order.number, today, days, facts.settings.project.warrantyMonths);
      const party = partyOf(reader, facts.order, env);
      const quote = currentQuote(reader.quotesOf(facts.order.number), facts.order.number);
      const generated = documentOrUndo(documents, onFailure, {
        kind: 'handover',
        lang: party.lang,
        name: `${t(party.lang, 'project.docName.handover')} ${facts.order.number} ${facts.order.title}`,
        order: facts.order,
        data: handoverDocumentData(party, {
          handedOverOn: today,
          acceptedOn: facts.order.project.acceptedOn,
          checklist: checklist(withChecklist.items, facts.order.number),
          rights: quote?.usageRights ?? null,
          folderUrl: shared || reader.project().folderUrl(facts.order.number),
          followUps,
        }),
      });
      const changes: ProjectChanges = { ...ticked, insertFollowUps: followUps };
      const after = {
        ...facts.order,
        stage: target,
        stageSince: today,
        project: { ...facts.order.project, handedOverOn: today, handoverDoc: generated.docUrl },
      };
      const lang = facts.registerLang;
      return {
        changes: {
          project: changes,
          updateOrders: [{ before: facts.order, after }],
          log: [
            {
              action: 'handover',
              orderNo: facts.order.number,
              oldValue: t(lang, `stage.${facts.order.stage}`),
              newValue: `${formatDate(today, lang)}${email ? ` → ${email}` : ''} · ${generated.docUrl}`,
            },
            ...stageLog(facts.order, after, lang),
          ],
        },
        result: answer(
          reader,
          env,
          { facts, changes, order: after },
          email
            ? t(facts.lang, 'project.handedOverShared', { email, count: followUps.length })
            : t(facts.lang, 'project.handedOver', { count: followUps.length }),
          generated,
        ),
      };
    }),
  );
}
