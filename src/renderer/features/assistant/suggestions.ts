import { displayNameOf } from '../../../shared/anatomy';

/** A ready-made prompt for the structures present (never one naming an absent structure). */
export interface Suggestion {
  prompt: string;
}

const lower = (id: string) => displayNameOf(id).toLowerCase();

/**
 * Up to `max` prompts built from the label map's structure ids, preferring familiar organs so the first chips are
 * meaningful on a TotalSegmentator map with 100+ classes.
 */
export function suggestionsFor(ids: readonly string[], max = 5): Suggestion[] {
  const present = new Set(ids);
  const pick = (preferred: readonly string[]) => preferred.find((id) => present.has(id)) ?? null;
  const out: string[] = [];
  const organ = pick(['liver', 'spleen', 'lung_upper_lobe_right', 'brain', 'heart', 'bones', 'lungs']) ?? ids[0];
  const paired = pick(['kidney_left', 'kidney_right', 'lung_left', 'lung_right', 'femur_left', 'adrenal_gland_left']);
  const other = pick(['spleen', 'pancreas', 'aorta', 'stomach', 'gallbladder', 'urinary_bladder'].filter((id) => id !== organ));
  if (organ) out.push(`Isolate the ${lower(organ)}`);
  if (paired) out.push(`How big is the ${lower(paired)}?`);
  if (other) out.push(`Where is the ${lower(other)}?`);
  if (organ) out.push(`Explain the ${lower(organ)}`);
  if (ids.length > 0) out.push('Show everything');
  return out.slice(0, max).map((prompt) => ({ prompt }));
}
