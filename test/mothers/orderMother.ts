// Test-data builders ("mothers") for orders and clients: sensible defaults, override what a test cares about.
import type { Client } from '../../src/domain/client';
import { NO_DOCUMENTS, type Order } from '../../src/domain/order';
import { NO_PROJECT } from '../../src/domain/project/types';

export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    number: '2026-0001',
    createdOn: '2026-06-01',
    client: 'Bäckerei Sonnenschein GmbH',
    title: 'Relaunch Website',
    description: 'Neue Website mit Shop',
    source: 'inquiry',
    stage: 'inquiry',
    stageSince: '2026-06-01',
    stageBeforeHold: null,
    reason: '',
    expectedValue: 1_250_000,
    deadline: '2026-09-30',
    owner: 'anna@pixelwerk.example',
    dunningBlock: null,
    documents: NO_DOCUMENTS,
    project: NO_PROJECT,
    ...overrides,
  };
}

export function aClient(overrides: Partial<Client> = {}): Client {
  return {
    id: 'K-0001',
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
    createdOn: '2026-01-15',
    ...overrides,
  };
}
