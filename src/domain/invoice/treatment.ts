// Which VAT treatment an invoice is made under: Kleinunternehmer, reverse charge for EU businesses, or regular (A 3, A 4).
import { DomainError } from '../errors';
import type { Recipient, TaxTreatment } from './invoice';

/** The EU member states by ISO 3166 alpha-2 (Greece as GR; its VAT ids start with EL). */
export const EU_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export function isEuCountry(country: string): boolean {
  return (EU_COUNTRIES as readonly string[]).includes(country.trim().toUpperCase());
}

export type TreatmentClient = Pick<Recipient, 'name' | 'country' | 'vatId' | 'kind'>;

/**
 * smallBusiness when the settings say so; reverseCharge for a business client in another EU country with a
 * VAT id; regular otherwise. A business client in another EU country without a VAT id is refused until the
 * user decides (enters the id, or records the client as a consumer).
 */
export function taxTreatment(
  client: TreatmentClient,
  vatMode: 'regular' | 'smallBusiness',
  supplierCountry = 'DE',
): TaxTreatment {
  if (vatMode === 'smallBusiness') return 'smallBusiness';
  const country = client.country.trim().toUpperCase();
  const abroadInEu = isEuCountry(country) && country !== supplierCountry.trim().toUpperCase();
  if (client.kind !== 'business' || !abroadInEu) return 'regular';
  if (client.vatId.trim() === '')
    throw new DomainError('err.invoice.euVatIdMissing', { client: client.name, country }, 'client.vatId');
  return 'reverseCharge';
}
