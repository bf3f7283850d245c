import { describe, expect, it } from 'vitest';
import { autoWindowFromPercentiles, CT_WINDOW_PRESETS, defaultWindow, dragWindowLevel } from './windowLevel';

describe('window/level', () => {
  it('has the clinical CT presets', () => {
    const byId = Object.fromEntries(CT_WINDOW_PRESETS.map((p) => [p.id, [p.width, p.center]]));
    expect(byId).toEqual({
      'ct-soft-tissue': [400, 40], 'ct-lung': [1500, -600], 'ct-bone': [1800, 400], 'ct-brain': [80, 40], 'ct-liver': [150, 90],
    });
  });

  it('auto window follows percentiles, not extremes', () => {
    // 0..999 uniformly, plus a handful of huge outliers that must not stretch the window
    const v = new Float32Array(100_000);
    for (let n = 0; n < v.length; n++) v[n] = n % 1000;
    for (let n = 0; n < 50; n++) v[n * 2000] = 60_000;
    const wl = autoWindowFromPercentiles(v, 0, 60_000);
    expect(wl.center).toBeGreaterThan(400);
    expect(wl.center).toBeLessThan(600);
    expect(wl.width).toBeGreaterThan(900);
    expect(wl.width).toBeLessThan(1100);
  });

  it('CT defaults to soft tissue; MR uses percentiles', () => {
    const v = new Int16Array([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(defaultWindow('CT', v, 0, 100)).toEqual({ width: 400, center: 40 });
    expect(defaultWindow('MR', v, 0, 100).center).toBeCloseTo(50, 0);
  });

  it('drag widens and lowers', () => {
    const wl = dragWindowLevel({ width: 400, center: 40 }, 100, 100, 1000);
    expect(wl.width).toBeGreaterThan(400);
    expect(wl.center).toBeLessThan(40);
  });
});
