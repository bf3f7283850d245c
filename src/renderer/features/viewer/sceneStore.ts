import type { Vec3 } from '../../../shared/domain/geometry';
import type { LabelClass } from '../../../shared/domain/labels';
import type { ViewName } from '../../commands';
import type { WindowLevel } from './mpr/windowLevel';

/** Display state of one structure (one label class of the current label map). */
export interface StructureState extends LabelClass {
  visible: boolean;
  /** 0..1, used by the 2D overlay and the 3D surface. */
  opacity: number;
  /** Measured volume, or null until measurements arrive. */
  volumeMl: number | null;
  /** Centroid (LPS mm) from measurements, used to move the crosshair on selection. */
  centroidLps: Vec3 | null;
}

export type OverlayMode = 'fill' | 'outline';

/** The viewer's UI state. vtk.js objects are NOT here: views read this and update their own scene. */
export interface SceneState {
  structures: StructureState[];
  selectedId: string | null;
  hoveredId: string | null;
  crosshairLps: Vec3 | null;
  maximized: ViewName | null;
  overlayMode: OverlayMode;
  windowLevel: WindowLevel;
}

export interface SceneStore {
  getState(): SceneState;
  setState(update: Partial<SceneState> | ((s: SceneState) => Partial<SceneState>)): void;
  subscribe(listener: () => void): () => void;
}

/** Surfaces opaque by default; the 2D fill draws at half of this (FILL_ALPHA) so anatomy stays visible. */
export const DEFAULT_STRUCTURE_OPACITY = 1;

export function createSceneStore(initial?: Partial<SceneState>): SceneStore {
  let state: SceneState = {
    structures: [],
    selectedId: null,
    hoveredId: null,
    crosshairLps: null,
    maximized: null,
    overlayMode: 'fill',
    windowLevel: { width: 400, center: 40 },
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      state = { ...state, ...patch };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Structures state for a fresh label map, keeping visibility/opacity of ids seen before. */
export function structuresFromClasses(classes: LabelClass[], previous: StructureState[]): StructureState[] {
  const prev = new Map(previous.map((s) => [s.id, s]));
  return classes.map((c) => {
    const old = prev.get(c.id);
    return {
      ...c,
      visible: old?.visible ?? true,
      opacity: old?.opacity ?? DEFAULT_STRUCTURE_OPACITY,
      volumeMl: null,
      centroidLps: null,
    };
  });
}
