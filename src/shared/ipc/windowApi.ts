import type { OstendoApi } from './contract';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or by the test host's transport (Chromium tests). */
    api: OstendoApi;
  }
}

export {};
