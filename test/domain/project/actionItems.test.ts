import { carryOver, isOverdue, openItems, parseNewItems } from '../../../src/domain/project/actionItems';
import { anActionItem, errorsOf } from '../../mothers/projectMother';

const today = '2026-07-15';

describe('open action items', () => {
  it('lists the order open action and rework items, oldest due first, undated last', () => {
    const items = [
      anActionItem({ id: 'late', due: '2026-07-20' }),
      anActionItem({ id: 'undated', due: null }),
      anActionItem({ id: 'rework', kind: 'rework', due: '2026-07-12' }),
      anActionItem({ id: 'early', due: '2026-07-01' }),
      anActionItem({ id: 'done', status: 'done', doneOn: '2026-07-02' }),
      anActionItem({ id: 'checklist', kind: 'handover', due: null, source: '' }),
      anActionItem({ id: 'other', orderNo: '2026-0002' }),
    ];
    expect(openItems(items, '2026-0001').map((i) => i.id)).toEqual(['early', 'rework', 'late', 'undated']);
  });

  it('is overdue when open and due before today; due today is not overdue', () => {
    expect(isOverdue(anActionItem({ due: '2026-07-14' }), today)).toBe(true);
    expect(isOverdue(anActionItem({ due: today }), today)).toBe(false);
    expect(isOverdue(anActionItem({ due: null }), today)).toBe(false);
    expect(isOverdue(anActionItem({ due: '2026-07-01', status: 'done', doneOn: '2026-07-01' }), today)).toBe(
      false,
    );
  });
});

describe('carrying items over to the next minutes', () => {
  const items = [
    anActionItem({ id: 'a', due: '2026-07-10' }),
    anActionItem({ id: 'b', due: '2026-07-20' }),
    anActionItem({ id: 'c', kind: 'rework', due: null }),
    anActionItem({ id: 'old', status: 'done', doneOn: '2026-07-01' }),
    anActionItem({ id: 'x', orderNo: '2026-0002' }),
  ];

  it('carries every open item except those closed now; closing marks them done today', () => {
    const { carried, closed } = carryOver(items, '2026-0001', ['b'], today);
    expect(carried.map((i) => i.id)).toEqual(['a', 'c']);
    expect(closed).toHaveLength(1);
    expect(closed[0].before).toBe(items[1]);
    expect(closed[0].after).toEqual({ ...items[1], status: 'done', doneOn: today });
  });

  it('carries everything when nothing is closed, and a duplicate id closes once', () => {
    expect(carryOver(items, '2026-0001', [], today).carried).toHaveLength(3);
    expect(carryOver(items, '2026-0001', ['a', 'a'], today).closed).toHaveLength(1);
  });

  it.each(['nope', 'old', 'x'])('refuses to close %s: not an open item of this order', (id) => {
    expect(errorsOf(() => carryOver(items, '2026-0001', ['a', id], today))).toEqual({
      '': 'err.project.unknownItem',
    });
  });
});

describe('new items as typed', () => {
  it('skips blank rows and reads the rest; the due date is optional', () => {
    expect(
      parseNewItems(
        [
          { text: ' Texte liefern ', owner: 'Erika', due: '20.07.2026' },
          { text: '', owner: ' ', due: '' },
          { text: 'Farben festlegen', owner: '', due: '' },
        ],
        today,
      ),
    ).toEqual([
      { text: 'Texte liefern', owner: 'Erika', due: '2026-07-20' },
      { text: 'Farben festlegen', owner: '', due: null },
    ]);
  });

  it('names each bad row by its index: text missing, bad date, due in the past', () => {
    expect(
      errorsOf(() =>
        parseNewItems(
          [
            { text: '', owner: 'Erika', due: '' },
            { text: 'ok', owner: '', due: '32.07.2026' },
            { text: 'ok', owner: '', due: '2026-07-14' },
            { text: 'x'.repeat(501), owner: '', due: today },
          ],
          today,
        ),
      ),
    ).toEqual({
      'items.0.text': 'err.required',
      'items.1.due': 'err.invalidDate',
      'items.2.due': 'err.project.pastDate',
      'items.3.text': 'err.tooLong',
    });
  });

  it('takes at most 50 items at once', () => {
    const rows = Array.from({ length: 51 }, (_, i) => ({ text: `Punkt ${i}`, owner: '', due: '' }));
    expect(errorsOf(() => parseNewItems(rows, today))).toEqual({ items: 'err.project.tooManyItems' });
    expect(parseNewItems(rows.slice(0, 50), today)).toHaveLength(50);
  });
});
