import { chainLogEntries, firstBrokenLink } from '../../src/domain/log';

describe('log hash chain', () => {
  let n = 0;
  const stamp = { at: '2026-06-15T09:00:00Z', user: 'anna@pixelwerk.example', newId: () => `id-${++n}` };

  it('chains each entry onto the previous hash and detects an edited entry', () => {
    const entries = chainLogEntries(
      'genesis',
      [
        { action: 'createInquiry', orderNo: '2026-0001', oldValue: '', newValue: 'Website' },
        { action: 'changeStage', orderNo: '2026-0001', oldValue: 'Anfrage', newValue: 'Angebot' },
      ],
      stamp,
    );
    expect(entries[0].hash).not.toBe(entries[1].hash);
    expect(firstBrokenLink('genesis', entries)).toBe(-1);
    const tampered = [entries[0], { ...entries[1], newValue: 'Bezahlt' }];
    expect(firstBrokenLink('genesis', tampered)).toBe(1);
    expect(firstBrokenLink('other', entries)).toBe(0);
  });
});
