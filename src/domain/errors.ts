// DomainError: a rule was broken; carries a message key, its parameters and the field at fault.
import type { MessageKey, MessageParams } from '../shared/i18n';

export class DomainError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  /** Path of the input field at fault (e.g. 'client.email'), so the UI can point at it. */
  readonly field: string | null;

  constructor(key: MessageKey, params: MessageParams = {}, field: string | null = null) {
    super(key);
    this.name = 'DomainError';
    this.key = key;
    this.params = params;
    this.field = field;
  }
}

/** Several fields failed at once; the UI marks each of them. */
export class DomainErrors extends Error {
  readonly errors: DomainError[];

  constructor(errors: DomainError[]) {
    super(errors[0]?.key ?? 'err.invalid');
    this.name = 'DomainErrors';
    this.errors = errors;
  }
}
