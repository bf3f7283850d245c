import { useEffect, useMemo, useRef, useState } from 'react';
import { useCommandRegistry } from '../../commands';
import { applyExecuted, initialVisibility, restoreSteps, type SceneVisibility } from './sceneVisibility';

export interface SceneVisibilityAccess {
  state: SceneVisibility;
  snapshot(): SceneVisibility;
  restoreSteps(snapshot: SceneVisibility): ReturnType<typeof restoreSteps>;
  visibleIds(): string[];
}

/** Follows the viewer's visibility through the command registry; restarts (keeping hidden ids) for a new label map. */
export function useSceneVisibility(ids: readonly string[]): SceneVisibilityAccess {
  const registry = useCommandRegistry();
  const key = ids.join('\n');
  const [state, setState] = useState<SceneVisibility>(() => initialVisibility(ids));
  const ref = useRef(state);
  ref.current = state;

  useEffect(() => {
    setState((prev) => initialVisibility(key ? key.split('\n') : [], prev));
  }, [key]);

  useEffect(() => registry.onExecuted((event) => {
    // update the ref at once too: the assistant may take a snapshot before React re-renders
    ref.current = applyExecuted(ref.current, event);
    setState(ref.current);
  }), [registry]);

  return useMemo(() => ({ state, snapshot: () => ref.current, restoreSteps, visibleIds: () => [...ref.current.visible] }), [state]);
}
