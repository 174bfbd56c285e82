// A register of 50,000 rows x 30 columns: seeding and one getValues must stay fast and O(cells).

import { setup } from './helpers';

const ROWS = 50_000;
const COLUMNS = 30;

function registerRow(index: number): unknown[] {
  const row: unknown[] = [
    `2026-${String(index).padStart(5, '0')}`,
    new Date(Date.UTC(2026, 0, 1 + (index % 365))),
  ];
  for (let col = 2; col < COLUMNS; col++) row.push(col % 2 === 0 ? index * col : `value ${index}/${col}`);
  return row;
}

test('getValues on 50,000 x 30 cells is one call and completes quickly', () => {
  const { emu, sheet } = setup();
  const rows = Array.from({ length: ROWS }, (_, i) => registerRow(i));
  emu.loadRows(sheet, 1, rows);
  expect(emu.calls.total()).toBe(0);
  expect(sheet.getMaxRows()).toBe(ROWS);

  const started = performance.now();
  const values = sheet.getRange(1, 1, ROWS, COLUMNS).getValues();
  const elapsedMs = performance.now() - started;

  expect(values).toHaveLength(ROWS);
  expect(values[49_999][0]).toBe('2026-49999');
  expect(values[1][1]).toEqual(new Date(Date.UTC(2026, 0, 2)));
  expect(values[123][4]).toBe(123 * 4);
  // A generous bound that still catches accidental per-cell service work or quadratic copying.
  expect(elapsedMs).toBeLessThan(3000);
  expect(emu.calls.byName()).toEqual({ 'Sheet.getMaxRows': 1, 'Sheet.getRange': 1, 'Range.getValues': 1 });
});
