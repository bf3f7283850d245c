// The only file that imports ipcRenderer (lint-enforced). Exposes window.api built from the contract; no logic.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES, type OstendoApi } from '../shared/ipc/contract';

const INVOKE_CHANNEL = 'ostendo:invoke';
const EVENT_CHANNEL = 'ostendo:event';
const channelSet = new Set<string>(CHANNEL_NAMES);
const eventSet = new Set<string>(EVENT_NAMES);

const api: OstendoApi = {
  invoke: (channel, request) => {
    if (!channelSet.has(channel)) return Promise.resolve({ ok: false, error: { code: 'INVALID_REQUEST', message: `Unknown channel ${channel}` } });
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, request);
  },
  on: (event, listener) => {
    if (!eventSet.has(event)) throw new Error(`Unknown event ${event}`);
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown): void => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('api', api);
