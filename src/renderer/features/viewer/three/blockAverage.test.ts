import { describe, expect, it } from 'vitest';
import { createBlockAverager } from './blockAverage';

describe('createBlockAverager', () => {
  it('averages whole and edge blocks, streamed in slabs', () => {
    // 3x2x3 volume, blocks 2x2x2: i blocks {0,1},{2}; k blocks {0,1},{2}
    const src = Int16Array.from({ length: 18 }, (_, n) => n);
    const avg = createBlockAverager([3, 2, 3], [2, 2, 2]);
    avg.addSlab(0, src.subarray(0, 12));
    avg.addSlab(2, src.subarray(12));
    const { voxels, min, max } = avg.finish();
    const mean = (ns: number[]) => ns.reduce((a, b) => a + b, 0) / ns.length;
    expect([...voxels]).toEqual([mean([0, 1, 3, 4, 6, 7, 9, 10]), mean([2, 5, 8, 11]), mean([12, 13, 15, 16]), mean([14, 17])]);
    expect([min, max]).toEqual([5, 15.5]);
  });
  it('copies at factor 1 and refuses slabs out of order or off block boundaries', () => {
    const one = createBlockAverager([2, 1, 2], [1, 1, 1]);
    one.addSlab(0, new Int16Array([-5, 7, 3, 1]));
    expect([...one.finish().voxels]).toEqual([-5, 7, 3, 1]);
    const avg = createBlockAverager([2, 1, 4], [1, 1, 2]);
    expect(() => avg.addSlab(0, new Int16Array(2))).toThrow(/whole 2-slice blocks/);
    expect(() => avg.addSlab(2, new Int16Array(4))).toThrow(/continue at k 0/);
    expect(() => avg.finish()).toThrow(/0 of 4/);
  });
});
