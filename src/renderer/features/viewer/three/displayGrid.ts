import type { Vec3, VolumeGeometry } from '../../../../shared/domain/geometry';

/**
 * Most voxels the 3D view uploads as one float texture (2^25 ≈ 33.5 M, 134 MB): enough for
 * 256x256x500 from a 512x512x1000 CT while keeping the upload and GPU memory bounded.
 * MPR never uses this copy; it samples the full-resolution volume.
 */
export const MAX_DISPLAY_VOXELS = 1 << 25;
/** Longest 3D texture side WebGL 2 guarantees (MAX_3D_TEXTURE_SIZE is at least 256; 2048 on the GPUs and SwiftShader we run on). */
export const MAX_DISPLAY_SIDE = 2048;

/** The 3D view's voxel grid: whole blocks of `factors` source voxels averaged into one. */
export interface DisplayGrid {
  /** Source voxels per display voxel along i, j, k (1 = full resolution). */
  factors: Vec3;
  geometry: VolumeGeometry;
  /** True when any factor exceeds 1 (the UI then says the 3D view is at reduced resolution). */
  reduced: boolean;
}

/**
 * Chooses integer block factors so the display grid has at most `maxVoxels` voxels and no side over
 * `maxSide`, coarsening first the axis whose display spacing is finest (keeps voxels as isotropic as
 * the data allows). Geometry: size ceil(n / f), spacing × f, same direction, and the origin moved to
 * the centre of the first block — by (f − 1)/2 source voxels, i.e. half a new voxel minus half an old
 * one — so every display voxel centre is the centroid of the source voxels it averages.
 */
export function displayGridFor(g: VolumeGeometry, maxVoxels = MAX_DISPLAY_VOXELS, maxSide = MAX_DISPLAY_SIDE): DisplayGrid {
  const f: Vec3 = [1, 1, 1];
  const size = (): Vec3 => [0, 1, 2].map((a) => Math.ceil(g.sizeIjk[a] / f[a])) as Vec3;
  for (let a = 0; a < 3; a++) while (Math.ceil(g.sizeIjk[a] / f[a]) > maxSide) f[a]++;
  for (let s = size(); s[0] * s[1] * s[2] > maxVoxels; s = size()) {
    let best = -1;
    for (let a = 0; a < 3; a++) {
      if (s[a] <= 1) continue;
      const finer = best < 0 || g.spacingMm[a] * f[a] < g.spacingMm[best] * f[best]
        || (g.spacingMm[a] * f[a] === g.spacingMm[best] * f[best] && s[a] > s[best]);
      if (finer) best = a;
    }
    if (best < 0) break; // a single voxel: nothing left to coarsen
    f[best]++;
  }
  const d = g.direction;
  const shift = [0, 1, 2].map((a) => ((f[a] - 1) / 2) * g.spacingMm[a]);
  const originLps: Vec3 = [0, 1, 2].map((r) => g.originLps[r] + d[r * 3] * shift[0] + d[r * 3 + 1] * shift[1] + d[r * 3 + 2] * shift[2]) as Vec3;
  return {
    factors: f,
    geometry: { sizeIjk: size(), spacingMm: [0, 1, 2].map((a) => g.spacingMm[a] * f[a]) as Vec3, originLps, direction: [...d] as VolumeGeometry['direction'] },
    reduced: f[0] > 1 || f[1] > 1 || f[2] > 1,
  };
}
