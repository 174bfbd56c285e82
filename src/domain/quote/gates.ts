// Stage gates of the quote flow: Ordered needs an accepted quote, Confirmed needs a confirmation document.
import { DomainError } from '../errors';
import type { Gate } from '../stages';
import type { Confirmation } from './confirmation';
import type { Quote } from './quote';

export function documentGate(quote: Quote | null, confirmation: Confirmation | null): Gate {
  return (move) => {
    if (move.target === 'ordered' && quote?.status !== 'accepted') {
      return new DomainError('err.gate.acceptedQuote', {}, 'target');
    }
    if (move.target === 'confirmed' && !confirmation?.docUrl) {
      return new DomainError('err.gate.confirmation', {}, 'target');
    }
    return null;
  };
}
