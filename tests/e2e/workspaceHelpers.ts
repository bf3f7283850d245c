import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Click the one series in the library and wait until the viewer shows surfaces of its segmentation. */
export async function openSeriesWithSurfaces(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const series = page.locator('[data-testid^="series-se_"]');
  await series.first().waitFor({ timeout: 30_000 });
  await series.first().click();
  await page.getByTestId('viewer-workspace').waitFor();
  await expect.poll(() => page.evaluate(() => window.__ostendoScene?.().visibleSurfaceIds.length ?? 0), { timeout: 90_000, interval: 500 }).toBeGreaterThan(0);
}

/** Type a prompt into the assistant, press Enter and wait for that turn's checked answer (or its error). */
export async function ask(page: Page, prompt: string): Promise<{ text: string; turn: ReturnType<Page['locator']> }> {
  const turns = page.getByTestId('assistant-turn');
  const before = await turns.count();
  await page.getByTestId('assistant-input').fill(prompt);
  await page.getByTestId('assistant-input').press('Enter');
  const turn = turns.nth(before);
  await expect.poll(() => turn.getAttribute('data-status'), { timeout: 60_000 }).not.toBe('running');
  const answer = turn.getByTestId('assistant-answer-text');
  return { text: (await answer.count()) > 0 ? await answer.innerText() : await turn.innerText(), turn };
}

export async function visibleSurfaces(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__ostendoScene?.().visibleSurfaceIds ?? []);
}
