import { fork } from 'node:child_process';
import { OstendoError } from '../../../shared/errors';
import { taskError, type FromWorker, type ToWorker } from './taskProtocol';
import { taskHostEntry } from './taskHostEntry';

export interface RunInProcessOptions {
  signal?: AbortSignal;
  /** fraction in [0,1] */
  onProgress?: (fraction: number, message?: string) => void;
  /** Told the child's pid once it runs (logging, diagnostics). */
  onSpawn?: (pid: number) => void;
}

/**
 * Run a named task (taskRegistry.ts) in a child process. For native work that can abort its whole process
 * (onnxruntime's execution providers have been seen to `terminate` on teardown): in a child process such a
 * crash ends the task with INFERENCE_FAILED, never the app. Data crosses by structured clone ('advanced'
 * serialisation keeps typed arrays binary). The child's stdout/stderr go to our stderr, so a CLI's stdout
 * keeps holding only its JSON document. Cancelling kills the process, which frees all its memory.
 */
export function runInProcess<O>(task: string, input: unknown, options: RunInProcessOptions = {}): Promise<O> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new OstendoError('CANCELLED', 'Cancelled before start'));
  const entry = taskHostEntry();
  const env = { ...process.env };
  // inside Electron, process.execPath is the Electron binary: ask it to behave as plain Node
  if (process.versions.electron) env.ELECTRON_RUN_AS_NODE = '1';
  return new Promise<O>((resolve, reject) => {
    const child = fork(entry.file, [], {
      execArgv: entry.fromSource ? ['--import', 'tsx'] : [],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env,
    });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    child.stdout?.pipe(process.stderr, { end: false });
    child.stderr?.pipe(process.stderr, { end: false });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fn();
    };
    const onAbort = (): void => finish(() => reject(new OstendoError('CANCELLED', 'Cancelled')));
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', (msg: FromWorker) => {
      if (msg.kind === 'progress') onProgress?.(msg.fraction, msg.message);
      else if (msg.kind === 'done') finish(() => resolve(msg.output as O));
      else finish(() => reject(taskError(msg)));
    });
    child.on('error', (err) => finish(() => reject(new OstendoError('INFERENCE_FAILED', `Could not start the task process: ${err.message}`))));
    child.on('exit', (code, sig) => {
      if (!settled) {
        finish(() =>
          reject(new OstendoError('INFERENCE_FAILED', `The ${task} process stopped unexpectedly (${sig ?? `exit code ${code}`}); Ostendo itself is unaffected`)),
        );
      }
    });
    const message: ToWorker = { kind: 'run', task, input };
    child.send(message);
  });
}
