import type { Mat3, Vec3 } from '../../../../shared/domain/geometry';

/** The three 2D slice views. */
export type SliceViewName = 'axial' | 'coronal' | 'sagittal';
export const SLICE_VIEWS: readonly SliceViewName[] = ['axial', 'coronal', 'sagittal'];

/**
 * How a slice view lies in patient space (all unit vectors in LPS).
 * `rightLps` points to the screen's right, `upLps` to the screen's top and
 * `normalLps` (= right × up) out of the screen towards the viewer.
 * `sliceAxis` is the voxel axis (0=i, 1=j, 2=k) that steps between slices.
 */
export interface ViewFrame {
  view: SliceViewName;
  rightLps: Vec3;
  upLps: Vec3;
  normalLps: Vec3;
  sliceAxis: 0 | 1 | 2;
  /** Voxel axes that run along the screen's right and up. */
  rightAxis: 0 | 1 | 2;
  upAxis: 0 | 1 | 2;
}

/**
 * Radiological convention in LPS:
 * axial viewed from the feet (patient right on screen left, anterior up);
 * coronal viewed from the front (patient right on screen left, superior up);
 * sagittal viewed from the patient's left (anterior on screen left, superior up).
 */
const CANONICAL: Record<SliceViewName, { right: Vec3; up: Vec3 }> = {
  axial: { right: [1, 0, 0], up: [0, -1, 0] },
  coronal: { right: [1, 0, 0], up: [0, 0, 1] },
  sagittal: { right: [0, 1, 0], up: [0, 0, 1] },
};

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** Column c of a row-major direction matrix = LPS direction of voxel axis c. */
export function axisDirection(direction: Mat3, axis: number): Vec3 {
  return [direction[axis], direction[3 + axis], direction[6 + axis]];
}

const PERMUTATIONS: Array<[0 | 1 | 2, 0 | 1 | 2, 0 | 1 | 2]> = [
  [0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0],
];

/**
 * Frame of a slice view for a volume with the given direction matrix.
 * The screen axes follow the voxel axes closest to the canonical LPS axes (sign-corrected), so an
 * oblique acquisition is shown in its own plane (no resampling blur) while right/left and
 * anterior/posterior keep the radiological convention. For an axis-aligned volume — whatever the
 * storage order or flips (NIfTI RAS gives diag(-1,-1,1)) — the frame is exactly the canonical one.
 */
export function viewFrame(direction: Mat3, view: SliceViewName): ViewFrame {
  const canon = CANONICAL[view];
  const canonNormal = cross(canon.right, canon.up);
  const axes = [0, 1, 2].map((a) => axisDirection(direction, a));
  // assign distinct voxel axes to (right, up, normal), maximising total alignment
  let best = PERMUTATIONS[0];
  let bestScore = -Infinity;
  for (const p of PERMUTATIONS) {
    const score = Math.abs(dot(axes[p[0]], canon.right)) + Math.abs(dot(axes[p[1]], canon.up)) + Math.abs(dot(axes[p[2]], canonNormal));
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = p;
    }
  }
  const signed = (axis: number, target: Vec3): Vec3 => {
    const v = axes[axis];
    return dot(v, target) < 0 ? [-v[0], -v[1], -v[2]] : [v[0], v[1], v[2]];
  };
  const rightLps = signed(best[0], canon.right);
  const upLps = signed(best[1], canon.up);
  return { view, rightLps, upLps, normalLps: cross(rightLps, upLps), rightAxis: best[0], upAxis: best[1], sliceAxis: best[2] };
}

/** Minimum share of a direction along a patient axis for that axis's letter to be shown. */
const LETTER_THRESHOLD = 0.15;

/**
 * Patient-direction letters (R/L, A/P, S/I) for an LPS direction, strongest component first,
 * e.g. [1,0,0] → 'L', [-0.8,-0.6,0] → 'RA'.
 */
export function orientationLetters(vLps: Vec3): string {
  const letters: Array<{ mag: number; letter: string }> = [
    { mag: Math.abs(vLps[0]), letter: vLps[0] >= 0 ? 'L' : 'R' },
    { mag: Math.abs(vLps[1]), letter: vLps[1] >= 0 ? 'P' : 'A' },
    { mag: Math.abs(vLps[2]), letter: vLps[2] >= 0 ? 'S' : 'I' },
  ];
  return letters
    .filter((l) => l.mag >= LETTER_THRESHOLD)
    .sort((a, b) => b.mag - a.mag)
    .map((l) => l.letter)
    .join('');
}

export interface EdgeLetters {
  left: string;
  right: string;
  top: string;
  bottom: string;
}

/** Letters to draw at the four edges of a view. */
export function edgeLetters(frame: ViewFrame): EdgeLetters {
  const neg = (v: Vec3): Vec3 => [-v[0], -v[1], -v[2]];
  return {
    left: orientationLetters(neg(frame.rightLps)),
    right: orientationLetters(frame.rightLps),
    top: orientationLetters(frame.upLps),
    bottom: orientationLetters(neg(frame.upLps)),
  };
}
