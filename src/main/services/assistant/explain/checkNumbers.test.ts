import { describe, expect, it } from 'vitest';
import { checkNumbers, matchesFact } from './checkNumbers';
import type { StructureFacts } from './structureFacts';

const facts: StructureFacts[] = [
  {
    id: 'vertebrae_L1', name: 'L1 vertebra', label: 31, voxels: 2100, volumeMl: 56.7,
    intensityUnit: 'HU', intensityMean: 312.4, intensitySd: 95.1, intensityMin: -85.6, intensityMax: 1200, intensityMedian: 290,
    extentMm: [48, 40, 27], largestDiameterMm: 61.2, centroidLps: [1, 20, -300],
    position: [], relations: [], touches: [], possiblyIncomplete: false, description: '',
  },
];

describe('checkNumbers', () => {
  it('accepts facts rounded to the written precision', () => {
    expect(matchesFact(56.7, 1, 56.7)).toBe(true);
    expect(matchesFact(57, 0, 56.7)).toBe(true);
    expect(matchesFact(312, 0, 312.4)).toBe(true);
    expect(matchesFact(313, 0, 312.4)).toBe(false);
  });

  it('keeps true numbers, signs and thousands separators; flags invented ones', () => {
    const r = checkNumbers('Volume 56.7 mL, mean 312 HU, min −86 HU, max 1,200 HU; a 17 mm nodule and 2300 voxels.', facts);
    expect(r.flaggedNumbers).toEqual(['17', '2300']);
    expect(r.text).toBe('Volume 56.7 mL, mean 312 HU, min −86 HU, max 1,200 HU; a [unverified] mm nodule and [unverified] voxels.');
  });

  it('does not treat structure names or 3D as quantities', () => {
    expect(checkNumbers('The L1 vertebra in 3D.', facts).flaggedNumbers).toEqual([]);
  });

  it('accepts significant-figure rounding only down to two figures', () => {
    expect(matchesFact(1500, 0, 1523.4)).toBe(true);
    expect(matchesFact(1520, 0, 1523.4)).toBe(true);
    expect(matchesFact(100, 0, 140)).toBe(false);
    expect(matchesFact(1000, 0, 1400)).toBe(false);
    expect(matchesFact(1000, 0, 1043)).toBe(true);
  });

  it('does not let a label index pass as a measurement', () => {
    expect(checkNumbers('It measures 31 mm.', facts).flaggedNumbers).toEqual(['31']);
  });

  it('flags a wrong precision claim', () => {
    expect(checkNumbers('Volume 56.2 mL.', facts).flaggedNumbers).toEqual(['56.2']);
  });
});
