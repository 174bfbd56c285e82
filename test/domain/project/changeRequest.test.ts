import { budgetUse } from '../../../src/domain/project/budget';
import { overrunPositions } from '../../../src/domain/project/changeRequest';
import { aRateCard, aTimeEntry } from '../../mothers/projectMother';
import { aPosition } from '../../mothers/quoteMother';

const describeHours = (service: string, hours: string) => `Mehraufwand ${service}: ${hours} h`;

function overrun(
  entries: Parameters<typeof budgetUse>[0],
  confirmed: Parameters<typeof overrunPositions>[1],
  hoursPerDay = 8,
) {
  const card = aRateCard();
  return overrunPositions(budgetUse(entries, card, hoursPerDay), confirmed, card, hoursPerDay, describeHours);
}

describe('change request from overrun hours', () => {
  it('offers the billable design hours beyond the confirmed ones at the rate card price', () => {
    const positions = overrun(
      [
        aTimeEntry({ service: 'Gestaltung', h: 12.5 }),
        aTimeEntry({ service: 'Gestaltung', h: 3, billable: false }),
      ],
      [aPosition({ service: 'Gestaltung', qty: 10, price: 90 })],
    );
    expect(positions).toEqual([
      {
        id: 'cr-1',
        kind: 'item',
        service: 'Gestaltung',
        description: 'Mehraufwand Gestaltung: 2.5 h',
        quantity: 2500,
        unit: 'hour',
        unitPrice: 950_000,
        vatRate: 19,
        discountBp: 0,
        optional: false,
        unitCost: 4800,
      },
    ]);
  });

  it('counts per service: spare concept hours and a lump sum do not absorb extra design hours', () => {
    const positions = overrun(
      [aTimeEntry({ service: 'Gestaltung', h: 12 }), aTimeEntry({ service: 'Konzeption', h: 5 })],
      [
        aPosition({ service: 'Gestaltung', qty: 10 }),
        aPosition({ service: 'Konzeption', qty: 20 }),
        aPosition({ service: '', qty: 1, unit: 'lumpSum', price: 5000 }),
      ],
    );
    expect(positions.map((p) => [p.id, p.service, p.quantity])).toEqual([['cr-1', 'Gestaltung', 2000]]);
  });

  it('reads confirmed days at the hours per day, and prices a day service per hour', () => {
    const positions = overrun(
      [aTimeEntry({ service: 'Workshop', h: 10 }), aTimeEntry({ service: 'Gestaltung', h: 17 })],
      [
        aPosition({ service: 'Workshop', qty: 1, unit: 'day' }),
        aPosition({ service: 'gestaltung', qty: 2, unit: 'day' }),
      ],
    );
    expect(positions.map((p) => [p.id, p.service, p.quantity, p.unitPrice, p.unitCost])).toEqual([
      ['cr-1', 'Gestaltung', 1000, 950_000, 4800],
      ['cr-2', 'Workshop', 2000, 1_500_000, 7500],
    ]);
  });

  it('counts only confirmed items, not titles or subtotals of the same service', () => {
    const positions = overrun(
      [aTimeEntry({ service: 'Gestaltung', h: 2 })],
      [aPosition({ service: 'Gestaltung', kind: 'title', qty: 10 })],
    );
    expect(positions.map((p) => p.quantity)).toEqual([2000]);
  });

  it('skips services without an hourly price, and is empty without an overrun', () => {
    expect(overrun([aTimeEntry({ service: 'Druckabwicklung', h: 30 })], [])).toEqual([]);
    expect(
      overrun(
        [aTimeEntry({ service: 'Gestaltung', h: 10 })],
        [aPosition({ service: 'Gestaltung', qty: 10 })],
      ),
    ).toEqual([]);
  });
});
