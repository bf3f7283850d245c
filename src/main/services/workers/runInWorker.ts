import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { OstendoError } from '../../../shared/errors';
import { taskError, type FromWorker, type ToWorker } from './taskProtocol';
import { taskHostEntry } from './taskHostEntry';

export interface RunInWorkerOptions {
  signal?: AbortSignal;
  /** fraction in [0,1] */
  onProgress?: (fraction: number, message?: string) => void;
  /** Buffers moved (not copied) into the worker. */
  transfer?: ArrayBuffer[];
}

/** How to start the task host in a worker thread. */
function workerEntry(): { file: string; eval: boolean } {
  const entry = taskHostEntry();
  if (!entry.fromSource) return { file: entry.file, eval: false };
  // Node 20 ignores `--import tsx` in a Worker's execArgv (ERR_UNKNOWN_FILE_EXTENSION), so a tiny eval'd
  // bootstrap registers tsx's loader inside the worker before importing the TypeScript entry.
  const entryUrl = pathToFileURL(entry.file).href;
  // import.meta.resolve is absent when tsx runs this file as CommonJS; then resolve from the working directory.
  const tsxApi = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entryUrl)}); });`;
  return { file: bootstrap, eval: true };
}

/**
 * Run a named task (see taskRegistry.ts) in a fresh worker thread so heavy voxel/ONNX work never blocks the
 * main event loop. The worker is terminated when the task ends or the signal aborts, releasing its memory.
 */
export function runInWorker<O>(task: string, input: unknown, options: RunInWorkerOptions = {}): Promise<O> {
  const { signal, onProgress, transfer } = options;
  if (signal?.aborted) return Promise.reject(new OstendoError('CANCELLED', 'Cancelled before start'));
  const entry = workerEntry();
  return new Promise<O>((resolve, reject) => {
    const worker = new Worker(entry.file, { eval: entry.eval });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = (): void => finish(() => reject(new OstendoError('CANCELLED', 'Cancelled')));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (msg: FromWorker) => {
      if (msg.kind === 'progress') onProgress?.(msg.fraction, msg.message);
      else if (msg.kind === 'done') finish(() => resolve(msg.output as O));
      else finish(() => reject(taskError(msg)));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => {
      if (!settled) finish(() => reject(new OstendoError('INTERNAL', `Worker exited with code ${code}`)));
    });
    const message: ToWorker = { kind: 'run', task, input };
    worker.postMessage(message, transfer ?? []);
  });
}
