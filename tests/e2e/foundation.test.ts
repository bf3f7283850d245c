import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../host/startTestHost';
import { makeHostileFolder } from '../support/hostileFolder';
import { artifactPath, chromiumAvailable, collectPageErrors, launchChromium, screenStats, SHARED_DATA, tearDownE2e } from './browser';

const JP2K = path.join(SHARED_DATA, 'ct-dicom-jp2k');

/** Drop files on the import zone as the OS would (the test transport maps each name to a path, like Electron's webUtils). */
async function dropFiles(page: Page, names: string[]): Promise<void> {
  await page.getByTestId('drop-zone').evaluate((zone, fileNames) => {
    const dt = new DataTransfer();
    for (const name of fileNames) dt.items.add(new File([new Uint8Array(4)], name));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, names);
}
const NIFTI = path.join(SHARED_DATA, 'ct-abdomen-3mm', 'ct.nii.gz');

describe.skipIf(!fs.existsSync(JP2K) || !chromiumAvailable)('foundation e2e: import → browse → axial slice (Chromium, real services)', () => {
  let host: TestHost;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-e2e-'));
    const hostile = path.join(dir, 'hostile');
    fs.mkdirSync(hostile);
    makeHostileFolder(hostile);
    host = await startTestHost({ libraryDir: path.join(dir, 'library'), pickImportPaths: [JP2K], dropPaths: { 'ct.nii.gz': NIFTI, hostile } });
    browser = await launchChromium();
  });
  afterAll(() => tearDownE2e(browser, host, dir));

  it('imports the JPEG-2000 series by dialog, lists it, and draws its axial slice with window/level', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-result').innerText()).toContain('1 series imported');

    const series = page.locator('[data-testid^="series-se_"]');
    await expect.poll(() => series.count()).toBe(1);
    expect(await series.first().innerText()).toContain('CT');
    expect(await series.first().innerText()).toContain('20 sl.');
    await series.first().click();

    // the slice as it is on screen: a CT has air outside (black) and the body inside (greys), so it is neither blank nor uniform
    await page.getByTestId('canvas-axial').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('wl-values').innerText(), { timeout: 60_000 }).toContain('W 400 / L 40');
    await expect.poll(async () => (await screenStats(page, 'canvas-axial')).levels, { timeout: 60_000 }).toBeGreaterThan(50);
    const soft = await screenStats(page, 'canvas-axial');
    expect(soft.black).toBeGreaterThan(0.2);
    expect(soft.mid).toBeGreaterThan(0.05);
    // window/level: the bone preset (wide, high level) renders soft tissue (~40 HU) darker than the soft-tissue preset
    await page.getByTestId('wl-preset').selectOption('ct-bone');
    await expect.poll(() => page.getByTestId('wl-values').innerText()).toContain('W 1800 / L 400');
    await expect.poll(async () => (await screenStats(page, 'canvas-axial')).meanLit, { timeout: 30_000 }).toBeLessThan(soft.meanLit - 15);
    await page.screenshot({ path: artifactPath('foundation-ct-jp2k-slice.png') });
    expect(errors).toEqual([]);
  });

  it('imports a NIfTI by drag-and-drop', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await dropFiles(page, ['ct.nii.gz']);
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-result').innerText()).toContain('1 series imported');
    await expect.poll(() => page.locator('[data-testid^="series-se_"]').count()).toBe(2);
  });

  it('shows each bad file of a dropped hostile folder with its reason, and imports the good slices', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await dropFiles(page, ['hostile']);
    await page.getByTestId('import-errors').waitFor({ timeout: 60_000 });
    const errors = await page.getByTestId('import-errors').locator('li').allInnerTexts();
    expect(errors).toHaveLength(4);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^truncated\.dcm: truncated DICOM file/),
        // the series is already in the library (first test), so this slice's position is taken by a stored slice:
        // the library keeps what it has (a fresh library reports DECODE_FAILED instead: tests/library)
        expect.stringMatching(/^corrupt-pixels\.dcm: duplicate slice at -?[\d.]+ mm \(same position as CT\.[\d.]+\.dcm, already in the library\)$/),
        expect.stringMatching(/^README\.txt: no DICM marker/),
        expect.stringMatching(/^empty\.dcm: empty file/),
      ]),
    );
    expect(await page.getByTestId('import-result').innerText()).toContain('1 series imported, 4 files skipped');
    await page.screenshot({ path: artifactPath('foundation-hostile-drop.png') });
  });
});
