/** Messages between the main side and a task worker thread. */
export type ToWorker = { kind: 'run'; task: string; input: unknown };

export type FromWorker =
  | { kind: 'progress'; fraction: number; message?: string }
  | { kind: 'done'; output: unknown }
  | { kind: 'error'; code: string; message: string };

/** A worker task: pure function of its input, reporting progress. Runs inside the worker thread. */
export type WorkerTask<I, O> = (input: I, report: (fraction: number, message?: string) => void) => Promise<O> | O;
