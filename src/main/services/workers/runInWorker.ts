import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { OstendoError, ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import type { FromWorker, ToWorker } from './taskProtocol';

export interface RunInWorkerOptions {
  signal?: AbortSignal;
  /** fraction in [0,1] */
  onProgress?: (fraction: number, message?: string) => void;
  /** Buffers moved (not copied) into the worker. */
  transfer?: ArrayBuffer[];
}

/**
 * Locate the task worker entry. From the build (out/main/*.js) it is the bundled `taskWorker.js` beside this
 * chunk; from sources (tests, tsx) it is the TypeScript file, loaded through tsx.
 */
function workerEntry(): { file: string; execArgv: string[]; eval?: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    // Node 20 ignores `--import tsx` in a Worker's execArgv (ERR_UNKNOWN_FILE_EXTENSION), so a tiny eval'd
    // bootstrap registers tsx's loader inside the worker before importing the TypeScript entry.
    const entryUrl = pathToFileURL(path.join(path.dirname(here), 'taskWorker.ts')).href;
    // import.meta.resolve is absent when tsx runs this file as CommonJS; then resolve from the working directory.
    const tsxApi = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entryUrl)}); });`;
    return { file: bootstrap, execArgv: [], eval: true };
  }
  let dir = path.dirname(here);
  for (let up = 0; up < 3; up++) {
    const candidate = path.join(dir, 'taskWorker.js');
    if (fs.existsSync(candidate)) return { file: candidate, execArgv: [] };
    dir = path.dirname(dir);
  }
  throw new OstendoError('INTERNAL', `taskWorker.js not found near ${here}`);
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
    const worker = new Worker(entry.file, { execArgv: entry.execArgv, eval: entry.eval ?? false });
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
      else {
        const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(msg.code) ? (msg.code as ErrorCode) : 'INTERNAL';
        finish(() => reject(new OstendoError(code, msg.message)));
      }
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => {
      if (!settled) finish(() => reject(new OstendoError('INTERNAL', `Worker exited with code ${code}`)));
    });
    const message: ToWorker = { kind: 'run', task, input };
    worker.postMessage(message, transfer ?? []);
  });
}
