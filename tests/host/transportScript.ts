import { CHANNEL_NAMES, EVENT_NAMES } from '../../src/shared/ipc/contract';
import { DECODE_BINARY_ENVELOPE_JS } from './binaryEnvelope';

/**
 * The browser half of the test transport: a `window.api` with the same shape the preload exposes, generated from
 * the contract's channel and event names, carried over HTTP (invoke) and Server-Sent Events (events).
 */
export function transportScript(dropPaths: Record<string, string>): string {
  return `(() => {
${DECODE_BINARY_ENVELOPE_JS}
const channels = new Set(${JSON.stringify(CHANNEL_NAMES)});
const eventNames = new Set(${JSON.stringify(EVENT_NAMES)});
const dropPaths = ${JSON.stringify(dropPaths)};
const listeners = new Map();
const source = new EventSource('/__ostendo/events');
source.onmessage = (m) => {
  const { event, payload } = JSON.parse(m.data);
  for (const l of listeners.get(event) ?? []) l(payload);
};
window.api = {
  async invoke(channel, request) {
    if (!channels.has(channel)) return { ok: false, error: { code: 'INVALID_REQUEST', message: 'Unknown channel ' + channel } };
    const res = await fetch('/__ostendo/invoke/' + encodeURIComponent(channel), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request ?? {}) });
    return decodeBinaryEnvelope(await res.arrayBuffer());
  },
  on(event, listener) {
    if (!eventNames.has(event)) throw new Error('Unknown event ' + event);
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(listener);
    return () => listeners.get(event).delete(listener);
  },
  pathForFile(file) { return dropPaths[file.name] ?? ''; },
};
})();`;
}
