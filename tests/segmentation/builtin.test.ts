import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageDicomFileSeriesNode } from '@itk-wasm/dicom';
import { readVolumeFile } from '../../src/main/services/imaging/volumeFiles';
import { volumeFromItkImage } from '../../src/main/services/imaging/itkImage';
import { runBuiltinSegmenter, BUILTIN_SEGMENTERS } from '../../src/main/services/segmentation/builtin';
import { builtinLabelOf } from '../../src/main/services/segmentation/builtin/builtinClassMap';
import { segmentBuiltinMasks } from '../../src/main/services/segmentation/builtin/segmentBuiltin';
import { dice } from '../../src/main/services/segmentation/voxel/dice';
import { andNotMask, countMask } from '../../src/main/services/segmentation/voxel/mask';
import type { Volume } from '../../src/shared/domain/volume';

const dataDir = path.resolve(__dirname, '../../../shared/data');
const ctDir = path.join(dataDir, 'ct-abdomen-3mm');
const dicomDir = path.join(dataDir, 'ct-dicom-jp2k');
const classes = (): Record<string, string> =>
  (JSON.parse(fs.readFileSync(path.join(dataDir, 'anatomy/totalsegmentator-classes.json'), 'utf8')) as { tasks: { total: Record<string, string> } }).tasks.total;

/** TotalSegmentator label values whose names match. */
function idsWhere(match: (name: string) => boolean): Set<number> {
  return new Set(Object.entries(classes()).filter(([, name]) => match(name)).map(([v]) => Number(v)));
}
const BONE = /^(vertebrae_|rib_|sacrum$|hip_|femur_|humerus_|scapula_|clavicula_|sternum$|costal_cartilages$|skull$)/;

function maskOfLabels(labels: Volume, values: Set<number>): Uint8Array {
  const m = new Uint8Array(labels.voxels.length);
  for (let o = 0; o < m.length; o++) if (values.has(labels.voxels[o] as number)) m[o] = 1;
  return m;
}
function maskOfValue(labels: Volume, value: number): Uint8Array {
  const m = new Uint8Array(labels.voxels.length);
  for (let o = 0; o < m.length; o++) if (labels.voxels[o] === value) m[o] = 1;
  return m;
}

describe.skipIf(!fs.existsSync(ctDir))('built-in segmenters on the shared 3 mm abdominal CT (vs TotalSegmentator reference)', () => {
  const load = async (): Promise<{ ct: Volume; ref: Volume }> => ({
    ct: await readVolumeFile(path.join(ctDir, 'ct.nii.gz'), { modality: 'CT', unit: 'HU' }),
    ref: await readVolumeFile(path.join(ctDir, 'reference-labels.nii.gz'), { modality: 'SEG', unit: 'label' }),
  });

  it('bones (run in a worker): Dice >= 0.85 against the union of all bone classes', async () => {
    const { ct, ref } = await load();
    const progress: number[] = [];
    const out = await runBuiltinSegmenter('builtin:bones', ct, { onProgress: (f) => progress.push(f) });
    expect(out.labels.geometry).toEqual(ct.geometry);
    expect(out.labels.voxels).toBeInstanceOf(Uint8Array);
    expect(out.classMap.classes.map((c) => c.id)).toEqual(['bones']);
    expect(progress.length).toBeGreaterThan(0);
    const d = dice(maskOfValue(out.labels, builtinLabelOf('bones')), maskOfLabels(ref, idsWhere((n) => BONE.test(n))));
    // achieved 0.869 on this scan; a regression below 0.85 fails
    expect(d).toBeGreaterThanOrEqual(0.85);
  });

  it('lungs: Dice >= 0.9 per side, and left/right follow LPS x (left lobes land in lung_left)', async () => {
    const { ct, ref } = await load();
    const out = await runBuiltinSegmenter('builtin:lungs', ct);
    const left = maskOfValue(out.labels, builtinLabelOf('lung_left'));
    const right = maskOfValue(out.labels, builtinLabelOf('lung_right'));
    const refLeft = maskOfLabels(ref, idsWhere((n) => /^lung_.*_left$/.test(n)));
    const refRight = maskOfLabels(ref, idsWhere((n) => /^lung_.*_right$/.test(n)));
    // achieved 0.958 (left) and 0.968 (right); swapping sides would give ~0
    expect(dice(left, refLeft)).toBeGreaterThanOrEqual(0.9);
    expect(dice(right, refRight)).toBeGreaterThanOrEqual(0.9);
    // bowel gas is not lung: colon/stomach voxels stay out
    const gas = maskOfLabels(ref, idsWhere((n) => n === 'colon' || n === 'stomach'));
    expect(countMask(gas) - countMask(andNotMask(gas, left.map((v, n) => v | right[n]!)))).toBeLessThan(50);
  });

  it('body contains every labelled structure and leaves the table out', async () => {
    const { ct, ref } = await load();
    const body = segmentBuiltinMasks('builtin:body', ct).masks[0]!;
    const labelled = ref.voxels.map((v) => (v ? 1 : 0)) as Uint8Array;
    expect(countMask(andNotMask(labelled, body))).toBe(0);
    // dense (> -500 HU) voxels left outside the body are table/blanket; the body must not swallow them
    let denseOutside = 0;
    for (let o = 0; o < body.length; o++) if (!body[o] && (ct.voxels[o] as number) > -500) denseOutside++;
    expect(denseOutside).toBeGreaterThan(0);
  });

  it('airways: reports that this abdominal scan has no trachea instead of inventing one', async () => {
    const { ct } = await load();
    const out = await runBuiltinSegmenter('builtin:airways', ct);
    expect(countMask(out.labels.voxels)).toBe(0);
    expect(out.warnings.join(' ')).toMatch(/no trachea/);
  });

  it('tissues: paraspinal and psoas muscles are mostly skeletal muscle; fat classes are disjoint', async () => {
    const { ct, ref } = await load();
    const out = await runBuiltinSegmenter('builtin:tissues', ct);
    const muscle = maskOfValue(out.labels, builtinLabelOf('skeletal_muscle'));
    const recall = (values: Set<number>): number => {
      const r = maskOfLabels(ref, values);
      return (countMask(r) - countMask(andNotMask(r, muscle))) / countMask(r);
    };
    // achieved: autochthon 0.82, iliopsoas 0.97 (organ leakage reported, not hidden: liver 0.29, spleen 0.46)
    expect(recall(idsWhere((n) => n.startsWith('autochthon_')))).toBeGreaterThan(0.75);
    expect(recall(idsWhere((n) => n.startsWith('iliopsoas_')))).toBeGreaterThan(0.9);
    expect(recall(idsWhere((n) => n.startsWith('kidney_')))).toBeLessThan(0.2);
    expect(countMask(maskOfValue(out.labels, builtinLabelOf('subcutaneous_fat')))).toBeGreaterThan(1000);
    expect(countMask(maskOfValue(out.labels, builtinLabelOf('torso_fat')))).toBeGreaterThan(1000);
  });

  it('rejects a non-CT image with a clear error', async () => {
    const { ref } = await load();
    await expect(runBuiltinSegmenter('builtin:bones', ref)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(runBuiltinSegmenter('builtin:liver', ref)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('lists five CT segmenters with their structures', () => {
    expect(BUILTIN_SEGMENTERS.map((s) => s.id)).toEqual(['builtin:body', 'builtin:bones', 'builtin:lungs', 'builtin:airways', 'builtin:tissues']);
  });
});

describe.skipIf(!fs.existsSync(dicomDir))('builtin:bones on the JPEG-2000 DICOM CT (512x512x20)', () => {
  it('finds a plausible amount of bone, all of it inside the body', async () => {
    const files = fs.readdirSync(dicomDir).map((f) => path.join(dicomDir, f));
    const { outputImage } = await readImageDicomFileSeriesNode({ inputImages: files, singleSortedSeries: false });
    const ct = volumeFromItkImage(outputImage, 'CT', 'HU');
    const out = await runBuiltinSegmenter('builtin:bones', ct);
    const bones = maskOfValue(out.labels, builtinLabelOf('bones'));
    const body = segmentBuiltinMasks('builtin:body', ct).masks[0]!;
    const share = countMask(bones) / countMask(body);
    // bone is a few percent to ~20 % of a torso/pelvis section; 0 or most of the body would be wrong
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.25);
    expect(countMask(andNotMask(bones, body))).toBe(0);
  });
});
