// The only file that imports ipcMain (lint-enforced).
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { OstendoError, toErrorPayload } from '../../shared/errors';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { dispatch, type Handlers } from './dispatch';

/** IPC channel name used for every invoke; the contract channel travels inside the message. */
export const INVOKE_CHANNEL = 'ostendo:invoke';
export const EVENT_CHANNEL = 'ostendo:event';

/**
 * Register the contract's handlers on ipcMain. Each call is validated, and must come from the main window's own
 * top frame at the app's own URL (`isTrustedUrl`); anything else gets a FORBIDDEN_SENDER envelope.
 */
export function registerIpc(handlers: Handlers, isTrustedUrl: (url: string) => boolean): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, channel: unknown, request: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return { ok: false, error: toErrorPayload(new OstendoError('FORBIDDEN_SENDER', 'IPC from an untrusted frame was refused')) };
    }
    if (typeof channel !== 'string' || !(CHANNEL_NAMES as string[]).includes(channel)) {
      return { ok: false, error: toErrorPayload(new OstendoError('INVALID_REQUEST', `Unknown channel ${String(channel)}`)) };
    }
    return dispatch(handlers, channel, request);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Send a contract event to the renderer. */
export function sendEvent(target: WebContents, event: string, payload: unknown): void {
  if (!target.isDestroyed()) target.send(EVENT_CHANNEL, event, payload);
}
