import { ANATOMY_CATALOG } from '../../../../shared/anatomy';

export interface NameCheck {
  /** The text without the sentences that name a structure absent from the segmentation. */
  text: string;
  /** Ids of absent structures the text named. */
  flaggedStructures: string[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namesOf(entry: (typeof ANATOMY_CATALOG)[number]): string[] {
  return [entry.name, ...entry.synonyms].map((n) => n.toLowerCase()).filter((n) => n.length >= 4);
}

/**
 * The assistant must never name a structure that is not in the segmentation. Finds catalog display names and
 * full synonyms of ABSENT structures in `text` (after masking the names of present ones, so "left kidney" does not
 * trip on an absent "kidney") and removes the sentences that contain them.
 */
export function checkStructureNames(text: string, presentIds: readonly string[]): NameCheck {
  const present = new Set(presentIds);
  const presentNames = ANATOMY_CATALOG.filter((e) => present.has(e.id))
    .flatMap(namesOf)
    .sort((a, b) => b.length - a.length);
  const sentences = text.match(/[^.!?\n]+[.!?]*\s*|\n/g) ?? [];
  const flagged = new Set<string>();
  const kept = sentences.filter((sentence) => {
    let masked = sentence.toLowerCase();
    for (const n of presentNames) masked = masked.replace(new RegExp(`\\b${escape(n)}\\b`, 'g'), ' ');
    let bad = false;
    for (const entry of ANATOMY_CATALOG) {
      if (present.has(entry.id)) continue;
      if (namesOf(entry).some((n) => new RegExp(`\\b${escape(n)}\\b`).test(masked))) {
        flagged.add(entry.id);
        bad = true;
      }
    }
    return !bad;
  });
  return { text: kept.join('').trim(), flaggedStructures: [...flagged] };
}
