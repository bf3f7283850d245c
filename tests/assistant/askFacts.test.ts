import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBuiltinClassMap } from '../../src/shared/anatomy';
import type { StructureMeasurement } from '../../src/shared/domain/measurements';
import type { Volume } from '../../src/shared/domain/volume';
import { checkNumbers } from '../../src/main/services/assistant/explain/checkNumbers';
import { buildStructureFacts } from '../../src/main/services/assistant/explain/structureFacts';
import { templatedAnswer } from '../../src/main/services/assistant/explain/templatedAnswer';
import { readVolumeFile } from '../../src/main/services/imaging/volumeFiles';
import { measureStructures } from '../../src/main/services/segmentation/measure/measureStructures';

const repoRoot = path.resolve(__dirname, '../..');
const dir = path.resolve(repoRoot, '../shared/data/ct-abdomen-3mm');
const PY = '/usr/bin/python3';

/** Independent reference: nibabel voxel count of label 5 (liver in TotalSegmentator 'total') x |det(affine)|. */
function nibabelLiver(): { voxels: number; volumeMl: number; centroidRas: number[] } {
  const script = [
    'import json, sys, nibabel as nib, numpy as np',
    'img = nib.load(sys.argv[1]); d = np.asarray(img.dataobj)',
    'ijk = np.argwhere(d == 5)',
    'ras = nib.affines.apply_affine(img.affine, ijk).mean(axis=0)',
    'print(json.dumps({"voxels": int(len(ijk)), "volumeMl": float(len(ijk) * abs(np.linalg.det(img.affine[:3,:3])) / 1000), "centroidRas": ras.tolist()}))',
  ].join('\n');
  return JSON.parse(execFileSync(PY, ['-c', script, path.join(dir, 'reference-labels.nii.gz')], { encoding: 'utf8' })) as ReturnType<typeof nibabelLiver>;
}

describe.skipIf(!fs.existsSync(dir))('templated explain/measure on the shared CT with reference labels (needs ../shared/data)', () => {
  let image: Volume;
  let measurements: StructureMeasurement[];
  beforeAll(async () => {
    image = await readVolumeFile(path.join(dir, 'ct.nii.gz'), { modality: 'CT', unit: 'HU' });
    const labels = await readVolumeFile(path.join(dir, 'reference-labels.nii.gz'), { modality: 'SEG', unit: 'label' });
    measurements = measureStructures(image, labels, getBuiltinClassMap('total')).filter((m) => m.voxels > 0);
  });

  it('states the liver volume that an independent nibabel count gives', () => {
    const ref = nibabelLiver();
    const [liver] = buildStructureFacts(measurements, ['liver'], image.unit);
    expect(liver.voxels).toBe(ref.voxels);
    expect(liver.volumeMl).toBeCloseTo(ref.volumeMl, 6);
    const text = templatedAnswer({ intent: 'measure', structures: ['liver'], absent: [] }, [liver], measurements.map((m) => m.id));
    const shown = ref.volumeMl >= 100 ? ref.volumeMl.toFixed(0) : ref.volumeMl.toFixed(1);
    expect(text).toContain(`Volume ${shown} mL (${ref.voxels} voxels)`);
    expect(text).toContain('HU');
  });

  it('places the liver on the patient right of the segmented region (LPS from a RAS file)', () => {
    const ref = nibabelLiver();
    const [liver] = buildStructureFacts(measurements, ['liver'], image.unit);
    // RAS x = -LPS x: nibabel's centroid, negated, must equal ours
    expect(liver.centroidLps[0]).toBeCloseTo(-ref.centroidRas[0], 3);
    expect(liver.centroidLps[1]).toBeCloseTo(-ref.centroidRas[1], 3);
    expect(liver.centroidLps[2]).toBeCloseTo(ref.centroidRas[2], 3);
    expect(liver.position).toContain('right');
    const spleen = buildStructureFacts(measurements, ['spleen'], image.unit)[0];
    if (spleen) expect(spleen.position).toContain('left');
  });

  it('a templated explanation passes its own number check and names only present structures', () => {
    const present = measurements.map((m) => m.id);
    const facts = buildStructureFacts(measurements, ['liver', 'kidney_left'], image.unit);
    const text = templatedAnswer({ intent: 'explain', structures: ['liver', 'kidney_left'], absent: [] }, facts, present);
    // relations/touches name other present structures: their facts are context, not numbers
    expect(checkNumbers(text, facts).flaggedNumbers).toEqual([]);
    expect(text).toMatch(/^Liver: /);
    expect(text).toContain('Left kidney: ');
  });
});
