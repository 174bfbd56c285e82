// Client: who an order is for; business or consumer decides VAT, dunning and default rules later.
import type { IsoDate } from './dates';
import { DomainError } from './errors';

export const CLIENT_KINDS = ['business', 'consumer'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export interface Client {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  /** ISO 3166 alpha-2, e.g. 'DE'. */
  country: string;
  contactPerson: string;
  email: string;
  phone: string;
  vatId: string;
  kind: ClientKind;
  createdOn: IsoDate;
}

/** Client names are compared the way people read them: trimmed, case and spacing ignored. */
export function clientNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

export function findClientByName(clients: readonly Client[], name: string): Client | undefined {
  const key = clientNameKey(name);
  return clients.find((c) => clientNameKey(c.name) === key);
}

/** A new client must not duplicate an existing name: the register's drop-down picks clients by name. */
export function assertNewClientName(clients: readonly Client[], name: string): void {
  const existing = findClientByName(clients, name);
  if (existing) throw new DomainError('err.duplicateClient', { name: existing.name }, 'client.name');
}
