/**
 * Built-in segmenters: time (in-thread and through the worker), Dice vs the TotalSegmentator reference on the
 * shared 3 mm CT, time on the 512x512x20 JPEG-2000 CT, peak RSS; peer: the same body+bones pipeline in
 * scipy.ndimage (/usr/bin/python3), timed in its own process, side by side; tissue leak fractions (reference
 * organs labelled skeletal muscle, reference muscles recovered); bone on the JP2K CT's bowel-contrast box and
 * aortic lumen; bone on the shared CT's reference aorta.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readImageDicomFileSeriesNode } from '@itk-wasm/dicom';
import { volumeFromItkImage } from '../src/main/services/imaging/itkImage';
import { readVolumeFile } from '../src/main/services/imaging/volumeFiles';
import { BUILTIN_SEGMENTER_IDS, runBuiltinSegmenter } from '../src/main/services/segmentation/builtin';
import { BUILTIN_STRUCTURES, segmentBuiltinMasks } from '../src/main/services/segmentation/builtin/segmentBuiltin';
import { dice } from '../src/main/services/segmentation/voxel/dice';
import { ijkToLps, lpsToIjk } from '../src/shared/domain/geometry';
import type { Volume } from '../src/shared/domain/volume';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');

const SCIPY_PEER = String.raw`
import sys, time, numpy as np, nibabel as nib
from scipy import ndimage as ndi
ct = np.asarray(nib.load(sys.argv[1]).dataobj).astype(np.int16)
t0 = time.perf_counter()
six = ndi.generate_binary_structure(3, 1)
b = ndi.binary_opening(ct > -500, structure=np.ones((3, 3, 1)))
lab, n = ndi.label(b, six); body = lab == (np.argmax(np.bincount(lab.ravel())[1:]) + 1)
for k in range(body.shape[2]): body[:, :, k] = ndi.binary_fill_holes(body[:, :, k])
weak = (ct >= 90) & body; lab, n = ndi.label(weak, six)
ids = np.unique(lab[ct >= 200]); bones = np.isin(lab, ids[ids > 0])
for k in range(bones.shape[2]): bones[:, :, k] = ndi.binary_fill_holes(bones[:, :, k])
print((time.perf_counter() - t0) * 1000)
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function timeMs(fn: () => void, repeats: number): number {
  const t: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

export async function run(): Promise<void> {
  const ctPath = path.join(dataDir, 'ct-abdomen-3mm/ct.nii.gz');
  if (!fs.existsSync(ctPath)) {
    console.log(`segment-builtin: skipped, ${ctPath} is absent`);
    return;
  }
  const ct = await readVolumeFile(ctPath, { modality: 'CT', unit: 'HU' });
  const ref = await readVolumeFile(path.join(dataDir, 'ct-abdomen-3mm/reference-labels.nii.gz'), { modality: 'SEG', unit: 'label' });
  const names = (JSON.parse(fs.readFileSync(path.join(dataDir, 'anatomy/totalsegmentator-classes.json'), 'utf8')) as { tasks: { total: Record<string, string> } }).tasks.total;
  const refMask = (match: RegExp): Uint8Array => {
    const ids = new Set(Object.entries(names).filter(([, n]) => match.test(n)).map(([v]) => Number(v)));
    return Uint8Array.from(ref.voxels as ArrayLike<number>, (v) => (ids.has(v) ? 1 : 0));
  };
  const refs: Record<string, Uint8Array> = {
    bones: refMask(/^(vertebrae_|rib_|sacrum$|hip_|femur_|humerus_|scapula_|clavicula_|sternum$|costal_cartilages$|skull$)/),
    lung_left: refMask(/^lung_.*_left$/),
    lung_right: refMask(/^lung_.*_right$/),
  };
  let dicomCt: Volume | null = null;
  const dicomDir = path.join(dataDir, 'ct-dicom-jp2k');
  if (fs.existsSync(dicomDir)) {
    const files = fs.readdirSync(dicomDir).map((f) => path.join(dicomDir, f));
    dicomCt = volumeFromItkImage((await readImageDicomFileSeriesNode({ inputImages: files, singleSortedSeries: false })).outputImage, 'CT', 'HU');
  }
  console.log(`shared CT ${ct.geometry.sizeIjk.join('x')} @ ${ct.geometry.spacingMm.join('x')} mm; JP2K CT ${dicomCt?.geometry.sizeIjk.join('x') ?? 'absent'}`);
  console.log('segmenter         in-thread ms  worker ms  JP2K ms   Dice vs reference');
  for (const id of BUILTIN_SEGMENTER_IDS) {
    let masks = segmentBuiltinMasks(id, ct).masks; // warm-up
    const inThread = timeMs(() => (masks = segmentBuiltinMasks(id, ct).masks), 5);
    const t0 = performance.now();
    await runBuiltinSegmenter(id, ct);
    const worker = performance.now() - t0;
    const jp2k = dicomCt ? timeMs(() => segmentBuiltinMasks(id, dicomCt!), 1) : NaN;
    const scores = BUILTIN_STRUCTURES[id].map((s, n) => (refs[s] ? `${s} ${dice(masks[n]!, refs[s]!).toFixed(3)}` : null)).filter(Boolean);
    console.log(`${id.padEnd(17)} ${inThread.toFixed(0).padStart(12)} ${worker.toFixed(0).padStart(10)} ${jp2k.toFixed(0).padStart(8)}   ${scores.join(', ') || '(no reference)'}`);
  }
  const tissues = segmentBuiltinMasks('builtin:tissues', ct).masks[2]!;
  const inMuscle = (match: RegExp): string => {
    const r = refMask(match);
    let n = 0, hit = 0;
    for (let o = 0; o < r.length; o++) if (r[o]) { n++; hit += tissues[o]!; }
    return (hit / n).toFixed(3);
  };
  console.log(`skeletal_muscle holds: liver+spleen+kidneys+stomach ${inMuscle(/^(liver|spleen|kidney_left|kidney_right|stomach)$/)} ` +
    `(liver ${inMuscle(/^liver$/)}, spleen ${inMuscle(/^spleen$/)}, kidneys ${inMuscle(/^kidney_(left|right)$/)}, stomach ${inMuscle(/^stomach$/)}); ` +
    `autochthon+iliopsoas ${inMuscle(/^(autochthon_|iliopsoas_)/)} (autochthon ${inMuscle(/^autochthon_/)}, iliopsoas ${inMuscle(/^iliopsoas_/)})`);
  const sharedBones = segmentBuiltinMasks('builtin:bones', ct).masks[0]!;
  const aorta = refMask(/^aorta$/);
  let aortaBone = 0;
  for (let o = 0; o < aorta.length; o++) aortaBone += aorta[o]! & sharedBones[o]!;
  console.log(`shared CT reference aorta: ${aortaBone} of ${aorta.reduce((a, b) => a + b, 0)} voxels labelled bone`);
  if (dicomCt) {
    // hand-checked box of bowel/stomach content in the JP2K CT's left upper abdomen (see tests/segmentation/builtin.test.ts)
    const bones = segmentBuiltinMasks('builtin:bones', dicomCt).masks[0]!;
    const [si, sj, sk] = dicomCt.geometry.sizeIjk;
    const lo = lpsToIjk(dicomCt.geometry, [38.6, -208, 0]), hi = lpsToIjk(dicomCt.geometry, [111.8, -115.2, 0]);
    let bright = 0, asBone = 0;
    for (let k = 0; k < sk; k++) {
      for (let j = Math.ceil(lo[1]); j <= Math.floor(hi[1]); j++) {
        for (let i = Math.ceil(lo[0]); i <= Math.floor(hi[0]); i++) {
          const o = i + j * si + k * si * sj;
          if ((dicomCt.voxels[o] as number) > 150) { bright++; asBone += bones[o]!; }
        }
      }
    }
    console.log(`JP2K bowel-contrast box: ${asBone} of ${bright} voxels > 150 HU labelled bone`);
    // hand-checked aortic lumen (10 mm disc at LPS x 7, y -146 in every slice; see tests/segmentation/builtin.test.ts)
    let lumen = 0, lumenBone = 0;
    for (let o = 0; o < bones.length; o++) {
      const [x, y] = ijkToLps(dicomCt.geometry, [o % si, Math.floor(o / si) % sj, Math.floor(o / (si * sj))]);
      if (Math.hypot(x - 7, y + 146) <= 10) { lumen++; lumenBone += bones[o]!; }
    }
    console.log(`JP2K aortic lumen: ${lumenBone} of ${lumen} voxels labelled bone`);
  }
  const ours = timeMs(() => segmentBuiltinMasks('builtin:bones', ct), 5);
  const py = spawnSync('/usr/bin/python3', ['-c', SCIPY_PEER, ctPath], { encoding: 'utf8' });
  const peer = py.status === 0 ? Number(py.stdout.trim()) : NaN;
  console.log(`body+bones pipeline: ostendo ${ours.toFixed(0)} ms, scipy.ndimage peer ${peer.toFixed(0)} ms, ratio ${(ours / peer).toFixed(2)}x`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process, incl. itk-wasm readers)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) void run();
