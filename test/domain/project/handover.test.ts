import {
  assertHandoverReady,
  checklist,
  handoverItemId,
  handoverItemOf,
} from '../../../src/domain/project/handover';
import { HANDOVER_ITEMS } from '../../../src/domain/project/types';
import { anAcceptance, anActionItem, errorsOf } from '../../mothers/projectMother';

const orderNo = '2026-0001';
const tick = (item: (typeof HANDOVER_ITEMS)[number], done = true) =>
  anActionItem({
    id: handoverItemId(orderNo, item),
    kind: 'handover',
    text: item,
    due: null,
    source: '',
    status: done ? 'done' : 'open',
    doneOn: done ? '2026-09-01' : null,
  });

describe('handover checklist', () => {
  it('has a fixed id per order and item, and reads it back', () => {
    expect(handoverItemId(orderNo, 'sourceFiles')).toBe('2026-0001-H-sourceFiles');
    expect(handoverItemOf('2026-0001-H-sourceFiles')).toBe('sourceFiles');
    expect(handoverItemOf('2026-0001-H-coffee')).toBeNull();
    expect(handoverItemOf('A17')).toBeNull();
  });

  it('lists every item in the document order; a missing row is not done', () => {
    const list = checklist([tick('licences'), tick('finalFiles', false), tick('accessData')], orderNo);
    expect(list.map((c) => c.item)).toEqual([...HANDOVER_ITEMS]);
    expect(list.filter((c) => c.done).map((c) => c.item)).toEqual(['accessData', 'licences']);
    expect(list[0].id).toBe('2026-0001-H-finalFiles');
  });

  it("ignores another order's ticks", () => {
    const other = { ...tick('licences'), orderNo: '2026-0002' };
    expect(checklist([other], orderNo).every((c) => !c.done)).toBe(true);
  });
});

describe('ready for handover', () => {
  const allTicked = HANDOVER_ITEMS.map((i) => tick(i));

  it('with the latest acceptance accepted and every item ticked', () => {
    expect(() =>
      assertHandoverReady({ acceptances: [anAcceptance({ result: 'accepted' })], items: allTicked, orderNo }),
    ).not.toThrow();
  });

  it('not while the latest round found defects or is pending, nor without any acceptance', () => {
    for (const acceptances of [
      [anAcceptance({ round: 1, result: 'accepted' }), anAcceptance({ round: 2, result: 'defects' })],
      [anAcceptance({ round: 1, result: 'defects' }), anAcceptance({ round: 2, result: 'pending' })],
      [],
    ]) {
      expect(errorsOf(() => assertHandoverReady({ acceptances, items: allTicked, orderNo }))).toEqual({
        '': 'err.project.notAccepted',
      });
    }
  });

  it('not with checklist items open, counting them', () => {
    try {
      assertHandoverReady({
        acceptances: [anAcceptance({ result: 'accepted' })],
        items: [tick('finalFiles'), tick('sourceFiles', false)],
        orderNo,
      });
      throw new Error('no error');
    } catch (e) {
      expect(e).toMatchObject({ key: 'err.project.checklistOpen', params: { items: 5 } });
    }
  });
});
