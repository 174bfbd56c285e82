// Use case "Set up register": completes the sheets under the lock and logs that it ran.
import type { SetupReportDto } from '../shared/contract';
import type { Register } from './ports';

/** Port: builds or completes the register's structure, reporting what it added. */
export type EnsureStructure = () => SetupReportDto;

export function setupRegister(register: Register, ensure: EnsureStructure): SetupReportDto {
  return register.transact(() => {
    const report = ensure();
    const added = [...report.createdSheets, ...report.addedColumns, ...report.addedSettings];
    // A run that found everything in place changes nothing, not even the log.
    const log =
      added.length > 0
        ? [{ action: 'setup' as const, orderNo: '', oldValue: '', newValue: added.join(', ') }]
        : [];
    return { changes: { log }, result: report };
  });
}
