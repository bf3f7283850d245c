import { ijkToLps, lpsToIjk, sameGrid, type Vec3, type VolumeGeometry } from '../../../shared/domain/geometry';
import type { Volume, VoxelData } from '../../../shared/domain/volume';
import { OstendoError } from '../../../shared/errors';

/** How far (in voxels) a label-grid position may sit from an integer index and still count as the same voxel. */
const INDEX_TOLERANCE = 1e-2;

function describe(g: VolumeGeometry): string {
  const f = (v: readonly number[]): string => v.map((x) => Number(x.toFixed(3))).join(' x ');
  return `size ${g.sizeIjk.join('x')}, spacing ${f(g.spacingMm)} mm, origin ${g.originLps.map((x) => x.toFixed(1)).join(', ')} (LPS mm)`;
}

/**
 * For each image axis c: the label axis it runs along and the direction (+1/-1), when the two grids hold the same
 * voxel centres in a different storage order. Returns undefined when they are not the same physical grid.
 */
function axisPermutation(image: VolumeGeometry, labels: VolumeGeometry): { axis: Vec3; sign: Vec3; start: Vec3 } | undefined {
  const start = lpsToIjk(labels, ijkToLps(image, [0, 0, 0]));
  const axis: Vec3 = [0, 0, 0];
  const sign: Vec3 = [0, 0, 0];
  const used = new Set<number>();
  for (let c = 0; c < 3; c++) {
    const unit: Vec3 = [0, 0, 0];
    unit[c] = 1;
    const moved = lpsToIjk(labels, ijkToLps(image, unit));
    const step = [moved[0] - start[0], moved[1] - start[1], moved[2] - start[2]];
    // one image step must be exactly one label step along a single axis
    const target = step.findIndex((s) => Math.abs(Math.abs(s) - 1) < INDEX_TOLERANCE);
    if (target < 0 || used.has(target)) return undefined;
    if (step.some((s, a) => a !== target && Math.abs(s) > INDEX_TOLERANCE)) return undefined;
    if (image.sizeIjk[c] !== labels.sizeIjk[target]) return undefined;
    used.add(target);
    axis[c] = target;
    sign[c] = Math.sign(step[target]!);
  }
  const rounded = start.map(Math.round) as Vec3;
  if (start.some((s, a) => Math.abs(s - rounded[a]!) > INDEX_TOLERANCE)) return undefined;
  // the image's far corner must land inside the label grid too (sizes match, so the start must be a corner)
  for (let c = 0; c < 3; c++) {
    const a = axis[c]!;
    const end = rounded[a]! + sign[c]! * (image.sizeIjk[c]! - 1);
    if (Math.min(rounded[a]!, end) !== 0 || Math.max(rounded[a]!, end) !== labels.sizeIjk[a]! - 1) return undefined;
  }
  return { axis, sign, start: rounded };
}

/**
 * Put a label map on the image's voxel grid. Same grid: returned as is. Same voxel centres stored in another
 * axis order or direction (e.g. a RAS-stored NIfTI mask for an LPS DICOM series): resampled by exact index
 * mapping (nearest neighbour, no interpolation). Anything else throws OstendoError GRID_MISMATCH naming both grids.
 */
export function alignLabelsToImage<T extends VoxelData>(labels: Volume<T>, image: Volume): Volume<T> {
  if (sameGrid(labels.geometry, image.geometry)) return labels;
  const map = axisPermutation(image.geometry, labels.geometry);
  if (!map) {
    throw new OstendoError(
      'GRID_MISMATCH',
      `Label map grid does not match the image: labels ${describe(labels.geometry)}; image ${describe(image.geometry)}`,
      { labelsSizeIjk: labels.geometry.sizeIjk, imageSizeIjk: image.geometry.sizeIjk, labelsSpacingMm: labels.geometry.spacingMm, imageSpacingMm: image.geometry.spacingMm },
    );
  }
  const [lx, ly] = labels.geometry.sizeIjk;
  const labelStride = [1, lx, lx * ly];
  const stride = [0, 1, 2].map((c) => map.sign[c]! * labelStride[map.axis[c]!]!);
  const base = map.start[0] * labelStride[0]! + map.start[1] * labelStride[1]! + map.start[2] * labelStride[2]!;
  const [nx, ny, nz] = image.geometry.sizeIjk;
  const Ctor = labels.voxels.constructor as new (n: number) => T;
  const out = new Ctor(nx * ny * nz);
  let n = 0;
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      let src = base + j * stride[1]! + k * stride[2]!;
      for (let i = 0; i < nx; i++, n++, src += stride[0]!) out[n] = labels.voxels[src]!;
    }
  }
  return {
    geometry: { ...image.geometry, sizeIjk: [...image.geometry.sizeIjk], spacingMm: [...image.geometry.spacingMm], originLps: [...image.geometry.originLps], direction: [...image.geometry.direction] },
    voxels: out,
    modality: labels.modality,
    unit: labels.unit,
  };
}
