/** Worker-thread entry: runs one task from the registry, then the parent terminates the thread. */
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/errors';
import { TASKS } from './taskRegistry';
import type { FromWorker, ToWorker } from './taskProtocol';

const port = parentPort;
if (!port) throw new Error('taskWorker must run in a worker thread');

port.once('message', (msg: ToWorker) => {
  const send = (m: FromWorker): void => port.postMessage(m);
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
});
