// Counts every emulated service call, in total, by name, by service and per execution.

export interface CallSnapshot {
  readonly total: number;
  readonly byName: Readonly<Record<string, number>>;
}

export interface ExecutionCalls extends CallSnapshot {
  readonly id: number;
  readonly label: string;
}

interface MutableExecutionCalls {
  id: number;
  label: string;
  total: number;
  byName: Map<string, number>;
}

export class CallLog {
  private counts = new Map<string, number>();
  private totalCount = 0;
  private perExecution = new Map<number, MutableExecutionCalls>();

  constructor(private readonly latencyMs: number) {}

  record(name: string, executionId: number, executionLabel: string): void {
    this.totalCount += 1;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    let execution = this.perExecution.get(executionId);
    if (!execution) {
      execution = { id: executionId, label: executionLabel, total: 0, byName: new Map() };
      this.perExecution.set(executionId, execution);
    }
    execution.total += 1;
    execution.byName.set(name, (execution.byName.get(name) ?? 0) + 1);
  }

  total(): number {
    return this.totalCount;
  }

  byName(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Service = the class name before the dot ('Range.getValues' counts for 'Range'). */
  byService(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [name, count] of this.counts) {
      const service = name.slice(0, name.indexOf('.'));
      result[service] = (result[service] ?? 0) + count;
    }
    return result;
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  projectedMs(): number {
    return this.totalCount * this.latencyMs;
  }

  snapshot(): CallSnapshot {
    return Object.freeze({ total: this.totalCount, byName: Object.freeze(this.byName()) });
  }

  /** Calls made after `before` was taken, by name (names with no new calls are left out). */
  since(before: CallSnapshot): CallSnapshot {
    const byName: Record<string, number> = {};
    for (const [name, count] of this.counts) {
      const delta = count - (before.byName[name] ?? 0);
      if (delta > 0) byName[name] = delta;
    }
    return { total: this.totalCount - before.total, byName };
  }

  forExecution(id: number): ExecutionCalls {
    const execution = this.perExecution.get(id);
    if (!execution) return { id, label: '', total: 0, byName: {} };
    return {
      id,
      label: execution.label,
      total: execution.total,
      byName: Object.fromEntries(execution.byName),
    };
  }

  executions(): ExecutionCalls[] {
    return [...this.perExecution.keys()].map((id) => this.forExecution(id));
  }

  reset(): void {
    this.counts.clear();
    this.totalCount = 0;
    this.perExecution.clear();
  }
}
