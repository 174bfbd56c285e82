// Apps Script executions: a stack, because a hook may start another user's execution in the middle of one.

export interface ExecutionInfo {
  readonly id: number;
  readonly label: string;
  /** Number of service calls this execution has made so far. */
  readonly callIndex: number;
}

interface RunningExecution {
  id: number;
  label: string;
  callIndex: number;
}

export class ExecutionTracker {
  /** Code running outside runExecution belongs to this implicit execution, so simple tests need no setup. */
  private readonly implicit: RunningExecution = { id: 0, label: 'implicit', callIndex: 0 };
  private readonly stack: RunningExecution[] = [];
  private nextId = 1;
  private readonly endListeners: Array<(executionId: number) => void> = [];

  current(): RunningExecution {
    return this.stack[this.stack.length - 1] ?? this.implicit;
  }

  info(): ExecutionInfo {
    const { id, label, callIndex } = this.current();
    return { id, label, callIndex };
  }

  onEnd(listener: (executionId: number) => void): void {
    this.endListeners.push(listener);
  }

  run<T>(fn: () => T, label?: string): T {
    const execution: RunningExecution = {
      id: this.nextId++,
      label: label ?? `execution ${this.nextId - 1}`,
      callIndex: 0,
    };
    this.stack.push(execution);
    try {
      return fn();
    } finally {
      this.stack.pop();
      // Apps Script releases whatever the execution still held when it ends, normally or by throwing.
      for (const listener of this.endListeners) listener(execution.id);
    }
  }
}
