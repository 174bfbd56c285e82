// Use case "New inquiry": picks or creates the client, numbers the order, writes it at stage Inquiry.
import { assertNewClientName, type Client } from '../domain/client';
import { parseDateInput } from '../domain/dates';
import { DomainError } from '../domain/errors';
import { type Cents, parseMoney } from '../domain/money';
import { type AllocatedNumber, nextNumber, rangeKey } from '../domain/numbering';
import { NO_DOCUMENTS, type Order } from '../domain/order';
import { NO_PROJECT } from '../domain/project/types';
import type { InquiryInput, OrderDto } from '../shared/contract';
import type { Lang } from '../shared/i18n';
import type { ChangeSet, Environment, Register, RegisterReader } from './ports';
import { requireSettings } from './settingsGuard';
import { uiLang } from './settingsView';
import { orderDto } from './views';

export function createInquiry(register: Register, env: Environment, input: InquiryInput): OrderDto {
  const today = env.today();
  if (input.clientId === '' && !input.newClient) throw new DomainError('err.required', {}, 'clientId');
  const deadline = input.deadline === '' ? null : parseDateInput(input.deadline);
  if (deadline === null && input.deadline !== '') throw new DomainError('err.invalidDate', {}, 'deadline');

  return register.transact((reader) => {
    const { settings, problems } = reader.settings();
    // Amounts are read in the language the sidebar speaks ("1.250" is 1250 in German, 1.25 in English).
    const expectedValue = parseExpectedValue(input.expectedValue, uiLang(settings, env.userLang()));
    requireSettings(problems, input.newClient ? ['numbers.order', 'numbers.client'] : ['numbers.order']);
    const clients = reader.clients().map((r) => r.client);
    const changes: ChangeSet = { log: [], highWater: {} };
    let client: Client;
    if (input.clientId !== '') {
      const found = clients.find((c) => c.id === input.clientId);
      if (!found) throw new DomainError('err.unknownClient', {}, 'clientId');
      client = found;
    } else {
      const typed = input.newClient as NonNullable<InquiryInput['newClient']>;
      assertNewClientName(clients, typed.name);
      const clientId = allocate(
        reader,
        settings.numbers.client,
        today,
        clients.map((c) => c.id),
      );
      client = { ...typed, country: typed.country || 'DE', id: clientId.number, createdOn: today };
      changes.insertClients = [client];
      changes.highWater = { ...changes.highWater, [clientId.range]: clientId.seq };
      changes.log.push({
        action: 'createClient',
        orderNo: '',
        oldValue: '',
        newValue: `${client.id} ${client.name}`,
      });
    }

    const records = reader.orders();
    const number = allocate(
      reader,
      settings.numbers.order,
      today,
      records.map((r) => r.order.number),
    );
    const order: Order = {
      number: number.number,
      createdOn: today,
      client: client.name,
      title: input.title,
      description: input.description,
      source: input.source,
      stage: 'inquiry',
      stageSince: today,
      stageBeforeHold: null,
      reason: '',
      expectedValue,
      deadline,
      owner: env.user(),
      dunningBlock: null,
      documents: NO_DOCUMENTS,
      project: NO_PROJECT,
    };
    changes.insertOrders = [order];
    changes.highWater = { ...changes.highWater, [number.range]: number.seq };
    changes.log.push({ action: 'createInquiry', orderNo: order.number, oldValue: '', newValue: order.title });
    return { changes, result: orderDto({ order, row: 0, problems: [] }, today) };
  });
}

/** Next number of a pattern: above every number the sheet holds and every number ever handed out. */
export function allocate(
  reader: RegisterReader,
  pattern: string,
  today: string,
  existing: string[],
): AllocatedNumber {
  return nextNumber(pattern, today, existing, reader.highWater(rangeKey(pattern, today)));
}

function parseExpectedValue(text: string, lang: Lang): Cents | null {
  if (text === '') return null;
  const cents = parseMoney(text, lang);
  if (cents === null) throw new DomainError('err.invalidMoney', {}, 'expectedValue');
  if (cents < 0) throw new DomainError('err.negativeMoney', {}, 'expectedValue');
  return cents;
}
