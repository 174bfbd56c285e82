import { budgetUse, hourlyPrice } from '../../../src/domain/project/budget';
import { aRateCard, aTimeEntry } from '../../mothers/projectMother';

describe('hourly sale price', () => {
  const card = aRateCard();

  it('takes an hourly service as it is, matched trimmed and ignoring case', () => {
    expect(hourlyPrice(' gestaltung ', card, 8)).toBe(950_000);
  });

  it('splits a day rate over the working day, rounded: 1,200 €/day at 8 h = 150 €/h, at 7 h = 171.4286 €/h', () => {
    expect(hourlyPrice('Workshop', card, 8)).toBe(1_500_000);
    expect(hourlyPrice('Workshop', card, 7)).toBe(1_714_286);
    expect(hourlyPrice('Workshop', card, 7.5)).toBe(1_600_000);
  });

  it('has no hourly price for a lump sum or an unknown service', () => {
    expect(hourlyPrice('Druckabwicklung', card, 8)).toBeNull();
    expect(hourlyPrice('Catering', card, 8)).toBeNull();
  });
});

describe('budget used', () => {
  it('prices every hour, billable or not: non-billable effort still uses the budget', () => {
    const use = budgetUse(
      [
        aTimeEntry({ service: 'Gestaltung', h: 1.5 }),
        aTimeEntry({ service: 'gestaltung', h: 2, billable: false }),
        aTimeEntry({ service: 'Konzeption', h: 3 }),
      ],
      aRateCard(),
      8,
    );
    expect(use.byService).toEqual([
      { service: 'Konzeption', hours: 300, billableHours: 300, cents: 33_000 },
      { service: 'Gestaltung', hours: 350, billableHours: 150, cents: 33_250 },
    ]);
    expect(use.hours).toBe(650);
    expect(use.cents).toBe(66_250);
    expect(use.unpricedHours).toBe(0);
  });

  it('rounds exactly, half away from zero: 1 h at 95.005 €/h is 9,500.5 ct -> 9,501 ct', () => {
    const card = [{ ...aRateCard()[1], unitPrice: 950_050 }];
    expect(budgetUse([aTimeEntry({ service: 'Gestaltung', h: 1 })], card, 8).cents).toBe(9501);
    // 1.5 h of a 1,200 € day at 7 h: 171.4286 €/h x 1.5 = 257.1429 € -> 25,714 ct.
    expect(budgetUse([aTimeEntry({ service: 'Workshop', h: 1.5 })], aRateCard(), 7).cents).toBe(25_714);
  });

  it('keeps hours on services without an hourly price apart, as unpriced', () => {
    const use = budgetUse(
      [aTimeEntry({ service: 'Druckabwicklung', h: 2 }), aTimeEntry({ service: 'Catering', h: 1 })],
      aRateCard(),
      8,
    );
    expect(use.hours).toBe(300);
    expect(use.cents).toBe(0);
    expect(use.unpricedHours).toBe(300);
    expect(use.byService.map((s) => s.service)).toEqual(['Druckabwicklung', 'Catering']);
  });

  it('is zero for no entries', () => {
    expect(budgetUse([], aRateCard(), 8)).toEqual({ hours: 0, cents: 0, unpricedHours: 0, byService: [] });
  });
});
