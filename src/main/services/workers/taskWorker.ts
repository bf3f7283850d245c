/**
 * Task host entry: runs one task from the registry, then the parent ends the thread or process.
 * The same file serves as a worker thread (parentPort) and as a child process (process.send), so native
 * work that may abort the whole process (onnxruntime) can be isolated in a process of its own.
 */
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/errors';
import { TASKS } from './taskRegistry';
import type { FromWorker, ToWorker } from './taskProtocol';

function run(msg: ToWorker, send: (m: FromWorker) => void): void {
  const task = TASKS[msg.task];
  if (!task) {
    send({ kind: 'error', code: 'INTERNAL', message: `Unknown worker task '${msg.task}'` });
    return;
  }
  Promise.resolve()
    .then(() => task(msg.input, (fraction, message) => send({ kind: 'progress', fraction, message })))
    .then((output) => send({ kind: 'done', output }))
    .catch((e: unknown) => {
      const p = toErrorPayload(e);
      send({ kind: 'error', code: p.code, message: p.message });
    });
}

const port = parentPort;
if (port) {
  port.once('message', (msg: ToWorker) => run(msg, (m) => port.postMessage(m)));
} else if (process.send) {
  const send = process.send.bind(process);
  process.once('message', (msg: ToWorker) => run(msg, (m) => void send(m)));
  // the parent going away (app closed, CLI killed) ends the task too
  process.once('disconnect', () => process.exit(0));
} else {
  throw new Error('taskWorker must run in a worker thread or a forked child process');
}
