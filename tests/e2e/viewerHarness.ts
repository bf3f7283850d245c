import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { screenshotPixels } from './browser';
import type { SceneSnapshot } from '../../src/shared/viewer/sceneSnapshot';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { REPO_ROOT } from '../host/startTestHost';

/**
 * Node-side support for the viewer e2e tests and bench: builds the viewer-only page
 * (tests/e2e/viewerHarness/page → src/renderer/features/viewer/harness), serves it on the test host's
 * origin, and reads the scene and screen pixels. The renderer is not part of the node type-check
 * project, so the page globals the tests read are declared here by shape.
 */

export type SceneSnapshotView = SceneSnapshot;

declare global {
  interface Window {
    /** Harness page only: the viewer's command registry (same commands as the panel and the assistant). */
    __execute: (name: string, args: unknown) => Promise<void>;
    __unmountViewer: () => void;
  }
}

/** FILL_ALPHA of src/renderer/features/viewer/mpr/labelOverlay.ts; the pixel tests fail if the two drift apart. */
export const OVERLAY_FILL_ALPHA = 0.5;

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

/** Import files through window.api (library.import job) and return the new series ids. */
export async function importThroughApi(page: Page, paths: string[]): Promise<string[]> {
  return page.evaluate(async (p) => {
    const started = await window.api.invoke('library.import', { paths: p });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value;
    const result = await new Promise<unknown>((resolve, reject) => {
      const offDone = window.api.on('job.done', (e) => { if (e.jobId === jobId) { offDone(); offFail(); resolve(e.result); } });
      const offFail = window.api.on('job.failed', (e) => { if (e.jobId === jobId) { offDone(); offFail(); reject(new Error(e.error.message)); } });
    });
    return (result as { imported: Array<{ id: string }> }).imported.map((s) => s.id);
  }, paths);
}

export async function snapshot(page: Page): Promise<SceneSnapshotView> {
  return page.evaluate(() => {
    if (!window.__ostendoScene) throw new Error('window.__ostendoScene is not installed');
    return window.__ostendoScene();
  });
}

export interface ColorCount {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Counts screen pixels of an element's screenshot that look like `color` blended at `alpha` over a
 * grey image (what a label fill over CT/MR looks like): p − alpha·c must be a grey (r≈g≈b).
 */
export async function countOverlayPixels(page: Page, png: Buffer, color: [number, number, number], alpha: number): Promise<ColorCount> {
  const { width, height, data: d } = await screenshotPixels(page, png);
  const count = { left: 0, right: 0, top: 0, bottom: 0 };
  const tol = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const r = d[o] - alpha * color[0], g = d[o + 1] - alpha * color[1], bl = d[o + 2] - alpha * color[2];
      if (r < -tol || g < -tol || bl < -tol) continue;
      if (Math.max(r, g, bl) - Math.min(r, g, bl) > tol) continue;
      // a grey underneath, and not a plain grey pixel (the colour must actually be there)
      if (Math.abs(d[o] - d[o + 1]) + Math.abs(d[o + 1] - d[o + 2]) < 12) continue;
      if (x < width / 2) count.left++; else count.right++;
      if (y < height / 2) count.top++; else count.bottom++;
    }
  }
  return count;
}

const isLit = (d: Uint8Array, o: number, threshold: number): boolean => d[o] + d[o + 1] + d[o + 2] > 3 * threshold;

/** Fraction of pixels brighter than the background in an element's screenshot. */
export async function litFraction(page: Page, png: Buffer, threshold = 40): Promise<number> {
  const { data: d } = await screenshotPixels(page, png);
  let lit = 0;
  for (let o = 0; o < d.length; o += 4) if (isLit(d, o, threshold)) lit++;
  return lit / (d.length / 4);
}

/** Centre (CSS px of the element) of the lit pixels of an element's screenshot, for clicking on a surface. */
export async function litCentroid(page: Page, png: Buffer, threshold = 40): Promise<{ x: number; y: number }> {
  const { width, height, data: d, devicePixelRatio } = await screenshotPixels(page, png);
  let sx = 0, sy = 0, n = 0;
  // skip the orientation cube's corner (bottom-left fifth)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    if (x < width * 0.2 && y > height * 0.75) continue;
    if (isLit(d, (y * width + x) * 4, threshold)) { sx += x; sy += y; n++; }
  }
  if (n === 0) throw new Error('no lit pixels to click on');
  return { x: sx / n / devicePixelRatio, y: sy / n / devicePixelRatio };
}

/** Axial slice index (k) where both structures have the most voxels, from the label map via the api. */
export async function sliceWithBoth(page: Page, labelMapId: string, a: number, b: number): Promise<{ positionLps: [number, number, number]; index: number }> {
  return page.evaluate(async ({ id, la, lb }) => {
    const env = await window.api.invoke('labels.voxels', { labelMapId: id });
    if (!env.ok) throw new Error(env.error.message);
    const { geometry: g, bytes, dataType } = env.value;
    const width = { uint8: 1, int8: 1, uint16: 2, int16: 2, uint32: 4, int32: 4, float32: 4, float64: 8 }[dataType];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const read = (n: number) => (width === 1 ? view.getUint8(n) : width === 2 ? view.getUint16(n * 2, true) : view.getUint32(n * 4, true));
    const [nx, ny, nz] = g.sizeIjk;
    // the axial slice axis is the voxel axis closest to LPS z
    const zAxis = [0, 1, 2].reduce((best, c) => (Math.abs(g.direction[6 + c]) > Math.abs(g.direction[6 + best]) ? c : best), 0);
    const counts = Array.from({ length: g.sizeIjk[zAxis] }, () => [0, 0]);
    for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
      const v = read(i + j * nx + k * nx * ny);
      const s = [i, j, k][zAxis];
      if (v === la) counts[s][0]++;
      else if (v === lb) counts[s][1]++;
    }
    const best = counts.reduce((bi, c, s) => (Math.min(c[0], c[1]) > Math.min(counts[bi][0], counts[bi][1]) ? s : bi), 0);
    const ijk = [(nx - 1) / 2, (ny - 1) / 2, (nz - 1) / 2];
    ijk[zAxis] = best;
    const d = g.direction;
    const s = ijk.map((x, c) => x * g.spacingMm[c]);
    const p = [0, 1, 2].map((r) => g.originLps[r] + d[3 * r] * s[0] + d[3 * r + 1] * s[1] + d[3 * r + 2] * s[2]);
    return { positionLps: p as [number, number, number], index: best };
  }, { id: labelMapId, la: a, lb: b });
}

