// Executions, locks, hooks (fault injection and interleaving) and call counting.

import { setup, thrown } from './helpers';

describe('locks', () => {
  test('a second execution times out on a held document lock, with the real message', () => {
    const { emu, LockService, sheet } = setup();
    let nestedError: Error | undefined;
    let nestedStarted = false;
    emu.hooks.beforeCall = (method) => {
      if (method !== 'Range.setValues' || nestedStarted) return;
      nestedStarted = true;
      emu.runExecution(() => {
        nestedError = thrown(() => LockService.getDocumentLock().waitLock(10_000));
      }, 'other user');
    };
    const start = emu.clock.now().getTime();
    emu.runExecution(() => {
      const lock = LockService.getDocumentLock();
      lock.waitLock(30_000);
      sheet.getRange('A1').setValues([['mine']]);
      expect(lock.hasLock()).toBe(true);
    }, 'first user');
    expect(nestedError?.message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(emu.clock.now().getTime() - start).toBe(10_000);
    expect(sheet.getRange('A1').getValue()).toBe('mine');
  });

  test('tryLock returns false while another execution holds the lock, true once it ended', () => {
    const { emu, LockService } = setup();
    const results: boolean[] = [];
    emu.runExecution(() => {
      LockService.getScriptLock().waitLock(1000);
      emu.runExecution(() => results.push(LockService.getScriptLock().tryLock(500)));
    });
    emu.runExecution(() => results.push(LockService.getScriptLock().tryLock(500)));
    expect(results).toEqual([false, true]);
  });

  test('an execution that throws releases its locks', () => {
    const { emu, LockService } = setup();
    expect(() =>
      emu.runExecution(() => {
        LockService.getUserLock().waitLock(1000);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    const acquired = emu.runExecution(() => {
      const lock = LockService.getUserLock();
      return [lock.hasLock(), lock.tryLock(0), lock.hasLock()];
    });
    expect(acquired).toEqual([false, true, true]);
  });

  test('the same execution can take a lock again; releaseLock frees it for others', () => {
    const { emu, LockService } = setup();
    const outcome = emu.runExecution(() => {
      const lock = LockService.getDocumentLock();
      lock.waitLock(100);
      lock.waitLock(100);
      const whileHeld = emu.runExecution(() => LockService.getDocumentLock().tryLock(0));
      lock.releaseLock();
      const afterRelease = emu.runExecution(() => LockService.getDocumentLock().tryLock(0));
      return { whileHeld, afterRelease, stillMine: lock.hasLock() };
    });
    expect(outcome).toEqual({ whileHeld: false, afterRelease: true, stillMine: false });
  });

  test('document, script and user locks are independent', () => {
    const { emu, LockService } = setup();
    const others = emu.runExecution(() => {
      LockService.getDocumentLock().waitLock(100);
      return emu.runExecution(() => [
        LockService.getScriptLock().tryLock(0),
        LockService.getUserLock().tryLock(0),
      ]);
    });
    expect(others).toEqual([true, true]);
  });
});

describe('hooks', () => {
  test('a throwing hook fails the call before it has any effect, and the call is not counted', () => {
    const { emu, sheet } = setup();
    emu.hooks.beforeCall = (method) => {
      if (method === 'Range.setValues') throw new Error('Service Spreadsheets timed out');
    };
    expect(() => emu.runExecution(() => sheet.getRange('A1').setValues([['x']]))).toThrow(
      'Service Spreadsheets timed out',
    );
    emu.hooks.beforeCall = undefined;
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(emu.calls.count('Range.setValues')).toBe(0);
  });

  test('hooks see 1-based call indexes per execution and can tell executions apart', () => {
    const { emu, sheet } = setup();
    const seen: string[] = [];
    emu.hooks.beforeCall = (method, index) => {
      const execution = emu.currentExecution();
      seen.push(`${execution.label}#${index}:${method}`);
      if (method === 'Range.getValue' && execution.label === 'outer') {
        emu.runExecution(() => sheet.getRange('B1').setValue(1), 'inner');
      }
    };
    emu.runExecution(() => sheet.getRange('A1').getValue(), 'outer');
    expect(seen).toEqual([
      'outer#1:Sheet.getRange',
      'outer#2:Range.getValue',
      'inner#1:Sheet.getRange',
      'inner#2:Range.setValue',
    ]);
  });

  test('outside runExecution calls belong to the implicit execution 0', () => {
    const { emu } = setup();
    expect(emu.currentExecution()).toMatchObject({ id: 0 });
    const id = emu.runExecution(() => emu.currentExecution().id);
    expect(id).toBeGreaterThan(0);
  });
});

describe('call counting', () => {
  test('counts by name, service and execution, and projects latency', () => {
    const { emu, SpreadsheetApp, PropertiesService } = setup({ latencyMs: 40 });
    emu.runExecution(() => {
      const sheet = SpreadsheetApp.getActive().getActiveSheet();
      sheet.getRange('A1:B2').getValues();
      sheet.getRange('A3').setValue(1);
      PropertiesService.getDocumentProperties().getProperty('next');
    }, 'open sidebar');
    expect(emu.calls.byName()).toEqual({
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 2,
      'Range.getValues': 1,
      'Range.setValue': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
    });
    expect(emu.calls.byService()).toEqual({
      SpreadsheetApp: 1,
      Spreadsheet: 1,
      Sheet: 2,
      Range: 2,
      PropertiesService: 1,
      Properties: 1,
    });
    expect(emu.calls.total()).toBe(8);
    expect(emu.calls.projectedMs()).toBe(320);
    expect(emu.calls.executions()).toEqual([expect.objectContaining({ label: 'open sidebar', total: 8 })]);
  });

  test('snapshots measure one action; reset starts over; uncounted calls are invisible', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').getValue();
    const before = emu.calls.snapshot();
    sheet.getRange('A1:A5').getValues();
    expect(emu.calls.since(before)).toEqual({
      total: 2,
      byName: { 'Sheet.getRange': 1, 'Range.getValues': 1 },
    });
    emu.uncounted(() => sheet.getRange('A1').getValue());
    expect(emu.calls.total()).toBe(4);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
  });
});
