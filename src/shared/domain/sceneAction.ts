/**
 * What the assistant asks the scene to do, decided from a prompt and the structures present in the current
 * segmentation. Mirrors `sceneActionSchema` in src/shared/ipc/schemas.ts (a type test keeps the two equal).
 */
export const SCENE_INTENTS = ['isolate', 'show', 'hide', 'reset', 'measure', 'explain', 'locate', 'list', 'segment', 'unknown'] as const;

export type SceneIntent = (typeof SCENE_INTENTS)[number];

export interface SceneAction {
  intent: SceneIntent;
  /** Structure ids to act on; only ever ids that are present in the current segmentation. */
  structures: string[];
  /**
   * What the user named that is not present: catalog ids where the catalog knows the structure, otherwise the
   * phrase as typed (e.g. "uterus").
   */
  absent: string[];
}
