import { lpsToIjk, type Vec3, type VolumeGeometry } from '../../../shared/domain/geometry';

/**
 * The viewer's crosshair (LPS mm). The viewer keeps its scene store private and publishes a read-only snapshot on
 * `window.__ostendoScene` (installed by ViewerWorkspace while it is mounted); that snapshot is the only reader of
 * the crosshair available to side panels, so region growing reads it here, in one place.
 */
export function readCrosshairLps(): Vec3 | null {
  return window.__ostendoScene?.().crosshairLps ?? null;
}

export type SeedResult = { ok: true; seedIjk: Vec3 } | { ok: false; message: string };

/** The voxel (integer IJK) under an LPS position, or why there is none. */
export function seedFromLps(geometry: VolumeGeometry, positionLps: Vec3 | null): SeedResult {
  if (!positionLps) return { ok: false, message: 'No crosshair yet: click a point in a slice view first.' };
  const ijk = lpsToIjk(geometry, positionLps).map((v) => Math.round(v)) as Vec3;
  const outside = ijk.some((v, a) => v < 0 || v >= geometry.sizeIjk[a]);
  if (outside) return { ok: false, message: `The crosshair (voxel ${ijk.join(', ')}) is outside the volume (${geometry.sizeIjk.join(' x ')}).` };
  return { ok: true, seedIjk: ijk };
}
