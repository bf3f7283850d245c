import type { ExecutedCommand } from '../../commands';

/**
 * The side panel's copy of what the viewer shows: visible structure ids, the volume clip and the selection.
 * The viewer's scene store is private to it, so this is rebuilt from the commands it executes (every visibility
 * change — panel clicks, shortcuts, the assistant — goes through the command registry).
 */
export interface SceneVisibility {
  /** Every structure id of the current label map, in label order. */
  all: string[];
  visible: string[];
  /** Ids the volume rendering is clipped to, or null when unclipped. */
  clip: string[] | null;
  selectedId: string | null;
}

export function initialVisibility(ids: readonly string[], previous?: SceneVisibility): SceneVisibility {
  // Mirrors the viewer's structuresFromClasses: ids seen before keep their visibility, new ones are shown.
  const wasHidden = new Set(previous ? previous.all.filter((id) => !previous.visible.includes(id)) : []);
  return { all: [...ids], visible: ids.filter((id) => !wasHidden.has(id)), clip: previous?.clip ?? null, selectedId: null };
}

/** The state after one successfully executed command (failed ones change nothing). */
export function applyExecuted(state: SceneVisibility, event: ExecutedCommand): SceneVisibility {
  if (event.error) return state;
  const args = event.args as { ids?: string[] | null; id?: string | null };
  const ids = new Set(args.ids ?? []);
  const keepOrder = (pred: (id: string) => boolean) => state.all.filter(pred);
  switch (event.name) {
    case 'structures.isolate':
      return { ...state, visible: keepOrder((id) => ids.has(id)), clip: [...ids] };
    case 'structures.show':
      return { ...state, visible: keepOrder((id) => ids.has(id) || state.visible.includes(id)) };
    case 'structures.hide':
      return { ...state, visible: keepOrder((id) => !ids.has(id) && state.visible.includes(id)) };
    case 'structures.showAll':
      return { ...state, visible: [...state.all], clip: null };
    case 'structures.select':
      return { ...state, selectedId: args.id ?? null };
    case 'volume.clipToStructures':
      return { ...state, clip: args.ids ? [...args.ids] : null };
    default:
      return state;
  }
}

/** A command to run; typed loosely here and narrowed by the registry's schema at execution. */
export type RestoreStep =
  | { name: 'structures.showAll'; args: Record<string, never> }
  | { name: 'structures.isolate' | 'structures.show' | 'structures.hide'; args: { ids: string[] } }
  | { name: 'volume.clipToStructures'; args: { ids: string[] | null } };

/**
 * Commands that bring the scene from any state back to `target` (visibility and volume clip), through the same
 * commands a user would click, so every view follows.
 */
export function restoreSteps(target: SceneVisibility): RestoreStep[] {
  const steps: RestoreStep[] = [{ name: 'structures.showAll', args: {} }];
  const hidden = target.all.filter((id) => !target.visible.includes(id));
  if (hidden.length > 0) steps.push({ name: 'structures.hide', args: { ids: hidden } });
  if (target.clip && target.clip.length > 0) steps.push({ name: 'volume.clipToStructures', args: { ids: target.clip } });
  return steps;
}
