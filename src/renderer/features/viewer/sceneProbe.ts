import type { Vec3 } from '../../../shared/domain/geometry';
import type { SliceViewName } from './mpr/viewFrame';
import type { SceneSnapshot } from '../../../shared/viewer/sceneSnapshot';

export type { SceneSnapshot };

/** Readers the views register; the snapshot is assembled from them on demand. */
export interface SceneProbe {
  surfaces: () => Array<{ id: string; visible: boolean }>;
  crosshairLps: () => Vec3 | null;
  sliceIndex: Record<SliceViewName, number | null>;
  volumeClip: string[] | null;
  volumeVisible: boolean;
  firstSliceMs: number | null;
  first3dMs: number | null;
}

export function createSceneProbe(): SceneProbe {
  return {
    surfaces: () => [],
    crosshairLps: () => null,
    sliceIndex: { axial: null, coronal: null, sagittal: null },
    volumeClip: null,
    volumeVisible: false,
    firstSliceMs: null,
    first3dMs: null,
  };
}

export function snapshotOf(probe: SceneProbe): SceneSnapshot {
  const surfaces = probe.surfaces();
  return {
    visibleSurfaceIds: surfaces.filter((s) => s.visible).map((s) => s.id),
    hiddenSurfaceIds: surfaces.filter((s) => !s.visible).map((s) => s.id),
    crosshairLps: probe.crosshairLps(),
    sliceIndex: { ...probe.sliceIndex },
    volumeClip: probe.volumeClip ? [...probe.volumeClip] : null,
    volumeVisible: probe.volumeVisible,
    firstSliceMs: probe.firstSliceMs,
    first3dMs: probe.first3dMs,
  };
}

/** Publish `window.__ostendoScene` for this probe; returns the function that removes it. */
export function installSceneProbe(probe: SceneProbe): () => void {
  const reader = () => snapshotOf(probe);
  window.__ostendoScene = reader;
  return () => {
    if (window.__ostendoScene === reader) delete window.__ostendoScene;
  };
}
