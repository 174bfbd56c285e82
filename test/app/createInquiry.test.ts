import { createInquiry } from '../../src/app/createInquiry';
import { DomainError } from '../../src/domain/errors';
import type { InquiryInput } from '../../src/shared/contract';
import { aClient, anOrder } from '../mothers/orderMother';
import { fixedEnvironment, MemoryRegister } from '../support/memoryRegister';

const newClient = {
  name: 'Neue Kunde AG',
  street: '',
  postcode: '',
  city: 'Hamburg',
  country: 'DE',
  contactPerson: '',
  email: '',
  phone: '',
  vatId: '',
  kind: 'business' as const,
};

function input(overrides: Partial<InquiryInput> = {}): InquiryInput {
  return {
    clientId: 'K-0001',
    newClient: null,
    title: 'Kampagne Herbst',
    description: '',
    source: 'referral',
    expectedValue: '12.500,00',
    deadline: '2026-09-30',
    ...overrides,
  };
}

describe('createInquiry', () => {
  it('numbers the order per year, above the sheet and the high-water mark', () => {
    const register = new MemoryRegister(
      [anOrder({ number: '2026-0004' }), anOrder({ number: '2025-0099' })],
      [aClient()],
    );
    register.highWater['2026-{#}'] = 6;
    const order = createInquiry(register, fixedEnvironment(), input());
    expect(order.number).toBe('2026-0007');
    expect(order.stage).toBe('inquiry');
    expect(order.expectedValueCents).toBe(1_250_000);
    expect(order.client).toBe('Bäckerei Sonnenschein GmbH');
    expect(register.highWater['2026-{#}']).toBe(7);
    expect(register.log.map((l) => l.action)).toEqual(['createInquiry']);
  });

  it('creates a new client with its own number and logs both', () => {
    const register = new MemoryRegister([], [aClient()]);
    const order = createInquiry(register, fixedEnvironment(), input({ clientId: '', newClient }));
    expect(order.client).toBe('Neue Kunde AG');
    expect(register.clients.map((c) => c.client.id)).toEqual(['K-0001', 'K-0002']);
    expect(register.log.map((l) => l.action)).toEqual(['createClient', 'createInquiry']);
  });

  it('refuses a second client with the same name (case and spaces ignored), writing nothing', () => {
    const register = new MemoryRegister([], [aClient()]);
    expect(() =>
      createInquiry(
        register,
        fixedEnvironment(),
        input({ clientId: '', newClient: { ...newClient, name: ' bäckerei  sonnenschein gmbh' } }),
      ),
    ).toThrow(expect.objectContaining({ key: 'err.duplicateClient', field: 'client.name' }));
    expect(register.commits).toBe(0);
  });

  it.each([
    [{ expectedValue: '12,5x' }, 'expectedValue', 'err.invalidMoney'],
    [{ expectedValue: '-5' }, 'expectedValue', 'err.negativeMoney'],
    [{ deadline: '31.02.2026' }, 'deadline', 'err.invalidDate'],
    [{ clientId: 'K-9999' }, 'clientId', 'err.unknownClient'],
    [{ clientId: '' }, 'clientId', 'err.required'],
  ])('refuses %p naming %s', (overrides, field, key) => {
    const register = new MemoryRegister([], [aClient()]);
    let error: unknown;
    try {
      createInquiry(register, fixedEnvironment(), input(overrides));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).field).toBe(field);
    expect((error as DomainError).key).toBe(key);
    expect(register.commits).toBe(0);
    expect(register.orders).toHaveLength(0);
  });

  it('refuses when the order number pattern in the settings is broken', () => {
    const register = new MemoryRegister([], [aClient()]);
    register.settings['numbers.order'] = '{YYYY}';
    expect(() => createInquiry(register, fixedEnvironment(), input())).toThrow(
      expect.objectContaining({ key: 'err.settings' }),
    );
  });
});
