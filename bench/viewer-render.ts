/**
 * Viewer rendering in headless Chromium (SwiftShader WebGL, --disable-gpu) through the test host and the
 * real services: time from opening a series (navigation to the viewer) to the first rendered 2D slice and
 * to the first 3D frame, the time per slice step, and the longest main-thread task (UI stall) while loading.
 * Cases: the shared 3 mm CT with its reference labels (surfaces included) and synthetic 512x512x300 and
 * 512x512x1000 int16 CTs (no labels) to show how the volume size costs. VIEWER_BENCH_SLICES=300,1000 picks
 * the synthetic sizes; VIEWER_BENCH_PROFILE=1 samples the page's CPU (Chrome DevTools protocol) while it
 * loads and prints the functions with the most self time, to say where long main-thread tasks come from.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { writeVolumeFile } from '../src/main/services/imaging/volumeFiles';
import type { Volume } from '../src/shared/domain/volume';
import { startTestHost } from '../tests/host/startTestHost';
import { launchChromium, SHARED_DATA } from '../tests/e2e/browser';
import { buildViewerHarness, HARNESS_URL_PATH, importThroughApi, routeViewerHarness } from '../tests/e2e/viewerHarness';

const STEPS = 20;
const SLICE_COUNTS = (process.env.VIEWER_BENCH_SLICES ?? '300,1000').split(',').map(Number).filter((n) => n > 0);
const PROFILE = process.env.VIEWER_BENCH_PROFILE === '1';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }

/** Top self-time functions of a CPU profile (main thread of the page), as printable lines. */
function topSelfTime(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, count: number): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  (profile.samples ?? []).forEach((id, n) => {
    const f = byNode.get(id)?.callFrame;
    if (!f || f.functionName === '(idle)' || f.functionName === '(program)') return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + (profile.timeDeltas?.[n] ?? 0));
  });
  return [...selfUs.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, us]) => `${(us / 1000).toFixed(0)} ms ${k}`);
}

function syntheticCt(sizeK: number): Volume {
  const [nx, ny, nz] = [512, 512, sizeK];
  const voxels = new Int16Array(nx * ny * nz);
  // an elliptic "body" of soft tissue with a bright "spine" so every view has structure
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) {
    const x = (i - 256) / 220, y = (j - 256) / 160;
    const inBody = x * x + y * y < 1;
    const spine = Math.hypot(i - 256, j - 360) < 25;
    voxels[i + j * nx + k * nx * ny] = spine ? 700 : inBody ? 40 + ((i + j + k) % 20) : -1000;
  }
  return { geometry: { sizeIjk: [nx, ny, nz], spacingMm: [0.8, 0.8, 1], originLps: [-205, -205, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] }, voxels, modality: 'CT', unit: 'HU' };
}

async function measure(page: Page, url: string, waitSurfaces: boolean) {
  let cdp: CDPSession | null = null;
  if (PROFILE) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url);
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: Array<[number, number]> };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.waitForFunction(() => {
    const s = window.__ostendoScene?.();
    return s && s.firstSliceMs !== null && s.first3dMs !== null;
  }, null, { timeout: 300_000 });
  // the first render call only queues GL work; finish() waits until the GPU (SwiftShader here) has drawn it
  const frameDoneMs = await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="canvas-3d"] canvas') as HTMLCanvasElement;
    (canvas.getContext('webgl2') as WebGL2RenderingContext).finish();
    return performance.now();
  });
  if (waitSurfaces) await page.waitForFunction(() => (window.__ostendoScene?.().visibleSurfaceIds.length ?? 0) > 0, null, { timeout: 300_000 });
  const surfacesMs = await page.evaluate(() => performance.now());
  const profileTop = cdp ? topSelfTime((await cdp.send('Profiler.stop')).profile, 12) : [];
  await cdp?.detach();
  const snap = await page.evaluate(() => window.__ostendoScene!());
  const stepMs = await page.evaluate(async (steps) => {
    const el = document.querySelector('[data-testid="canvas-axial"]') as HTMLElement;
    el.focus();
    const t0 = performance.now();
    for (let n = 0; n < steps; n++) {
      el.dispatchEvent(new KeyboardEvent('keydown', { key: n < steps / 2 ? 'ArrowUp' : 'ArrowDown', bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return (performance.now() - t0) / steps;
  }, STEPS);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks);
  const longest = tasks.reduce((m, t) => Math.max(m, t[1]), 0);
  const top = [...tasks].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([at, d]) => `${d.toFixed(0)} ms at ${at.toFixed(0)}`).join(', ');
  return { firstSliceMs: snap.firstSliceMs!, first3dMs: snap.first3dMs!, frameDoneMs, surfacesMs: waitSurfaces ? surfacesMs : null, stepMs, longestTaskMs: longest, topTasks: top, profileTop };
}

export async function run(): Promise<void> {
  await buildViewerHarness();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-bench-viewer-'));
  const host = await startTestHost({ libraryDir: path.join(dir, 'library') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await routeViewerHarness(page, host.url);
    await page.goto(host.url + HARNESS_URL_PATH);
    const rows: Array<[string, Awaited<ReturnType<typeof measure>>]> = [];

    const ct = path.join(SHARED_DATA, 'ct-abdomen-3mm', 'ct.nii.gz');
    if (fs.existsSync(ct)) {
      const [seriesId] = await importThroughApi(page, [ct]);
      const attached = await page.evaluate(async (req) => (await window.api.invoke('labels.attachFile', req)).ok, {
        seriesId, path: path.join(SHARED_DATA, 'ct-abdomen-3mm', 'reference-labels.nii.gz'), classes: 'total',
      });
      rows.push([`ct-abdomen-3mm 122x101x30${attached ? ' + 41 surfaces' : ''}`, await measure(page, `${host.url}${HARNESS_URL_PATH}?seriesId=${seriesId}`, attached)]);
    } else console.log(`(skipping the shared CT: ${ct} absent)`);

    for (const slices of SLICE_COUNTS) {
      // uncompressed .nii: gzip of a 500 MB volume would dominate the bench's run time, not the viewer's
      const big = path.join(dir, `synthetic-512x512x${slices}.nii`);
      await writeVolumeFile(big, syntheticCt(slices));
      await page.goto(host.url + HARNESS_URL_PATH);
      const [bigId] = await importThroughApi(page, [big]);
      fs.rmSync(big);
      rows.push([`synthetic CT 512x512x${slices} int16`, await measure(page, `${host.url}${HARNESS_URL_PATH}?seriesId=${bigId}`, false)]);
      // leave the viewer so the next case starts without this volume in the page
      await page.goto('about:blank');
    }

    console.log('viewer-render (headless Chromium, SwiftShader WebGL; ms from navigation start)');
    for (const [name, r] of rows) {
      console.log(`  ${name}: first slice ${r.firstSliceMs.toFixed(0)} ms, first 3D render call ${r.first3dMs.toFixed(0)} ms (drawn by ${r.frameDoneMs.toFixed(0)} ms)${r.surfacesMs !== null ? `, surfaces shown by ${r.surfacesMs.toFixed(0)} ms` : ''}, slice step ${r.stepMs.toFixed(1)} ms, longest main-thread task ${r.longestTaskMs.toFixed(0)} ms (top: ${r.topTasks})`);
      for (const line of r.profileTop) console.log(`      ${line}`);
    }
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
