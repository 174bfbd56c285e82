// Use cases "Record time" and "Save progress": a time entry or milestone percentages, and the order's figures with them.

import { parseDateInput } from '../../domain/dates';
import { formatScaled } from '../../domain/decimal';
import { DomainError, DomainErrors } from '../../domain/errors';
import { checkTimeEntry, parseHours } from '../../domain/project/time';
import type { TimeEntry } from '../../domain/project/types';
import { t } from '../../shared/i18n';
import type { ProgressInput, ProjectResultDto, TimeInput } from '../../shared/projectContract';
import type { Environment, ProjectChanges, Register } from '../ports';
import { applyChanges, assertWorkStage, readFacts } from './context';
import { withFigures } from './figures';
import { answer, hourlyServices } from './view';

export function recordTime(register: Register, env: Environment, input: TimeInput): ProjectResultDto {
  const today = env.today();
  return register.transact((reader) => {
    const facts = readFacts(reader, env, input.orderNo);
    assertWorkStage(facts.order);
    const date = parseDateInput(input.date);
    const hours = parseHours(input.hours, facts.lang);
    const person = input.person.trim() || env.user();
    // What this person already booked that day, on any order: the day has 24 hours, not each order.
    const sameDayHours = reader
      .project()
      .timeOfPerson(person)
      .filter((e) => e.date === date)
      .reduce((sum, e) => sum + e.hours, 0);
    const services = hourlyServices(reader, facts.settings.project.hoursPerDay);
    checkTimeEntry({
      date,
      hours,
      person,
      service: input.service,
      note: input.note,
      today,
      sameDayHours,
      services,
      lang: facts.lang,
    });
    const service =
      services.find((s) => s.toLowerCase() === input.service.trim().toLowerCase()) ?? input.service;
    const entry: TimeEntry = {
      id: env.newId('T'),
      date: date as string,
      person,
      orderNo: facts.order.number,
      service,
      hours: hours as number,
      billable: input.billable,
      note: input.note.trim(),
    };
    const changes: ProjectChanges = { insertTime: [entry] };
    const after = withFigures(applyChanges(facts, changes), reader, today);
    const shown = formatScaled(entry.hours, 2, facts.lang, 0);
    return {
      changes: {
        project: changes,
        updateOrders: [{ before: facts.order, after }],
        log: [
          {
            action: 'recordTime',
            orderNo: facts.order.number,
            oldValue: '',
            newValue: `${person} · ${service} · ${formatScaled(entry.hours, 2, facts.registerLang, 0)} h`,
          },
        ],
      },
      result: answer(
        reader,
        env,
        { facts, changes, order: after },
        t(facts.lang, 'project.timeRecorded', { hours: shown, service }),
      ),
    };
  });
}

export function saveProgress(register: Register, env: Environment, input: ProgressInput): ProjectResultDto {
  const today = env.today();
  return register.transact((reader) => {
    const facts = readFacts(reader, env, input.orderNo);
    const milestones = facts.confirmation?.milestones ?? [];
    const before = milestones.map((m) => m.progress ?? null);
    const after = [...before];
    const errors: DomainError[] = [];
    input.milestones.forEach((m, i) => {
      if (!Number.isInteger(m.index) || m.index < 0 || m.index >= milestones.length) {
        errors.push(
          new DomainError('err.project.noMilestone', { index: m.index + 1 }, `milestones.${i}.progress`),
        );
        return;
      }
      const text = m.progress.trim().replace(/\s*%$/, '');
      // An empty field is a milestone nobody has rated yet.
      if (text === '') {
        after[m.index] = null;
        return;
      }
      const value = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
      if (!(value >= 0 && value <= 100))
        errors.push(new DomainError('err.project.progress', {}, `milestones.${m.index}.progress`));
      else after[m.index] = value;
    });
    if (errors.length > 0) throw new DomainErrors(errors);
    const confirmation = facts.confirmation;
    if (!confirmation || JSON.stringify(before) === JSON.stringify(after))
      return {
        changes: { log: [] },
        result: answer(reader, env, { facts }, t(facts.lang, 'project.progressSaved')),
      };
    const changes: ProjectChanges = {
      milestoneProgress: { confirmation: confirmation.number, orderNo: facts.order.number, before, after },
    };
    const order = withFigures(applyChanges(facts, changes), reader, today);
    return {
      changes: {
        project: changes,
        updateOrders: [{ before: facts.order, after: order }],
        log: [
          {
            action: 'saveProgress',
            orderNo: facts.order.number,
            oldValue: before.map((p) => `${p ?? 0} %`).join(', '),
            newValue: after.map((p) => `${p ?? 0} %`).join(', '),
          },
        ],
      },
      result: answer(reader, env, { facts, changes, order }, t(facts.lang, 'project.progressSaved')),
    };
  });
}
