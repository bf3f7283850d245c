import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageDicomFileSeriesNode } from '@itk-wasm/dicom';
import { readDicomSeries } from '../../src/main/services/imaging/readDicomSeries';
import { readVolumeFile } from '../../src/main/services/imaging/volumeFiles';
import { volumeFromItkImage } from '../../src/main/services/imaging/itkImage';
import { runBuiltinSegmenter, BUILTIN_SEGMENTERS } from '../../src/main/services/segmentation/builtin';
import { builtinLabelOf } from '../../src/main/services/segmentation/builtin/builtinClassMap';
import { segmentBuiltinMasks } from '../../src/main/services/segmentation/builtin/segmentBuiltin';
import { dice } from '../../src/main/services/segmentation/voxel/dice';
import { andNotMask, countMask } from '../../src/main/services/segmentation/voxel/mask';
import { ijkToLps, lpsToIjk, type Vec3 } from '../../src/shared/domain/geometry';
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
    // achieved 0.869 on this scan (also after the visceral-cavity rule); a regression below 0.85 fails
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

  it('tissues: paraspinal and psoas muscles are mostly skeletal muscle, abdominal organs are not; fat classes are disjoint', async () => {
    const { ct, ref } = await load();
    const out = await runBuiltinSegmenter('builtin:tissues', ct);
    const muscle = maskOfValue(out.labels, builtinLabelOf('skeletal_muscle'));
    const inMuscle = (values: Set<number>): number => {
      const r = maskOfLabels(ref, values);
      return (countMask(r) - countMask(andNotMask(r, muscle))) / countMask(r);
    };
    // achieved: autochthon+iliopsoas 0.80 (autochthon 0.79, iliopsoas 0.996); before the cavity rules 0.83
    expect(inMuscle(idsWhere((n) => n.startsWith('autochthon_') || n.startsWith('iliopsoas_')))).toBeGreaterThan(0.75);
    expect(inMuscle(idsWhere((n) => n.startsWith('autochthon_')))).toBeGreaterThan(0.75);
    expect(inMuscle(idsWhere((n) => n.startsWith('iliopsoas_')))).toBeGreaterThan(0.9);
    // organs inside the cavity: liver 0.029, spleen 0.001, kidneys 0.114, stomach 0.006, together 0.034
    // (before: liver 0.29, spleen 0.46, kidneys 0.015, together 0.27). Kidneys' posterior poles touch the
    // paraspinal compartment, so they got worse: reported, bounded below
    expect(inMuscle(idsWhere((n) => /^(liver|spleen|kidney_left|kidney_right|stomach)$/.test(n)))).toBeLessThan(0.05);
    expect(inMuscle(idsWhere((n) => n === 'liver'))).toBeLessThan(0.05);
    expect(inMuscle(idsWhere((n) => n === 'spleen'))).toBeLessThan(0.05);
    expect(inMuscle(idsWhere((n) => n.startsWith('kidney_')))).toBeLessThan(0.15);
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

/** Voxel offsets inside an LPS box (mm, inclusive), on the volume's grid. */
function offsetsInLpsBox(v: Volume, loLps: Vec3, hiLps: Vec3): number[] {
  const [si, sj, sk] = v.geometry.sizeIjk;
  const a = lpsToIjk(v.geometry, loLps), b = lpsToIjk(v.geometry, hiLps);
  const lo = a.map((x, c) => Math.max(0, Math.ceil(Math.min(x, b[c]!)))) as Vec3;
  const hi = a.map((x, c) => Math.min(v.geometry.sizeIjk[c]! - 1, Math.floor(Math.max(x, b[c]!)))) as Vec3;
  const out: number[] = [];
  for (let k = lo[2]; k <= hi[2] && k < sk; k++) for (let j = lo[1]; j <= hi[1] && j < sj; j++) for (let i = lo[0]; i <= hi[0] && i < si; i++) out.push(i + j * si + k * si * sj);
  return out;
}

describe.skipIf(!fs.existsSync(dicomDir))('builtin:bones leaves contrast-filled bowel out (JPEG-2000 CT, 512x512x20)', () => {
  it('labels (almost) none of the bright bowel/stomach content in the left upper abdomen, keeps vertebra and rib', async () => {
    const ct = (await readDicomSeries(dicomDir)).volume;
    const bones = maskOfValue((await runBuiltinSegmenter('builtin:bones', ct)).labels, builtinLabelOf('bones'));
    // hand-checked on axial PNGs of slices 0, 10, 19: this box (patient's left upper abdomen, anterior to the
    // left kidney, medial to the ribs, lateral to the aorta) holds stomach/bowel content and splenic vessels, no bone
    const bowel = offsetsInLpsBox(ct, [38.6, -208, -900], [111.8, -115.2, -700]).filter((o) => (ct.voxels[o] as number) > 150);
    expect(bowel.length).toBeGreaterThan(1000);
    // before: 1098 of 1277 (86 %) were bone; after: 0
    expect(bowel.filter((o) => bones[o] === 1).length / bowel.length).toBeLessThan(0.02);
    // vertebral body (centre x -10, y -115 mm) and a left rib (x 141, y -157 mm) in the middle slice stay bone
    const vertebra = offsetsInLpsBox(ct, [-18, -123, -785.5], [-2, -107, -783.5]);
    expect(vertebra.filter((o) => bones[o] === 1).length / vertebra.length).toBeGreaterThan(0.9);
    const rib = offsetsInLpsBox(ct, [138, -160, -785.5], [144, -154, -783.5]);
    expect(rib.filter((o) => bones[o] === 1).length / rib.length).toBeGreaterThan(0.5);
  });
});

describe.skipIf(!fs.existsSync(dicomDir))('builtin:bones leaves the aorta out where its calcified wall touches the spine (JPEG-2000 CT)', () => {
  it('labels < 5 % of the aortic lumen bone, keeps the vertebral body', async () => {
    const ct = (await readDicomSeries(dicomDir)).volume;
    const bones = maskOfValue((await runBuiltinSegmenter('builtin:bones', ct)).labels, builtinLabelOf('bones'));
    // hand-checked on axial PNGs of slices 0, 10, 19: the aorta is a round ~24 mm lumen centred at LPS x 7,
    // y -146 mm in all 20 slices, just anterior-left of the vertebral body; a 10 mm disc stays inside its lumen
    const g = ct.geometry;
    const lumen = offsetsInLpsBox(ct, [-3, -156, -900], [17, -136, -700]).filter((o) => {
      const p = ijkToLps(g, [o % g.sizeIjk[0], Math.floor(o / g.sizeIjk[0]) % g.sizeIjk[1], 0]);
      return Math.hypot(p[0] - 7, p[1] + 146) <= 10;
    });
    expect(lumen.length).toBeGreaterThan(5000);
    // the disc is on contrast-filled blood, not on bone or soft tissue
    const meanHu = lumen.reduce((s, o) => s + (ct.voxels[o] as number), 0) / lumen.length;
    expect(meanHu).toBeGreaterThan(120);
    expect(meanHu).toBeLessThan(400);
    // before: 97.7 % of the lumen was bone (joined to the vertebra through its calcified wall); after: 0.1 %
    expect(lumen.filter((o) => bones[o] === 1).length / lumen.length).toBeLessThan(0.05);
    const vertebra = offsetsInLpsBox(ct, [-18, -123, -900], [-2, -107, -700]);
    expect(vertebra.filter((o) => bones[o] === 1).length / vertebra.length).toBeGreaterThan(0.9);
  });
});
