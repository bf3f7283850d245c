import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { REPO_ROOT } from '../../host/startTestHost';

/** Where the harness lands: inside the built renderer folder, so the lead's test host serves it. */
export const HARNESS_URL_PATH = 'viewer-harness/index.html';

/**
 * Builds a page that mounts only <ViewerWorkspace> (the product component, unchanged) into
 * out/renderer/viewer-harness. Run after `npm run build`, which empties out/renderer.
 */
export async function buildViewerHarness(): Promise<void> {
  const root = path.join(REPO_ROOT, 'tests', 'e2e', 'viewerHarness', 'page');
  await build({
    root,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    build: { outDir: path.join(REPO_ROOT, 'out', 'renderer', 'viewer-harness'), emptyOutDir: true },
  });
}
