import { displayNameOf } from '../../../shared/anatomy';
import type { AssistantAnswer } from '../../../shared/ipc/contract';

type SceneAction = AssistantAnswer['action'];

/** One scene command the assistant's action maps to (run through the command registry, like a click). */
export type ActionStep =
  | { name: 'structures.isolate' | 'structures.show' | 'structures.hide'; args: { ids: string[] } }
  | { name: 'structures.showAll'; args: Record<string, never> }
  | { name: 'structures.select'; args: { id: string } };

/** Intents that change what is visible (and can therefore be undone). */
const VISIBILITY_INTENTS = new Set<SceneAction['intent']>(['isolate', 'show', 'hide', 'reset']);

export function changesVisibility(action: SceneAction): boolean {
  return VISIBILITY_INTENTS.has(action.intent) && (action.intent === 'reset' || action.structures.length > 0);
}

/**
 * The commands for an action. locate/measure/explain select the first structure (the crosshair moves to it)
 * without touching visibility; list, segment and unknown change nothing in the scene.
 */
export function actionSteps(action: SceneAction): ActionStep[] {
  const ids = action.structures;
  switch (action.intent) {
    case 'isolate':
    case 'show':
    case 'hide':
      return ids.length > 0 ? [{ name: `structures.${action.intent}`, args: { ids } }] : [];
    case 'reset':
      return [{ name: 'structures.showAll', args: {} }];
    case 'locate':
    case 'measure':
    case 'explain':
      return ids.length > 0 ? [{ name: 'structures.select', args: { id: ids[0] } }] : [];
    default:
      return [];
  }
}

/** "a", "a and b", "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const VERB: Partial<Record<SceneAction['intent'], string>> = {
  isolate: 'Isolated', show: 'Shown', hide: 'Hidden', locate: 'Located', measure: 'Measured', explain: 'Explained', list: 'Listed',
};

/** Lower-case display name, keeping catalogue capitalisation of proper parts ("L1 vertebra"). */
export function structureWords(ids: readonly string[]): string {
  return listWords(ids.map((id) => {
    const name = displayNameOf(id);
    return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  }));
}

/** The chip describing what was applied, e.g. "Isolated: liver, portal vein and splenic vein"; null when nothing was. */
export function appliedSummary(action: SceneAction): string | null {
  if (action.intent === 'reset') return 'Showing all structures';
  const verb = VERB[action.intent];
  if (!verb || action.structures.length === 0) return null;
  return `${verb}: ${structureWords(action.structures)}`;
}

/** Absent structures said plainly; ids the catalogue knows get their display name, typed phrases stay as typed. */
export function absentSummary(action: SceneAction): string | null {
  return action.absent.length > 0 ? `Not in this segmentation: ${structureWords(action.absent)}` : null;
}
