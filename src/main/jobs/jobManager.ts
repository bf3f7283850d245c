import { toErrorPayload } from '../../shared/errors';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { randomId } from '../services/library/libraryIds';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface JobContext {
  jobId: string;
  signal: AbortSignal;
  progress: (fraction: number, message?: string) => void;
}

/**
 * Long work as jobs: start() returns an id at once; progress, the result or a typed error arrive as events.
 * Each job owns an AbortController so the UI's cancel reaches the service's AbortSignal.
 */
export class JobManager {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly emit: Emit) {}

  start<T>(kind: string, work: (ctx: JobContext) => Promise<T>, onDone?: (result: T) => void): string {
    const jobId = randomId('job');
    const controller = new AbortController();
    this.running.set(jobId, controller);
    const progress = (fraction: number, message?: string): void => {
      if (!controller.signal.aborted) this.emit('job.progress', { jobId, fraction: Math.min(1, Math.max(0, fraction)), message });
    };
    // run on the next tick so the caller has the id before the first event
    setImmediate(() => {
      work({ jobId, signal: controller.signal, progress })
        .then((result) => {
          onDone?.(result);
          this.emit('job.done', { jobId, kind, result });
        })
        .catch((e: unknown) => {
          const error = controller.signal.aborted ? { code: 'CANCELLED' as const, message: 'Cancelled' } : toErrorPayload(e);
          this.emit('job.failed', { jobId, kind, error });
        })
        .finally(() => this.running.delete(jobId));
    });
    return jobId;
  }

  cancel(jobId: string): boolean {
    const c = this.running.get(jobId);
    if (!c) return false;
    c.abort();
    return true;
  }

  cancelAll(): void {
    for (const c of this.running.values()) c.abort();
  }

  get activeCount(): number {
    return this.running.size;
  }
}
