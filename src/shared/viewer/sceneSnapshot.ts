import type { Vec3 } from '../domain/geometry';

/**
 * What the viewer's vtk.js scene really shows, read back for tests and benchmarks (`window.__ostendoScene()`).
 * Shared so tests running in Node type it without importing renderer code.
 */
export interface SceneSnapshot {
  visibleSurfaceIds: string[];
  hiddenSurfaceIds: string[];
  crosshairLps: Vec3 | null;
  sliceIndex: { axial: number | null; coronal: number | null; sagittal: number | null };
  /** Structure ids the volume rendering is masked to, or null when unmasked. */
  volumeClip: string[] | null;
  volumeVisible: boolean;
  /** performance.now() of the first rendered slice and 3D frame (for benchmarks), null until then. */
  firstSliceMs: number | null;
  first3dMs: number | null;
}

declare global {
  interface Window {
    /** Read-only scene snapshot for tests and benchmarks. */
    __ostendoScene?: () => SceneSnapshot;
  }
}
