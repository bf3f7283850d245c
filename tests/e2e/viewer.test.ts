import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../host/startTestHost';
import { artifactPath, chromiumAvailable, collectPageErrors, launchChromium, SHARED_DATA, tearDownE2e } from './browser';
import { buildViewerHarness, countOverlayPixels, HARNESS_URL_PATH, importThroughApi, litCentroid, litFraction, OVERLAY_FILL_ALPHA, routeViewerHarness, sliceWithBoth, snapshot } from './viewerHarness';


const CASES = [
  { name: 'ct', volume: path.join(SHARED_DATA, 'ct-abdomen-3mm', 'ct.nii.gz'), labels: path.join(SHARED_DATA, 'ct-abdomen-3mm', 'reference-labels.nii.gz'), classes: 'total' },
  { name: 'mr', volume: path.join(SHARED_DATA, 'mr-abdomen-3mm', 'mr.nii.gz'), labels: path.join(SHARED_DATA, 'mr-abdomen-3mm', 'reference-labels.nii.gz'), classes: 'total_mr' },
] as const;

const dataPresent = CASES.every((c) => fs.existsSync(c.volume) && fs.existsSync(c.labels));
if (!dataPresent) console.warn(`viewer e2e skipped: ${SHARED_DATA} (ct-abdomen-3mm, mr-abdomen-3mm) is absent`);
if (!chromiumAvailable) console.warn('viewer e2e skipped: no Chromium at /usr/bin/chromium (set OSTENDO_CHROMIUM)');

describe.skipIf(!dataPresent || !chromiumAvailable)('viewer e2e: MPR + 3D on real data (Chromium, real services)', () => {
  let host: TestHost;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    await buildViewerHarness();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-viewer-e2e-'));
    host = await startTestHost({ libraryDir: path.join(dir, 'library') });
    browser = await launchChromium();
  });
  afterAll(() => tearDownE2e(browser, host, dir));

  for (const c of CASES) {
    it(`${c.name}: radiological orientation, liver left / spleen right on screen, isolate liver in 3D`, async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await routeViewerHarness(page, host.url);
      const errors = collectPageErrors(page);
      await page.goto(host.url + HARNESS_URL_PATH);
      const [seriesId] = await importThroughApi(page, [c.volume]);
      const attached = await page.evaluate(async (req) => {
        const env = await window.api.invoke('labels.attachFile', req);
        if (!env.ok) throw new Error(env.error.message);
        return env.value;
      }, { seriesId, path: c.labels, classes: c.classes });
      const liver = attached.classes.find((k) => k.id === 'liver');
      const spleen = attached.classes.find((k) => k.id === 'spleen');
      expect(liver && spleen, 'reference labels name liver and spleen').toBeTruthy();

      await page.goto(`${host.url}${HARNESS_URL_PATH}?seriesId=${encodeURIComponent(seriesId)}`);
      await page.getByTestId('structure-row-liver').waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => (window.__ostendoScene?.().visibleSurfaceIds.length ?? 0) > 0, null, { timeout: 120_000 });

      // orientation letters (radiological convention), DOM elements of each view
      const letters = async (view: string) => Promise.all(['left', 'right', 'top', 'bottom'].map((e) => page.getByTestId(`orient-${view}-${e}`).innerText()));
      expect(await letters('axial')).toEqual(['R', 'L', 'A', 'P']);
      expect(await letters('coronal')).toEqual(['R', 'L', 'S', 'I']);
      expect(await letters('sagittal')).toEqual(['A', 'P', 'S', 'I']);

      // an axial slice through both organs, only they shown, at full structure opacity
      const { positionLps } = await sliceWithBoth(page, attached.labelMapId, liver!.label, spleen!.label);
      await page.evaluate(async (p) => {
        await window.__execute('crosshair.set', { positionLps: p });
        await window.__execute('structures.isolate', { ids: ['liver', 'spleen'] });
        await window.__execute('structures.setOpacity', { id: 'liver', opacity: 1 });
        await window.__execute('structures.setOpacity', { id: 'spleen', opacity: 1 });
      }, positionLps);
      await page.waitForTimeout(300);
      const axial = await page.getByTestId('canvas-axial').screenshot();
      fs.writeFileSync(artifactPath(`viewer-${c.name}-axial-liver-spleen.png`), axial);
      const liverPx = await countOverlayPixels(page, axial, liver!.color, OVERLAY_FILL_ALPHA);
      const spleenPx = await countOverlayPixels(page, axial, spleen!.color, OVERLAY_FILL_ALPHA);
      // the patient's right (liver) is on the screen's left; the spleen (patient's left) on the right
      expect(liverPx.left).toBeGreaterThan(200);
      expect(liverPx.left).toBeGreaterThan(5 * liverPx.right);
      expect(spleenPx.right).toBeGreaterThan(50);
      expect(spleenPx.right).toBeGreaterThan(5 * spleenPx.left);

      // slice scrolling by keyboard; readout in real units and LPS mm under the cursor
      const before = (await snapshot(page)).sliceIndex.axial!;
      await page.getByTestId('canvas-axial').click({ position: { x: 200, y: 200 } });
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await snapshot(page)).sliceIndex.axial).toBe(before - 1);
      await page.getByTestId('canvas-axial').hover({ position: { x: 220, y: 210 } });
      const readout = await page.getByTestId('readout-axial').innerText();
      expect(readout).toMatch(/LPS \(-?\d+\.\d, -?\d+\.\d, -?\d+\.\d\) mm/);
      if (c.name === 'ct') expect(readout).toMatch(/HU/);

      // a click in the coronal view sets the linked crosshair: higher on screen = more superior = higher axial index
      // (k runs superior in both volumes: direction[8] = +1 in their geometry)
      const coronal = page.getByTestId('canvas-coronal');
      const box = (await coronal.boundingBox())!;
      const clickAxialIndex = async (yFraction: number) => {
        await coronal.click({ position: { x: box.width / 2, y: box.height * yFraction } });
        return (await snapshot(page)).sliceIndex.axial!;
      };
      const upper = await clickAxialIndex(0.42);
      const lower = await clickAxialIndex(0.58);
      expect(upper).toBeGreaterThan(lower);

      // everything back, then the 2x2 layout as an artefact
      await page.getByTestId('structures-show-all').click();
      await page.evaluate(async (p) => window.__execute('crosshair.set', { positionLps: p }), positionLps);
      await page.waitForTimeout(500);
      const all = await snapshot(page);
      expect(all.hiddenSurfaceIds).toEqual([]);
      expect(all.volumeClip).toBeNull();
      await page.screenshot({ path: artifactPath(`viewer-${c.name}-2x2.png`) });

      // isolate the liver from its panel row: only the liver surface stays in the 3D scene
      await page.getByTestId('structure-isolate-liver').click();
      await expect.poll(async () => (await snapshot(page)).visibleSurfaceIds, { timeout: 30_000 }).toEqual(['liver']);
      const iso = await snapshot(page);
      expect(iso.hiddenSurfaceIds).toContain('spleen');
      expect(iso.hiddenSurfaceIds.length).toBe(all.visibleSurfaceIds.length - 1);
      await expect.poll(async () => (await snapshot(page)).volumeClip, { timeout: 30_000 }).toEqual(['liver']);
      await page.getByTestId('maximize-3d').click();
      await page.waitForTimeout(500);
      const three = await page.getByTestId('canvas-3d').screenshot();
      fs.writeFileSync(artifactPath(`viewer-${c.name}-isolated-liver-3d.png`), three);
      expect(await litFraction(page, three)).toBeGreaterThan(0.01);

      // a click on the surface selects the structure in the panel and moves the crosshair there
      const hit = await litCentroid(page, three);
      const crosshairBefore = (await snapshot(page)).crosshairLps;
      await page.getByTestId('canvas-3d').click({ position: hit });
      await expect.poll(() => page.getByTestId('structure-row-liver').getAttribute('data-selected')).toBe('true');
      const crosshairAfter = (await snapshot(page)).crosshairLps!;
      expect(crosshairAfter).not.toEqual(crosshairBefore);
      // the picked point is on the patient's right (LPS x < 0 for the liver here), like the organ
      expect(crosshairAfter[0]).toBeLessThan(0);

      // "show the CT inside the liver": the volume rendering masked to the liver, with the volume switched on
      await page.evaluate(async () => window.__execute('volume.clipToStructures', { ids: ['liver'] }));
      expect(await snapshot(page)).toMatchObject({ volumeClip: ['liver'], volumeVisible: true, visibleSurfaceIds: [] });
      await page.waitForTimeout(300);
      fs.writeFileSync(artifactPath(`viewer-${c.name}-volume-clipped-to-liver.png`), await page.getByTestId('canvas-3d').screenshot());
      await expect(page.evaluate(async () => window.__execute('volume.clipToStructures', { ids: ['no_such_organ'] }))).rejects.toThrow(/no_such_organ/);
      await page.evaluate(async () => window.__execute('structures.showAll', {}));
      const restored = await snapshot(page);
      expect(restored.volumeClip).toBeNull();
      expect(restored.visibleSurfaceIds.length).toBe(all.visibleSurfaceIds.length);

      // unmounting removes the scene hook (vtk.js objects are released with their views)
      await page.evaluate(() => window.__unmountViewer());
      expect(await page.evaluate(() => typeof window.__ostendoScene)).toBe('undefined');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
