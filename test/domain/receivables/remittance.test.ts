import { compactNumber } from '../../../src/domain/receivables/reference';
import { numbersIn } from '../../../src/domain/receivables/remittance';

const known = new Set(['RE-2025-0042', 'RE-2025-0043', 'AR-7'].map(compactNumber));
const find = (text: string) => numbersIn(text, (c) => known.has(c), 10);

describe('numbersIn: invoice numbers in a remittance text', () => {
  it.each([
    'RE-2025-0042',
    're 2025 0042',
    'RE2025/0042',
    'RE20250042',
    'Rechnung Nr. RE-2025-0042 vom 01.06.2025',
    'Rg.-Nr.: re-2025-0042, Kd 17',
    'RE - 2025 / 0042',
    'RE_2025.0042',
    '(RE-2025-0042)',
    'Re.2025-0042 Danke',
  ])('finds RE-2025-0042 in "%s"', (text) => {
    expect(find(text)).toEqual(['RE20250042']);
  });

  it.each([
    'RE-2025-00421',
    'RE-2025-004',
    'XRE-2025-0042',
    'RE-2025-0042A',
    'ÜRE-2025-0042',
    'RE:2025:0042',
    'RE-2025,0042',
    'RE-12025-0042',
  ])('does not find RE-2025-0042 in "%s"', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('finds several numbers in order of appearance, each once', () => {
    expect(find('RE-2025-0043 und RE-2025-0042, nochmals RE 2025 0043')).toEqual([
      'RE20250043',
      'RE20250042',
    ]);
    expect(find('RE-2025-0042 RE-2025-0043')).toEqual(['RE20250042', 'RE20250043']);
  });

  it('finds a short number only as whole words', () => {
    expect(find('AR-7')).toEqual(['AR7']);
    expect(find('AR-77')).toEqual([]);
    expect(find('BAR-7')).toEqual([]);
  });
});
