import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { REPO_ROOT } from '../../host/startTestHost';

/** Path of the harness page under the test host's origin. */
export const HARNESS_URL_PATH = 'viewer-harness/index.html';
/** Built harness; outside out/renderer, which every `npm run build` empties. */
export const HARNESS_DIR = path.join(REPO_ROOT, 'out', 'viewer-harness');

/** Builds a page that mounts only <ViewerWorkspace> (the product component, unchanged) into out/viewer-harness. */
export async function buildViewerHarness(): Promise<void> {
  await build({
    root: path.join(REPO_ROOT, 'tests', 'e2e', 'viewerHarness', 'page'),
    base: './',
    logLevel: 'error',
    configFile: false,
    plugins: [react()],
    build: { outDir: HARNESS_DIR, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
}

/**
 * Serves the built harness at <host>/viewer-harness/ for this page (Playwright routing), so it shares
 * the test host's origin and window.api transport (/__ostendo/*, real services) without living in
 * the host's renderer folder.
 */
export async function routeViewerHarness(page: Page, hostUrl: string): Promise<void> {
  const prefix = `${hostUrl}viewer-harness/`;
  await page.route(`${prefix}**`, async (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\/viewer-harness\//, '');
    const file = path.resolve(HARNESS_DIR, rel || 'index.html');
    if (!file.startsWith(HARNESS_DIR) || !fs.existsSync(file)) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    await route.fulfill({ path: file });
  });
}
