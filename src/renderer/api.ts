import type { Channel, Envelope, OstendoApi, RequestOf, ResponseOf } from '../shared/ipc/contract';
import type { ErrorPayload } from '../shared/ipc/contract';

import '../shared/ipc/windowApi';

/** An IPC call that came back as an error envelope; `payload.code` is a stable ErrorCode. */
export class ApiError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.payload = payload;
  }
}

export function getApi(): OstendoApi {
  if (!window.api) throw new Error('window.api is missing: the preload did not run');
  return window.api;
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
}

/** Invoke a channel and unwrap its envelope (throws ApiError). */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  return unwrap(await getApi().invoke(channel, request));
}
