import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/main/services/library/importPaths';
import { startTestHost, type TestHost } from '../host/startTestHost';
import { writeTinyGguf } from '../support/tinyGguf';
import { artifactPath, chromiumAvailable, collectPageErrors, launchChromium, SHARED_DATA, tearDownE2e } from './browser';
import { ask, openSeriesWithSurfaces, visibleSurfaces } from './workspaceHelpers';

const CT = path.join(SHARED_DATA, 'ct-abdomen-3mm', 'ct.nii.gz');
const LABELS = path.join(SHARED_DATA, 'ct-abdomen-3mm', 'reference-labels.nii.gz');
const CLASSES = path.join(SHARED_DATA, 'anatomy', 'totalsegmentator-classes.json');
const dataPresent = [CT, LABELS, CLASSES].every((f) => fs.existsSync(f));
if (!dataPresent) console.warn(`assistant e2e skipped: ${SHARED_DATA}/ct-abdomen-3mm (ct + reference labels) or anatomy classes absent`);
if (!chromiumAvailable) console.warn('assistant e2e skipped: no Chromium at /usr/bin/chromium (set OSTENDO_CHROMIUM)');

/**
 * The left kidney's volume computed here, independently of the product: the NIfTI-1 header read by hand, voxels
 * of TotalSegmentator's kidney_left value counted, times the voxel volume from pixdim.
 */
function totalValueOf(id: string): number {
  const total = JSON.parse(fs.readFileSync(CLASSES, 'utf8')) as { tasks: { total: Record<string, string> } };
  return Number(Object.entries(total.tasks.total).find(([, name]) => name === id)?.[0]);
}

/** The reference labels with every voxel outside `ids` set to 0 (same header and grid). */
function writeLabelSubset(file: string, ids: string[]): string {
  const keep = new Set(ids.map(totalValueOf));
  const b = zlib.gunzipSync(fs.readFileSync(LABELS));
  const offset = Math.round(b.readFloatLE(108));
  for (let n = offset; n < b.length; n++) if (!keep.has(b[n])) b[n] = 0;
  fs.writeFileSync(file, zlib.gzipSync(b));
  return file;
}

function kidneyLeftMl(): number {
  const value = totalValueOf('kidney_left');
  const b = zlib.gunzipSync(fs.readFileSync(LABELS));
  const datatype = b.readInt16LE(70);
  if (datatype !== 2) throw new Error(`expected uint8 labels (datatype 2), got ${datatype}`);
  const dims = [1, 2, 3].map((n) => b.readInt16LE(40 + 2 * n));
  const pix = [1, 2, 3].map((n) => b.readFloatLE(76 + 4 * n));
  const offset = Math.round(b.readFloatLE(108));
  let count = 0;
  for (let n = offset; n < offset + dims[0] * dims[1] * dims[2]; n++) if (b[n] === value) count++;
  return (count * pix[0] * pix[1] * pix[2]) / 1000;
}

describe.skipIf(!dataPresent || !chromiumAvailable)('assistant e2e: prompts drive the real viewer (Chromium, real services)', () => {
  let host: TestHost;
  let browser: Browser;
  let dir: string;
  let ggufPath: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-assistant-e2e-'));
    const userModelsDir = path.join(dir, 'user-models');
    fs.mkdirSync(userModelsDir);
    ggufPath = await writeTinyGguf(path.join(userModelsDir, 'tiny-test.gguf'));
    host = await startTestHost({ libraryDir: path.join(dir, 'library'), userModelsDir });
    const imported = await importPaths(host.context.library, [CT]);
    expect(imported.imported).toHaveLength(1);
    await host.handlers['labels.attachFile']({ seriesId: imported.imported[0].id, path: LABELS, classes: 'total' });
    browser = await launchChromium();
  }, 120_000);
  afterAll(() => tearDownE2e(browser, host, dir));

  it('isolates the liver, measures the left kidney from the data, says plainly what is absent, and undoes', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    const errors = collectPageErrors(page);
    await openSeriesWithSurfaces(page, host.url);
    const allSurfaces = await visibleSurfaces(page);
    expect(allSurfaces.length).toBeGreaterThan(20);
    // suggestions come from the present structures
    expect(await page.getByTestId('assistant-suggestions').innerText()).toContain('Isolate the liver');

    const isolate = await ask(page, 'isolate the liver');
    await expect.poll(() => visibleSurfaces(page), { timeout: 30_000 }).toEqual(['liver']);
    expect(await isolate.turn.getByTestId('assistant-applied').innerText()).toBe('Isolated: liver');
    expect(await isolate.turn.getByTestId('assistant-ai-label').innerText()).toContain('AI-generated');
    expect(await isolate.turn.getByTestId('assistant-provenance').innerText()).toContain('segmentation "total"');
    // the structures panel followed the same command
    expect(await page.getByTestId('structure-visible-liver').isChecked()).toBe(true);
    expect(await page.getByTestId('structure-visible-spleen').isChecked()).toBe(false);
    await page.screenshot({ path: artifactPath('assistant-isolate-liver.png') });

    const measured = kidneyLeftMl();
    expect(measured).toBeGreaterThan(50);
    const size = await ask(page, 'how big is the left kidney?');
    const shown = measured >= 100 ? measured.toFixed(0) : measured.toFixed(1);
    expect(size.text).toContain(`${shown} mL`);
    expect(await size.turn.getByTestId('assistant-ai-label').innerText()).toContain('AI-generated');
    // the facts table is collapsed until asked for
    await size.turn.getByTestId('assistant-facts').locator('summary').click();
    expect(await size.turn.getByTestId('assistant-facts').innerText()).toContain(`Left kidney\t${shown}`);
    // measure selects the structure without changing visibility
    expect(await visibleSurfaces(page)).toEqual(['liver']);
    expect(await page.getByTestId('structure-row-kidney_left').getAttribute('data-selected')).toBe('true');

    // "explain what I'm seeing" is about the screen: only the liver is visible now, so only the liver is explained
    const seeing = await ask(page, "explain what I'm seeing");
    expect(seeing.text).toMatch(/^Liver: /);
    // one paragraph, about the liver (neighbours may be named as landmarks, but get no paragraph of their own)
    expect(seeing.text.trim().split('\n')).toHaveLength(1);
    expect(await visibleSurfaces(page)).toEqual(['liver']);

    const absent = await ask(page, 'show the heart');
    expect(await absent.turn.getByTestId('assistant-absent').innerText()).toBe('Not in this segmentation: heart');
    expect(await visibleSurfaces(page)).toEqual(['liver']);

    await page.getByTestId('assistant-undo').click();
    await expect.poll(async () => (await visibleSurfaces(page)).sort(), { timeout: 30_000 }).toEqual([...allSurfaces].sort());
    await page.screenshot({ path: artifactPath('assistant-answers.png') });
    expect(errors).toEqual([]);
  }, 240_000);

  it('loads the tiny GGUF through the panel (CPU), streams a draft and shows only the checked, labelled answer', async () => {
    // The tiny model's byte-level vocabulary makes the function schema of all 41 present ids overflow its context,
    // so this test attaches a three-structure subset of the reference labels (written to the temp dir).
    const subset = writeLabelSubset(path.join(dir, 'subset.nii.gz'), ['liver', 'spleen', 'kidney_left']);
    const [series] = (await host.handlers['library.list']({})).patients[0].studies[0].series;
    await host.handlers['labels.attachFile']({ seriesId: series.id, path: subset, classes: 'total' });
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    const errors = collectPageErrors(page);
    await openSeriesWithSurfaces(page, host.url);
    expect((await visibleSurfaces(page)).sort()).toEqual(['kidney_left', 'liver', 'spleen']);
    await page.evaluate(() => {
      const w = window as unknown as { __tokens: string[] };
      w.__tokens = [];
      window.api.on('assistant.token', (p) => w.__tokens.push(p.text));
    });
    expect(await page.getByTestId('assistant-model-picker').inputValue()).toBe(ggufPath);
    await page.getByTestId('assistant-model-load').click();
    await expect.poll(() => page.getByTestId('assistant-model-status').innerText(), { timeout: 60_000 }).toMatch(/^Loaded: \S*tiny-test on CPU$/);

    // the model's function call (isolate liver) is applied through the command registry
    const isolate = await ask(page, 'isolate the liver');
    await expect.poll(() => visibleSurfaces(page), { timeout: 30_000 }).toEqual(['liver']);
    expect(await isolate.turn.getByTestId('assistant-ai-label').innerText()).toContain('tiny-test');
    expect(await isolate.turn.getByTestId('assistant-provenance').innerText()).toMatch(/AI-generated by \S*tiny-test/);

    // an explanation is written by the model token by token, then replaced by the checked text
    const explained = await ask(page, 'how big is the spleen?');
    const tokens = await page.evaluate(() => (window as unknown as { __tokens: string[] }).__tokens);
    expect(tokens.length).toBeGreaterThan(0);
    await expect.poll(() => explained.turn.getByTestId('assistant-streaming').count()).toBe(0);
    expect(explained.text.length).toBeGreaterThan(0);
    expect(await explained.turn.getByTestId('assistant-provenance').innerText()).toContain('numbers checked against the measurements');
    await page.screenshot({ path: artifactPath('assistant-tiny-gguf.png') });

    await page.getByTestId('assistant-model-unload').click();
    await expect.poll(() => page.getByTestId('assistant-model-status').innerText()).toContain('No language model loaded');
    expect(errors).toEqual([]);
  }, 240_000);
});
