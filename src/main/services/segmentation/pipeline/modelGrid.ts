import { OstendoError } from '../../../../shared/errors';
import type { Mat3, Vec3, VolumeGeometry } from '../../../../shared/domain/geometry';

/** LPS unit vector each orientation letter points toward. */
const LETTER_LPS: Record<string, Vec3> = {
  L: [1, 0, 0],
  R: [-1, 0, 0],
  P: [0, 1, 0],
  A: [0, -1, 0],
  S: [0, 0, 1],
  I: [0, 0, -1],
};

/**
 * The grid a model sees, expressed as a per-axis affine map into the input's continuous voxel index:
 *   inputIndex[inputAxis[m]] = offset[m] + scale[m] * modelIndex[m]      (m = model axis 0..2 = i, j, k)
 * Reorientation is the choice of input axis and sign per model axis (closest anatomical axis, like nibabel's
 * `io_orientation`); resampling is the scale. Because each model axis reads a single input axis, trilinear
 * sampling and the nearest-neighbour way back are separable and exact inverses of one another.
 */
export interface ModelGrid {
  /** Model grid size along its axes i, j, k. */
  sizeIjk: Vec3;
  /** Input axis read by each model axis. */
  inputAxis: [number, number, number];
  /** Input voxels per model voxel, signed (negative = flipped). */
  scale: Vec3;
  /** Input continuous index of model index 0 along each model axis. */
  offset: Vec3;
  /** Actual spacing (mm) of the model grid (close to the requested spacing; extent is preserved exactly). */
  spacingMm: Vec3;
  /** The model grid's own geometry in LPS (for debugging output and provenance). */
  geometry: VolumeGeometry;
}

/** For each target orientation letter, the input axis (and sign) closest to it. */
export function axisAssignment(direction: Mat3, orientation: string): { inputAxis: [number, number, number]; flip: [boolean, boolean, boolean] } {
  const letters = orientation.toUpperCase().split('');
  const used = new Set<number>();
  const inputAxis: number[] = [];
  const flip: boolean[] = [];
  // assign the most decisive pairs first so oblique scans still get a permutation
  const pairs: { m: number; c: number; dot: number }[] = [];
  letters.forEach((letter, m) => {
    const t = LETTER_LPS[letter];
    if (!t) throw new OstendoError('MODEL_INVALID', `Unknown orientation letter '${letter}' in '${orientation}'`);
    for (let c = 0; c < 3; c++) {
      const dot = direction[c]! * t[0] + direction[3 + c]! * t[1] + direction[6 + c]! * t[2];
      pairs.push({ m, c, dot });
    }
  });
  pairs.sort((a, b) => Math.abs(b.dot) - Math.abs(a.dot));
  const doneModel = new Set<number>();
  for (const p of pairs) {
    if (doneModel.has(p.m) || used.has(p.c)) continue;
    doneModel.add(p.m);
    used.add(p.c);
    inputAxis[p.m] = p.c;
    flip[p.m] = p.dot < 0;
  }
  return { inputAxis: inputAxis as [number, number, number], flip: flip as [boolean, boolean, boolean] };
}

/**
 * Plan the model grid for an input geometry: reorient to `orientation`, then resample each axis to `spacingMm`
 * with nnU-Net's size rule (round(n × inputSpacing / modelSpacing)) and centre-aligned voxel mapping.
 */
export function planModelGrid(input: VolumeGeometry, orientation: string, spacingMm: Vec3): ModelGrid {
  const { inputAxis, flip } = axisAssignment(input.direction, orientation);
  const sizeIjk: number[] = [];
  const scale: number[] = [];
  const offset: number[] = [];
  const actualSpacing: number[] = [];
  for (let m = 0; m < 3; m++) {
    const c = inputAxis[m]!;
    const n = input.sizeIjk[c];
    const size = Math.max(1, Math.round((n * input.spacingMm[c]) / spacingMm[m]!));
    const ratio = n / size; // input voxels per model voxel
    const first = 0.5 * ratio - 0.5; // centre of model voxel 0 in input index space
    sizeIjk.push(size);
    scale.push(flip[m] ? -ratio : ratio);
    offset.push(flip[m] ? n - 1 - first : first);
    actualSpacing.push(input.spacingMm[c] * ratio);
  }
  // model axis m's LPS direction is ± the input's column inputAxis[m]
  const d = input.direction;
  const direction = new Array<number>(9);
  for (let m = 0; m < 3; m++) {
    const c = inputAxis[m]!;
    const sign = flip[m] ? -1 : 1;
    for (let r = 0; r < 3; r++) direction[r * 3 + m] = sign * d[r * 3 + c]! + 0; // + 0 turns -0 into 0
  }
  const originIndex: Vec3 = [0, 0, 0];
  for (let m = 0; m < 3; m++) originIndex[inputAxis[m]!] = offset[m]!;
  const originLps: Vec3 = [0, 1, 2].map(
    (r) => input.originLps[r]! + d[r * 3]! * originIndex[0] * input.spacingMm[0] + d[r * 3 + 1]! * originIndex[1] * input.spacingMm[1] + d[r * 3 + 2]! * originIndex[2] * input.spacingMm[2],
  ) as Vec3;
  return {
    sizeIjk: sizeIjk as Vec3,
    inputAxis,
    scale: scale as Vec3,
    offset: offset as Vec3,
    spacingMm: actualSpacing as Vec3,
    geometry: { sizeIjk: sizeIjk as Vec3, spacingMm: actualSpacing as Vec3, originLps, direction: direction as Mat3 },
  };
}
