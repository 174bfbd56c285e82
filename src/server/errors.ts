// Turns anything thrown during an action into a translated ErrorDto that names the field at fault.
import type * as z from 'zod/mini';
import { DomainError, DomainErrors } from '../domain/errors';
import { SheetProblem } from '../gas/sheetProblem';
import type { ErrorDto, FieldErrorDto } from '../shared/contract';
import { isMessageKey, type Lang, type MessageKey, type MessageParam, t } from '../shared/i18n';

/** Input errors raised by zod before any use case runs. */
export class InputError extends Error {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('invalid input');
    this.name = 'InputError';
  }
}

/** 'client.name' -> its label ('Kundenname'); settings keys have labels of their own. */
export function fieldLabel(field: string, lang: Lang): MessageParam {
  // A row of a list ('positions.2.quantity') is named by its number and the column's label.
  const row = /^(positions|milestones)\.(\d+)\.(\w+)$/.exec(field);
  if (row) {
    const item = row[1] === 'positions' ? 'position' : 'milestone';
    const column = fieldLabel(`${item}.${row[3]}`, lang);
    return t(lang, 'position.label', { n: Number(row[2]) + 1, field: column });
  }
  // The inquiry form sends the new client as newClient.*; its fields are labelled as client.*.
  const name = field.replace(/^newClient\./, 'client.');
  for (const candidate of [`field.${name}`, `setting.${name}`, `field.invoice.${name}`]) {
    if (isMessageKey(candidate)) return { ref: candidate };
  }
  return field;
}

function fromDomain(error: DomainError, lang: Lang): FieldErrorDto {
  const params = error.field ? { field: fieldLabel(error.field, lang), ...error.params } : error.params;
  return { field: error.field ?? '', message: t(lang, error.key, params) };
}

const FALLBACK_BY_CODE: Record<string, MessageKey> = {
  invalid_type: 'err.required',
  invalid_value: 'err.invalidChoice',
  too_big: 'err.tooLong',
  too_small: 'err.required',
};

function fromIssue(issue: z.core.$ZodIssue, lang: Lang): FieldErrorDto {
  const field = issue.path.map(String).join('.');
  const key: MessageKey = isMessageKey(issue.message)
    ? issue.message
    : (FALLBACK_BY_CODE[issue.code] ?? 'err.invalid');
  const max = 'maximum' in issue ? Number(issue.maximum) : '';
  return {
    field,
    message: t(lang, key, { field: field === '' ? t(lang, 'err.badRequest') : fieldLabel(field, lang), max }),
  };
}

export function toErrorDto(error: unknown, lang: Lang): ErrorDto {
  let fields: FieldErrorDto[];
  let code: string;
  if (error instanceof InputError) {
    // One message per field: the first problem found is the one to fix first.
    const seen = new Set<string>();
    fields = error.issues
      .map((i) => fromIssue(i, lang))
      .filter((f) => !seen.has(f.field) && !!seen.add(f.field));
    code = 'input';
  } else if (error instanceof DomainErrors) {
    fields = error.errors.map((e) => fromDomain(e, lang));
    code = error.errors[0]?.key ?? 'input';
  } else if (error instanceof DomainError) {
    fields = [fromDomain(error, lang)];
    code = error.key;
  } else if (error instanceof SheetProblem) {
    fields = [{ field: '', message: t(lang, error.key, error.params) }];
    code = error.key;
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(error);
    fields = [{ field: '', message: t(lang, 'err.unexpected', { detail }) }];
    code = 'unexpected';
  }
  const first = fields[0] ?? { field: '', message: t(lang, 'err.invalid', { field: '' }) };
  return { code, message: first.message, field: first.field === '' ? null : first.field, fields };
}
