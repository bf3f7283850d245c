import { describe, expect, it } from 'vitest';
import { maskVolume } from './maskVolume';

describe('maskVolume', () => {
  it('keeps voxels of the chosen labels and blanks the rest, same type', () => {
    const hu = new Int16Array([10, 20, 30, 40, 50]);
    const labels = new Uint8Array([0, 5, 1, 5, 2]);
    const out = maskVolume(hu, labels, [5, 2], -1024);
    expect(out).toBeInstanceOf(Int16Array);
    expect([...out]).toEqual([-1024, 20, -1024, 40, 50]);
    expect([...hu]).toEqual([10, 20, 30, 40, 50]);
  });
  it('refuses different grids', () => {
    expect(() => maskVolume(new Float32Array(3), new Uint8Array(4), [1], 0)).toThrow(/not the same grid/);
  });
});
