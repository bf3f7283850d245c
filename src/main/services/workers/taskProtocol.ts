import { ERROR_CODES, OstendoError, type ErrorCode } from '../../../shared/errors';

/** Messages between the main side and a task host (worker thread or child process). */
export type ToWorker = { kind: 'run'; task: string; input: unknown };

export type FromWorker =
  | { kind: 'progress'; fraction: number; message?: string }
  | { kind: 'done'; output: unknown }
  | { kind: 'error'; code: string; message: string };

/** A worker task: pure function of its input, reporting progress. Runs inside the task host. */
export type WorkerTask<I, O> = (input: I, report: (fraction: number, message?: string) => void) => Promise<O> | O;

/** The typed error for a task host's error message (unknown codes become INTERNAL). */
export function taskError(msg: { code: string; message: string }): OstendoError {
  const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(msg.code) ? (msg.code as ErrorCode) : 'INTERNAL';
  return new OstendoError(code, msg.message);
}
