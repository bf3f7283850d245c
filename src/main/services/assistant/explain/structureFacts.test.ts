import { describe, expect, it } from 'vitest';
import type { StructureMeasurement } from '../../../../shared/domain/measurements';
import { getAnatomyEntry } from '../../../../shared/anatomy';
import { buildStructureFacts } from './structureFacts';

function measured(id: string, label: number, x: number): StructureMeasurement {
  return {
    label, id, voxels: 100, volumeMl: 2.7, mean: 30, sd: 5, min: 0, max: 60, median: 30, centroidLps: [x, 0, 0],
    bboxLps: { min: [x - 5, -5, -5], max: [x + 5, 5, 5] }, extentMm: [10, 10, 10], largestDiameterMm: 12, touches: [], touchesBoundary: false,
  };
}

describe('buildStructureFacts', () => {
  it('drops description sentences that name a structure absent from the segmentation', () => {
    const full = getAnatomyEntry('kidney_left')!.description;
    expect(full.toLowerCase()).toContain('liver');
    const [facts] = buildStructureFacts([measured('kidney_left', 3, 80)], ['kidney_left'], 'HU');
    expect(facts.description.toLowerCase()).not.toContain('liver');
    expect(facts.description.toLowerCase()).not.toContain('right kidney');
  });

  it('keeps the description whole when every structure it names is present', () => {
    const present = [measured('kidney_left', 3, 80), measured('kidney_right', 2, -80), measured('liver', 5, -60)];
    const [facts] = buildStructureFacts(present, ['kidney_left'], 'HU');
    expect(facts.description).toBe(getAnatomyEntry('kidney_left')!.description);
  });
});
