import { DomainError } from '../../../src/domain/errors';
import {
  assertCanRequest,
  decideAcceptance,
  latestAcceptance,
  nextRound,
  parseDeliverables,
} from '../../../src/domain/project/acceptance';
import { finalInvoiceGate } from '../../../src/domain/project/acceptanceGate';
import { anAcceptance, anActionItem, errorsOf } from '../../mothers/projectMother';

describe('deliverables', () => {
  it('one per line, trimmed, blanks and duplicates dropped', () => {
    expect(parseDeliverables(' Logo \r\n\nStyleguide\nlogo\n  \nBriefpapier')).toEqual([
      'Logo',
      'Styleguide',
      'Briefpapier',
    ]);
  });

  it('refuses an acceptance without deliverables', () => {
    for (const text of ['', '  \n \n']) {
      expect(errorsOf(() => parseDeliverables(text))).toEqual({ deliverables: 'err.project.noDeliverables' });
    }
  });

  it('each at most 300 characters, at most 100 of them', () => {
    expect(errorsOf(() => parseDeliverables('x'.repeat(301)))).toEqual({ deliverables: 'err.tooLong' });
    const many = Array.from({ length: 101 }, (_, i) => `Ergebnis ${i}`).join('\n');
    expect(errorsOf(() => parseDeliverables(many))).toEqual({
      deliverables: 'err.project.tooManyDeliverables',
    });
  });
});

describe('requesting an acceptance', () => {
  it('is possible from work in progress and from rework', () => {
    expect(() => assertCanRequest('inProgress', [], [])).not.toThrow();
    expect(() =>
      assertCanRequest('rework', [anActionItem({ kind: 'rework', status: 'done' })], []),
    ).not.toThrow();
  });

  it('is refused from any other stage, naming it', () => {
    try {
      assertCanRequest('kickoff', [], []);
      throw new Error('no error');
    } catch (e) {
      expect(e).toMatchObject({
        key: 'err.project.requestStage',
        params: { stage: { ref: 'stage.kickoff' } },
      });
    }
  });

  it('after rework only once every rework item is done; open actions do not block', () => {
    const items = [
      anActionItem({ kind: 'rework' }),
      anActionItem({ kind: 'rework' }),
      anActionItem({ kind: 'rework', status: 'done' }),
      anActionItem({ kind: 'action' }),
    ];
    try {
      assertCanRequest('rework', items, []);
      throw new Error('no error');
    } catch (e) {
      expect(e).toMatchObject({ key: 'err.project.reworkOpen', params: { count: 2 } });
    }
  });

  it('never while another round awaits its decision', () => {
    expect(errorsOf(() => assertCanRequest('inProgress', [], [anAcceptance()]))).toEqual({
      '': 'err.project.acceptancePending',
    });
  });

  it('numbers rounds per order', () => {
    const acceptances = [
      anAcceptance({ round: 1 }),
      anAcceptance({ round: 2 }),
      anAcceptance({ orderNo: 'x', round: 7 }),
    ];
    expect(nextRound(acceptances, '2026-0001')).toBe(3);
    expect(nextRound([], '2026-0001')).toBe(1);
    expect(latestAcceptance(acceptances, '2026-0001')?.round).toBe(2);
    expect(latestAcceptance(acceptances, 'none')).toBeNull();
  });
});

describe('the client decides', () => {
  const today = '2026-08-10';
  const a = anAcceptance({ requestedOn: '2026-08-01' });

  it('without defects everything is accepted, whatever was ticked', () => {
    const { after, rework } = decideAcceptance(
      a,
      { date: '05.08.2026', accepted: ['Logo (SVG, PNG)'], defects: [] },
      today,
    );
    expect(after).toEqual({ ...a, result: 'accepted', decidedOn: '2026-08-05', accepted: a.deliverables });
    expect(rework).toEqual([]);
  });

  it('with defects: result defects, the ticked deliverables accepted, one rework per defect; blank rows skipped', () => {
    const { after, rework } = decideAcceptance(
      a,
      {
        date: today,
        accepted: ['Styleguide', 'Logo (SVG, PNG)'],
        defects: [
          { text: ' Briefbogen: Falz falsch ', due: '2026-08-20' },
          { text: '', due: '' },
        ],
      },
      today,
    );
    expect(after).toMatchObject({
      result: 'defects',
      decidedOn: today,
      accepted: ['Logo (SVG, PNG)', 'Styleguide'],
    });
    expect(rework).toEqual([{ text: 'Briefbogen: Falz falsch', due: '2026-08-20' }]);
  });

  it('refuses a decision before the request or in the future', () => {
    const decide = (date: string) => () => decideAcceptance(a, { date, accepted: [], defects: [] }, today);
    expect(errorsOf(decide('2026-07-31'))).toEqual({ date: 'err.project.beforeRequest' });
    expect(errorsOf(decide('2026-08-11'))).toEqual({ date: 'err.project.futureDate' });
    expect(errorsOf(decide('morgen'))).toEqual({ date: 'err.invalidDate' });
    expect(errorsOf(decide(''))).toEqual({ date: 'err.required' });
    expect(
      decideAcceptance(a, { date: '2026-08-01', accepted: [], defects: [] }, today).after.decidedOn,
    ).toBe('2026-08-01');
  });

  it('each defect needs a text and a due date not before the decision; names every problem', () => {
    expect(
      errorsOf(() =>
        decideAcceptance(
          a,
          {
            date: '2026-08-05',
            accepted: ['Visitenkarten'],
            defects: [
              { text: '', due: '2026-08-20' },
              { text: 'Farbe', due: '' },
              { text: 'Farbe', due: '40.08.2026' },
              { text: 'Farbe', due: '2026-08-04' },
            ],
          },
          today,
        ),
      ),
    ).toEqual({
      'defects.0.text': 'err.required',
      'defects.1.due': 'err.required',
      'defects.2.due': 'err.invalidDate',
      'defects.3.due': 'err.project.pastDate',
      accepted: 'err.project.unknownDeliverable',
    });
  });

  it('a decided acceptance cannot be decided again', () => {
    const decided = anAcceptance({ result: 'accepted', decidedOn: '2026-08-02' });
    expect(
      errorsOf(() => decideAcceptance(decided, { date: today, accepted: [], defects: [] }, today)),
    ).toEqual({
      '': 'err.project.acceptanceDecided',
    });
  });
});

describe('final invoice gate', () => {
  it('a final invoice needs the acceptance; other invoices do not', () => {
    expect(() => finalInvoiceGate('final', null)).toThrow(DomainError);
    expect(errorsOf(() => finalInvoiceGate('final', null))).toEqual({ type: 'err.invoice.notAccepted' });
    expect(() => finalInvoiceGate('final', '2026-08-05')).not.toThrow();
    expect(() => finalInvoiceGate('downPayment', null)).not.toThrow();
  });
});
