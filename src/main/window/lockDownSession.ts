import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './mainWindowOptions';

/**
 * Offline by construction: every http(s)/ws(s) request the renderer makes is cancelled (except the local dev
 * server while developing), permissions are denied, and responses carry the strict CSP.
 */
export function lockDownSession(session: Session, devServerOrigin: string | null): void {
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    const allowed = devServerOrigin !== null && details.url.startsWith(devServerOrigin);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** No new windows, no navigation away from the app, no webviews. */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
