import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../host/startTestHost';
import { artifactPath, chromiumAvailable, collectPageErrors, launchChromium, SHARED_DATA, tearDownE2e } from './browser';
import { countOverlayPixels, importThroughApi, OVERLAY_FILL_ALPHA, sliceWithBoth, snapshot } from './viewerHarness';

const CASES = [
  { name: 'ct', volume: path.join(SHARED_DATA, 'ct-abdomen-3mm', 'ct.nii.gz'), labels: path.join(SHARED_DATA, 'ct-abdomen-3mm', 'reference-labels.nii.gz'), classes: 'total' },
  { name: 'mr', volume: path.join(SHARED_DATA, 'mr-abdomen-3mm', 'mr.nii.gz'), labels: path.join(SHARED_DATA, 'mr-abdomen-3mm', 'reference-labels.nii.gz'), classes: 'total_mr' },
] as const;
const dataPresent = CASES.every((c) => fs.existsSync(c.volume) && fs.existsSync(c.labels));
if (!dataPresent) console.warn(`viewer shell e2e skipped: ${SHARED_DATA} (ct-abdomen-3mm, mr-abdomen-3mm) is absent`);

/**
 * The viewer inside the real app shell (built renderer, npm run build), driven only through the UI:
 * library → series → ViewerWorkspace; the structures panel and the keyboard change the scene.
 */
describe.skipIf(!dataPresent || !chromiumAvailable)('viewer in the app shell (Chromium, real services, UI only)', () => {
  let host: TestHost;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-viewer-shell-'));
    host = await startTestHost({ libraryDir: path.join(dir, 'library') });
    browser = await launchChromium();
  });
  afterAll(() => tearDownE2e(browser, host, dir));

  for (const c of CASES) {
    it(`${c.name}: letters, liver on the screen's left and spleen on its right, isolate from the panel`, async () => {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const errors = collectPageErrors(page);
      await page.goto(host.url);
      const [seriesId] = await importThroughApi(page, [c.volume]);
      const attached = await page.evaluate(async (req) => {
        const env = await window.api.invoke('labels.attachFile', req);
        if (!env.ok) throw new Error(env.error.message);
        return env.value;
      }, { seriesId, path: c.labels, classes: c.classes });
      const liver = attached.classes.find((k) => k.id === 'liver')!;
      const spleen = attached.classes.find((k) => k.id === 'spleen')!;

      await page.reload();
      await page.getByTestId(`series-${seriesId}`).click();
      await page.getByTestId('viewer-workspace').waitFor();
      await page.waitForFunction(() => (window.__ostendoScene?.().visibleSurfaceIds.length ?? 0) > 0, null, { timeout: 120_000 });

      for (const [view, expected] of [['axial', 'RLAP'], ['coronal', 'RLSI'], ['sagittal', 'APSI']] as const) {
        const got = await Promise.all(['left', 'right', 'top', 'bottom'].map((e) => page.getByTestId(`orient-${view}-${e}`).innerText()));
        expect(got.join(''), `${view} letters`).toBe(expected);
      }

      // keyboard to the axial slice through both organs
      const target = await sliceWithBoth(page, attached.labelMapId, liver.label, spleen.label);
      const axial = page.getByTestId('canvas-axial');
      await axial.focus();
      const current = (await snapshot(page)).sliceIndex.axial!;
      for (let n = 0; n < Math.abs(target.index - current); n++) await page.keyboard.press(target.index > current ? 'ArrowUp' : 'ArrowDown');
      await expect.poll(async () => (await snapshot(page)).sliceIndex.axial).toBe(target.index);

      // panel: isolate the liver, then tick the spleen back on
      await page.getByTestId('structure-isolate-liver').click();
      await page.getByTestId('structure-visible-spleen').check();
      await expect.poll(async () => (await snapshot(page)).visibleSurfaceIds.sort()).toEqual(['liver', 'spleen']);
      await page.waitForTimeout(300);
      const png = await axial.screenshot();
      fs.writeFileSync(artifactPath(`viewer-shell-${c.name}-axial.png`), png);
      const liverPx = await countOverlayPixels(page, png, liver.color, OVERLAY_FILL_ALPHA);
      const spleenPx = await countOverlayPixels(page, png, spleen.color, OVERLAY_FILL_ALPHA);
      expect(liverPx.left).toBeGreaterThan(200);
      expect(liverPx.left).toBeGreaterThan(5 * liverPx.right);
      expect(spleenPx.right).toBeGreaterThan(50);
      expect(spleenPx.right).toBeGreaterThan(5 * spleenPx.left);

      await page.getByTestId('structure-isolate-liver').click();
      await expect.poll(async () => (await snapshot(page)).visibleSurfaceIds).toEqual(['liver']);
      await page.screenshot({ path: artifactPath(`viewer-shell-${c.name}-isolated-liver.png`) });
      // Escape restores the layout after a maximise (keyboard shortcut through the command registry)
      await page.getByTestId('maximize-3d').click();
      expect(await page.getByTestId('viewer-workspace').getAttribute('data-maximized')).toBe('3d');
      await page.keyboard.press('Escape');
      expect(await page.getByTestId('viewer-workspace').getAttribute('data-maximized')).toBe('');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
