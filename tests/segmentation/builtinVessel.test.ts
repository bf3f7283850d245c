import { describe, expect, it } from 'vitest';
import { segmentBones } from '../../src/main/services/segmentation/builtin/bones';
import type { Volume } from '../../src/shared/domain/volume';
import { countMask } from '../../src/main/services/segmentation/voxel/mask';

/**
 * Synthetic phantom (1 mm voxels, soft tissue 40 HU): a contrast-filled "aorta" (straight cylinder, 20 mm, 300 HU)
 * and a "bone" (irregular block: 900 HU cortex shell around 250 HU marrow). Bones must keep the bone and drop the vessel.
 */
function phantom(): { image: Volume<Int16Array>; body: Uint8Array; vesselAt: number; marrowAt: number } {
  const [si, sj, sk] = [80, 60, 60];
  const vox = new Int16Array(si * sj * sk).fill(40);
  const at = (i: number, j: number, k: number): number => i + j * si + k * si * sj;
  for (let k = 0; k < sk; k++) {
    for (let j = 0; j < sj; j++) {
      for (let i = 0; i < si; i++) {
        if ((i - 20) ** 2 + (j - 30) ** 2 <= 100) vox[at(i, j, k)] = 300; // vessel along k
        const inBone = i >= 45 && i <= 70 && j >= 15 && j <= 45 && k >= 10 && k <= 50;
        const inMarrow = i >= 48 && i <= 67 && j >= 18 && j <= 42 && k >= 13 && k <= 47;
        if (inBone) vox[at(i, j, k)] = inMarrow ? 250 : 900;
        if (i >= 70 && i <= 75 && j >= 40 && j <= 45 && k >= 10 && k <= 20) vox[at(i, j, k)] = 900; // a process: irregular
      }
    }
  }
  // a 1-voxel air border outside the body: the torso wall's outer surface, which bone cores must reach
  const body = new Uint8Array(vox.length);
  for (let k = 0; k < sk; k++) {
    for (let j = 0; j < sj; j++) {
      for (let i = 0; i < si; i++) {
        const edge = i === 0 || j === 0 || i === si - 1 || j === sj - 1;
        if (edge) vox[at(i, j, k)] = -1000;
        else body[at(i, j, k)] = 1;
      }
    }
  }
  const image: Volume<Int16Array> = {
    geometry: { sizeIjk: [si, sj, sk], spacingMm: [1, 1, 1], originLps: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] },
    voxels: vox, modality: 'CT', unit: 'HU',
  };
  return { image, body, vesselAt: at(20, 30, 30), marrowAt: at(57, 30, 30) };
}

describe('bones: contrast-filled vessels are not bone', () => {
  it('drops a bright straight cylinder and keeps a cortex-shelled bone with marrow', () => {
    const p = phantom();
    const bones = segmentBones(p.image, p.body);
    expect(bones[p.vesselAt]).toBe(0);
    expect(bones[p.marrowAt]).toBe(1);
    expect(countMask(bones)).toBe(26 * 31 * 41 + 6 * 6 * 11 - 6 * 1 * 11); // bone block + process (one face shared)
  });
});
