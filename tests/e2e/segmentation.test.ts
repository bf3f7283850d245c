import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/main/services/library/importPaths';
import { startTestHost, type TestHost } from '../host/startTestHost';
import { artifactPath, chromiumAvailable, collectPageErrors, launchChromium, SHARED_DATA, tearDownE2e } from './browser';

const JP2K = path.join(SHARED_DATA, 'ct-dicom-jp2k');
// a label map of another scan: attaching it to the JPEG-2000 series must be refused (GRID_MISMATCH)
const OTHER_LABELS = path.join(SHARED_DATA, 'ct-abdomen-3mm', 'reference-labels.nii.gz');
const dataPresent = fs.existsSync(JP2K) && fs.existsSync(OTHER_LABELS);
if (!dataPresent) console.warn(`segmentation e2e skipped: ${JP2K} is absent`);
if (!chromiumAvailable) console.warn('segmentation e2e skipped: no Chromium at /usr/bin/chromium (set OSTENDO_CHROMIUM)');

describe.skipIf(!dataPresent || !chromiumAvailable)('segmentation e2e: built-in model and region growing from the panel (Chromium, real services)', () => {
  let host: TestHost;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-segmentation-e2e-'));
    fs.mkdirSync(path.join(dir, 'export'));
    host = await startTestHost({ libraryDir: path.join(dir, 'library'), pickLabelFile: OTHER_LABELS, pickExportFolder: path.join(dir, 'export') });
    const imported = await importPaths(host.context.library, [JP2K]);
    expect(imported.imported).toHaveLength(1);
    browser = await launchChromium();
  }, 120_000);
  afterAll(() => tearDownE2e(browser, host, dir));

  it('runs builtin:bones, shows provider and time, lists bones; region growing refuses a leak, grows, and undoes', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await page.locator('[data-testid^="series-se_"]').first().click();
    await page.getByTestId('viewer-workspace').waitFor();
    expect(await page.getByTestId('structures-panel').innerText()).toContain('No segmentation');

    await page.getByTestId('section-segmentation').locator('> summary').click();
    const bones = page.getByTestId('seg-model-builtin:bones');
    await bones.waitFor({ timeout: 60_000 });
    await bones.locator('summary').click(); // the licence expands
    expect(await bones.locator('pre').isVisible()).toBe(true);
    await bones.locator('input[type=radio]').check();
    await page.getByTestId('seg-run').click();
    await page.getByTestId('seg-result').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('seg-result-provider').innerText()).toBe('Provider: cpu (builtin TypeScript)');
    expect(await page.getByTestId('seg-result-time').innerText()).toMatch(/^Time: \d+(\.\d)? s$/);
    await page.getByTestId('structure-row-bones').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: artifactPath('segmentation-builtin-bones.png') });

    // region growing from the crosshair (the viewer starts it at the volume centre)
    await page.getByTestId('section-region').locator('> summary').click();
    await page.getByTestId('rg-name').fill('Cyst');
    await page.getByTestId('rg-tolerance').fill('2000');
    await page.getByTestId('rg-grow').click();
    await page.getByTestId('rg-error').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('rg-error').innerText()).toMatch(/^The region leaked: Region leaked into more than \d+% of the volume; lower the tolerance/);
    expect(await page.getByTestId('structure-row-region_cyst').count()).toBe(0);

    await page.getByTestId('rg-tolerance').fill('20');
    await page.getByTestId('rg-grow').click();
    await page.getByTestId('rg-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('rg-result').innerText()).toMatch(/^Added "Cyst" from voxel \d+, \d+, \d+ \(±20 HU\)\.$/);
    await page.getByTestId('structure-row-region_cyst').waitFor({ timeout: 60_000 });
    await page.getByTestId('structure-row-bones').waitFor();
    await page.screenshot({ path: artifactPath('segmentation-region-grown.png') });

    await page.getByTestId('rg-undo').click();
    await expect.poll(() => page.getByTestId('structure-row-region_cyst').count(), { timeout: 60_000 }).toBe(0);
    await page.getByTestId('structure-row-bones').waitFor();
    expect(await page.getByTestId('rg-result').innerText()).toBe('Removed "Cyst".');

    // label maps: the model's map is listed with its provenance; a map of another scan is refused plainly
    await page.getByTestId('section-labels').locator('> summary').click();
    expect(await page.getByTestId('labelmap-provenance').innerText()).toContain('builtin:bones built-in on cpu (builtin TypeScript)');
    await page.getByTestId('labelmap-load').click();
    await page.getByTestId('labelmap-error').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('labelmap-error').innerText()).toMatch(/^This label map does not fit the series: /);

    // export the visible structures as OBJ into the chosen folder; the written files are listed and exist
    await page.getByTestId('export-format').selectOption('obj');
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-files').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('export-files').innerText()).toMatch(/bones.*\.obj/);
    const written = fs.readdirSync(path.join(dir, 'export'));
    expect(written.some((f) => /bones.*\.obj$/.test(f))).toBe(true);
    expect(fs.statSync(path.join(dir, 'export', written.find((f) => f.endsWith('.obj'))!)).size).toBeGreaterThan(1000);
    await page.screenshot({ path: artifactPath('labels-export.png') });
    expect(errors).toEqual([]);
  }, 300_000);
});
