// A stand-in for the `electron` module so the BUILT main bundle can load in plain Node (no Electron binary here).
// It records what main asks of Electron, drives the app's own handlers, and writes a report for the test.
import fs from 'node:fs';

const record = { lock: false, paths: {}, windows: [], loadedUrl: null, appEvents: {}, handlers: {}, beforeRequest: null, permissionDenied: null };

function makeWebContents() {
  const listeners = {};
  return {
    listeners,
    windowOpenHandler: null,
    setWindowOpenHandler(fn) { this.windowOpenHandler = fn; },
    on(ev, fn) { listeners[ev] = fn; },
    send() {},
    isDestroyed() { return false; },
  };
}

async function report() {
  const out = { ...record, checks: {} };
  const url = record.loadedUrl;
  // offline by construction
  const cancelled = await new Promise((r) => record.beforeRequest.fn({ url: 'https://example.com/x.js' }, (res) => r(res.cancel)));
  out.checks.remoteRequestCancelled = cancelled;
  out.checks.beforeRequestUrls = record.beforeRequest.filter.urls;
  // new windows and navigation from the window's contents
  const wc = makeWebContents();
  record.appEvents['web-contents-created']({}, wc);
  out.checks.windowOpen = wc.windowOpenHandler({ url: 'https://example.com' });
  let prevented = false;
  wc.listeners['will-navigate']({ preventDefault: () => { prevented = true; } }, 'https://example.com');
  out.checks.navigationAwayPrevented = prevented;
  let sameAppPrevented = false;
  wc.listeners['will-navigate']({ preventDefault: () => { sameAppPrevented = true; } }, url);
  out.checks.appNavigationPrevented = sameAppPrevented;
  // IPC: trusted top frame works, an untrusted frame is refused, bad requests are rejected by the contract
  const invoke = record.handlers['ostendo:invoke'];
  const trusted = { senderFrame: { url, parent: null } };
  out.checks.list = await invoke(trusted, 'library.list', {});
  out.checks.untrusted = await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'library.list', {});
  out.checks.subframe = await invoke({ senderFrame: { url, parent: {} } }, 'library.list', {});
  out.checks.invalid = await invoke(trusted, 'volume.open', { seriesId: 42 });
  out.checks.unknownChannel = await invoke(trusted, 'fs.readFile', {});
  out.permissionDenied = await new Promise((r) => record.permission(null, 'media', r));
  delete out.beforeRequest;
  delete out.permission;
  fs.writeFileSync(process.env.OSTENDO_STUB_REPORT, JSON.stringify(out, null, 2));
  process.exit(0);
}

export const app = {
  requestSingleInstanceLock() { record.lock = true; return true; },
  setPath(k, v) { record.paths[k] = v; },
  getAppPath() { return process.cwd(); },
  on(ev, fn) { record.appEvents[ev] = fn; },
  whenReady() { return Promise.resolve(); },
  quit() {},
};
export class BrowserWindow {
  constructor(options) {
    record.windows.push(options);
    this.webContents = makeWebContents();
  }
  once() {}
  on() {}
  show() {}
  focus() {}
  isMinimized() { return false; }
  loadURL(url) {
    record.loadedUrl = url;
    setTimeout(() => void report(), 20);
    return Promise.resolve();
  }
}
export const ipcMain = {
  handle(channel, fn) { record.handlers[channel] = fn; },
  removeHandler() {},
};
export const session = {
  defaultSession: {
    webRequest: {
      onBeforeRequest(filter, fn) { record.beforeRequest = { filter, fn }; },
      onHeadersReceived() {},
    },
    setPermissionRequestHandler(fn) { record.permission = fn; },
    setPermissionCheckHandler() {},
  },
};
export const dialog = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) };
export default { app, BrowserWindow, ipcMain, session, dialog };
