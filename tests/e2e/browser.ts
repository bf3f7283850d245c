import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../host/startTestHost';

export const CHROMIUM_PATH = process.env.OSTENDO_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
export const SHARED_DATA = path.resolve(REPO_ROOT, '../shared/data');

/** Debian Chromium, headless, offline (no background networking), software GL. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Collect page errors so a test can fail on them. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}

export const chromiumAvailable = fs.existsSync(CHROMIUM_PATH);

/** End an e2e suite: the browser, then the host (its services and library), then the suite's temp folder. */
export async function tearDownE2e(browser: Browser | undefined, host: { close(): Promise<void> } | undefined, dir: string | undefined): Promise<void> {
  await browser?.close();
  await host?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** RGBA pixels of a screenshot, decoded by the page's own PNG decoder (the tests need no image library). */
export interface ScreenPixels {
  width: number;
  height: number;
  /** RGBA, row-major */
  data: Uint8Array;
  devicePixelRatio: number;
}

export async function screenshotPixels(page: Page, png: Buffer): Promise<ScreenPixels> {
  const decoded = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let binary = '';
    for (let o = 0; o < d.length; o += 0x8000) binary += String.fromCharCode(...d.subarray(o, o + 0x8000));
    return { width: img.width, height: img.height, rgba: btoa(binary), dpr: devicePixelRatio };
  }, png.toString('base64'));
  return { width: decoded.width, height: decoded.height, data: new Uint8Array(Buffer.from(decoded.rgba, 'base64')), devicePixelRatio: decoded.dpr };
}

/** Grey-level statistics of an element as it is on screen (from a real screenshot). */
export async function screenStats(page: Page, testId: string): Promise<{ black: number; mid: number; levels: number; meanLit: number }> {
  const { data: d } = await screenshotPixels(page, await page.getByTestId(testId).screenshot());
  let black = 0;
  let mid = 0;
  let litSum = 0;
  const seen = new Set<number>();
  for (let p = 0; p < d.length; p += 4) {
    if (d[p] < 8) black++;
    else {
      litSum += d[p];
      if (d[p] < 250) mid++;
    }
    seen.add(d[p]);
  }
  const n = d.length / 4;
  return { black: black / n, mid: mid / n, levels: seen.size, meanLit: litSum / Math.max(1, n - black) };
}
