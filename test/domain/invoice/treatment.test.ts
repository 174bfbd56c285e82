import { DomainError } from '../../../src/domain/errors';
import { EU_COUNTRIES, isEuCountry, taxTreatment } from '../../../src/domain/invoice/treatment';
import { anEuRecipient, aRecipient } from '../../mothers/invoiceMother';

describe('tax treatment (section A 3, A 4)', () => {
  it('A3: the Kleinunternehmer setting wins over everything', () => {
    expect(taxTreatment(anEuRecipient(), 'smallBusiness')).toBe('smallBusiness');
    expect(taxTreatment(aRecipient(), 'smallBusiness')).toBe('smallBusiness');
  });

  it('A4: a business client in another EU country with a VAT id is reverse charge', () => {
    expect(taxTreatment(anEuRecipient(), 'regular')).toBe('reverseCharge');
    expect(taxTreatment(anEuRecipient({ country: 'fr', vatId: 'FR12345678901' }), 'regular')).toBe(
      'reverseCharge',
    );
  });

  it('A4: a German business client is regular, VAT id or not', () => {
    expect(taxTreatment(aRecipient({ vatId: 'DE999999999' }), 'regular')).toBe('regular');
  });

  it('A4: an EU business client without a VAT id is refused until the user decides', () => {
    const refuse = () => taxTreatment(anEuRecipient({ vatId: ' ' }), 'regular');
    expect(refuse).toThrow(DomainError);
    try {
      refuse();
    } catch (e) {
      expect((e as DomainError).key).toBe('err.invoice.euVatIdMissing');
      expect((e as DomainError).field).toBe('client.vatId');
      expect((e as DomainError).params).toEqual({ client: 'Studio Nord ApS', country: 'DK' });
    }
  });

  it('A4: consumers abroad and businesses outside the EU are regular here', () => {
    expect(taxTreatment(anEuRecipient({ kind: 'consumer', vatId: '' }), 'regular')).toBe('regular');
    expect(taxTreatment(anEuRecipient({ country: 'CH', vatId: 'CHE-123.456.789' }), 'regular')).toBe(
      'regular',
    );
    expect(taxTreatment(anEuRecipient({ country: 'GB', vatId: '' }), 'regular')).toBe('regular');
  });

  it('A4: "another" EU country is relative to the supplier', () => {
    expect(taxTreatment(aRecipient({ vatId: 'DE999999999' }), 'regular', 'AT')).toBe('reverseCharge');
    expect(taxTreatment(anEuRecipient({ country: 'AT', vatId: 'ATU12345678' }), 'regular', 'AT')).toBe(
      'regular',
    );
  });

  it('knows the 27 member states', () => {
    expect(EU_COUNTRIES).toHaveLength(27);
    expect(isEuCountry('de')).toBe(true);
    expect(isEuCountry('GB')).toBe(false);
  });
});
