// Invoice scenarios on the built bundle: an agency with complete settings, orders up to their confirmation, drafts.
import type { AddOn } from '../../emulator/addon';
import type { OrderDto, Result } from '../../src/shared/contract';
import type { InvoiceDraftInput, InvoiceSummaryDto, IssueResultDto } from '../../src/shared/invoiceContract';
import { aDraftInput, aPositionInput } from '../mothers/quoteMother';
import { createOrder, ok, setUp } from './scenario';

export const INVOICES = 'Rechnungen';

export const COMPANY = {
  'company.name': 'Pixelwerk Kreativagentur GmbH',
  'company.street': 'Torstraße 109',
  'company.postcode': '10119',
  'company.city': 'Berlin',
  'company.taxNumber': '37/123/45678',
  'company.vatId': 'DE123456789',
  'company.iban': 'DE89370400440532013000',
  'company.bic': 'COBADEFFXXX',
};

/** An order up to its confirmation: E1's positions (without the option), quote accepted, AB made. */
export function confirmedOrder(
  addOn: AddOn,
  title = 'Relaunch Website',
  milestones: { date: string; label: string }[] = [],
): string {
  // The first order brings its client; later ones are for the same client.
  const known = addOn.emulator.values('Kunden').length > 1;
  const order = createOrder(addOn, known ? { title, clientId: 'K-0001', newClient: null } : { title });
  const positions = [
    aPositionInput({ id: 'design', description: 'Gestaltung', quantity: '12', unitPrice: '95' }),
    aPositionInput({
      id: 'concept',
      description: 'Konzept',
      quantity: '1',
      unit: 'lumpSum',
      unitPrice: '2.400',
    }),
    aPositionInput({ id: 'dev', description: 'Umsetzung', quantity: '7,5', unitPrice: '88' }),
    aPositionInput({
      id: 'rights',
      description: 'Nutzungsrechte',
      quantity: '1',
      unit: 'lumpSum',
      unitPrice: '1.500',
      vatRate: '7',
    }),
  ];
  const saved = ok(
    addOn.call<Result<{ base: { number: string } }>>('quoteSave', {
      orderNo: order.number,
      baseNumber: '',
      draft: aDraftInput({ discount: '5', positions }),
    }),
  );
  const number = saved.base.number;
  ok(addOn.call<Result<unknown>>('quoteCreateDocument', { number }));
  ok(
    addOn.call<Result<unknown>>('quoteAccept', {
      number,
      date: '',
      by: 'Erika',
      reference: 'PO-1',
      options: [],
    }),
  );
  ok(
    addOn.call<Result<OrderDto>>('confirmationCreate', {
      orderNo: order.number,
      deadline: '2026-09-30',
      milestones,
      deviationNote: '',
    }),
  );
  return order.number;
}

export function draft(
  addOn: AddOn,
  input: Partial<InvoiceDraftInput> & { orderNo: string },
): InvoiceSummaryDto {
  const order = ok(
    addOn.call<Result<OrderDto>>('invoiceCreateDraft', {
      type: 'standard',
      share: '',
      picks: [],
      supplyFrom: '2026-06-01',
      supplyTo: '2026-06-30',
      skontoPercent: '',
      skontoDays: '',
      resolved: [],
      ...input,
    }),
  );
  const invoices = order.billing?.invoices ?? [];
  return invoices[invoices.length - 1];
}

export const issue = (addOn: AddOn, id: string) =>
  ok(addOn.call<Result<IssueResultDto>>('invoiceIssue', { id }));

/** A standard invoice over the order's confirmed positions, drafted and issued: its summary as the sidebar shows it. */
export function issuedInvoice(addOn: AddOn, orderNo: string = confirmedOrder(addOn)): InvoiceSummaryDto {
  const result = issue(addOn, draft(addOn, { orderNo }).id);
  const found = result.order.billing?.invoices.find((i) => i.number === result.number);
  if (!found) throw new Error(`issued invoice ${result.number} is not in the order`);
  return found;
}

/** The agency's own data in the settings: what every invoice must print (A 1) and the GiroCode's account. */
export function fillInAgency(addOn: AddOn): void {
  ok(addOn.call<Result<unknown>>('sidebarSaveSettings', COMPANY));
}

export function setUpAgency(): AddOn {
  const addOn = setUp();
  fillInAgency(addOn);
  return addOn;
}
