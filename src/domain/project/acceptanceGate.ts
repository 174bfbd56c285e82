// The final invoice waits for the acceptance: it bills the whole work, which the client has not yet taken.
import type { IsoDate } from '../dates';
import { DomainError } from '../errors';

export function finalInvoiceGate(type: string, acceptedOn: IsoDate | null): void {
  if (type === 'final' && acceptedOn === null) throw new DomainError('err.invoice.notAccepted', {}, 'type');
}
