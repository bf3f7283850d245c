import { OstendoError, toErrorPayload } from '../../shared/errors';
import { channels, type Channel, type Envelope, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';

/** One handler per channel, typed from the contract. */
export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/**
 * Validate a request against the contract, run its handler, validate the response and wrap either in the
 * ok/error envelope. Shared by Electron's registerIpc and the test host: only the transport differs.
 */
export async function dispatch(handlers: Handlers, channel: string, rawRequest: unknown): Promise<Envelope<unknown>> {
  try {
    if (!Object.prototype.hasOwnProperty.call(channels, channel)) throw new OstendoError('INVALID_REQUEST', `Unknown channel '${channel}'`);
    const spec = channels[channel as Channel];
    const parsed = spec.request.safeParse(rawRequest ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
      throw new OstendoError('INVALID_REQUEST', `Invalid request for ${channel}: ${issues}`);
    }
    const handler = handlers[channel as Channel] as (r: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = spec.response.safeParse(value);
    if (!checked.success) throw new OstendoError('INTERNAL', `Handler for ${channel} returned an invalid response: ${checked.error.issues[0]?.message}`);
    return { ok: true, value: checked.data };
  } catch (e) {
    return { ok: false, error: toErrorPayload(e) };
  }
}
