import { ijkToLps, sameGrid, voxelVolumeMl, type Vec3 } from '../../../../shared/domain/geometry';
import type { ClassMap } from '../../../../shared/domain/labels';
import type { StructureMeasurement } from '../../../../shared/domain/measurements';
import type { Volume } from '../../../../shared/domain/volume';
import { OstendoError } from '../../../../shared/errors';
import { farthestPairMm, hullCandidates } from './largestDiameter';

/** Largest label value measured; label maps are Uint8/Uint16. */
const MAX_LABEL = 65535;

/**
 * Measure every non-zero label of `labels` against `image` (same grid required: GRID_MISMATCH otherwise).
 *
 * - volumeMl = voxel count x voxel volume.
 * - mean / sd (population, ddof 0) / min / max / median of the image's voxels in the structure, in the image's
 *   unit (HU for CT).
 * - centroidLps: mean of the voxel CENTRES, in LPS mm.
 * - bboxLps: axis-aligned LPS box of the voxel FOOTPRINTS (outer voxel corners, ±half a voxel around the extreme
 *   centres), so extentMm = bboxLps.max - bboxLps.min is the physical size (one voxel = one spacing).
 * - largestDiameterMm: largest distance between two voxel centres (exact; candidates reduced to hull candidates).
 * - touches: ids of labels sharing a voxel face; touchesBoundary: a voxel lies on the volume's outer faces.
 * Labels missing from `classMap` are named `label_<n>`; classes absent from the label map are omitted.
 * Results are sorted by label value.
 */
export function measureStructures(image: Volume, labels: Volume, classMap: ClassMap): StructureMeasurement[] {
  if (!sameGrid(image.geometry, labels.geometry)) {
    throw new OstendoError('GRID_MISMATCH', 'The label map is not on the image grid (size, spacing, origin or direction differ)', {
      image: image.geometry.sizeIjk, labels: labels.geometry.sizeIjk,
    });
  }
  const g = image.geometry;
  const [si, sj, sk] = g.sizeIjk;
  const plane = si * sj;
  const lab = labels.voxels;
  const img = image.voxels;
  let maxLabel = 0;
  for (let o = 0; o < lab.length; o++) {
    const l = lab[o] as number;
    if (l < 0 || l > MAX_LABEL || !Number.isInteger(l)) {
      throw new OstendoError('INVALID_LABELS', `Label map holds ${l} at voxel ${o}: labels must be integers 0..${MAX_LABEL}`);
    }
    if (l > maxLabel) maxLabel = l;
  }
  const L = maxLabel + 1;
  const count = new Float64Array(L), sum = new Float64Array(L), sumSq = new Float64Array(L);
  const min = new Float64Array(L).fill(Infinity), max = new Float64Array(L).fill(-Infinity);
  const sumI = new Float64Array(L), sumJ = new Float64Array(L), sumK = new Float64Array(L);
  const lo = [new Int32Array(L).fill(si), new Int32Array(L).fill(sj), new Int32Array(L).fill(sk)];
  const hi = [new Int32Array(L).fill(-1), new Int32Array(L).fill(-1), new Int32Array(L).fill(-1)];
  const boundary = new Uint8Array(L);
  const touches = new Map<number, Set<number>>();
  const touch = (a: number, b: number): void => {
    let s = touches.get(a);
    if (!s) touches.set(a, (s = new Set()));
    s.add(b);
  };
  // one pass: statistics, bounding boxes, boundary and face contacts (each face checked once, via +i/+j/+k)
  for (let k = 0, o = 0; k < sk; k++) {
    for (let j = 0; j < sj; j++) {
      for (let i = 0; i < si; i++, o++) {
        const l = lab[o] as number;
        if (i + 1 < si) { const m = lab[o + 1] as number; if (m !== l && m > 0 && l > 0) { touch(l, m); touch(m, l); } }
        if (j + 1 < sj) { const m = lab[o + si] as number; if (m !== l && m > 0 && l > 0) { touch(l, m); touch(m, l); } }
        if (k + 1 < sk) { const m = lab[o + plane] as number; if (m !== l && m > 0 && l > 0) { touch(l, m); touch(m, l); } }
        if (l === 0) continue;
        const v = img[o] as number;
        count[l]!++; sum[l]! += v; sumSq[l]! += v * v;
        if (v < min[l]!) min[l] = v;
        if (v > max[l]!) max[l] = v;
        sumI[l]! += i; sumJ[l]! += j; sumK[l]! += k;
        if (i < lo[0]![l]!) lo[0]![l] = i;
        if (i > hi[0]![l]!) hi[0]![l] = i;
        if (j < lo[1]![l]!) lo[1]![l] = j;
        if (j > hi[1]![l]!) hi[1]![l] = j;
        if (k < lo[2]![l]!) lo[2]![l] = k;
        if (k > hi[2]![l]!) hi[2]![l] = k;
        if (i === 0 || j === 0 || k === 0 || i === si - 1 || j === sj - 1 || k === sk - 1) boundary[l] = 1;
      }
    }
  }
  const medians = mediansByLabel(lab, img, count);
  const candidates = hullCandidates(lab as ArrayLike<number>, g, maxLabel);
  const idOf = (l: number): string => classMap.classes.find((c) => c.label === l)?.id ?? `label_${l}`;
  const voxelMl = voxelVolumeMl(g);
  const out: StructureMeasurement[] = [];
  for (let l = 1; l < L; l++) {
    const n = count[l]!;
    if (n === 0) continue;
    const mean = sum[l]! / n;
    const bbox = footprintBoxLps(g, [lo[0]![l]!, lo[1]![l]!, lo[2]![l]!], [hi[0]![l]!, hi[1]![l]!, hi[2]![l]!]);
    out.push({
      label: l,
      id: idOf(l),
      voxels: n,
      volumeMl: n * voxelMl,
      mean,
      sd: Math.sqrt(Math.max(0, sumSq[l]! / n - mean * mean)),
      min: min[l]!,
      max: max[l]!,
      median: medians[l]!,
      centroidLps: ijkToLps(g, [sumI[l]! / n, sumJ[l]! / n, sumK[l]! / n]),
      bboxLps: bbox,
      extentMm: [bbox.max[0] - bbox.min[0], bbox.max[1] - bbox.min[1], bbox.max[2] - bbox.min[2]],
      largestDiameterMm: farthestPairMm(candidates[l]!, g),
      touches: [...(touches.get(l) ?? [])].sort((a, b) => a - b).map(idOf),
      touchesBoundary: boundary[l] === 1,
    });
  }
  return out;
}

/** LPS box of the footprints of voxels lo..hi (IJK, inclusive): the 8 corners at ±0.5 voxel, transformed. */
function footprintBoxLps(g: Volume['geometry'], lo: Vec3, hi: Vec3): { min: Vec3; max: Vec3 } {
  const mn: Vec3 = [Infinity, Infinity, Infinity];
  const mx: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let c = 0; c < 8; c++) {
    const corner: Vec3 = [c & 1 ? hi[0] + 0.5 : lo[0] - 0.5, c & 2 ? hi[1] + 0.5 : lo[1] - 0.5, c & 4 ? hi[2] + 0.5 : lo[2] - 0.5];
    const p = ijkToLps(g, corner);
    for (let a = 0; a < 3; a++) { mn[a] = Math.min(mn[a]!, p[a]!); mx[a] = Math.max(mx[a]!, p[a]!); }
  }
  return { min: mn, max: mx };
}

/** Median intensity per label (mean of the two middle values for even counts), via one bucketed copy + sorts. */
function mediansByLabel(lab: Volume['voxels'], img: Volume['voxels'], count: Float64Array): Float64Array {
  const L = count.length;
  const start = new Float64Array(L + 1);
  for (let l = 1; l < L; l++) start[l + 1] = start[l]! + count[l]!;
  const fill = start.slice();
  const values = new Float64Array(start[L]!);
  for (let o = 0; o < lab.length; o++) {
    const l = lab[o] as number;
    if (l > 0) values[fill[l]!++] = img[o] as number;
  }
  const out = new Float64Array(L).fill(NaN);
  for (let l = 1; l < L; l++) {
    const n = count[l]!;
    if (n === 0) continue;
    const part = values.subarray(start[l]!, start[l]! + n).sort();
    out[l] = n % 2 === 1 ? part[(n - 1) / 2]! : (part[n / 2 - 1]! + part[n / 2]!) / 2;
  }
  return out;
}
