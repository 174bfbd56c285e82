// Builders for what the sidebar sends: inquiry inputs with a new or an existing client.
import type { ClientInput, InquiryInput } from '../../src/shared/contract';

export function aNewClient(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    name: 'Bäckerei Sonnenschein GmbH',
    street: 'Hauptstraße 1',
    postcode: '10115',
    city: 'Berlin',
    country: 'DE',
    contactPerson: 'Erika Muster',
    email: 'erika@sonnenschein.example',
    phone: '+49 30 123456',
    vatId: 'DE123456789',
    kind: 'business',
    ...overrides,
  };
}

export function anInquiry(overrides: Partial<InquiryInput> = {}): InquiryInput {
  return {
    clientId: '',
    newClient: aNewClient(),
    title: 'Relaunch Website',
    description: 'Neue Website mit Shop',
    source: 'inquiry',
    expectedValue: '12.500,00',
    deadline: '2026-09-30',
    ...overrides,
  };
}

export function anInquiryFor(clientId: string, overrides: Partial<InquiryInput> = {}): InquiryInput {
  return anInquiry({ clientId, newClient: null, ...overrides });
}
